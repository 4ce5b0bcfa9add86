// A throwaway PostgreSQL server for n8n in queue mode (n8n supports scaling mode on PostgreSQL only): Debian's
// postgresql package (installed with apt-get when missing), a cluster in a temporary folder of the postgres user,
// loopback only, trust authentication. Stopped by the cleanup of the script that started it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { log, registerCleanup } from '../playground/lib.mjs';

function binDir() {
	const root = '/usr/lib/postgresql';
	const version = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))[0] : undefined;
	return version ? path.join(root, version, 'bin') : undefined;
}

function asPostgres(command, args) {
	const r = spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} failed: ${(r.stderr || r.stdout).slice(-800)}`);
	return r.stdout;
}

/** Starts PostgreSQL on `port` with a database `n8n`; returns n8n's environment for it. */
export function startPostgres(port) {
	if (!binDir()) {
		log('installing Debian package postgresql');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'postgresql']]) {
			const r = spawnSync('apt-get', args, { env, encoding: 'utf8' });
			if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed: ${r.stderr?.slice(-800)}`);
		}
	}
	const bin = binDir();
	// the postgres user cannot enter a root-owned home: the cluster lives in a temporary folder of its own
	const data = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-postgres-'));
	spawnSync('chown', ['-R', 'postgres:postgres', data]);
	asPostgres(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres']);
	const logFile = path.join(data, 'server.log');
	asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-l', logFile, '-w', '-o', `-p ${port} -k ${data} -c listen_addresses=127.0.0.1 -c max_connections=200`, 'start']);
	registerCleanup(async () => {
		asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', 'stop']);
		fs.rmSync(data, { recursive: true, force: true });
	});
	log(`PostgreSQL on 127.0.0.1:${port}`);
	return createDatabase(port, 'n8n');
}

/** One more empty database in the server startPostgres started on `port` (a fresh n8n); returns n8n's environment for it. */
export function createDatabase(port, name) {
	asPostgres(path.join(binDir(), 'createdb'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', name]);
	return {
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(port),
		DB_POSTGRESDB_DATABASE: name,
		DB_POSTGRESDB_USER: 'postgres',
		DB_POSTGRESDB_PASSWORD: '',
	};
}

/** One SQL statement against the database `n8n` of startPostgres(port): psql's rows, unaligned. */
export function psql(port, sql) {
	return asPostgres(path.join(binDir(), 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'n8n', '-At', '-c', sql]).trim();
}
