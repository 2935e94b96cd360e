// A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl in a temp folder, listening on a
// loopback port and a socket in that folder, trust authentication, stopped and removed at the end.
// Started once by the vitest global setup when PostgreSQL's binaries are there; the tests find its
// URL in PACTWATCH_TEST_PG and make a database of their own in it (pgDatabase). As root the
// cluster runs as the `postgres` user (PostgreSQL refuses to run as root).
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SyncPg } from '../../src/store/pg/bridge.js';

export const PG_ENV = 'PACTWATCH_TEST_PG';

/** The folder of initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/<n>/bin. */
export function pgBinDir(): string | null {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(path.join(dir, 'pg_ctl')) && existsSync(path.join(dir, 'initdb'))) return dir;
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const dir = path.join(root, v, 'bin');
    if (existsSync(path.join(dir, 'pg_ctl'))) return dir;
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Cluster {
  /** The superuser's URL of the `postgres` database. */
  url: string;
  stop(): void;
}

export async function startCluster(bin: string): Promise<Cluster> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pactwatch-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  let uid: number | null = null;
  if (asRoot) {
    uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (cmd: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : path.join(bin, cmd), asRoot ? ['-u', 'postgres', '--', path.join(bin, cmd), ...args] : args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: dir,
    });
  const user = asRoot ? 'postgres' : (process.env.USER ?? 'postgres');
  run('initdb', ['-D', data, '-U', user, '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const opts = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run('pg_ctl', ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  // A test run killed from outside (a timeout's SIGKILL) never reaches stop(), and pg_ctl's server
  // outlives it: a detached watchdog stops the cluster and removes its folder once this process is
  // gone. (After a normal stop() it is killed; had it run, stopping a stopped cluster is harmless.)
  const quote = (a: string): string => `'${a.replaceAll("'", "'\\''")}'`;
  const stopArgs = [path.join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop'];
  const stopCmd = (asRoot ? ['runuser', '-u', 'postgres', '--', ...stopArgs] : stopArgs).map(quote).join(' ');
  const watchdog = spawn('sh', ['-c', `while kill -0 ${process.pid} 2>/dev/null; do sleep 2; done; ${stopCmd}; rm -rf ${quote(dir)}`], {
    detached: true,
    stdio: 'ignore',
  });
  watchdog.unref();
  return {
    url: `postgres://${user}@127.0.0.1:${port}/postgres`,
    stop() {
      watchdog.kill();
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

let counter = 0;

/** A new empty database in the test cluster; null when no cluster runs (PostgreSQL not installed). */
export function pgDatabase(label: string): string | null {
  const admin = process.env[PG_ENV];
  if (!admin) return null;
  const name = `pw_${label.replace(/\W/g, '_').toLowerCase()}_${process.pid}_${++counter}`;
  const pg = new SyncPg(admin);
  try {
    pg.query(`CREATE DATABASE ${name}`);
  } finally {
    pg.close();
  }
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * A copy of a database of the test cluster (CREATE DATABASE … TEMPLATE), as a file copy is of a
 * SQLite store. The source must have no connection: a process that just exited may still have one
 * for a moment, so the copy is tried again for a few seconds.
 */
export function cloneDatabase(url: string, label: string): string {
  const admin = process.env[PG_ENV];
  if (!admin) throw new Error('no test cluster');
  const source = new URL(url).pathname.slice(1);
  const name = `pw_${label.replace(/\W/g, '_').toLowerCase()}_${process.pid}_${++counter}`;
  const pg = new SyncPg(admin);
  try {
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        pg.query(`CREATE DATABASE ${name} TEMPLATE ${source}`);
        break;
      } catch (err) {
        // 55006: the source database is being accessed by other users
        if ((err as { code?: string }).code !== '55006' || Date.now() > deadline) throw err;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
      }
    }
  } finally {
    pg.close();
  }
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Why the PostgreSQL tests are skipped, for describe.skipIf titles. */
export const PG_SKIP = !process.env[PG_ENV];
export const PG_SKIP_NOTE = 'PostgreSQL binaries not found (initdb, pg_ctl): PostgreSQL backend tests skipped; `.ci/run` installs them';
