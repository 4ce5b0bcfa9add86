/** HongTu File operations, as the HongTu OpenAPI document (鸿图3000.V106) defines them. */
import type { OperationDefinition } from '../../shared/engine/definitions';

export const fileOperations: OperationDefinition[] = [
	{
		resource: 'file',
		operation: 'upload',
		name: 'Upload',
		action: 'Upload a file',
		description: 'Upload an import file or an image (e.g. to search structured data by image); the answer gives its URI',
		method: 'POST',
		path: '/v1/api/misc/file/upload',
		docSection: '通用模块 › 上传文件（可用于人脸比对）',
		params: [
			{ name: 'file', label: 'Input Binary Field', type: 'binary', in: 'file', required: true, default: 'data', placeholder: 'e.g. data', description: 'The name of the input binary field holding the file' },
			{ name: 'type', label: 'Type', type: 'options', in: 'form', required: true, options: [{ name: 'Import File', value: 1, description: 'A temporary upload for the batch imports' }, { name: 'Image', value: 2, description: 'A face or other image up to 10 MB, stored without a quality check' }], default: 2, description: 'What the file is' },
		],
	},
];
