/** Gensee Group operations, as the integration document (展视互动 教育培训系统 集成接口文档) defines them. */
import type { OperationDefinition } from '../../shared/engine/definitions';
import { TEXT_ID, indexed } from './common';
import { rooms } from '../pickers';

export const groupOperations: OperationDefinition[] = [
	{
		resource: "group",
		operation: "create",
		name: "Create Many",
		action: "Create the groups of a classroom",
		description: "Create groups for a classroom. Requires the organizer or admin role.",
		method: 'POST',
		path: '/training/group/create',
		docSection: "5.50 新建分组信息",
		params: [
			{ name: "groupCount", label: "Group Count", type: "number", in: "form", required: true, integer: true, minValue: 1, maxValue: 40, description: "Number of groups, 1 to 40" },
			{ name: "roomId", label: "Room ID", type: "string", in: "form", required: true, description: "The live classroom. The list shows classrooms created in the last 7 days; give an older one by its ID.", picker: rooms, ...TEXT_ID },
			{ name: "groupNameList", wire: indexed, label: "Group Names", type: "json", in: "form", required: true, elementFields: [{"name": "groupName", "type": "string"}], description: "The groups: one entry per group, its name under groupName. A group without a name is called by its number." },
		],
		outputPath: "groups",
	},
	{
		resource: "group",
		operation: "add",
		name: "Add",
		action: "Add a group to a classroom",
		description: "Add one group to a classroom. Requires the organizer or admin role.",
		method: 'POST',
		path: '/training/group/add',
		docSection: "5.51 增加分组信息",
		params: [
			{ name: "roomId", label: "Room ID", type: "string", in: "form", required: true, description: "The live classroom. The list shows classrooms created in the last 7 days; give an older one by its ID.", picker: rooms, ...TEXT_ID },
			{ name: "groupName", label: "Group Name", type: "string", placeholder: "e.g. Red Team", in: "form", description: "Group name (default: sequence number + '组')." },
		],
	},
	{
		resource: "group",
		operation: "update",
		name: "Update",
		action: "Update a group",
		description: "Update a group. Requires the organizer or admin role.",
		method: 'POST',
		path: '/training/group/update',
		docSection: "5.52 修改指定分组信息",
		params: [
			{ name: "roomId", label: "Room ID", type: "string", in: "form", required: true, description: "The live classroom. The list shows classrooms created in the last 7 days; give an older one by its ID.", picker: rooms, ...TEXT_ID },
			{ name: "groupCode", label: "Group Code", type: "string", placeholder: "e.g. 1", in: "form", required: true, description: "The group's code, as Group › Create Many or Add returned it" },
			{ name: "groupName", label: "Group Name", type: "string", placeholder: "e.g. Red Team", in: "form", required: true, description: "New group name." },
		],
	},
	{
		resource: "group",
		operation: "delete",
		name: "Delete",
		action: "Delete a group",
		description: "Delete a group. Requires the organizer or admin role.",
		method: 'POST',
		path: '/training/group/delete',
		docSection: "5.53 删除指定分组信息",
		params: [
			{ name: "roomId", label: "Room ID", type: "string", in: "form", required: true, description: "The live classroom. The list shows classrooms created in the last 7 days; give an older one by its ID.", picker: rooms, ...TEXT_ID },
			{ name: "groupCode", label: "Group Code", type: "string", placeholder: "e.g. 1", in: "form", required: true, description: "The group's code, as Group › Create Many or Add returned it" },
		],
		notice: 'This permanently deletes it on the Gensee site.',
	},
];
