/**
 * The editor's calls to a node's methods (listSearch, loadOptions, resourceMapping.getColumns) as n8n makes them:
 * through n8n-core's LoadOptionsContext, with the node's parameters as the editor holds them and the test
 * credentials helper signing the requests.
 */
import { LoadOptionsContext } from 'n8n-core';
import type { IDataObject, ILoadOptionsFunctions, INode, INodeListSearchResult, INodePropertyOptions, INodeType, IWorkflowBase, ResourceMapperFields } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import type { TestCredentialsHelper } from './CredentialsHelper';
import { makeAdditionalData, TestNodeTypes } from './runNode';

export interface EditorMethods {
	search(method: string, filter?: string, paginationToken?: string): Promise<INodeListSearchResult>;
	load(method: string): Promise<INodePropertyOptions[]>;
	columns(): Promise<ResourceMapperFields>;
}

/** The methods of `nodeType` as the editor calls them for a node with `parameters`, at `typeVersion`. */
export function editorMethods(nodeType: INodeType, parameters: IDataObject, credentials: TestCredentialsHelper, typeVersion = 2): EditorMethods {
	const typeName = `test.${nodeType.description.name}`;
	const node: INode = {
		id: 'node-in-editor',
		name: 'Node In Editor',
		type: typeName,
		typeVersion,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		credentials: Object.fromEntries((nodeType.description.credentials ?? []).map((c) => [c.name, { id: `cred-${c.name}`, name: c.name }])),
	};
	const workflow = new Workflow({ id: 'editor', name: 'Editor', nodes: [node], connections: {}, active: false, nodeTypes: new TestNodeTypes({ [typeName]: nodeType }), settings: {} });
	const additionalData = makeAdditionalData(credentials, { id: 'editor', name: 'Editor', nodes: [node], connections: {}, active: false } as unknown as IWorkflowBase);
	const context = () => new LoadOptionsContext(workflow, node, additionalData, 'parameters') as unknown as ILoadOptionsFunctions;
	const methods = nodeType.methods as unknown as {
		listSearch: Record<string, (this: ILoadOptionsFunctions, filter?: string, token?: string) => Promise<INodeListSearchResult>>;
		loadOptions: Record<string, (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>>;
		resourceMapping: { getColumns: (this: ILoadOptionsFunctions) => Promise<ResourceMapperFields> };
	};
	return {
		search: async (method, filter, token) => await methods.listSearch[method].call(context(), filter, token),
		load: async (method) => await methods.loadOptions[method].call(context()),
		columns: async () => await methods.resourceMapping.getColumns.call(context()),
	};
}
