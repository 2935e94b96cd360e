// Issue 14, findings 6, 9 and 12 (the feed side): bounds per feed. 100k items read up to
// limits.itemsPerPoll; 150k broken items give a capped, summarised list of warnings (no single push
// of 150k lines, no stack overflow); a feed that invents new guids on every poll stays within
// limits.articlesPerFeed, never losing an article it still shows; dates outside 1900..now+1 day are
// not trusted; a page over fetch.maxBytes is not downloaded again on every run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/parse/index.js';
import { agreementJson, readContext } from '../../src/query/index.js';
import { advance, makeWorld, newsPage, rssFeed, type World } from '../helpers/world.js';

const SENTENCE = 'Japan and the Philippines signed the Reciprocal Access Agreement on Monday.';

function bigFeed(items: number, item: (i: number) => string): string {
  const parts = ['<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>'];
  for (let i = 0; i < items; i++) parts.push(item(i));
  parts.push('</channel></rss>');
  return parts.join('\n');
}

describe('a feed of 100k items, and one of 150k broken items, beside a good feed', () => {
  let w: World;
  let report: Awaited<ReturnType<World['run']>>;
  let ms = 0;

  beforeAll(async () => {
    w = await makeWorld(
      [
        { id: 'many', name: 'Many', path: '/many.xml', fullText: false },
        { id: 'broken', name: 'Broken', path: '/broken.xml', fullText: false },
        { id: 'good', name: 'Good', path: '/good.xml', fullText: false },
      ],
      { fetch: { timeoutSeconds: 60, maxBytes: 20_000_000, concurrency: 4 } },
    );
    w.news.set('/many.xml', bigFeed(100_000, (i) => `<item><title>Item ${i}</title><link>http://example.test/many/${i}</link><description>Text ${i}.</description></item>`));
    w.news.set('/broken.xml', bigFeed(150_000, () => '<item><description></description></item>'));
    w.news.set('/good.xml', rssFeed([{ title: 'Pact signed', link: 'http://example.test/a', content: `<p>${SENTENCE}</p>` }]));
    const t = performance.now();
    report = await w.run();
    ms = performance.now() - t;
    console.log(`finding 6: run over 100k + 150k items: ${ms.toFixed(0)} ms`);
  }, 180_000);
  afterAll(() => w.close());

  it('reads the first limits.itemsPerPoll items and says so in one line', () => {
    const many = report.feeds.find((f) => f.id === 'many')!;
    expect(many.status).toBe('ok');
    expect(many.items).toBe(500);
    expect(many.newArticles).toBe(500);
    expect(many.warnings.filter((l) => /limits\.itemsPerPoll/.test(l))).toHaveLength(1);
    expect(w.store.articles.countOfFeed('many')).toBe(500);
  });

  it('reads only limits.itemsPerPoll of 150k broken items, its warnings capped and summarised', () => {
    const broken = report.feeds.find((f) => f.id === 'broken')!;
    expect(broken.status).toBe('ok');
    expect(broken.warnings).toHaveLength(51);
    expect(broken.warnings.at(-1)).toMatch(/… and 451 more warnings \(limits\.warningsPerFeed is 50\)/);
  });

  it('processes the good feed, in bounded time', () => {
    expect(report.feeds.find((f) => f.id === 'good')!.newArticles).toBe(1);
    expect(ms).toBeLessThan(60_000);
  });
});

