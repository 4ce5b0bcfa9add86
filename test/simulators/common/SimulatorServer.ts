/**
 * Base of every vendor simulator: a loopback HTTP server that records requests, parses bodies
 * (JSON, form, multipart left raw), injects faults, and sends callbacks. Vendor simulators add routes
 * and state on top.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SimRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: http.IncomingHttpHeaders;
	rawBody: Buffer;
	/** form or JSON body as an object ({} when neither) */
	body: Record<string, unknown>;
}

export interface SimResponse {
	status: number;
	body: unknown;
	headers?: Record<string, string>;
}

export type FaultKind = 'http500' | 'http502' | 'http503' | 'http429' | 'drop' | 'timeout' | 'throttle' | 'dropAfter';

export interface FaultOptions {
	/** share of requests (0..1) that fail with one of `kinds` */
	rate?: number;
	kinds?: FaultKind[];
	/** for 'timeout': how long to hold the connection */
	timeoutMs?: number;
}

/**
 * A vendor across a network rather than on loopback (off by default): every answer comes `delayMs` late (the
 * round trip), and at most `maxConcurrent` requests are served at once. Requests beyond the cap wait, first
 * come first served, as in the accept queue of a small server whose workers are busy: nothing is refused, so
 * a client that opens too many connections gets slow answers rather than errors. n8n's request helpers open a
 * connection per request, so requests in progress are connections in use.
 */
export interface DistanceOptions {
	delayMs?: number;
	maxConcurrent?: number;
}

/**
 * The distances the vendors live at, for the playground and the benchmark: a box on the school LAN (2 ms) and
 * a cloud service across the WAN (50 ms), each serving a few requests at once.
 */
export const DISTANCES = {
	lan: { delayMs: 2, maxConcurrent: 4 },
	wan: { delayMs: 50, maxConcurrent: 4 },
} satisfies Record<string, Required<DistanceOptions>>;

export abstract class SimulatorServer {
	readonly requests: SimRequest[] = [];

	private server?: http.Server;

	private faults: FaultOptions = {};

	/** faults to apply to the next requests, in order, before the random ones */
	private queued: FaultKind[] = [];

	private targeted: Array<{ pathEnd: string; kind: FaultKind }> = [];

	private random = mulberry32(42);

	faultCount = 0;

	private distance: DistanceOptions = {};

	/** requests being served, and the ones waiting for a place under `maxConcurrent` */
	private serving = 0;

	private readonly waiting: Array<() => void> = [];

	/** the most requests served at once since the distance was set */
	peakConcurrent = 0;

	constructor(readonly name: string) {}

	get url(): string {
		const address = this.server?.address() as AddressInfo | undefined;
		if (!address) throw new Error(`${this.name} simulator is not listening`);
		return `http://127.0.0.1:${address.port}`;
	}

	async start(port = 0): Promise<this> {
		this.server = http.createServer((req, res) => void this.#handle(req, res));
		// long enough for clients to reuse connections between calls
		this.server.keepAliveTimeout = 65_000;
		await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
		return this;
	}

	async stop(): Promise<void> {
		if (!this.server) return;
		this.server.closeAllConnections();
		await new Promise<void>((resolve) => this.server!.close(() => resolve()));
		this.server = undefined;
	}

	/** Fail requests at random (seeded, so runs repeat) and/or slow them down. */
	setFaults(options: FaultOptions, seed = 42): void {
		this.faults = options;
		this.random = mulberry32(seed);
	}

	/** Answer every request `delayMs` late and serve at most `maxConcurrent` at once ({} turns both off). */
	setDistance(options: DistanceOptions): void {
		this.distance = options;
		this.peakConcurrent = 0;
	}

	/** Make the next requests fail in the given ways, in order. */
	failNext(...kinds: FaultKind[]): void {
		this.queued.push(...kinds);
	}

	/** Make the next requests to a path ending in `pathEnd` fail in the given ways, in order (other paths pass). */
	failNextOn(pathEnd: string, ...kinds: FaultKind[]): void {
		this.targeted.push(...kinds.map((kind) => ({ pathEnd, kind })));
	}

	clearFaults(): void {
		this.faults = {};
		this.queued = [];
		this.targeted = [];
	}

	/** Requests whose path ends with the given suffix. */
	requestsTo(pathSuffix: string): SimRequest[] {
		return this.requests.filter((r) => r.path.endsWith(pathSuffix));
	}

	/** The vendor's routes: return the response, or throw to answer 500. */
	protected abstract route(request: SimRequest): SimResponse | Promise<SimResponse>;

	/** The vendor's answer when it throttles (some vendors use HTTP 200 with a code). */
	protected throttleResponse(): SimResponse {
		return { status: 429, body: { message: 'Too Many Requests' } };
	}

	private nextFault(path: string): FaultKind | undefined {
		const targeted = this.targeted.findIndex((t) => path.endsWith(t.pathEnd));
		if (targeted >= 0) return this.targeted.splice(targeted, 1)[0].kind;
		if (this.queued.length) return this.queued.shift();
		const { rate, kinds } = this.faults;
		if (rate && kinds?.length && this.random() < rate) return kinds[Math.floor(this.random() * kinds.length)];
		return undefined;
	}

	// an ES private name, so a vendor simulator's own `handle` cannot replace it by accident
	async #handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const chunks: Buffer[] = [];
		for await (const chunk of req) chunks.push(chunk as Buffer);
		const rawBody = Buffer.concat(chunks);
		const url = new URL(req.url ?? '/', 'http://localhost');
		const request: SimRequest = {
			method: req.method ?? 'GET',
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			headers: req.headers,
			rawBody,
			body: parseBody(req.headers['content-type'], rawBody),
		};
		await this.#admit();
		try {
			if (this.distance.delayMs) await delay(this.distance.delayMs);
			await this.#serve(request, res);
		} finally {
			this.#leave();
		}
	}

