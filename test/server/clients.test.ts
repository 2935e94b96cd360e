// Real feed readers and a real browser against the running server.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedparseUrl, jingErrors, missing, requireTool, run, tempDir } from '../publish/helpers/tools.js';
import { FakeSite, request, start, type Running } from './helpers/fake-site.js';

let running: Running;
let site: FakeSite;

beforeAll(async () => {
  site = new FakeSite(40);
  running = await start(site);
});
afterAll(async () => {
  await running.close();
});

const FEEDS = ['/feed.atom', '/agreements/jp-ph-raa.atom', '/corrections.atom'];

describe('feeds in real clients', () => {
  it.skipIf(missing('jing'))('every served feed is valid RFC 4287 (jing)', async () => {
    requireTool('jing');
    for (const path of FEEDS) {
      const r = await request(running.url + path);
      expect(jingErrors(r.text), path).toBe('');
    }
  });

  it.skipIf(missing('feedparser'))('python feedparser reads every feed with bozo 0 and the expected ids', async () => {
    requireTool('feedparser');
    const expected = site.all.map((u) => u.uid).reverse();
    const all = await feedparseUrl(`${running.url}/feed.atom`);
    expect(all.bozo_exception).toBeNull();
    expect(all.bozo).toBe(0);
    expect(all.ids).toEqual(expected);
    for (const path of FEEDS.slice(1)) {
      const r = await feedparseUrl(running.url + path);
      expect(r.bozo, path).toBe(0);
      expect(r.ids.length, path).toBeGreaterThan(0);
    }
    // Japanese and en dashes survive the trip.
    expect(all.titles.join(' ')).toContain('Is 3 < 5?');
    expect(all.contents.join(' ')).toContain('物品役務相互提供協定');
  });

  /** Runs newsboat headless on these feed paths; returns the unread count per feed URL. */
  async function newsboatCounts(paths: string[]): Promise<Map<string, number>> {
    requireTool('newsboat');
    const home = tempDir('newsboat');
    mkdirSync(join(home, '.newsboat'), { recursive: true });
    const urls = join(home, 'urls');
    const config = join(home, 'config');
    const cache = join(home, 'cache.db');
    writeFileSync(urls, paths.map((p) => `${running.url}${p}\n`).join(''));
    writeFileSync(config, `cache-file "${cache}"\nreload-threads 1\n`);
    const r = await run('newsboat', ['-u', urls, '-c', cache, '-C', config, '-x', 'reload', 'print-unread'], {
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share') },
    });
    expect(r.code, r.stderr).toBe(0);
    // newsboat's cache is SQLite: count what it kept of each feed.
    const db = new Database(cache, { readonly: true });
    try {
      const rows = db.prepare('SELECT feedurl, COUNT(*) AS n FROM rss_item WHERE deleted = 0 GROUP BY feedurl').all() as Array<{ feedurl: string; n: number }>;
      return new Map(rows.map((row) => [row.feedurl.slice(running.url.length), row.n]));
    } finally {
      db.close();
    }
  }

  it.skipIf(missing('newsboat'))('newsboat (headless) counts every entry', async () => {
    const counts = await newsboatCounts(['/feed.atom']);
    expect(counts.get('/feed.atom')).toBe(40);
  });

  it.skipIf(missing('newsboat'))('newsboat subscribed to three feeds at once keeps every entry of each (ids unique per feed)', async () => {
    const counts = await newsboatCounts(FEEDS);
    const corrections = site.all.filter((u) => u.payload.kind === 'correction' || u.payload.kind === 'revision').length;
    expect(corrections).toBeGreaterThan(0);
    expect(Object.fromEntries(counts)).toEqual({
      '/feed.atom': 40,
      '/agreements/jp-ph-raa.atom': 40,
      '/corrections.atom': corrections,
    });
  });
});

describe('the corrections page in a real browser', () => {
  it.skipIf(missing('chromium'))('shows the notice, the removed fragment in <del>, and an injected script as text', async () => {
    requireTool('chromium');
    const profile = tempDir('chromium');
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ];
    const r = await run('chromium', [...args, '--dump-dom', `${running.url}/corrections`]);
    expect(r.code, r.stderr.split('\n').slice(-3).join(' ')).toBe(0);
    const dom = r.stdout;
    expect(dom).toContain('Corrects the name of the defence secretary.');
    expect(dom).toContain('<del>[-century-old-]</del>');
    expect(dom).toContain('<ins>{+decades-old &amp; famous+}</ins>');
    // The injected script is text in the page, and it did not run (it would have set the title).
    expect(dom).toContain('&lt;script&gt;document.title=\'pwned\'&lt;/script&gt;');
    expect(dom).not.toMatch(/<script/i);
    expect(dom).toContain('<title>Corrections · pactwatch</title>');
    expect(dom).not.toContain('pwned</title>');
  }, 120_000);
});
