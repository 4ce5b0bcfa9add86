/** What each Baijiayun picker lists: which list finds the IDs, and how a record reads in the list. */
import type { Picker } from '../shared/fields/pickers';
import { listDevices, listLessons, listZones } from './Baijiayun.operations';
import { devices, lessons, zones } from './pickers';

export const baijiayunPickers: Picker[] = [
	{ ref: zones, sources: [{ list: listZones, label: (zone) => `${String(zone.name)} (${String(zone.zone_id)})`, value: (zone) => String(zone.zone_id) }] },
	{
		ref: devices,
		sources: [{ list: listDevices, label: (device) => `${String(device.class_name || device.device_unique)} (${String(device.device_id)})`, value: (device) => String(device.device_id) }],
	},
	/** The lessons of the room chosen in the node (none while no room is given). */
	{
		ref: lessons,
		sources: [
			{
				list: listLessons,
				listings: (ctx) => {
					const room = String(ctx.getCurrentNodeParameter('roomId') ?? '').trim();
					return /^\d+$/.test(room) ? [{ room_id: room }] : [];
				},
				label: (lesson) => `${String(lesson.serial_number)} · ${String(lesson.title ?? '')} · ${String(lesson.start_time ?? '')}`,
				value: (lesson) => String(lesson.serial_number),
			},
		],
	},
];
