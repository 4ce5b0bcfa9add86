/**
 * The fields of Create or Update and Sync (record sets) beside the record's own fields: the key to match on
 * (as n8n's database and spreadsheet nodes ask for the column to match on), what a sync does with records the
 * input lacks, and its options (Dry Run, the safety limit, when a record's file is sent).
 */
import type { INodeProperties } from 'n8n-workflow';

import type { RecordSetTrait, SyncOperation, UpsertOperation } from '../engine/definitions';

export const MATCH_ON = 'matchOn';
export const ABSENT_RECORDS = 'absentRecords';
export const SET_OPTIONS = 'recordSetOptions';
export const DEFAULT_SAFETY_LIMIT = 20;

export function recordSetProperties(op: UpsertOperation | SyncOperation): INodeProperties[] {
	const set: RecordSetTrait = op.set;
	const displayOptions = { show: { resource: [op.resource], operation: [op.operation] } };
	const firstKey = set.keys[0].param;
	const properties: INodeProperties[] = [
		{
			displayName: 'Match On',
			name: MATCH_ON,
			type: 'options',
			noDataExpression: true,
			options: set.keys.map((k) => ({ name: k.label, value: k.param, description: k.description })),
			default: firstKey,
			description: `The field that finds the ${set.noun} an input item stands for. Each item must give it, and no two items the same value.`,
			displayOptions,
		},
	];
	const options: INodeProperties[] = [];
	if (op.kind === 'sync') {
		properties.push({
			displayName: 'Records Not in the Input',
			name: ABSENT_RECORDS,
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Keep', value: 'keep', description: `Leave ${set.noun}s the input does not name as they are` },
				...(set.remove ? [{ name: 'Remove', value: 'remove', description: `Delete ${set.noun}s the input does not name` }] : []),
				...(set.deactivate ? [{ name: 'Deactivate', value: 'deactivate', description: `Set ${set.noun}s the input does not name to inactive` }] : []),
			],
			default: 'keep',
			description: `What to do with the ${set.noun}s that no input item matches. Within the sync's scope only: the records the list reads for the items' values of ${Object.keys(set.scope ?? {}).join(', ') || 'nothing else'}.`,
			displayOptions,
		});
		options.push(
			{
				displayName: 'Dry Run',
				name: 'dryRun',
				type: 'boolean',
				default: false,
				description: 'Whether to return the plan (one item per record: action, key, changed fields with old and new values) and send no write',
			},
			{
				displayName: 'Safety Limit (%)',
				name: 'safetyLimit',
				type: 'number',
				default: DEFAULT_SAFETY_LIMIT,
				typeOptions: { minValue: 0, maxValue: 100 },
				description: `Refuse the sync, writing nothing, when it would remove or deactivate more than this share of the current ${set.noun}s (an empty or cut-off input). 100 turns the check off.`,
			},
		);
	}
	if (set.file)
		options.push({
			displayName: `Update ${set.file.label}`,
			name: 'updateFiles',
			type: 'options',
			options: [
				{ name: 'New or Missing', value: 'missing', description: `Send the input's ${set.file.label.toLowerCase()} of new ${set.noun}s and of ${set.noun}s the vendor holds none for` },
				{ name: 'Always', value: 'always', description: `Send every input ${set.file.label.toLowerCase().replace(/s$/, '')} again (an upload and an update per ${set.noun})` },
			],
			default: 'missing',
			description: `When the input's ${set.file.label.toLowerCase()} are sent. ${set.file.shown} So the node cannot tell whether an input file differs from the one stored; choose Always after ${set.file.label.toLowerCase()} changed.`,
		});
	if (options.length)
		properties.push({ displayName: 'Options', name: SET_OPTIONS, type: 'collection', placeholder: 'Add Option', default: {}, options, displayOptions });
	return properties;
}
