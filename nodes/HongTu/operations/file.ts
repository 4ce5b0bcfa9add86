/** HongTu File operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { OperationDefinition } from '../../shared/operations';

export const fileOperations: OperationDefinition[] = [
	{
		resource: 'file',
		operation: 'upload',
		name: 'Upload',
		action: 'Upload file (usable for face comparison)',
		description: 'Upload file (usable for face comparison)',
		method: 'POST',
		path: '/v1/api/misc/file/upload',
		docSection: '通用模块 › 上传文件（可用于人脸比对）',
		params: [
			{ name: 'file', label: 'File', type: 'binary', in: 'file', required: true, default: 'data', description: 'The file (multipart part named \'file\')' },
			{ name: 'type', label: 'Type', type: 'number', in: 'form', required: true, integer: true, description: '1 = import file (temporary upload for the various batch imports); 2 = face (or other) image, max 10 MB, usable for face comparison, no quality check' },
		],
	},
];
