// One ingest worker in its own process, for the scaling figure (bench/pg-ingest.ts): opens the
// store and builds the run context, prints {"ready":true}, waits for a line on stdin, runs one
// ingest in the given round (feeds claimed from a shared PostgreSQL store; all of them on SQLite)
// and prints what it stored. Usage: ingest-worker.js CONFIG_JSON ROUND
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createRunContext, ingest, silentLogger } from '../../src/run/index.js';
import { openStore } from '../../src/store/index.js';
import type { Config } from '../../src/types.js';

const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Config;
const round = process.argv[3]!;
const store = openStore(config.database);
const ctx = createRunContext(config, store, { log: silentLogger });
const lines = createInterface({ input: process.stdin });
lines.once('close', () => process.exit(1));
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
lines.once('line', async () => {
  const t0 = Date.now();
  const cpu0 = process.cpuUsage();
  const report = await ingest(ctx, { round });
  const cpu = process.cpuUsage(cpu0);
  store.close();
  const items = report.feeds.reduce((n, f) => n + f.newArticles, 0);
  const failed = report.feeds.filter((f) => f.status !== 'ok').map((f) => `${f.id}: ${f.error ?? f.status}`);
  process.stdout.write(`${JSON.stringify({ items, feeds: report.feeds.length, failed, fatal: report.fatal, wallMs: Date.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000 })}\n`);
  process.exit(0);
});
