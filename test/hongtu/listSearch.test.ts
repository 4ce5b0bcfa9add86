/** listSearch methods against the simulator, through the credential's signing (a minimal load-options context). */
import type { IHttpRequestOptions, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { HongTuApi } from '../../credentials/HongTuApi.credentials';
import { HongTu } from '../../nodes/HongTu/HongTu.node';
import { HongTuSimulator } from '../simulators/hongtu/HongTuSimulator';
import { APP_KEY, SECRET } from './setup';

function loadOptionsContext(baseUrl: string): ILoadOptionsFunctions {
	const credentials = { baseUrl, cappkey: APP_KEY, secret: SECRET };
	return {
		getNode: () => ({ id: 'n', name: 'HongTu', type: 'hongTu', typeVersion: 1, position: [0, 0], parameters: {} }),
		getCredentials: async () => credentials,
		helpers: {
			async httpRequestWithAuthentication(_type: string, options: IHttpRequestOptions) {
				const signed = await new HongTuApi().authenticate(credentials, options);
				const response = await fetch(`${signed.baseURL}${signed.url}`, {
					method: signed.method,
					headers: signed.headers as Record<string, string>,
					body: signed.body as string | undefined,
				});
				return { statusCode: response.status, headers: {}, body: await response.text() };
			},
		},
	} as unknown as ILoadOptionsFunctions;
}

describe('HongTu listSearch', () => {
	let sim: HongTuSimulator;
	beforeAll(async () => {
		sim = await new HongTuSimulator().start();
		sim.groups.set('g1', { uuid: 'g1', name: 'Teachers', type: 1, members: [] });
		sim.groups.set('g2', { uuid: 'g2', name: 'Guests', type: 2, members: [] });
		sim.devices.set('d1', { uuid: 'd1', name: 'Gate A', location: 'North', deviceType: 2, bound: [] });
		sim.schedules.set('t1', { uuid: 't1', name: 'Weekdays', type: 1 });
		sim.persons.set('p1', { uuid: 'p1', name: 'Zhang San', type: 1, code: 'E1001', phone: '13800138000', groupList: [] });
		sim.persons.set('p2', { uuid: 'p2', name: 'Li Si', type: 2, phone: '13900139000', groupList: [] });
		sim.vehicles.set('v1', { vehicleUuId: 'v1', plateNumber: '京A12345', personName: 'Zhang San' });
	});
	afterAll(async () => await sim.stop());

	const search = async (method: string, filter?: string): Promise<INodeListSearchResult> => {
		const fn = (new HongTu().methods.listSearch as Record<string, (this: ILoadOptionsFunctions, f?: string) => Promise<INodeListSearchResult>>)[method];
		return await fn.call(loadOptionsContext(sim.url), filter);
	};

	it('lists groups of every type, devices, time plans and organizations', async () => {
		expect((await search('searchGroups')).results).toEqual([
			{ name: 'Teachers (Employee)', value: 'g1' },
			{ name: 'Guests (Visitor)', value: 'g2' },
		]);
		expect((await search('searchGroups', 'guest')).results).toEqual([{ name: 'Guests (Visitor)', value: 'g2' }]);
		expect((await search('searchDevices')).results).toEqual([{ name: 'Gate A (North)', value: 'd1' }]);
		expect((await search('searchTimePlans')).results).toEqual([{ name: 'Weekdays (Pass)', value: 't1' }]);
		expect((await search('searchOrganizations')).results).toEqual([{ name: sim.topOrg.fullName, value: sim.topOrg.uuid }]);
		expect((await search('searchDoors')).results).toEqual([]);
	});

	it('the door picker asks for the bound door devices (passModel false), not the devices that could still be added', async () => {
		await search('searchDoors');
		// the document: "true则查询所有可以添加到门禁设备列表的设备 … false查询已绑定的设备即门禁控制列表信息"
		expect(sim.requestsTo('/v1/api/door/list').at(-1)?.body).toMatchObject({ passModel: false, pageNum: 1 });
	});

	// the document: person/list searches name, phone and code (and more) by part of the value
	it('finds persons by part of the name, the employee code or the phone, each once', async () => {
		expect((await search('searchPersons')).results).toEqual([
			{ name: 'Zhang San (E1001 · 13800138000)', value: 'p1' },
			{ name: 'Li Si (13900139000)', value: 'p2' },
		]);
		expect((await search('searchPersons', 'Zhang')).results).toEqual([{ name: 'Zhang San (E1001 · 13800138000)', value: 'p1' }]);
		expect((await search('searchPersons', 'E100')).results).toEqual([{ name: 'Zhang San (E1001 · 13800138000)', value: 'p1' }]);
		expect((await search('searchPersons', '139001')).results).toEqual([{ name: 'Li Si (13900139000)', value: 'p2' }]);
		const asked = sim.requestsTo('/v1/api/person/list').slice(-3).map((r) => r.body);
		expect(asked).toEqual([expect.objectContaining({ name: '139001' }), expect.objectContaining({ code: '139001' }), expect.objectContaining({ phone: '139001' })]);
	});

	it('finds vehicles by plate number, named with their owner', async () => {
		expect((await search('searchVehicles', 'A123')).results).toEqual([{ name: '京A12345 (Zhang San)', value: 'v1' }]);
		expect((await search('searchVehicles', 'B999')).results).toEqual([]);
	});
});
