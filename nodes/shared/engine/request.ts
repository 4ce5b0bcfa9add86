/**
 * The one request factory: where an operation's values go on the wire (path, query, form, header, body), and
 * files read from the item's binary data.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { FilePart, VendorRequest } from '../transport/request';
import type { OperationDefinition, ParameterDefinition, WireValues } from './definitions';

/** The error of a field's value: it names the field and the item, and repeats the field's description. */
export function invalid(ctx: IExecuteFunctions, param: ParameterDefinition, itemIndex: number, problem: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), `The "${param.label}" field (${param.name}) ${problem} [item ${itemIndex}]`, {
		itemIndex,
		description: param.description,
	});
}

/** Wire form of a value that is not a batch list: id lists joined, JSON serialised for form/query fields. */
export function serialise(param: ParameterDefinition, value: unknown): unknown {
	if (param.type === 'idList' && Array.isArray(value) && param.listFormat !== 'array') return value.join(param.separator ?? ',');
	if (param.type === 'multiOptions' && Array.isArray(value) && param.listFormat === 'joined') return value.join(param.separator ?? ',');
	if (param.integerId && param.in === 'body' && typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
	if (param.type === 'json' && (param.in === 'form' || param.in === 'query' || param.in === 'header')) return JSON.stringify(value);
	return value;
}

/** The request of an operation for `values` (without files: see buildRequest). */
export function requestFor(op: OperationDefinition, values: IDataObject = {}, itemIndex = 0): VendorRequest {
	const request: VendorRequest = { method: op.method, path: op.path.trim(), query: {}, body: {}, form: {}, headers: {}, files: {}, itemIndex };
	placeValues(request, op, values);
	return request;
}

/** Builds the request for one call from validated values (files are read from the item's binary data). */
export async function buildRequest(ctx: IExecuteFunctions, op: OperationDefinition, values: WireValues, itemIndex: number): Promise<VendorRequest> {
	const request = requestFor(op, values as IDataObject, itemIndex);
	for (const param of op.params)
		if (param.in === 'file' && param.name in values) request.files[param.name] = await readFile(ctx, param, itemIndex, String(values[param.name]));
	return request;
}

/** Puts values where the operation declares its parameters (path, query, form, header, body); files and node-only options are left out. */
export function placeValues(request: VendorRequest, op: OperationDefinition, values: WireValues | IDataObject): void {
	for (const param of op.params) {
		if (!(param.name in values) || param.in === 'file' || param.in === 'local') continue;
		const value = serialise(param, values[param.name]);
		switch (param.in) {
			case 'path':
				request.path = request.path.replace(`{${param.name}}`, encodeURIComponent(String(value)));
				break;
			case 'query':
				request.query[param.name] = value as IDataObject[string];
				break;
			case 'form':
				if (param.wire) Object.assign(request.form, param.wire(param.name, values[param.name]));
				else request.form[param.name] = value as IDataObject[string];
				break;
			case 'header':
				request.headers[param.name] = String(value);
				break;
			default:
				request.body[param.name] = value as IDataObject[string];
		}
	}
}

async function readFile(ctx: IExecuteFunctions, param: ParameterDefinition, itemIndex: number, property: string): Promise<FilePart> {
	const item = ctx.getInputData()[itemIndex];
	const binary = item?.binary?.[property];
	if (!binary) throw invalid(ctx, param, itemIndex, `names binary property "${property}", which the input item does not have`);
	const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, property);
	return {
		data,
		fileName: binary.fileName ?? param.name,
		mimeType: binary.mimeType,
	};
}
