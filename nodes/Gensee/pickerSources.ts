/** What each Gensee picker lists: which list finds the IDs, and how a record reads in the list. */
import { DateTime } from 'luxon';

import type { Picker } from '../shared/fields/pickers';
import { coursewares, documents, recordings, rooms } from './pickers';
import { listCoursewares } from './operations/courseware';
import { listDocuments } from './operations/document';
import { listRecordings } from './operations/record';
import { listRoomsOfDay } from './operations/room';

/** The room picker lists the rooms created on each of these last days (room/sync selects rooms by creation day). */
const ROOM_PICKER_DAYS = 7;

export const genseePickers: Picker[] = [
	/** Rooms created in the last 7 days (the API lists rooms by creation day only); older rooms: By ID. */
	{
		ref: rooms,
		sources: [
			{
				list: listRoomsOfDay,
				// an instant in epoch ms (§3.3): the site picks the day in its own time zone
				listings: () => Array.from({ length: ROOM_PICKER_DAYS }, (_, d) => ({ createTime: DateTime.now().minus({ days: d }).toMillis() })),
				label: (room) => `${String(room.subject ?? room.roomId)} (${String(room.code ?? room.roomId)})`,
				value: (room) => String(room.roomId),
			},
		],
	},
	{ ref: coursewares, sources: [{ list: listCoursewares, label: (c) => `${String(c.subject ?? c.id)} (${String(c.number ?? c.id)})`, value: (c) => String(c.id) }] },
	{ ref: recordings, sources: [{ list: listRecordings, label: (r) => `${String(r.name ?? r.id)} (${String(r.id)})`, value: (r) => String(r.id) }] },
	{ ref: documents, sources: [{ list: listDocuments, label: (d) => `${String(d.name ?? d.Id)} (${String(d.Id)})`, value: (d) => String(d.Id) }] },
];
