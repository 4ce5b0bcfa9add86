// The vendor documents' samples (test/fixtures/<vendor>/endpoints.json) for scripts outside jest.
import fs from 'node:fs';
import path from 'node:path';

import { ROOT } from '../playground/lib.mjs';

export function callbackSample(vendor, id) {
	const document = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', vendor, 'endpoints.json'), 'utf8'));
	const callback = document.callbacks?.find((c) => c.id === id);
	if (!callback) throw new Error(`the ${vendor} document has no callback sample '${id}'`);
	return callback.sample;
}