describe('150k broken items all read (limits.itemsPerPoll raised)', () => {
  it('give 50 warning lines and one summary: no push of 150k lines, no stack overflow', async () => {
    const w = await makeWorld(
      [
        { id: 'broken', name: 'Broken', path: '/broken.xml', fullText: false },
        { id: 'good', name: 'Good', path: '/good.xml', fullText: false },
      ],
      { fetch: { timeoutSeconds: 60, maxBytes: 20_000_000, concurrency: 4 }, limits: { itemsPerPoll: 200_000 } },
    );
    try {
      w.news.set('/broken.xml', bigFeed(150_000, () => '<item><description></description></item>'));
      w.news.set('/good.xml', rssFeed([{ title: 'Pact signed', link: 'http://example.test/a', content: `<p>${SENTENCE}</p>` }]));
      const t = performance.now();
      const report = await w.run();
      console.log(`finding 6: run over 150k broken items, all parsed: ${(performance.now() - t).toFixed(0)} ms`);
      const broken = report.feeds.find((f) => f.id === 'broken')!;
      expect(broken.status).toBe('ok');
      expect(broken.warnings).toHaveLength(51);
      expect(broken.warnings.at(-1)).toMatch(/… and 149950 more warnings \(limits\.warningsPerFeed is 50\)/);
      expect(report.feeds.find((f) => f.id === 'good')!.newArticles).toBe(1);
    } finally {
      await w.close();
    }
  }, 120_000);
});

describe('a feed that invents new guids on every poll', () => {
  let w: World;

  beforeAll(async () => {
    w = await makeWorld([{ id: 'churn', name: 'Churn', path: '/churn.xml', fullText: false }], { limits: { articlesPerFeed: 30 } });
  });
  afterAll(() => w.close());

  it('keeps at most limits.articlesPerFeed articles, the ones in the feed always among them', async () => {
    let pruneWarnings = 0;
    for (let poll = 0; poll < 5; poll++) {
      const items = Array.from({ length: 20 }, (_, i) => ({
        title: `Poll ${poll} item ${i}`,
        guid: `urn:churn:${poll}:${i}`,
        link: `http://example.test/churn/${poll}/${i}`,
        content: `<p>${SENTENCE} (${poll}.${i})</p>`,
      }));
      w.news.set('/churn.xml', rssFeed(items));
      const r = await w.run();
      advance(w, 60);
      pruneWarnings += r.feeds[0]!.warnings.filter((l) => /limits\.articlesPerFeed/.test(l)).length;
      expect(w.store.articles.countOfFeed('churn')).toBeLessThanOrEqual(30);
      for (const item of items) expect(w.store.articles.byKey(`guid:${item.guid}`), item.guid).not.toBeNull();
    }
    expect(pruneWarnings).toBeGreaterThan(0);
    // Versions, findings and mentions went with their articles: nothing left pointing nowhere.
    const orphans = (table: string) =>
      (w.store.db.prepare(`SELECT COUNT(*) AS c FROM ${table} WHERE article_id NOT IN (SELECT id FROM articles)`).get() as { c: number }).c;
    for (const table of ['versions', 'changes', 'findings', 'mentions', 'article_feeds']) expect(orphans(table), table).toBe(0);
    // The agreement's timeline was rebuilt from what is left, and still stands.
    expect(agreementJson(readContext(w.config, w.store), 'jp-ph-raa')!.status).toBe('signed');
  }, 60_000);
});

