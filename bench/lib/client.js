'use strict';
/** The parent side of sim-host.js: fork it and call its commands. */
const { fork } = require('node:child_process');
const path = require('node:path');

async function startSimHost() {
	const child = fork(path.join(__dirname, 'sim-host.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
	const pending = new Map();
	let next = 0;
	await new Promise((resolve, reject) => {
		child.once('message', (m) => (m.ready ? resolve() : reject(new Error('sim host did not start'))));
		child.once('exit', (code) => reject(new Error(`sim host exited (${code})`)));
	});
	child.on('message', ({ id, result, error }) => {
		const p = pending.get(id);
		if (!p) return;
		pending.delete(id);
		if (error) p.reject(new Error(error));
		else p.resolve(result);
	});
	const call = (cmd, args) =>
		new Promise((resolve, reject) => {
			const id = ++next;
			pending.set(id, { resolve, reject });
			child.send({ id, cmd, args });
		});
	const close = async () => {
		try {
			await call('stop');
		} catch {
			/* already gone */
		}
		child.disconnect();
	};
	return { call, close, pid: child.pid };
}

module.exports = { startSimHost };
