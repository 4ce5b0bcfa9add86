/** n8n items from vendor answers, and the items and errors of failed input items. */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

export function asArray(value: unknown): unknown[] {
	if (Array.isArray(value)) return value;
	if (value === undefined || value === null) return [];
	return [value];
}

/** n8n items from response data: one item per array entry, objects as they are, anything else wrapped. */
export function toItems(data: unknown, itemIndex: number): INodeExecutionData[] {
	const pairedItem = { item: itemIndex };
	if (Array.isArray(data)) return data.map((entry) => ({ json: asJson(entry), pairedItem }));
	return [{ json: data === undefined || data === null ? { success: true } : asJson(data), pairedItem }];
}

function asJson(value: unknown): IDataObject {
	if (value && typeof value === 'object' && !Array.isArray(value)) return value as IDataObject;
	return { value: value as IDataObject[string] };
}

/** The output item of an item that failed under Continue On Fail: the error, its description and context. */
export function errorItem(error: Error, itemIndex: number, extra: IDataObject = {}): INodeExecutionData {
	const description = (error as NodeApiError).description;
	return {
		json: { error: error.message, ...(description ? { errorDescription: description } : {}), ...extra },
		pairedItem: { item: itemIndex },
	};
}

/** Attaches the item to an error so n8n shows which item failed. */
export function forItem(ctx: IExecuteFunctions, error: Error, itemIndex: number): Error {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context) error.context.itemIndex ??= itemIndex;
		return error;
	}
	return new NodeOperationError(ctx.getNode(), error, { itemIndex });
}
