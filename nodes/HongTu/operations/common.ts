/** Pieces the HongTu operation files share. */
import type { EntryResults, Paging, PickerRef } from '../../shared/engine/definitions';
import { pageNumbers } from '../../shared/engine/paging';
import type { EntryObjectResults } from '../entryBatch';

/**
 * HongTu pages with pageNum (most modules) or currPage (structured search, area alerts) from 1 and pageSize;
 * the response is {pageNum, pageSize, total, list}. The document states no maximum page size; 100 is used.
 */
export const HONGTU_MAX_PAGE_SIZE = 100;

export const paging = (pageParam: 'pageNum' | 'currPage'): Paging =>
	pageNumbers({ pageParam, sizeParam: 'pageSize', firstPage: 1, maxPageSize: HONGTU_MAX_PAGE_SIZE, totalPath: 'total' });

/**
 * How the box reports each entry of an id-list batch: `failures` / `successes` of objects echoing the id with a
 * result `code` and `msg` (vehicles: `failVehicles` / `successVehicles`; virtual groups: an array of added
 * persons, or `errorPersonIdList`).
 */
export const ENTRY_RESULTS: EntryResults = {
	failedPaths: ['failures', 'failVehicles', 'errorPersonIdList'],
	succeededPaths: ['', 'successes', 'successVehicles'],
	idFields: ['uuid', 'personUuid', 'vehicleUuId', 'ruleId'],
	codeField: 'code',
	messageField: 'msg',
};

/**
 * How the box reports each entry of an entry-object batch (persons, groups, rules, time plans, vehicles):
 * `failures` / `successes` (vehicles: `failVehicles` / `successVehicles`) echoing the entry's fields, persons'
 * employee code as `staffCode`, with a result `code` and `msg`.
 */
export const ENTRY_OBJECT_RESULTS: EntryObjectResults = {
	failedPaths: ['failures', 'failVehicles'],
	succeededPaths: ['successes', 'successVehicles'],
	idFields: ['uuid', 'vehicleUuId'],
	codeField: 'code',
	messageField: 'msg',
	successCode: 0,
	echoFields: {
		uuid: 'uuid',
		name: 'name',
		plateNumber: 'plateNumber',
		phone: 'phone',
		identifyNum: 'identifyNum',
		cardNum: 'cardNum',
		email: 'email',
		uniqueIdentify: 'uniqueIdentify',
		code: 'staffCode',
	},
};

/**
 * Person fields the box keeps unique (the document has an "already exists" code for each), which person/list
 * searches by: the entries of Batch Add that carry one are independent, and found exactly after a lost answer.
 */
export const PERSON_UNIQUE_FIELDS = ['code', 'cardNum', 'uniqueIdentify', 'phone', 'identifyNum', 'email'];

/**
 * A HongTu ID field: the box's UUIDs are 32 hex characters, caller-chosen ones (groups, time plans) letters,
 * digits, - and _ up to 40; record keys of some lists are shorter (e.g. "16319", "CfcwoXoBIVSvVy1ORRpP").
 */
export const UUID_FORMAT = {
	pattern: '^[A-Za-z0-9_-]{1,40}$',
	patternHint: 'a UUID (letters, digits, - or _, at most 40)',
	placeholder: 'e.g. 9a00bafda96b4829a9ff6cd470b1c675',
} as const;

/** An ID field picked from a list (`picker`) or typed By ID in UUID_FORMAT. */
export const pick = (picker: PickerRef) => ({ picker, ...UUID_FORMAT });

/** The example of an ID list field (one ID, or several separated by commas). */
export const UUID_LIST_PLACEHOLDER = 'e.g. 9a00bafda96b4829a9ff6cd470b1c675, 0b4214b64bdd499b8ae2feca5f84d0af';

/**
 * dateFormat of the time fields the document types as text holding a millisecond timestamp: the digits sent
 * as a string (luxon's `x`), as the field's type says and as node version 1 sent the typed text.
 */
export const MILLISECONDS_TEXT = 'x';
