// The pactwatch worker's ingest run, alone in a process, so its memory is measured without the
// bench's own data. Samples RSS and heap every 10 ms during the run; the kernel's peak RSS
// (getrusage maxrss) catches a peak between samples.
// Usage: memory-worker.js CONFIG_JSON — prints one JSON line with the figures.
import { readFileSync } from 'node:fs';
import { createRunContext, ingest, silentLogger } from '../../src/run/index.js';
import { openStore } from '../../src/store/index.js';
import type { Config } from '../../src/types.js';
import { watchParent } from '../lib/child.js';

watchParent();
const config = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Config;
const mb = (b: number) => b / 1024 / 1024;
const baseline = process.memoryUsage();
let peakRss = baseline.rss;
let peakHeap = baseline.heapUsed;
const comp: Record<string, number> = {};
const timer = setInterval(() => {
  if (process.env.MEM_PROBE) {
    const st = readFileSync('/proc/self/status', 'utf8');
    let rss = 0;
    for (const k of ['RssAnon', 'RssFile', 'RssShmem']) {
      const v = Number(new RegExp(`${k}:\\s+(\\d+)`).exec(st)?.[1] ?? 0) / 1024;
      rss += v;
    }
    if (rss > (comp.total ?? 0)) {
      comp.total = rss;
      for (const k of ['RssAnon', 'RssFile', 'RssShmem']) comp[k] = Number(new RegExp(`${k}:\\s+(\\d+)`).exec(st)?.[1] ?? 0) / 1024;
      const m = process.memoryUsage();
      comp.heapTotal = mb(m.heapTotal); comp.heapUsed = mb(m.heapUsed); comp.external = mb(m.external); comp.ab = mb(m.arrayBuffers);
    }
  }
  const m = process.memoryUsage();
  if (m.rss > peakRss) peakRss = m.rss;
  if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
}, 10);

const store = openStore(config.database);
const ctx = createRunContext(config, store, { log: silentLogger });
const t0 = Date.now();
const report = await ingest(ctx);
const durationMs = Date.now() - t0;
clearInterval(timer);
const end = process.memoryUsage();
store.close();
const items = report.feeds.reduce((n, f) => n + f.newArticles, 0);
const failed = report.feeds.filter((f) => f.status !== 'ok').length;
process.stdout.write(
  `${JSON.stringify({
    peakRssMb: mb(Math.max(peakRss, end.rss)),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: mb(Math.max(peakHeap, end.heapUsed)),
    endHeapMb: mb(end.heapUsed),
    baselineRssMb: mb(baseline.rss),
    durationMs,
    items,
    failed,
  })}\n`,
);
if (process.env.MEM_PROBE) process.stderr.write(`${JSON.stringify(comp)}\n`);
process.exit(0);
