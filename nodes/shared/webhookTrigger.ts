/**
 * The one way a vendor callback becomes a workflow run: every webhook trigger of the package is built here from
 * what its vendor differs in (how a sender is checked, what a delivery holds, the vendor's answers, its sample),
 * and the steps they share run in one order: check the sender, read the delivery, keep the selected events,
 * drop repeats, make the items, answer the vendor.
 *
 * Nothing here evaluates an n8n expression: n8n 2.x builds an expression isolate for a delivery only when one is
 * evaluated (with N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE), so a delivery costs what it costs n8n's own Webhook node.
 */
import type { IDataObject, IHookFunctions, INodeExecutionData, INodeProperties, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { shapeTriggerItems } from './simplify';
import {
	acknowledge,
	firstDeliveries,
	isSampleDelivery,
	manuallyRegisteredWebhook,
	refuse,
	sameSecret,
	sampleEventNotice,
	sampleEventProperty,
	withSampleEvent,
	type SampleCallback,
	type WebhookLifecycle,
} from './webhooks';

/** One record of a delivery: the item it becomes, and the key that tells a repeat of it. */
export interface DeliveredRecord {
	json: IDataObject;
	/** the same event delivered again has the same key (the vendor's delivery id, else a digest of the record) */
	key: string;
}

/** What one delivery holds: its event (undefined: none the trigger knows), and its records. */
export interface Delivery {
	event: string | undefined;
	records: DeliveredRecord[];
}

export interface WebhookTriggerSpec {
	/** the fields of the node before the sample option (notices, event choice, Output) */
	properties: INodeProperties[];
	/** the options of the node's Options collection (sharedSecretOption among them where the vendor signs nothing) */
	options: INodeProperties[];
	/** what the notice under "Send Sample Event When Listening" says the sample holds */
	sampleNotice: string;
	/** the vendor's sample callback, as the vendor would send it */
	sample(ctx: IHookFunctions): Promise<SampleCallback>;
	/** registration with the vendor on activation; none where the vendor's URL is set by hand */
	lifecycle?: WebhookLifecycle;
	/** the vendor's answer to a delivery it has handed over (its documented acknowledgement) */
	acknowledgement: IDataObject;
	/** the vendor's error envelope for a refused delivery */
	refusal(status: number, message: string): IDataObject;
	/** why the sender is refused (HTTP 401), after the shared secret; undefined: accepted */
	verify?(ctx: IWebhookFunctions): Promise<string | undefined>;
	/** the delivery, or why it is malformed (HTTP 400) */
	read(ctx: IWebhookFunctions): Promise<Delivery | { invalid: string }>;
	/** the events the user selected */
	selectedEvents(ctx: IWebhookFunctions): string[];
	/** whether repeats are dropped (an option where the user may turn it off); default yes */
	dropsRepeats?(ctx: IWebhookFunctions): boolean;
	/** the fields simplified items of an event keep (version 2 on); none: items stay whole */
	simplified?(ctx: IWebhookFunctions, event: string): string[] | undefined;
	/** a last step on the items, before they are shaped (e.g. an image downloaded into binary data) */
	complete?(ctx: IWebhookFunctions, items: INodeExecutionData[], isSample: boolean): Promise<void>;
}

/** From node version 2 on, every item carries its delivery key, e.g. for n8n's Remove Duplicates node. */
const KEYED_VERSION = 2;

/** The option that makes a trigger accept only deliveries whose URL carries ?token=(the secret). */
export const SHARED_SECRET = { name: 'sharedSecret', queryKey: 'token' } as const;

export function sharedSecretOption(description: string): INodeProperties {
	return { displayName: 'Shared Secret', name: SHARED_SECRET.name, type: 'string', typeOptions: { password: true }, default: '', description };
}

/** The shared secret a delivery must carry (empty: none is asked for). */
export function sharedSecretOf(ctx: IWebhookFunctions | IHookFunctions): string {
	return String((ctx.getNodeParameter('options', {}) as IDataObject)[SHARED_SECRET.name] ?? '');
}

/** A webhook trigger's properties, lifecycle methods and webhook(), for its node class. */
export function defineWebhookTrigger(spec: WebhookTriggerSpec) {
	const refuseWith = (ctx: IWebhookFunctions, status: number, message: string) => refuse(ctx, status, spec.refusal(status, message));
	const properties: INodeProperties[] = [
		...spec.properties,
		sampleEventProperty,
		sampleEventNotice(spec.sampleNotice),
		{ displayName: 'Options', name: 'options', type: 'collection', placeholder: 'Add Option', default: {}, options: spec.options },
	];
	const sample = async (ctx: IHookFunctions): Promise<SampleCallback> => {
		const callback = await spec.sample(ctx);
		const secret = spec.options.some((o) => o.name === SHARED_SECRET.name) ? sharedSecretOf(ctx) : '';
		return secret ? { ...callback, query: { ...callback.query, [SHARED_SECRET.queryKey]: secret } } : callback;
	};

	async function webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const secret = spec.options.some((o) => o.name === SHARED_SECRET.name) ? sharedSecretOf(this) : '';
		if (secret && !sameSecret(String((this.getQueryData() as IDataObject)[SHARED_SECRET.queryKey] ?? ''), secret)) return refuseWith(this, 401, 'invalid token');
		const refused = await spec.verify?.(this);
		if (refused) return refuseWith(this, 401, refused);
		const delivery = await spec.read(this);
		if ('invalid' in delivery) return refuseWith(this, 400, delivery.invalid);
		const { event } = delivery;
		if (!event || !spec.selectedEvents(this).includes(event)) return acknowledge(spec.acknowledgement);

		const isSample = isSampleDelivery(this);
		let records = delivery.records;
		// a sample is always the same document record: each listening gets it
		if (!isSample && spec.dropsRepeats?.(this) !== false) {
			const fresh = firstDeliveries(
				this,
				records.map((r) => r.key),
			);
			records = records.filter((_, n) => fresh[n]);
			if (!records.length) return acknowledge(spec.acknowledgement);
		}
		const keyed = this.getNode().typeVersion >= KEYED_VERSION;
		const items: INodeExecutionData[] = records.map(({ json, key }) => ({
			json: { ...json, ...(keyed ? { deliveryKey: key } : {}), ...(isSample ? { isSample: true } : {}) },
		}));
		await spec.complete?.(this, items, isSample);
		const fields = spec.simplified?.(this, event);
		return acknowledge(spec.acknowledgement, [shapeTriggerItems(this, fields && [...fields, 'deliveryKey', 'isSample'], items)]);
	}

	return {
		properties,
		webhookMethods: { default: withSampleEvent(spec.lifecycle ?? manuallyRegisteredWebhook, sample) },
		webhook,
	};
}
