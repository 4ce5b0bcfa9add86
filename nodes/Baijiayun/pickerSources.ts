/** What each Baijiayun picker lists: which list finds the IDs, and how a record reads in the list. */
import type { Picker } from '../shared/fields/pickers';
import { listDevices, listZones } from './Baijiayun.operations';
import { devices, zones } from './pickers';

export const baijiayunPickers: Picker[] = [
	{ ref: zones, sources: [{ list: listZones, label: (zone) => `${String(zone.name)} (${String(zone.zone_id)})`, value: (zone) => String(zone.zone_id) }] },
	{
		ref: devices,
		sources: [{ list: listDevices, label: (device) => `${String(device.class_name || device.device_unique)} (${String(device.device_id)})`, value: (device) => String(device.device_id) }],
	},
];
