// Figure 2: CPU per unchanged re-poll. After a first ingest, the same feeds are polled again and
// have not changed: (a) the server answers 200 with the same body (no validators; pactwatch
// compares the body hash and skips parsing), (b) the server answers 304 to If-None-Match.
// process.cpuUsage() (user + system of this process; the news site runs in another) per feed.
import { statSync } from 'node:fs';
import path from 'node:path';
import { ingest } from '../src/run/index.js';
import type { FeedConfig } from '../src/types.js';
import type { Figure } from './lib/figure.js';
import { httpFloors } from './lib/http-floor.js';
import { NewsSite, writeFeedSet } from './lib/news-site.js';
import { createRng } from './lib/prng.js';
import { collect, fmt, median } from './lib/stats.js';
import type { Row } from './lib/table.js';
import { benchConfig, openWorld, removeDir, tempDir } from './lib/world.js';

const FEEDS = 50;
const ITEMS = 100;
const RUNS = 10;
/** Issue 17: an unchanged feed re-sent without validators in ≤ 2 ms of CPU; a 304 in ≤ 1 ms. */
const TARGET_SAME_MS = 2;
const TARGET_MS = 1;

async function cpuPerFeed(
  dir: string,
  feeds: FeedConfig[],
  expect: 'ok' | 'not-modified',
  log: (l: string) => void,
): Promise<number> {
  const world = openWorld(benchConfig(path.join(dir, `${expect}.db`), feeds));
  try {
    const first = await ingest(world.ctx);
    const bad = first.feeds.find((f) => f.status !== 'ok');
    if (bad) throw new Error(`repoll: first poll of ${bad.id}: ${bad.status} ${bad.error ?? ''}`);
    await ingest(world.ctx); // warm-up re-poll
    const perFeed: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      collect();
      const before = process.cpuUsage();
      const report = await ingest(world.ctx);
      const used = process.cpuUsage(before);
      const wrong = report.feeds.find((f) => f.status !== expect || f.newVersions > 0 || f.newArticles > 0);
      if (wrong) throw new Error(`repoll: feed ${wrong.id} answered ${wrong.status} on an unchanged re-poll`);
      perFeed.push((used.user + used.system) / 1000 / feeds.length);
    }
    const ms = median(perFeed);
    log(`repoll ${expect}: ${fmt(ms, 3)} ms CPU per feed (runs: ${perFeed.map((x) => fmt(x, 2)).join(', ')})`);
    return ms;
  } finally {
    world.close();
  }
}

export const repollFigure: Figure = {
  name: 'repoll',
  title: 'CPU per unchanged re-poll (200 same body, 304)',
  async run(log) {
    const dir = tempDir('repoll');
    const site = await NewsSite.start(path.join(dir, 'site'));
    try {
      const rng = createRng(2);
      const plain = writeFeedSet(site, rng, { feeds: FEEDS, itemsPerFeed: ITEMS, fullText: false, words: 300, etag: false, prefix: 'plain' });
      const tagged = writeFeedSet(site, rng, { feeds: FEEDS, itemsPerFeed: ITEMS, fullText: false, words: 300, etag: true, prefix: 'tagged' });
      const same = await cpuPerFeed(dir, plain, 'ok', log);
      // The floors, in the same run on the same body: 10 × 50 requests, as many as the re-polls.
      const floors = await httpFloors(plain[0]!.url, RUNS * FEEDS);
      log(`repoll floors: raw socket ${fmt(floors.rawMs, 3)} ms, node:http ${fmt(floors.nodeHttpMs, 3)} ms CPU per request`);
      const notModified = await cpuPerFeed(dir, tagged, 'not-modified', log);
      const setup = `${RUNS} re-polls of ${FEEDS} feeds × ${ITEMS} items`;
      const rows: Row[] = [
        {
          figure: '2a. CPU per unchanged re-poll, 200 same body',
          value: `${fmt(same, 3)} ms/feed`,
          target: `≤ ${TARGET_SAME_MS} ms/feed`,
          pass: same <= TARGET_SAME_MS,
          alternative: `raw keep-alive socket + sha256 per chunk: ${fmt(floors.rawMs, 3)} ms; bare node:http keep-alive + sha256 per chunk: ${fmt(floors.nodeHttpMs, 3)} ms`,
          ratio: `${fmt(same / floors.rawMs, 1)}× the raw socket, ${fmt(same / floors.nodeHttpMs, 1)}× node:http`,
          note: `${setup} (~${fmt(feedKb(site, plain[0]!), 0)} KB body); the whole ingest (store reads and writes, politeness limiter) per feed; floors: ${RUNS * FEEDS} GETs of the same feed`,
        },
        {
          figure: '2b. CPU per unchanged re-poll, 304 (ETag)',
          value: `${fmt(notModified, 3)} ms/feed`,
          target: `≤ ${TARGET_MS} ms/feed`,
          pass: notModified <= TARGET_MS,
          note: setup,
        },
      ];
      return rows;
    } finally {
      await site.stop();
      removeDir(dir);
    }
  },
};

function feedKb(site: NewsSite, feed: FeedConfig): number {
  const file = new URL(feed.url).pathname.replace(/^\/e\//, '/');
  return statKb(path.join(site.dir, file));
}

function statKb(file: string): number {
  try {
    return statSync(file).size / 1024;
  } catch {
    return 0;
  }
}
