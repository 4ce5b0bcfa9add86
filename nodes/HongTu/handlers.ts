/**
 * Hand-written HongTu operations (run item by item, see engine/run.ts `eachItem`): the replace-whole-set writes
 * offered with a read-merge-write mode, so a user adding one person to a group or changing one door setting
 * cannot wipe the rest by accident, and the comparisons that take images as Base64 from binary data. The
 * operations a handler reads with are given to it by the table that uses it.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ListOperation, OperationDefinition } from '../shared/engine/definitions';
import { toItems } from '../shared/engine/items';
import { fetchList } from '../shared/engine/paging';
import { buildRequest, requestFor } from '../shared/engine/request';
import type { ItemHandler } from '../shared/engine/run';
import type { VendorTransport } from '../shared/transport/vendorTransport';
import { currentOneFacePass, ONE_FACE_PASS_FIELDS, SWITCHES } from './oneFacePass';

/** The request of `op` with exactly this body (the read-merge-write results). */
const withBody = (op: OperationDefinition, body: IDataObject, itemIndex: number) => ({ ...requestFor(op, {}, itemIndex), body });

/** Set Members: reads the group (Person Group › Get) and its members (List Members) first, unless it replaces them. */
export function setGroupMembers(ops: { getGroup: OperationDefinition; listGroupMembers: ListOperation }): ItemHandler {
	/** Current members of a person group: the group's type first (the member list needs it), then every page. */
	const currentMembers = async (transport: VendorTransport, groupUuid: string, itemIndex: number): Promise<string[]> => {
		const group = (await transport.request(requestFor(ops.getGroup, { uuid: groupUuid }, itemIndex))) as IDataObject;
		const request = requestFor(ops.listGroupMembers, { uuid: groupUuid, type: group?.type }, itemIndex);
		return ((await fetchList(transport, ops.listGroupMembers, request, true, Infinity)) as IDataObject[]).map((e) => String(e.personUuid));
	};
	return async (_ctx, transport, op, itemIndex, values) => {
		const groupUuid = String(values.groupUuid);
		const given = (values.personUuids as string[] | undefined) ?? [];
		const mode = String(values.mode ?? 'add');
		let personUuids = given;
		let before: string[] | undefined;
		if (mode !== 'replace') {
			before = await currentMembers(transport, groupUuid, itemIndex);
			personUuids = mode === 'remove' ? before.filter((id) => !given.includes(id)) : [...new Set([...before, ...given])];
		}
		await transport.request(withBody(op, { groupUuid, personUuids }, itemIndex));
		const changes = before ? { added: personUuids.filter((id) => !before!.includes(id)), removed: before.filter((id) => !personUuids.includes(id)) } : {};
		return [{ json: { success: true, groupUuid, mode, personUuids, ...changes }, pairedItem: { item: itemIndex } }];
	};
}

