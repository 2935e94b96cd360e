// Issue 9: the feed parser and the extractors fed broken bytes. Valid RSS, Atom and HTML fixtures
// (test/fixtures/faults/fuzz-seed-*) are mutated: truncated, bytes flipped, junk and markup
// inserted, nested thousands deep, given huge attributes. Fixed seed and bounded case counts keep
// the test repeatable; a failing case is shrunk by fast-check and printed with the seed.
//
// What must hold: parseFeed resolves, or rejects with an Error of one line; extractArticle and
// textFromFeedHtml return text and never throw; no case hangs (each one is bounded loosely at 5 s,
// far above the milliseconds a case takes, so only a real hang or blow-up fails it). And an ingest
// run over a local server serving such feeds ends with per-feed errors, never a thrown run.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/parse/index.js';
import { extractArticle, textFromFeedHtml } from '../../src/extract/index.js';
import { makeWorld, rssFeed, type World } from '../helpers/world.js';
import { FIXTURES } from './support.js';

const SEED = 20261123;
const RUNS = 300;
const CASE_LIMIT_MS = 5000;
/** Nesting added per mutation in HTML (at most four mutations a case). */
const HTML_DEPTH = 1000;

const seed = (name: string) => readFileSync(path.join(FIXTURES, name));
const RSS = seed('fuzz-seed-rss.xml');
const ATOM = seed('fuzz-seed-atom.xml');
const PAGE = seed('fuzz-seed-page.html');

/** Markup and byte sequences that parsers trip over. */
const JUNK = [
  '<',
  '>',
  '&',
  '&amp',
  '&#xD800;',
  '&#0;',
  ']]>',
  '<![CDATA[',
  '<!--',
  '-->',
  '<?xml version="1.0"?>',
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '<item>',
  '</item>',
  '<entry>',
  '</channel>',
  '<title>',
  '<link href="javascript:alert(1)"/>',
  '<script>',
  '</article>',
  '<p>',
  '\u0000',
  '\uFEFF',
  '\uFFFD',
  '\r\n',
  '\u2028',
  '"',
  "'",
  '<pubDate>not a date</pubDate>',
  '<updated>2024-13-45T99:99:99Z</updated>',
];

type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'flip'; at: number; byte: number }
  | { op: 'junk'; at: number; junk: string }
  | { op: 'bytes'; at: number; bytes: Uint8Array }
  | { op: 'nest'; at: number; depth: number; tag: string }
  | { op: 'attr'; at: number; size: number }
  | { op: 'repeat'; at: number; length: number; times: number };

const at = fc.double({ min: 0, max: 1, noNaN: true });
/**
 * `maxDepth` bounds the nesting one mutation adds: 20,000 levels for feeds (the XML parser
 * streams), fewer for HTML, whose extractors build a DOM (deeper cases are pinned at the end).
 */
const mutation = (maxDepth: number): fc.Arbitrary<Mutation> => fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at }),
  fc.record({ op: fc.constant('flip' as const), at, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant('junk' as const), at, junk: fc.constantFrom(...JUNK) }),
  fc.record({ op: fc.constant('bytes' as const), at, bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ op: fc.constant('nest' as const), at, depth: fc.integer({ min: 10, max: maxDepth }), tag: fc.constantFrom('div', 'item', 'p', 'b', 'x:y') }),
  fc.record({ op: fc.constant('attr' as const), at, size: fc.integer({ min: 1000, max: 300_000 }) }),
  fc.record({ op: fc.constant('repeat' as const), at, length: fc.integer({ min: 1, max: 400 }), times: fc.integer({ min: 2, max: 200 }) }),
);

function mutate(base: Buffer, mutations: Mutation[]): Buffer {
  let buf = base;
  for (const m of mutations) {
    const i = Math.floor(m.at * buf.length);
    const insert = (b: Buffer) => Buffer.concat([buf.subarray(0, i), b, buf.subarray(i)]);
    switch (m.op) {
      case 'truncate':
        buf = buf.subarray(0, i);
        break;
      case 'flip':
        buf = Buffer.from(buf);
        if (i < buf.length) buf[i] = m.byte;
        break;
      case 'junk':
        buf = insert(Buffer.from(m.junk));
        break;
      case 'bytes':
        buf = insert(Buffer.from(m.bytes));
        break;
      case 'nest':
        buf = insert(Buffer.from(`<${m.tag}>`.repeat(m.depth) + 'deep' + `</${m.tag}>`.repeat(m.depth >> 1)));
        break;
      case 'attr':
        buf = insert(Buffer.from(`<a href="${'h'.repeat(m.size)}" data-x='${'"'.repeat(m.size >> 4)}'>`));
        break;
      case 'repeat': {
        const slice = buf.subarray(i, i + m.length);
        buf = insert(Buffer.concat(Array.from({ length: m.times }, () => slice)));
        break;
      }
    }
  }
  return buf;
}

const decode = (b: Buffer, latin1: boolean) => (latin1 ? b.toString('latin1') : b.toString('utf8'));

/** A mutated document: 1–4 mutations of one of the given seeds, decoded one of two ways. */
const fuzzed = (seeds: Buffer[], maxDepth: number) =>
  fc
    .record({
      seed: fc.constantFrom(...seeds),
      mutations: fc.array(mutation(maxDepth), { minLength: 1, maxLength: 4 }),
      latin1: fc.boolean(),
    })
    .map((c) => decode(mutate(c.seed, c.mutations), c.latin1));

async function bounded<T>(fn: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await fn();
  const ms = performance.now() - started;
  if (ms > CASE_LIMIT_MS) throw new Error(`one case took ${Math.round(ms)} ms`);
  return result;
}

