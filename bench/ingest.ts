// Figure 1: feed items parsed and stored per second. A local news site serves feeds of 100 items
// that carry the article text (content:encoded, fullText: false); each run ingests them all into a
// fresh store through `ingest`: fetch, parse, text from feed HTML, match, record, updates.
// Measured twice: 1a with every item about an agreement (the worst case: every item is matched in
// depth and gives findings), 1b with a typical feed's mix, where one item in ten is about one.
import path from 'node:path';
import { ingest } from '../src/run/index.js';
import type { Figure } from './lib/figure.js';
import type { Row } from './lib/table.js';
import { NewsSite, writeFeedSet } from './lib/news-site.js';
import { createRng } from './lib/prng.js';
import { collect, fmt, median, wallAndCpu } from './lib/stats.js';
import { benchConfig, openWorld, removeDir, tempDir } from './lib/world.js';

const FEEDS = 20;
const ITEMS = 100;
const WORDS = 400;
const RUNS = 3;
const TARGET = 2000;

async function measure(
  site: NewsSite,
  dir: string,
  share: number,
  label: string,
  log: (line: string) => void,
): Promise<Row> {
  const feeds = writeFeedSet(site, createRng(1), {
    feeds: FEEDS,
    itemsPerFeed: ITEMS,
    fullText: false,
    words: WORDS,
    etag: false,
    prefix: `share-${share}`,
    agreementShare: share,
  });
  const rates: number[] = [];
  const cpuRates: number[] = [];
  let tracked = 0;
  for (let r = 0; r <= RUNS; r++) {
    const world = openWorld(benchConfig(path.join(dir, `${share}-run-${r}`, 'pactwatch.db'), feeds));
    collect();
    let stored = 0;
    const t = await wallAndCpu(async () => {
      const report = await ingest(world.ctx);
      const bad = report.feeds.find((f) => f.status !== 'ok');
      if (bad) throw new Error(`ingest: feed ${bad.id}: ${bad.status} ${bad.error ?? ''}`);
      stored = report.feeds.reduce((n, f) => n + f.newArticles, 0);
    });
    if (stored !== FEEDS * ITEMS) throw new Error(`ingest: stored ${stored} of ${FEEDS * ITEMS} items`);
    tracked = (world.store.db.prepare('SELECT COUNT(*) AS c FROM articles WHERE tracked = 1').get() as { c: number }).c;
    world.close();
    // Run 0 warms up the JIT and the page cache; it is not counted.
    if (r === 0) continue;
    rates.push((stored / t.wall) * 1000);
    cpuRates.push((stored / t.cpu) * 1000);
    log(`ingest (${label}) run ${r}: ${fmt(rates.at(-1)!)} items/s (${fmt(t.wall)} ms wall, ${fmt(t.cpu)} ms CPU)`);
  }
  const rate = median(rates);
  return {
    figure: `1${share === 1 ? 'a' : 'b'}. Feed items parsed + stored per second, ${label}`,
    value: `${fmt(rate)} items/s`,
    target: `≥ ${fmt(TARGET)} items/s`,
    pass: rate >= TARGET,
    note: `${RUNS} runs, each a fresh store: ${FEEDS} feeds × ${ITEMS} items of ~${WORDS} words in the feed, ${tracked} name a tracked agreement; per CPU-second ${fmt(median(cpuRates))} items`,
  };
}

export const ingestFigure: Figure = {
  name: 'ingest',
  title: 'feed items parsed and stored per second',
  async run(log) {
    const dir = tempDir('ingest');
    const site = await NewsSite.start(path.join(dir, 'site'));
    try {
      return [
        await measure(site, dir, 1, 'every item about an agreement', log),
        await measure(site, dir, 0.1, 'typical mix (1 item in 10 about an agreement)', log),
      ];
    } finally {
      await site.stop();
      removeDir(dir);
    }
  },
};
