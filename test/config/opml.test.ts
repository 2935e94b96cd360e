// OPML (issue 16, point 10): pactwatch's own feeds out (one subscription per agreement), a reader's
// subscription list in (into the config file, its comments kept).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addFeedsToConfig } from '../../src/config/add-feeds.js';
import { loadConfig } from '../../src/config/index.js';
import { parseOpml } from '../../src/parse/opml.js';
import { renderOpml } from '../../src/publish/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pactwatch-opml-'));

// As Miniflux and NetNewsWire export it: folders, `text` without `title`, one outline without xmlUrl.
const READER_EXPORT = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Subscriptions</title></head>
  <body>
    <outline text="Asia" title="Asia">
      <outline type="rss" text="Nikkei Asia" title="Nikkei Asia" xmlUrl="https://asia.nikkei.com/rss/feed/nar" htmlUrl="https://asia.nikkei.com/"/>
      <outline type="rss" text="Kyodo News &amp; more" xmlUrl="https://english.kyodonews.net/rss/all.xml"/>
    </outline>
    <outline type="rss" text="Nikkei Asia (again)" xmlUrl="https://asia.nikkei.com/rss/feed/nar"/>
    <outline text="A bookmark, not a feed" htmlUrl="https://example.org/"/>
    <outline type="rss" text="" xmlUrl="https://www.rappler.com/feed/"/>
  </body>
</opml>`;

describe('OPML export', () => {
  it('lists every update, corrections and one feed per agreement, escaped, and reads back', () => {
    const xml = renderOpml({ baseUrl: 'https://pw.example/sub/', agreements: [{ id: 'jp-ph-raa', name: 'Japan–Philippines RAA' }, { id: 'x', name: 'A & B <pact>' }] });
    expect(xml).toContain('<opml version="2.0">');
    expect(xml).toContain('title="pactwatch: A &amp; B &lt;pact&gt;"');
    expect(parseOpml(xml).map((f) => f.url)).toEqual([
      'https://pw.example/sub/feed.atom',
      'https://pw.example/sub/corrections.atom',
      'https://pw.example/sub/agreements/jp-ph-raa.atom',
      'https://pw.example/sub/agreements/x.atom',
    ]);
  });
});

describe('OPML import into the config', () => {
  it('reads outlines at any depth with an xmlUrl; titles from title or text', () => {
    expect(parseOpml(READER_EXPORT)).toEqual([
      { title: 'Nikkei Asia', url: 'https://asia.nikkei.com/rss/feed/nar' },
      { title: 'Kyodo News & more', url: 'https://english.kyodonews.net/rss/all.xml' },
      { title: 'Nikkei Asia (again)', url: 'https://asia.nikkei.com/rss/feed/nar' },
      { title: 'rappler.com', url: 'https://www.rappler.com/feed/' },
    ]);
    expect(() => parseOpml('<rss version="2.0"/>')).toThrow(/not an OPML document/);
  });

  it('adds the new feeds with unique ids, keeps comments, skips what is there; --dry-run changes nothing', () => {
    const file = path.join(dir, 'pactwatch.yaml');
    const original = `# my config: keep this comment
database: p.db
feeds:
  - id: kyodo            # already here
    name: Kyodo
    url: https://english.kyodonews.net/rss/all.xml
  - id: nikkei-asia
    name: Something else with the id the import would pick
    url: https://other.example/rss
agreements:
  - { id: jp-ph-raa, name: RAA, parties: [Japan, Philippines], aliases: [RAA] }
`;
    writeFileSync(file, original);
    const feeds = parseOpml(READER_EXPORT);
    const dry = addFeedsToConfig(file, feeds, { dryRun: true });
    expect(readFileSync(file, 'utf8')).toBe(original);
    const r = addFeedsToConfig(file, feeds);
    expect(r).toEqual(dry);
    expect(r.added).toEqual([
      { id: 'nikkei-asia-2', name: 'Nikkei Asia', url: 'https://asia.nikkei.com/rss/feed/nar' },
      { id: 'rappler-com', name: 'rappler.com', url: 'https://www.rappler.com/feed/' },
    ]);
    expect(r.skipped).toEqual(['https://english.kyodonews.net/rss/all.xml: already in the config', 'https://asia.nikkei.com/rss/feed/nar: already in the config']);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# my config: keep this comment');
    expect(text).toContain('# already here');
    expect(loadConfig(file).feeds.map((f) => f.id)).toEqual(['kyodo', 'nikkei-asia', 'nikkei-asia-2', 'rappler-com']);
    // Importing again adds nothing.
    expect(addFeedsToConfig(file, feeds).added).toEqual([]);
  });
});
