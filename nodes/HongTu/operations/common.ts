/** Pieces the HongTu operation files share. */
import type { EntryResults, ListTrait } from '../../shared/operations';

/**
 * HongTu pages with pageNum (most modules) or currPage (structured search, area alerts) from 1 and pageSize;
 * the response is {pageNum, pageSize, total, list}. The document states no maximum page size; 100 is used.
 */
export const HONGTU_MAX_PAGE_SIZE = 100;

export const paging = (pageParam: 'pageNum' | 'currPage'): ListTrait['paging'] => ({
	pageParam,
	sizeParam: 'pageSize',
	firstPage: 1,
	maxPageSize: HONGTU_MAX_PAGE_SIZE,
	totalPath: 'total',
});

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
export const ENTRY_OBJECT_RESULTS: EntryResults = {
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
