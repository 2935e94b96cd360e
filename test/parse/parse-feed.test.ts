import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/parse/index.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'parse');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

describe('parseFeed formats', () => {
  it('reads RSS 2.0 with content:encoded and description', async () => {
    const feed = await parseFeed(read('rss2.xml'), 'https://wire.example.com/feed.xml');
    expect(feed.title).toBe('Asia Defence Wire');
    expect(feed.warnings).toEqual([]);
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toEqual({
      guid: 'wire-20240708-001',
      link: 'https://wire.example.com/2024/07/08/raa-signed?utm_source=rss&utm_medium=feed',
      title: 'Tokyo, Manila ink troop access accord',
      publishedAt: '2024-07-08T06:00:00.000Z',
      contentHtml:
        '<p>The two governments signed the visiting forces pact in Manila on Monday.</p><p>Legislatures in both countries still have to approve it.</p>',
      summaryHtml: '<p>The two governments signed the visiting forces pact in Manila.</p>',
    });
    expect(feed.items[1]).toMatchObject({
      guid: 'https://wire.example.com/2025/04/29/acsa-talks',
      publishedAt: '2025-04-29T02:30:00.000Z',
      contentHtml: null,
      summaryHtml: 'Leaders announced negotiations on a supply-sharing deal.',
    });
  });

  it('reads Atom 1.0: rel=alternate link, html title as text, text content escaped', async () => {
    const feed = await parseFeed(read('atom.xml'), 'https://pacific.example.org/feed.atom');
    expect(feed.title).toBe('Pacific & Security');
    expect(feed.warnings).toEqual([]);
    expect(feed.items[0]).toEqual({
      guid: 'tag:pacific.example.org,2026:acsa-signed',
      link: 'https://pacific.example.org/2026/01/15/acsa',
      title: 'Japan and Philippines sign supply-sharing accord',
      publishedAt: '2026-01-15T00:00:00.000Z',
      contentHtml:
        "<p>The foreign ministers signed the logistics agreement in Manila.</p><p>Japan's parliament must still approve it.</p>",
      summaryHtml: 'Foreign ministers signed the logistics agreement in Manila.',
    });
    expect(feed.items[1]).toMatchObject({
      link: 'https://pacific.example.org/2025/09/11/raa-in-force',
      publishedAt: '2025-09-11T00:00:00.000Z',
      contentHtml: 'Troop visits are now covered &lt;by law&gt; in both nations.',
      summaryHtml: null,
    });
  });

  it('reads RDF (RSS 1.0) with rdf:about as the guid and dc:date', async () => {
    const feed = await parseFeed(read('rdf.xml'), 'https://rdf.example.net/index.rdf');
    expect(feed.title).toBe('Treaty Monitor');
    expect(feed.items).toEqual([
      {
        guid: 'https://rdf.example.net/sovfa-nz',
        link: 'https://rdf.example.net/sovfa-nz',
        title: 'Manila and Wellington sign status of visiting forces deal',
        publishedAt: '2025-04-30T00:00:00.000Z',
        contentHtml: null,
        summaryHtml: 'The agreement was signed at the end of April.',
      },
    ]);
  });
});

describe('parseFeed with bad items', () => {
  it('keeps an item without a guid', async () => {
    const feed = await parseFeed(read('missing-guid.xml'), 'https://noguid.example.com/rss');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ guid: null, link: 'https://noguid.example.com/senate-concurs#comments' });
    expect(feed.warnings).toEqual([]);
  });

  it('handles missing links: guid-only kept, permalink guid used, nothing-at-all skipped', async () => {
    const feed = await parseFeed(read('missing-link.xml'), 'https://nolink.example.com/rss');
    expect(feed.items.map((i) => [i.guid, i.link])).toEqual([
      ['story-4411', null],
      ['https://nolink.example.com/stories/4412', 'https://nolink.example.com/stories/4412'],
      [null, 'https://nolink.example.com/stories/4414'],
    ]);
    expect(feed.items[2]!.title).toBe('Defence chiefs met in Tokyo to review the new visiting forces rules.');
    expect(feed.warnings).toHaveLength(3);
    expect(feed.warnings[0]).toBe('item 3 ("An item with neither a link nor a guid"): skipped: no link and no guid');
    expect(feed.warnings[1]).toMatch(/^item 4: skipped/);
    expect(feed.warnings[2]).toMatch(/^item 5 .*no title; took the start of its text$/);
    for (const w of feed.warnings) expect(w).not.toContain('\n');
  });

  it('keeps the first of duplicate guids and warns', async () => {
    const feed = await parseFeed(read('duplicate-guids.xml'), 'https://dupes.example.com/rss');
    expect(feed.items.map((i) => i.title)).toEqual(['First telling', 'A different story']);
    expect(feed.warnings).toEqual([
      'item 2 ("Second telling, same guid"): skipped: duplicate guid "dup-1" (item 1 kept)',
    ]);
  });

  it('RSS: an unreadable pubDate gives publishedAt null and a warning; zone abbreviations are read', async () => {
    const feed = await parseFeed(read('invalid-date-rss.xml'), 'https://dates.example.com/rss');
    expect(feed.items.map((i) => i.publishedAt)).toEqual([null, '2024-07-08T06:00:00.000Z', '2024-07-08T06:00:00.000Z']);
    expect(feed.warnings).toEqual([
      'item 1 ("Garbage date"): unparseable date "sometime last week"; publishedAt left empty',
    ]);
  });

  it('Atom: one entry with an invalid date does not lose the feed', async () => {
    const feed = await parseFeed(read('invalid-date-atom.xml'), 'https://atomdates.example.com/feed');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({ title: 'Entry whose date is nonsense', publishedAt: null });
    expect(feed.items[1]).toMatchObject({ title: 'Entry with a fine date', publishedAt: '2024-07-08T06:00:00.000Z' });
    expect(feed.warnings).toEqual([
      'item 1 ("Entry whose date is nonsense"): unparseable date "2024-13-45T99:99:99Z"; publishedAt left empty',
    ]);
  });
});

