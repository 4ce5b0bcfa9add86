/** n8n items from vendor answers, the items and errors of failed input items, and tasks run a few at a time. */
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

/**
 * Runs `tasks` with at most `degree` of them at once, started in order; the results come back in the tasks'
 * order. After a failure no further task starts; once the started ones have settled (nothing keeps running
 * unobserved), the failure of the earliest task is thrown, as one task after the other would have.
 */
export async function inOrder<T>(tasks: Array<() => Promise<T>>, degree: number): Promise<T[]> {
	const results: T[] = new Array(tasks.length);
	const failures = new Map<number, unknown>();
	let next = 0;
	const worker = async () => {
		while (next < tasks.length && !failures.size) {
			const index = next++;
			try {
				results[index] = await tasks[index]();
			} catch (error) {
				failures.set(index, error);
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(Math.max(1, degree), tasks.length) }, worker));
	if (failures.size) throw failures.get(Math.min(...failures.keys()));
	return results;
}
