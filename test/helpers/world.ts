// A test world: a news server, a config pointing at it, a store in a temp folder, a fake clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore, type Store } from '../../src/store/index.js';
import { createRunContext, ingest, type IngestReport, type RunContext } from '../../src/run/index.js';
import type { AgreementConfig, Config, FeedConfig } from '../../src/types.js';
import { NewsServer } from './news-server.js';
import { pgDatabase } from './pg-cluster.js';
import { ON_PG } from './backend.js';

export { ON_PG } from './backend.js';

export const RAA: AgreementConfig = {
  id: 'jp-ph-raa',
  name: 'Japan–Philippines Reciprocal Access Agreement',
  parties: ['Japan', 'Philippines'],
  aliases: ['Reciprocal Access Agreement', 'RAA'],
  patterns: [],
};

export const ACSA: AgreementConfig = {
  id: 'jp-ph-acsa',
  name: 'Japan–Philippines Acquisition and Cross-Servicing Agreement',
  parties: ['Japan', 'Philippines'],
  aliases: ['Acquisition and Cross-Servicing Agreement', 'ACSA'],
  patterns: [],
};

export interface World {
  news: NewsServer;
  config: Config;
  store: Store;
  ctx: RunContext;
  clock: { now: Date };
  dir: string;
  run(opts?: Parameters<typeof ingest>[1]): Promise<IngestReport>;
  close(): Promise<void>;
}

export async function makeWorld(
  feeds: Array<Omit<FeedConfig, 'url'> & { path: string }>,
  overrides: Partial<Config> = {},
): Promise<World> {
  const news = await new NewsServer().start();
  const dir = mkdtempSync(path.join(tmpdir(), 'pactwatch-test-'));
  const config: Config = {
    file: path.join(dir, 'config.yaml'),
    // PACTWATCH_TEST_BACKEND=postgres runs the same tests on a database of the test cluster.
    database: (ON_PG ? pgDatabase('world') : null) ?? path.join(dir, 'test.db'),
    schedule: '*/15 * * * *',
    timezone: 'UTC',
    server: { port: 0, baseUrl: 'http://pactwatch.test' },
    fetch: { timeoutSeconds: 2, maxBytes: 1_000_000, concurrency: 4, perHost: 2, pipelining: 4, feedBudgetSeconds: 120 },
    articles: { recheckForDays: 14, minRecheckMinutes: 0 },
    publishNewArticles: false,
    countryNames: {},
    feeds: feeds.map(({ path: p, ...f }) => ({ ...f, url: news.url(p) })),
    agreements: [RAA, ACSA],
    ...overrides,
  };
  const store = openStore(config.database);
  const clock = { now: new Date('2024-07-08T08:00:00Z') };
  const ctx = createRunContext(config, store, { now: () => clock.now });
  return {
    news,
    config,
    store,
    ctx,
    clock,
    dir,
    run: (opts) => ingest(ctx, opts),
    async close() {
      store.close();
      await news.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Advance the fake clock. */
export function advance(w: World, minutes: number): void {
  w.clock.now = new Date(w.clock.now.getTime() + minutes * 60_000);
}

export function rssFeed(items: Array<{ title: string; link?: string; guid?: string; date?: string; description?: string; content?: string }>): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Test feed</title><link>http://example.test/</link><description>test</description>
${items
  .map(
    (i) => `<item><title>${esc(i.title)}</title>${i.link ? `<link>${esc(i.link)}</link>` : ''}${
      i.guid ? `<guid>${esc(i.guid)}</guid>` : ''
    }${i.date ? `<pubDate>${i.date}</pubDate>` : ''}${i.description ? `<description>${esc(i.description)}</description>` : ''}${
      i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : ''
    }</item>`,
  )
  .join('\n')}
</channel></rss>`;
}

/** A news page with the usual furniture around the article. */
export function newsPage(o: { title: string; paragraphs: string[]; sidebar?: string[]; canonical?: string; published?: string }): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(o.title)}</title>
${o.canonical ? `<link rel="canonical" href="${o.canonical}">` : ''}
${o.published ? `<meta property="article:published_time" content="${o.published}">` : ''}
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${esc(o.title)}</h1>
${o.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main>
<aside class="sidebar"><h2>Most read</h2><ul>${(o.sidebar ?? ['Markets rally on rate hopes', 'Typhoon nears the coast'])
    .map((s, i) => `<li><a href="/most-read/${i}">${esc(s)}</a></li>`)
    .join('')}</ul></aside>
<footer><p>© Test News. All rights reserved.</p></footer>
</body></html>`;
}
