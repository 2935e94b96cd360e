// The pactwatch worker's ingest run, alone in a process, so its memory is measured without the
// bench's own data. Samples RSS and heap every 10 ms during the run; the kernel's peak RSS
// (getrusage maxrss) catches a peak between samples.
// Usage: memory-worker.js CONFIG_JSON — prints one JSON line with the figures.
import { readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
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
const probeT0 = Date.now();
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
      comp.atS = (Date.now() - probeT0) / 1000;
      comp.heapTotal = mb(m.heapTotal); comp.heapUsed = mb(m.heapUsed); comp.external = mb(m.external); comp.ab = mb(m.arrayBuffers);
      for (const sp of getHeapSpaceStatistics()) comp[`sp_${sp.space_name.replace('_space', '')}`] = mb(sp.space_size);
    }
  }
  const m = process.memoryUsage();
  if (m.rss > peakRss) peakRss = m.rss;
  if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
}, 10);

const store = openStore(config.database);
const ctx = createRunContext(config, store, { log: silentLogger });
const t0 = Date.now();
const cpu0 = process.cpuUsage();
const report = await ingest(ctx);
const durationMs = Date.now() - t0;
const cpu = process.cpuUsage(cpu0);
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
    cpuMs: (cpu.user + cpu.system) / 1000,
    items,
    failed,
  })}\n`,
);
if (process.env.MEM_PROBE) {
  process.stderr.write(`${JSON.stringify(comp)}\n`);
  // The anonymous memory at the end by kind of mapping: glibc's main arena ([heap]), big anonymous
  // mappings (thread arenas reserve 64 MB each, V8 pages are 256 KB), small ones.
  const split: Record<string, number> = {};
  let name = '';
  let size = 0;
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const head = /^[0-9a-f]+-[0-9a-f]+ /.exec(line);
    if (head) {
      const [a, b] = line.split(' ')[0]!.split('-').map((h) => Number.parseInt(h, 16));
      size = (b! - a!) / 1024 / 1024;
      const parts = line.trim().split(/\s+/);
      name = parts.length > 5 ? parts.slice(5).join(' ') : '';
    } else if (line.startsWith('Anonymous:')) {
      const kb = Number(/(\d+)/.exec(line)?.[1] ?? 0);
      if (!kb) continue;
      const kind = name === '[heap]' ? 'brk' : name ? (name.startsWith('[') ? name : 'file') : size >= 60 ? 'anon>=60MB' : size >= 1 ? 'anon1-60MB' : 'anon<1MB';
      split[kind] = (split[kind] ?? 0) + kb / 1024;
    }
  }
  process.stderr.write(`${JSON.stringify(split)}\n`);
}
process.exit(0);
