// Figure 7: peak memory of the worker polling 500 feeds served locally: one ingest run over
// 500 feeds × 20 items (text in the feed) into a fresh store, in a child process of its own.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runChild } from './lib/child.js';
import type { Figure } from './lib/figure.js';
import { NewsSite, writeFeedSet } from './lib/news-site.js';
import { createRng } from './lib/prng.js';
import { fmt, median } from './lib/stats.js';
import { benchConfig, removeDir, tempDir } from './lib/world.js';

const FEEDS = 500;
const ITEMS = 20;
const RUNS = 1;

interface MemoryResult {
  peakRssMb: number;
  maxRssMb: number;
  peakHeapMb: number;
  endHeapMb: number;
  baselineRssMb: number;
  durationMs: number;
  items: number;
  failed: number;
}

export const memoryFigure: Figure = {
  name: 'memory',
  title: 'peak memory of the worker polling 500 feeds',
  async run(log) {
    const dir = tempDir('memory');
    const site = await NewsSite.start(path.join(dir, 'site'));
    try {
      const feeds = writeFeedSet(site, createRng(7), { feeds: FEEDS, itemsPerFeed: ITEMS, fullText: false, words: 400, etag: true });
      const results: MemoryResult[] = [];
      for (let r = 0; r < RUNS; r++) {
        const config = benchConfig(path.join(dir, `run-${r}`, 'pactwatch.db'), feeds);
        const file = path.join(dir, `config-${r}.json`);
        writeFileSync(file, JSON.stringify(config));
        const res = await runChild<MemoryResult>('memory-worker', [file]);
        if (res.failed > 0 || res.items !== FEEDS * ITEMS) throw new Error(`memory: ${res.failed} feeds failed, ${res.items} items stored`);
        results.push(res);
        log(`memory run ${r + 1}: peak RSS ${fmt(res.peakRssMb)} MB (kernel max ${fmt(res.maxRssMb)} MB), heap peak ${fmt(res.peakHeapMb)} MB, ${fmt(res.durationMs / 1000, 1)} s`);
      }
      const rss = median(results.map((x) => Math.max(x.peakRssMb, x.maxRssMb)));
      const heap = median(results.map((x) => x.peakHeapMb));
      return [
        {
          figure: '7. Worker peak memory, 500 feeds',
          value: `RSS ${fmt(rss)} MB, heap used ${fmt(heap)} MB (peaks)`,
          target: '— (reported; no target set)',
          pass: null,
          note: `${RUNS} run${RUNS > 1 ? "s" : ""}, each one ingest of ${FEEDS} feeds × ${ITEMS} items (~${fmt(median(results.map((x) => x.durationMs)) / 1000, 0)} s) into a fresh store; process at rest ${fmt(median(results.map((x) => x.baselineRssMb)))} MB`,
        },
      ];
    } finally {
      await site.stop();
      removeDir(dir);
    }
  },
};