function isPlainObject(value: unknown): value is IDataObject {
	return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** Deep merge of plain objects; arrays and other values in `patch` replace those in `base`. */
function merge(base: IDataObject, patch: IDataObject): IDataObject {
	const out: IDataObject = { ...base };
	for (const [key, value] of Object.entries(patch)) {
		out[key] = isPlainObject(value) && isPlainObject(out[key]) ? merge(out[key] as IDataObject, value) : value;
	}
	return out;
}

const DOOR_CONFIG_OBJECTS = ['customConfig', 'algorithmConfig', 'safeGuardConfig', 'strangerConfig', 'temperatureConfig', 'healthkitConfig'];

/** Update Config: merges into the door's current configuration (Door › Get Config) unless it replaces it. */
export function updateDoorConfig(getDoorConfig: OperationDefinition): ItemHandler {
	return async (...args) => await writeDoorConfig(getDoorConfig, ...args);
}

async function writeDoorConfig(getDoorConfig: OperationDefinition, ...[ctx, transport, op, itemIndex, values]: Parameters<ItemHandler>): Promise<INodeExecutionData[]> {
	const uuid = String(values.uuid);
	const given: IDataObject = {};
	for (const key of DOOR_CONFIG_OBJECTS) {
		const value = values[key];
		if (value === undefined) continue;
		if (!isPlainObject(value))
			throw new NodeOperationError(ctx.getNode(), `The "${key}" field must be a JSON object [item ${itemIndex}]`, { itemIndex });
		if (Object.keys(value as IDataObject).length) given[key] = value;
	}
	let body: IDataObject = { uuid, ...given };
	if (values.mode !== 'replace') {
		const current = ((await transport.request(requestFor(getDoorConfig, { uuid }, itemIndex))) ?? {}) as IDataObject;
		const base: IDataObject = {};
		for (const key of DOOR_CONFIG_OBJECTS) if (current[key] !== undefined) base[key] = current[key];
		// arrays (e.g. province lists) are replaced, objects merged field by field
		body = { ...merge(base, given), uuid };
	}
	await transport.request(withBody(op, body, itemIndex));
	return [{ json: { success: true, ...body }, pairedItem: { item: itemIndex } }];
}

/** Merge mode reads the current configuration first (Config › Get One Face Pass Config); Replace sends only what is given. */
export function saveOneFacePassConfig(getOneFacePass: OperationDefinition): ItemHandler {
	return async (...args) => await writeOneFacePassConfig(getOneFacePass, ...args);
}

async function writeOneFacePassConfig(getOneFacePass: OperationDefinition, ...[ctx, transport, op, itemIndex, values]: Parameters<ItemHandler>): Promise<INodeExecutionData[]> {
	const given: IDataObject = {};
	for (const key of ONE_FACE_PASS_FIELDS) if (values[key] !== undefined) given[key] = values[key];
	const body = values.mode === 'replace' ? given : { ...(await currentOneFacePass(transport, { read: getOneFacePass, write: op }, itemIndex)), ...given };
	const missing = SWITCHES.filter((key) => body[key] === undefined);
	if (missing.length)
		throw new NodeOperationError(ctx.getNode(), `The box requires ${missing.join(', ')} [item ${itemIndex}]`, {
			itemIndex,
			description: 'Set the switches under Additional Fields, or use Mode "Merge Into Current Config" to keep the current values.',
		});
	await transport.request(withBody(op, body, itemIndex));
	return [{ json: { success: true, ...body }, pairedItem: { item: itemIndex } }];
}

/**
 * Operations that take images as Base64 inside JSON: each image may come from a binary property of the
 * input item instead of text; the kind field is then set to the document's Base64 value.
 */
async function sendBase64Images(
	{ fields, kindField, base64Kind }: { fields: string[]; kindField: string; base64Kind: number },
	...[ctx, transport, op, itemIndex, values]: Parameters<ItemHandler>
): Promise<INodeExecutionData[]> {
	const wire = { ...values };
	let fromBinary = false;
	for (const field of fields) {
		const property = wire[`${field}BinaryProperty`];
		delete wire[`${field}BinaryProperty`];
		if (typeof property === 'string' && property) {
			if (!ctx.getInputData()[itemIndex]?.binary?.[property])
				throw new NodeOperationError(ctx.getNode(), `The input item has no binary property "${property}" [item ${itemIndex}]`, { itemIndex });
			wire[field] = (await ctx.helpers.getBinaryDataBuffer(itemIndex, property)).toString('base64');
			fromBinary = true;
		}
		if (wire[field] === undefined)
			throw new NodeOperationError(ctx.getNode(), `Set "${field}" or its binary property [item ${itemIndex}]`, { itemIndex });
	}
	if (fromBinary) wire[kindField] = base64Kind;
	const data = await transport.request(await buildRequest(ctx, op, wire, itemIndex));
	return toItems(data, itemIndex);
}

/** photo/searchOneToOnePhoto: imageType 1 = EFS address, 2 = Base64. */
export async function compareOneToOne(...args: Parameters<ItemHandler>): Promise<INodeExecutionData[]> {
	return await sendBase64Images({ fields: ['image1', 'image2'], kindField: 'imageType', base64Kind: 2 }, ...args);
}

/** virtualGroup/faceSearch: type 0 = image uri, 1 = Base64. */
export async function searchVirtualGroup(...args: Parameters<ItemHandler>): Promise<INodeExecutionData[]> {
	return await sendBase64Images({ fields: ['imageData'], kindField: 'type', base64Kind: 1 }, ...args);
}