describe('dates outside the trusted window', () => {
  const now = new Date('2024-07-08T08:00:00Z');
  const feed = (dates: string[]) =>
    rssFeed(dates.map((date, i) => ({ title: `Item ${i}`, link: `http://example.test/d/${i}`, date })));

  it('leave the item undated (dated by its first sighting), with a warning', async () => {
    const hostile = ['Fri, 27 Dec 9999 00:00:00 GMT', '275760-09-08', '-1-01-01', 'Mon, 08 Jul 2024 10:00:00 +2500', 'Sat, 01 Jan 1000 00:00:00 GMT', 'Wed, 10 Jul 2024 10:00:00 GMT'];
    const parsed = await parseFeed(feed([...hostile, 'Mon, 08 Jul 2024 06:00:00 +0900']), 'http://example.test/feed', { now });
    expect(parsed.items.slice(0, hostile.length).map((i) => i.publishedAt)).toEqual(hostile.map(() => null));
    expect(parsed.items.at(-1)!.publishedAt).toBe('2024-07-07T21:00:00.000Z');
    expect(parsed.warnings.filter((l) => /publishedAt left empty/.test(l))).toHaveLength(hostile.length);
  });

  it('never pin a status to the future, and every date keeps the YYYY[-MM[-DD]] form', async () => {
    const w = await makeWorld([{ id: 'future', name: 'Future', path: '/future.xml', fullText: false }]);
    try {
      w.news.set(
        '/future.xml',
        rssFeed([
          {
            title: 'Pact ends',
            link: 'http://example.test/end',
            date: 'Fri, 27 Dec 9999 00:00:00 GMT',
            content: '<p>Japan and the Philippines terminated the Reciprocal Access Agreement on Monday.</p>',
          },
          {
            title: 'Pact in far future',
            link: 'http://example.test/far',
            content: '<p>Japan and the Philippines will have terminated the Reciprocal Access Agreement on December 27, 9999.</p>',
          },
        ]),
      );
      await w.run();
      const a = agreementJson(readContext(w.config, w.store), 'jp-ph-raa')!;
      const dates = [a.since, ...a.timeline.map((e) => e.date)].filter((d): d is string => d !== null);
      for (const d of dates) {
        expect(d).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(d <= '2024-07-09').toBe(true);
      }
      const stored = w.store.db.prepare('SELECT published_at FROM articles').all() as Array<{ published_at: string | null }>;
      expect(stored.every((r) => r.published_at === null)).toBe(true);
    } finally {
      await w.close();
    }
  });
});

describe('a page over fetch.maxBytes', () => {
  let w: World;
  beforeAll(async () => {
    w = await makeWorld([{ id: 'big', name: 'Big', path: '/big.xml', fullText: true }], {
      fetch: { timeoutSeconds: 5, maxBytes: 100_000, concurrency: 4 },
    });
  });
  afterAll(() => w.close());

  it('keeps the feed text, and is not downloaded again on every run', async () => {
    w.news.set('/big.xml', rssFeed([{ title: 'Big page', link: w.news.url('/big.html'), content: `<p>${SENTENCE}</p>` }]));
    w.news.set('/big.html', { headers: { ETag: '"big-1"' }, body: newsPage({ title: 'Big page', paragraphs: [SENTENCE, 'x'.repeat(200_000)] }) });
    const first = await w.run();
    expect(first.feeds[0]!.newArticles).toBe(1);
    expect(first.feeds[0]!.warnings.join(' ')).toMatch(/larger than 100000 bytes; kept the feed's text/);
    for (let i = 0; i < 3; i++) {
      advance(w, 30);
      const again = await w.run();
      expect(again.feeds[0]!.status).toBe('ok');
    }
    expect(w.news.count('/big.html')).toBe(1);
  });

  it('found on a re-check, is remembered as checked and asked for conditionally, not fetched whole', async () => {
    w.news.set('/big.xml', rssFeed([{ title: 'Small page', link: w.news.url('/small.html') }]));
    w.news.set('/small.html', { headers: { ETag: '"small-1"' }, body: newsPage({ title: 'Small page', paragraphs: [SENTENCE] }) });
    await w.run();
    const article = w.store.articles.byUrl(w.news.url('/small.html'))!;
    expect(article.fullText).toBe(true);
    // The page grows past the limit; the feed item stays as it was, so only re-checks fetch it.
    w.news.set('/small.html', { headers: { ETag: '"small-2"' }, body: newsPage({ title: 'Small page', paragraphs: [SENTENCE, 'y'.repeat(200_000)] }) });
    advance(w, 30);
    const r = await w.run();
    expect(r.feeds[0]!.warnings.join(' ')).toMatch(/re-check .*larger than 100000 bytes/);
    expect(w.store.articles.byId(article.id)!.pageValidators.etag).toBe('"small-2"');
    // Next re-check: the ETag goes with it, and an unchanged page costs a 304, not 200 KB.
    advance(w, 30);
    const next = await w.run();
    expect(next.feeds[0]!.warnings.join(' ')).not.toMatch(/larger than/);
  });
});
