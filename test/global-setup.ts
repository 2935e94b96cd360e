// Tests that spawn the `pactwatch` command need dist/ built from the current sources; the
// PostgreSQL backend's tests need a throwaway cluster, started here once when PostgreSQL is there.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PG_ENV, PG_SKIP_NOTE, pgBinDir, startCluster, type Cluster } from './helpers/pg-cluster.js';

let cluster: Cluster | null = null;

export async function setup(): Promise<void> {
  // The config checks commands remember (config/checked.ts) go to a folder of this run, not the
  // user's cache; the test workers and the commands they spawn inherit it.
  process.env.PACTWATCH_CACHE_DIR ??= mkdtempSync(path.join(tmpdir(), 'pactwatch-test-cache-'));
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (process.env[PG_ENV]) return; // a cluster given from outside
  const bin = pgBinDir();
  if (!bin) {
    if (process.env.PACTWATCH_REQUIRE_PG) throw new Error(`PACTWATCH_REQUIRE_PG is set but ${PG_SKIP_NOTE}`);
    console.warn(`\n${PG_SKIP_NOTE}\n`);
    return;
  }
  cluster = await startCluster(bin);
  // The test workers are forked after this: they inherit it.
  process.env[PG_ENV] = cluster.url;
}

export function teardown(): void {
  cluster?.stop();
}
