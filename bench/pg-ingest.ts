// Figure 1c: ingest throughput on a shared PostgreSQL store with 1, 2 and 4 worker processes,
// beside one process on SQLite, on the same feeds (figure 1's typical mix, 8 publishers). Each
// measurement is a fresh store; the workers claim feeds of one round between them (run/claims.ts).
// Also the cost of the synchronous bridge: one query's round trip through it, against the same
// query on the async `pg` client directly.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { SyncPg } from '../src/store/pg/bridge.js';
import type { Config } from '../src/types.js';
import { pgBinDir, startCluster, type Cluster } from '../test/helpers/pg-cluster.js';
import { BENCH_DIR } from './lib/child.js';
import type { Figure } from './lib/figure.js';
import { NewsSite, writeFeedSet } from './lib/news-site.js';
import { createRng } from './lib/prng.js';
import { fmt, median } from './lib/stats.js';
import type { Row } from './lib/table.js';
import { benchConfig, removeDir, tempDir } from './lib/world.js';

const FEEDS = 20;
const ITEMS = 25;
const WORDS = 400;
const RUNS = 2;
const WORKERS = [1, 2, 4];

interface Result {
  items: number;
  feeds: number;
  failed: string[];
  fatal: string | null;
  wallMs: number;
  cpuMs: number;
}

/** Starts `n` workers, lets them go at once, and returns the wall time until the last is done. */
async function runWorkers(config: Config, dir: string, n: number): Promise<{ wallMs: number; items: number; perWorker: number[] }> {
  const file = path.join(dir, `config-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(config));
  const round = `bench:${Date.now()}`;
  const procs = Array.from({ length: n }, () => spawn(process.execPath, [path.join(BENCH_DIR, 'child', 'ingest-worker.js'), file, round], { stdio: ['pipe', 'pipe', 'inherit'] }));
  const lines = procs.map((p) => createInterface({ input: p.stdout! })[Symbol.asyncIterator]());
  for (const l of lines) {
    const first = await l.next();
    if (first.done) throw new Error('an ingest worker exited before it was ready');
  }
  const t0 = Date.now();
  for (const p of procs) p.stdin!.write('go\n');
  const results = await Promise.all(
    lines.map(async (l) => {
      const r = await l.next();
      if (r.done) throw new Error('an ingest worker exited without a result');
      return JSON.parse(r.value) as Result;
    }),
  );
  const wallMs = Date.now() - t0;
  for (const p of procs) p.stdin!.end();
  const bad = results.find((r) => r.fatal || r.failed.length > 0);
  if (bad) throw new Error(`ingest: ${bad.fatal ?? bad.failed[0]}`);
  return { wallMs, items: results.reduce((s, r) => s + r.items, 0), perWorker: results.map((r) => r.feeds) };
}

/** Microseconds per `SELECT $1` round trip: through the synchronous bridge, and async directly. */
async function bridgeCost(url: string): Promise<{ syncUs: number; asyncUs: number }> {
  const N = 3000;
  const sync = new SyncPg(url);
  sync.query('SELECT 1');
  let t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) sync.query('SELECT $1::int AS n', [i]);
  const syncUs = Number(process.hrtime.bigint() - t) / 1000 / N;
  sync.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('SELECT 1');
  t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) await client.query('SELECT $1::int AS n', [i]);
  const asyncUs = Number(process.hrtime.bigint() - t) / 1000 / N;
  await client.end();
  return { syncUs, asyncUs };
}

export const pgIngestFigure: Figure = {
  name: 'pg-ingest',
  title: 'ingest on PostgreSQL with 1, 2, 4 workers beside SQLite',
  async run(log) {
    let cluster: Cluster | null = null;
    let admin = process.env.PACTWATCH_BENCH_PG ?? null;
    if (!admin) {
      const bin = pgBinDir();
      if (!bin) {
        return [{ figure: '1c. Ingest on PostgreSQL, 1/2/4 workers', value: 'not measured: no PostgreSQL here (initdb, pg_ctl)', target: '—', pass: true }];
      }
      cluster = await startCluster(bin);
      admin = cluster.url;
    }
    const dir = tempDir('pg-ingest');
    const site = await NewsSite.start(path.join(dir, 'site'));
    const adminPg = new SyncPg(admin);
    let dbs = 0;
    const newDb = () => {
      const name = `bench_${process.pid}_${++dbs}`;
      adminPg.query(`CREATE DATABASE ${name}`);
      const u = new URL(admin!);
      u.pathname = `/${name}`;
      return u.toString();
    };
    try {
      const feeds = writeFeedSet(site, createRng(1), { feeds: FEEDS, itemsPerFeed: ITEMS, fullText: false, words: WORDS, etag: false, prefix: 'pg', agreementShare: 0.1 });
      const rows: Row[] = [];
      const rate = async (label: string, database: () => string, n: number) => {
        const rates: number[] = [];
        for (let r = 0; r < RUNS; r++) {
          const config = benchConfig(database(), feeds);
          const got = await runWorkers(config, dir, n);
          if (got.items !== FEEDS * ITEMS) throw new Error(`${label}: stored ${got.items} of ${FEEDS * ITEMS} items`);
          rates.push((got.items / got.wallMs) * 1000);
          log(`${label} run ${r + 1}: ${fmt(rates.at(-1)!)} items/s (${fmt(got.wallMs)} ms; feeds per worker ${got.perWorker.join('/')})`);
        }
        return median(rates);
      };
      let runNo = 0;
      const sqlite = await rate('SQLite, 1 process', () => path.join(dir, `sqlite-${++runNo}`, 'pactwatch.db'), 1);
      const pgRates: string[] = [];
      for (const n of WORKERS) pgRates.push(`${n}: ${fmt(await rate(`PostgreSQL, ${n} worker${n > 1 ? 's' : ''}`, newDb, n))}`);
      const cost = await bridgeCost(newDb());
      log(`bridge: ${cost.syncUs.toFixed(0)} µs per query synchronous, ${cost.asyncUs.toFixed(0)} µs async`);
      rows.push({
        figure: '1c. Feed items stored per second on PostgreSQL, by worker processes (typical mix)',
        value: `${pgRates.join(', ')} items/s (SQLite, 1 process: ${fmt(sqlite)})`,
        target: 'reported',
        pass: true,
        note: `${RUNS} runs each, fresh store: ${FEEDS} feeds × ${ITEMS} items, 8 publishers; wall time from go to the last worker done. One query through the synchronous bridge: ${cost.syncUs.toFixed(0)} µs (async pg client: ${cost.asyncUs.toFixed(0)} µs). ${process.env.PACTWATCH_BENCH_PG ? 'Given cluster' : 'Throwaway local cluster (fsync off)'}.`,
      });
      return rows;
    } finally {
      adminPg.close();
      await site.stop();
      removeDir(dir);
      cluster?.stop();
    }
  },
};
