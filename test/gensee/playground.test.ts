/** The playground entry starts a simulator whose demo site answers the node (month of chat, pickers). */
import { genseePlayground } from '../simulators/gensee/GenseeSimulator';
import { GenseeApi } from '../../credentials/GenseeApi.credentials';
import { Gensee } from '../../nodes/Gensee/Gensee.node';
import { TestCredentialsHelper } from '../harness/CredentialsHelper';
import { runNode } from '../harness/runNode';
import { DAY } from './setup';

test('the playground demo site exports the last month of chat with its own credential (sec=true, MD5)', async () => {
	const sim = await genseePlayground.create().start();
	try {
		const credentials = new TestCredentialsHelper({ genseeApi: new GenseeApi() });
		credentials.set(genseePlayground.credential.type, genseePlayground.credential.data(sim.url));
		const roomId = [...sim.rooms.values()].find((r) => r.subject.startsWith('Algebra'))!.id;
		const result = await runNode({
			nodeType: new Gensee(),
			credentials,
			parameters: {
				resource: 'export', operation: 'chat', roomId: { __rl: true, mode: 'id', value: roomId }, returnAll: true,
				additionalFields: { startTime: new Date(Date.now() - 31 * DAY).toISOString(), endTime: new Date().toISOString() },
			},
		});
		expect(result.error).toBeUndefined();
		expect(result.items.length).toBeGreaterThan(100);
	} finally {
		await sim.stop();
	}
});
