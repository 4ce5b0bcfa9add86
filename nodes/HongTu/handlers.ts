/**
 * Hand-written HongTu operations: the replace-whole-set writes offered with a read-merge-write mode, so a
 * user adding one person to a group or changing one door setting cannot wipe the rest by accident.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { type ApiSession, type OperationHandler } from '../shared/session';
import { toItems } from '../shared/items';
import { fetchList } from '../shared/paging';
import { buildRequest } from '../shared/parameters';
import type { VendorRequest } from '../shared/transport';
import { currentOneFacePass, ONE_FACE_PASS_FIELDS, SWITCHES } from './oneFacePass';
import { personGroupOperations } from './operations/personGroup';

function post(path: string, body: IDataObject, itemIndex: number): VendorRequest {
	return { method: 'POST', path, query: {}, body, form: {}, headers: {}, files: {}, itemIndex };
}

const LIST_MEMBERS_PATH = '/v1/api/pass/group/queryPersonListInGroup';

/** Current members of a person group: the group's type first (the member list needs it), then every page. */
async function currentMembers(session: ApiSession, groupUuid: string, itemIndex: number): Promise<string[]> {
	const group = (await session.request(post('/v1/api/pass/group/query', { uuid: groupUuid }, itemIndex))) as IDataObject;
	const listMembers = personGroupOperations.find((o) => o.path === LIST_MEMBERS_PATH)!;
	const entries = await fetchList(session, listMembers, post(LIST_MEMBERS_PATH, { uuid: groupUuid, type: group?.type }, itemIndex), true, Infinity);
	return (entries as IDataObject[]).map((e) => String(e.personUuid));
}

const setGroupMembers: OperationHandler = async (_ctx, session, op, itemIndex, values): Promise<INodeExecutionData[]> => {
	const groupUuid = String(values.groupUuid);
	const given = (values.personUuids as string[] | undefined) ?? [];
	const mode = String(values.mode ?? 'add');
	let personUuids = given;
	let before: string[] | undefined;
	if (mode !== 'replace') {
		before = await currentMembers(session, groupUuid, itemIndex);
		personUuids = mode === 'remove' ? before.filter((id) => !given.includes(id)) : [...new Set([...before, ...given])];
	}
	await session.request(post(op.path, { groupUuid, personUuids }, itemIndex));
	return [
		{
			json: {
				success: true,
				groupUuid,
				mode,
				personUuids,
				...(before ? { added: personUuids.filter((id) => !before!.includes(id)), removed: before.filter((id) => !personUuids.includes(id)) } : {}),
			},
			pairedItem: { item: itemIndex },
		},
	];
};

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

const updateDoorConfig: OperationHandler = async (ctx, session, op, itemIndex, values) => {
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
		const current = ((await session.request(post('/v1/api/door/queryConfig', { uuid }, itemIndex))) ?? {}) as IDataObject;
		const base: IDataObject = {};
		for (const key of DOOR_CONFIG_OBJECTS) if (current[key] !== undefined) base[key] = current[key];
		// arrays (e.g. province lists) are replaced, objects merged field by field
		body = { ...merge(base, given), uuid };
	}
	await session.request(post(op.path, body, itemIndex));
	return [{ json: { success: true, ...body }, pairedItem: { item: itemIndex } }];
};

/** Merge mode reads the current configuration first (see oneFacePass.ts); Replace sends only what is given. */
const saveOneFacePassConfig: OperationHandler = async (ctx, session, op, itemIndex, values) => {
	const given: IDataObject = {};
	for (const key of ONE_FACE_PASS_FIELDS) if (values[key] !== undefined) given[key] = values[key];
	const body = values.mode === 'replace' ? given : { ...(await currentOneFacePass(session, itemIndex)), ...given };
	const missing = SWITCHES.filter((key) => body[key] === undefined);
	if (missing.length)
		throw new NodeOperationError(ctx.getNode(), `The box requires ${missing.join(', ')} [item ${itemIndex}]`, {
			itemIndex,
			description: 'Set the switches under Additional Fields, or use Mode "Merge Into Current Config" to keep the current values.',
		});
	await session.request(post(op.path, body, itemIndex));
	return [{ json: { success: true, ...body }, pairedItem: { item: itemIndex } }];
};

/**
 * Operations that take images as Base64 inside JSON: each image may come from a binary property of the
 * input item instead of text; the kind field is then set to the document's Base64 value.
 */
function base64Images(fields: string[], kindField: string, base64Kind: number): OperationHandler {
	return async (ctx, session, op, itemIndex, values) => {
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
		const data = await session.request(await buildRequest(ctx, op, wire, itemIndex));
		return toItems(data, itemIndex);
	};
}

export const hongTuHandlers: Record<string, OperationHandler> = {
	setGroupMembers,
	updateDoorConfig,
	saveOneFacePass: saveOneFacePassConfig,
	// photo/searchOneToOnePhoto: imageType 1 = EFS address, 2 = Base64
	compareOneToOne: base64Images(['image1', 'image2'], 'imageType', 2),
	// virtualGroup/faceSearch: type 0 = image uri, 1 = Base64
	searchVirtualGroup: base64Images(['imageData'], 'type', 1),
};