describe('parseFeed titles and links', () => {
  it('decodes HTML entities, strips tags and unwraps CDATA in titles', async () => {
    const feed = await parseFeed(read('html-entities-cdata-titles.xml'), 'https://ent.example.com/rss');
    expect(feed.title).toBe('Entities & CDATA');
    expect(feed.items.map((i) => i.title)).toEqual([
      'Marcos calls Japan deal “extremely significant” for defence',
      'Tokyo’s envoy: talks & drills will expand',
      'Ministers meet in Manila',
    ]);
  });

  it('resolves relative links against the feed URL and drops non-web links', async () => {
    const feed = await parseFeed(read('relative-links.xml'), 'https://rel.example.com/feeds/main.xml');
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://rel.example.com/news/2025/raa-effect',
      'https://rel.example.com/feeds/stories/acsa.html',
      'https://cdn.rel.example.com/x',
      null,
    ]);
    expect(feed.items[3]!.guid).toBe('js-1');
  });

  it('resolves relative links of a local feed to file: URLs', async () => {
    const feed = await parseFeed(read('relative-links.xml'), '/srv/samples/main.xml');
    expect(feed.items[0]!.link).toBe('file:///news/2025/raa-effect');
    expect(feed.items[1]!.link).toBe('file:///srv/samples/stories/acsa.html');
  });
});

describe('parseFeed on unusable documents', () => {
  const reject = async (text: string): Promise<string> => {
    try {
      await parseFeed(text, 'https://x.example.com/feed');
    } catch (err) {
      expect(err).toBeInstanceOf(Error);
      const message = (err as Error).message;
      expect(message).not.toContain('\n');
      return message;
    }
    throw new Error('expected a rejection');
  };

  it('rejects malformed XML with one line naming where', async () => {
    expect(await reject(read('malformed.xml'))).toMatch(/^not well-formed XML: Unexpected close tag \(line 4, column \d+\)$/);
  });

  it('rejects an entity bomb at once, without expanding it', async () => {
    expect(await reject(read('entity-bomb.xml'))).toBe(
      'refused: the document declares its own XML entities (DTD internal subset)',
    );
  });

  it('rejects documents that are not feeds', async () => {
    expect(await reject('<!DOCTYPE html><html><body><p>hello</p></body></html>')).toBe(
      'not a feed: the document is an HTML page',
    );
    expect(await reject('<?xml version="1.0"?><opml version="2.0"><body/></opml>')).toBe('not an RSS or Atom feed');
    expect(await reject('')).toBe('empty document');
    expect(await reject('just words')).toMatch(/^not well-formed XML/);
  });

  it('accepts an RSS 0.91 DOCTYPE without an internal subset, and <rss> without a version', async () => {
    const doc = `<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old</title><item><title>Old item</title><link>https://old.example.com/1</link></item></channel></rss>`;
    expect((await parseFeed(doc, 'https://old.example.com/rss')).items).toHaveLength(1);
    const noVersion = '<rss><channel><title>N</title><item><title>T</title><link>https://n.example.com/</link></item></channel></rss>';
    expect((await parseFeed(noVersion, 'https://n.example.com/rss')).items).toHaveLength(1);
  });
});

describe('parseFeed on hand-written Atom', () => {
  it('reads a text-only <link>, and does not take a rel=self link for the article', async () => {
    const feed = await parseFeed(read('atom-text-link-and-no-id.xml'), 'https://hand.example.com/atom');
    expect(feed.items).toEqual([
      {
        guid: null,
        link: 'https://hand.example.com/diet-approval',
        title: 'Diet approves the access pact',
        publishedAt: '2025-06-06T00:00:00.000Z',
        contentHtml: null,
        summaryHtml: null,
      },
      {
        guid: 'tag:hand.example.com,2025:2',
        link: null,
        title: 'Entry with only a self link',
        publishedAt: null,
        contentHtml: null,
        summaryHtml: null,
      },
    ]);
    expect(feed.warnings).toEqual([]);
  });
});
