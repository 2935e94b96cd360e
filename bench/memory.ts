// Figure 7: peak memory of the worker polling 100, 500 and 1,000 feeds served locally: one ingest
// run over N feeds × 20 items (text in the feed) into a fresh store, in a child process of its
// own started with the Node flags of `npm start` (the worker's heap cap).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runChild } from './lib/child.js';
import type { Figure } from './lib/figure.js';
import { NewsSite, writeFeedSet } from './lib/news-site.js';
import { createRng } from './lib/prng.js';
import { fmt } from './lib/stats.js';
import type { Row } from './lib/table.js';
import { benchConfig, removeDir, tempDir } from './lib/world.js';

const SIZES = process.env.MEM_SIZES ? process.env.MEM_SIZES.split(',').map(Number) : [100, 500, 1000];
const ITEMS = 20;
const TARGET_MB = 150;

/** The node flags `npm start` runs the worker with (package.json), so the bench measures those. */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((a) => a.startsWith('--'));
}

interface MemoryResult {
  peakRssMb: number;
  maxRssMb: number;
  peakHeapMb: number;
  endHeapMb: number;
  baselineRssMb: number;
  durationMs: number;
  cpuMs: number;
  items: number;
  failed: number;
}

export const memoryFigure: Figure = {
  name: 'memory',
  title: 'peak memory of the worker polling 100, 500 and 1,000 feeds',
  async run(log) {
    const dir = tempDir('memory');
    const site = await NewsSite.start(path.join(dir, 'site'));
    const flags = startFlags();
    try {
      const rows: Row[] = [];
      for (const feedCount of SIZES) {
        const feeds = writeFeedSet(site, createRng(7), { feeds: feedCount, itemsPerFeed: ITEMS, fullText: false, words: 400, etag: true, prefix: `m${feedCount}` });
        const config = benchConfig(path.join(dir, `run-${feedCount}`, 'pactwatch.db'), feeds);
        const file = path.join(dir, `config-${feedCount}.json`);
        writeFileSync(file, JSON.stringify(config));
        const res = await runChild<MemoryResult>('memory-worker', [file], flags);
        if (res.failed > 0 || res.items !== feedCount * ITEMS) throw new Error(`memory: ${res.failed} feeds failed, ${res.items} items stored`);
        log(`memory ${feedCount} feeds: peak RSS ${fmt(res.peakRssMb)} MB (kernel max ${fmt(res.maxRssMb)} MB), heap peak ${fmt(res.peakHeapMb)} MB, ${fmt(res.durationMs / 1000, 1)} s`);
        const rss = Math.max(res.peakRssMb, res.maxRssMb);
        rows.push({
          figure: `7. Worker peak memory, ${fmt(feedCount)} feeds`,
          value: `RSS ${fmt(rss)} MB, heap used ${fmt(res.peakHeapMb)} MB (peaks)`,
          target: `≤ ${TARGET_MB} MB`,
          pass: rss <= TARGET_MB,
          note: `1 ingest of ${fmt(feedCount)} feeds × ${ITEMS} items (${fmt(res.durationMs / 1000, 0)} s, CPU ${fmt(res.cpuMs / 1000, 1)} s) into a fresh store, node ${flags.join(' ') || '(no flags)'} as npm start; process at rest ${fmt(res.baselineRssMb)} MB`,
        });
      }
      return rows;
    } finally {
      await site.stop();
      removeDir(dir);
    }
  },
};
