/**
 * The access token: one login (POST /auth) shared by items and executions, a new login when the server
 * rejects the token (code -3003 "请登录" in the body, or HTTP 401) with no item failing, and no secret in
 * outputs or errors.
 */
import { fakeJpeg, type SmartClassroomSimulator } from '../simulators/smartclassroom/SmartClassroomSimulator';
import { binaryItem, CREDENTIAL, part, startSmartClassroom } from './setup';

type Fixture = Awaited<ReturnType<typeof startSmartClassroom>>;

let f: Fixture;
let sim: SmartClassroomSimulator;
const studentIds: number[] = [];

beforeEach(async () => {
	f = await startSmartClassroom();
	sim = f.sim;
	studentIds.length = 0;
	for (let i = 1; i <= 5; i++) {
		sim.students.push({ id: 500 + i, name: `Student ${i}`, job_number: `S${i}`, subject_type: 0, company_id: 7, photos: [] });
		studentIds.push(500 + i);
	}
});
afterEach(async () => await sim.stop());

const items = () => studentIds.map((id) => ({ json: { id } }));
const getStudents = () => f.run('student', 'get', { sid: '={{ $json.id }}' }, items());

const logins = () => sim.requests.filter((r) => r.path === '/api/v1/auth');

test('one login serves every item and later executions; the token goes raw in the Authorization header', async () => {
	const first = await getStudents();
	expect(first.error).toBeUndefined();
	expect(first.items.map((i) => i.json.name)).toEqual(['Student 1', 'Student 2', 'Student 3', 'Student 4', 'Student 5']);
	const second = await getStudents();
	expect(second.error).toBeUndefined();
	expect(sim.loginCount).toBe(1);
	expect(logins()).toHaveLength(1);
	expect(logins()[0].method).toBe('POST');
	const [token] = sim.issuedTokens;
	const calls = sim.requests.filter((r) => r.path.startsWith('/api/v1/student/'));
	expect(calls).toHaveLength(10);
	for (const call of calls) expect(call.headers.authorization).toBe(token);
	// n8n persisted the token in the credential's hidden field
	expect(f.credentials.store.get(CREDENTIAL)!.accessToken).toBe(token);
});

test('a token rejected with -3003 mid-run is renewed once and no item fails', async () => {
	await getStudents();
	sim.expireTokensAfter(2);
	const result = await getStudents();
	expect(result.error).toBeUndefined();
	expect(result.items.map((i) => i.json.id)).toEqual(studentIds);
	expect(sim.loginCount).toBe(2);
	const [oldToken, newToken] = sim.issuedTokens;
	const calls = sim.requests.filter((r) => r.path.startsWith('/api/v1/student/')).slice(5);
	// two accepted, the third rejected, then the third again and the rest with the new token
	expect(calls.map((c) => c.headers.authorization)).toEqual([oldToken, oldToken, oldToken, newToken, newToken, newToken]);
	expect(f.credentials.store.get(CREDENTIAL)!.accessToken).toBe(newToken);
});

test('a token rejected with HTTP 401 is renewed the same way', async () => {
	sim.tokenRejection = 'http401';
	await getStudents();
	sim.expireTokens();
	const result = await getStudents();
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(5);
	expect(sim.loginCount).toBe(2);
});

test('an expired token during a photo upload: the multipart body is sent again whole', async () => {
	await f.ok('system', 'getTime');
	sim.expireTokens();
	const photo = fakeJpeg('after-expiry');
	const result = await f.run('subject', 'updatePhoto', { subjectId: studentIds[0], subjectType: 0, photo: 'data' }, [
		binaryItem({ data: { data: photo, mimeType: 'image/jpeg', fileName: 'p.jpg' } }),
	]);
	expect(result.error).toBeUndefined();
	expect(sim.loginCount).toBe(2);
	const accepted = sim.uploads.filter((u) => u.path === '/api/v1/subject/photo');
	expect(accepted).toHaveLength(1);
	expect(part(accepted[0].parts, 'photo')!.data.equals(photo)).toBe(true);
	expect(sim.requests.filter((r) => r.path === '/api/v1/subject/photo')).toHaveLength(2);
});

test('a wrong password fails with the login error and never shows the password or a token', async () => {
	f.credentials.set(CREDENTIAL, { ...f.credentials.store.get(CREDENTIAL)!, password: 'Wrong-Pa55word' });
	const result = await f.run('user', 'get');
	expect(result.error).toBeDefined();
	expect(result.error!.message).toMatch(/login failed: error -3000/);
	const everything = JSON.stringify(result.error) + JSON.stringify((result.error as { description?: string }).description ?? '');
	expect(everything).not.toContain('Wrong-Pa55word');
	expect(everything).not.toContain(sim.password);
	expect(sim.requests.filter((r) => r.path === '/api/v1/user')).toHaveLength(0);
});

test('when the new login fails too, the item fails once with a clear error', async () => {
	await f.ok('user', 'get');
	sim.expireTokens();
	sim.password = 'changed-on-the-server';
	const result = await f.run('user', 'get');
	expect(result.error).toBeDefined();
	expect(result.error!.message).toMatch(/login failed/);
	expect(JSON.stringify(result.error)).not.toContain('changed-on-the-server');
	expect(JSON.stringify(result.error)).not.toMatch(/tok-\d/);
});

test('operations that output data never include the token', async () => {
	const result = await f.run('user', 'get', { additionalFields: { detail: true } });
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(1);
	expect(JSON.stringify(result.items)).not.toMatch(/tok-\d/);
	const [login] = await f.ok('auth', 'logIn');
	expect(JSON.stringify(login.json)).not.toMatch(/tok-\d|S3cret/);
});

test('a token refused again right after a new login fails the item after one new login, with the -3003 hint', async () => {
	await f.ok('system', 'getTime');
	sim.refuseTokens = true;
	const result = await f.run('user', 'get');
	expect(result.error!.message).toMatch(/^Smart Classroom error -3003: Please log in/);
	expect((result.error as unknown as { description: string }).description).toMatch(/even after a new login/);
	expect(sim.loginCount).toBe(2);
	expect(sim.requests.filter((r) => r.path === '/api/v1/user')).toHaveLength(2);
});
