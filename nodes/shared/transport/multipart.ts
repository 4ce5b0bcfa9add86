/**
 * multipart/form-data bodies built as one Buffer. n8n's request helper sends a Buffer as it is, while a
 * platform FormData object would be dropped as an "empty" body; the exact bytes also make signing over
 * the body possible.
 */
import { randomBytes } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import type { FilePart } from './request';

export function buildMultipart(fields: IDataObject, files: Record<string, FilePart>): { body: Buffer; contentType: string } {
	const boundary = `----n8nSmartCampus${randomBytes(12).toString('hex')}`;
	const parts: Buffer[] = [];
	const quote = (text: string) => text.replace(/"/g, '%22').replace(/\r|\n/g, ' ');
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null) continue;
		const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
		parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${text}\r\n`, 'utf8'));
	}
	for (const [name, file] of Object.entries(files)) {
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"; filename="${quote(file.fileName)}"\r\nContent-Type: ${file.mimeType || 'application/octet-stream'}\r\n\r\n`,
				'utf8',
			),
			file.data,
			Buffer.from('\r\n', 'utf8'),
		);
	}
	parts.push(Buffer.from(`--${boundary}--\r\n`, 'utf8'));
	return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