	async #admit(): Promise<void> {
		const cap = this.distance.maxConcurrent;
		if (cap && this.serving >= cap) await new Promise<void>((resolve) => this.waiting.push(resolve));
		else this.serving++;
		this.peakConcurrent = Math.max(this.peakConcurrent, this.serving);
	}

	#leave(): void {
		// the place passes straight to the next waiting request, so the count stays the same
		const next = this.waiting.shift();
		if (next) next();
		else this.serving--;
	}

	async #serve(request: SimRequest, res: http.ServerResponse): Promise<void> {
		const fault = this.nextFault(request.path);
		if (fault && fault !== 'dropAfter') {
			this.faultCount++;
			return this.applyFault(fault, res);
		}
		this.requests.push(request);
		let response: SimResponse;
		try {
			response = await this.route(request);
		} catch (error) {
			response = { status: 500, body: { message: (error as Error).message } };
		}
		if (fault === 'dropAfter') {
			// the request was processed but its answer is lost: the client cannot know it succeeded
			this.faultCount++;
			res.socket?.destroy();
			return;
		}
		send(res, response);
	}

	private async applyFault(fault: FaultKind, res: http.ServerResponse): Promise<void> {
		switch (fault) {
			case 'drop':
				res.socket?.destroy();
				return;
			case 'timeout':
				await delay(this.faults.timeoutMs ?? 60_000);
				res.socket?.destroy();
				return;
			case 'throttle':
				return send(res, this.throttleResponse());
			case 'http429':
				return send(res, { status: 429, body: { message: 'Too Many Requests' }, headers: { 'retry-after': '0' } });
			default:
				return send(res, { status: Number(fault.slice(4)), body: { message: 'Simulated server failure' } });
		}
	}
}

function send(res: http.ServerResponse, response: SimResponse): void {
	if (res.headersSent || res.destroyed) return;
	const isBuffer = Buffer.isBuffer(response.body);
	const payload = isBuffer
		? (response.body as Buffer)
		: typeof response.body === 'string'
			? response.body
			: JSON.stringify(response.body);
	res.writeHead(response.status, {
		'Content-Type': isBuffer ? 'application/octet-stream' : 'application/json; charset=utf-8',
		...response.headers,
	});
	res.end(payload);
}

function parseBody(contentType: string | undefined, raw: Buffer): Record<string, unknown> {
	if (!raw.length) return {};
	const type = (contentType ?? '').toLowerCase();
	if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
	if (type.includes('application/json')) {
		try {
			const parsed = JSON.parse(raw.toString('utf8'));
			return parsed && typeof parsed === 'object' ? parsed : { value: parsed };
		} catch {
			return {};
		}
	}
	return {};
}

export function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Small seeded PRNG so fault patterns repeat from run to run. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** POSTs a callback to a receiver; returns status and parsed body. */
export async function postCallback(
	url: string,
	body: string | Buffer,
	contentType: string,
): Promise<{ status: number; body: unknown }> {
	const response = await fetch(url, { method: 'POST', body, headers: { 'Content-Type': contentType } });
	const text = await response.text();
	let parsed: unknown = text;
	try {
		parsed = JSON.parse(text);
	} catch {
		/* not JSON */
	}
	return { status: response.status, body: parsed };
}