function isOneLineError(err: unknown): boolean {
  return err instanceof Error && err.message.trim() !== '' && !err.message.includes('\n');
}

describe('fuzzed input to the parse and extract stages', () => {
  it('parseFeed: resolves, or rejects with a one-line Error; never hangs', async () => {
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(fuzzed([RSS, ATOM], 20_000), async (text) => {
        await bounded(async () => {
          try {
            const feed = await parseFeed(text, 'http://127.0.0.1/feed.xml');
            expect(Array.isArray(feed.items)).toBe(true);
            for (const w of feed.warnings) expect(w).not.toContain('\n');
            for (const item of feed.items) expect(typeof item.title).toBe('string');
          } catch (err) {
            if (!isOneLineError(err)) throw new Error(`not a one-line Error: ${String(err)}`);
            rejected++;
          }
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The mutations really do break documents (and leave some parseable).
    expect(rejected).toBeGreaterThan(0);
    expect(rejected).toBeLessThan(RUNS);
  }, 120_000);

  it('extractArticle: returns text for any page, never throws or hangs', async () => {
    await fc.assert(
      fc.asyncProperty(fuzzed([PAGE], HTML_DEPTH), async (html) => {
        await bounded(() => {
          const page = extractArticle(html, 'http://127.0.0.1/2024/06/story');
          expect(typeof page.title).toBe('string');
          expect(page.paragraphs.every((p) => typeof p === 'string')).toBe(true);
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it('textFromFeedHtml: returns text for any feed body, never throws or hangs', async () => {
    const bodies = [Buffer.from(/<content:encoded><!\[CDATA\[([\s\S]*?)\]\]>/.exec(RSS.toString())![1]!), PAGE];
    await fc.assert(
      fc.asyncProperty(fuzzed(bodies, HTML_DEPTH), fc.string({ maxLength: 200 }), async (html, title) => {
        await bounded(() => {
          const text = textFromFeedHtml(title, html);
          expect(Array.isArray(text.paragraphs)).toBe(true);
        });
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);
});

describe('an ingest run over fuzzed feeds', () => {
  const FEEDS = 24;
  let w: World;

  beforeAll(async () => {
    // Feeds read from their own text (fullText off): a mutated link can never send a request
    // off this machine. One more feed is valid and links to local pages that are fuzzed instead.
    w = await makeWorld([
      ...Array.from({ length: FEEDS }, (_, i) => ({ id: `fuzz-${i}`, name: `Fuzz ${i}`, path: `/fuzz-${i}.xml`, fullText: false })),
      { id: 'pages', name: 'Fuzzed pages', path: '/pages.xml', fullText: true },
    ]);
    const feeds = fc.sample(fuzzed([RSS, ATOM], 20_000), { seed: SEED, numRuns: FEEDS });
    feeds.forEach((body, i) => {
      w.news.set(`/fuzz-${i}.xml`, { headers: { 'Content-Type': 'application/xml; charset=utf-8' }, body });
    });
    const pages = fc.sample(fuzzed([PAGE], HTML_DEPTH), { seed: SEED + 1, numRuns: 8 });
    w.news.set(
      '/pages.xml',
      rssFeed(pages.map((_, i) => ({ title: `Story ${i}`, link: w.news.url(`/page-${i}`), guid: `page-${i}`, date: 'Thu, 20 Jun 2024 04:30:00 GMT' }))),
    );
    pages.forEach((body, i) => {
      w.news.set(`/page-${i}`, body);
    });
  });
  afterAll(async () => w?.close());

  it('gives per-feed results and errors, never a thrown or fatal run', async () => {
    const report = await w.run();
    expect(report.fatal).toBeNull();
    expect(report.feeds).toHaveLength(FEEDS + 1);
    for (const f of report.feeds) {
      expect(['ok', 'error']).toContain(f.status);
      if (f.status === 'error') expect(f.error).toMatch(/^[^\n]+$/);
      for (const warning of f.warnings) expect(warning).not.toContain('\n');
    }
    expect(report.feeds.some((f) => f.status === 'error')).toBe(true);
    expect(report.feeds.find((f) => f.id === 'pages')).toMatchObject({ status: 'ok', items: 8 });
    // And the store took the run whole: a second run over the same bytes adds nothing.
    const before = w.store.articles.count();
    const again = await w.run();
    expect(again.fatal).toBeNull();
    expect(w.store.articles.count()).toEqual(before);
  });
});

// Deep nesting on its own, well past what the random cases reach: the extractors must still
// return the text (src/extract caps the depth it hands to Readability; these pin that).
describe('deeply nested HTML', () => {
  const nested = (depth: number, inner: string) => `${'<b>'.repeat(depth)}${inner}${'</b>'.repeat(depth)}`;

  it('textFromFeedHtml: 20,000 nested elements', async () => {
    const text = await bounded(() => textFromFeedHtml('Deep', nested(20_000, '<p>Japan and the Philippines signed the pact.</p>')));
    expect(text.paragraphs.join(' ')).toContain('signed the pact');
  });

  it('extractArticle: 20,000 unclosed elements inside the article, and 5,000 divs around it', async () => {
    const page = PAGE.toString('utf8');
    for (const html of [
      page.replace('<blockquote>', `${'<item>'.repeat(20_000)}deep<blockquote>`),
      page.replace('<body>', `<body>${'<div>'.repeat(5000)}`).replace('</body>', `${'</div>'.repeat(5000)}</body>`),
    ]) {
      const result = await bounded(() => extractArticle(html, 'http://127.0.0.1/2024/06/story'));
      expect(result.paragraphs.join(' ')).toContain('wrapped up talks');
    }
  });
});
