// Issue 16: the read-only JSON API (the CLI's --json shapes, ETag/304), search over stored
// versions (FTS5, migration 008) on the page, the API and the CLI's data, and the saved copy that
// evidence links to — on the demo's real store (with PACTWATCH_TEST_BACKEND=postgres, copied into
// PostgreSQL by export and import first).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../src/demo/index.js';
import { loadBundledConfig } from '../../src/config/index.js';
import { exportLines, ftsQuery, importLines, openStore, type Store } from '../../src/store/index.js';
import { ON_PG, testDatabase } from '../helpers/backend.js';
import { agreementJson, agreementsJson, correctionsJson, createSiteData, historyJson, readContext, searchJson, type ReadContext } from '../../src/query/index.js';
import { request, start, type Running } from './helpers/fake-site.js';

let store: Store;
let ctx: ReadContext;
let running: Running;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pactwatch-api-test-'));
  const demo = await runDemo({ port: 0, serve: false, dir, out: () => {} });
  let database = demo.database;
  if (ON_PG) {
    database = testDatabase(dir, 'api');
    const from = openStore(demo.database);
    const to = openStore(database);
    importLines(to.backend, [...exportLines(from.backend)]);
    from.close();
    to.close();
  }
  store = openStore(database);
  ctx = readContext({ ...loadBundledConfig(), database }, store);
  running = await start(createSiteData(ctx));
}, 120_000);

afterAll(async () => {
  await running.close();
  store.close();
});

async function json(p: string, headers: Record<string, string> = {}) {
  const r = await request(running.url + p, headers);
  return { ...r, value: r.status === 304 ? null : (JSON.parse(r.text) as unknown) };
}

describe('the JSON API', () => {
  it('gives the CLI --json shapes', async () => {
    expect((await json('/api/agreements')).value).toEqual(JSON.parse(JSON.stringify(agreementsJson(ctx))));
    expect((await json('/api/agreements/jp-ph-raa')).value).toEqual(JSON.parse(JSON.stringify(agreementJson(ctx, 'jp-ph-raa'))));
    expect((await json('/api/corrections')).value).toEqual(JSON.parse(JSON.stringify(correctionsJson(ctx))));
    const url = correctionsJson(ctx)[0]!.url;
    expect((await json(`/api/history?url=${encodeURIComponent(url)}`)).value).toEqual(JSON.parse(JSON.stringify(historyJson(ctx, url))));
  });

  it('answers with application/json, a strong ETag and 304 to a matching If-None-Match', async () => {
    const first = await json('/api/agreements');
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await request(`${running.url}/api/agreements`, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await request(`${running.url}/api/agreements`, { 'If-None-Match': '"other"' })).status).toBe(200);
  });

  it('says what is wrong as JSON: unknown agreement, missing url, bad date, unknown resource', async () => {
    expect(await json('/api/agreements/nope')).toMatchObject({ status: 404, value: { error: 'No agreement with id "nope".' } });
    expect(await json('/api/history')).toMatchObject({ status: 400 });
    expect(await json('/api/corrections?since=soon')).toMatchObject({ status: 400, value: { error: 'since: not a date: soon' } });
    expect(await json('/api/nothing')).toMatchObject({ status: 404 });
  });
});

describe('search over stored versions', () => {
  it('turns any input into a safe FTS5 query', () => {
    expect(ftsQuery('visiting forces')).toBe('"visiting" AND "forces"');
    expect(ftsQuery('"reciprocal access" sign*')).toBe('"reciprocal access" AND "sign"*');
    expect(ftsQuery('NOT "x')).toBe('"NOT" AND "x"');
    expect(ftsQuery('  *** ')).toBeNull();
  });

  it('finds words in stored versions, one hit per article at its latest matching version', () => {
    const hits = searchJson(ctx, 'century-old');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.snippet).toMatch(/\[century\]-\[old\]/);
    // Both versions say it (the second in its correction notice): the hit is the latest.
    expect(hits.filter((h) => h.url === hits[0]!.url)).toHaveLength(1);
    expect(hits[0]).toMatchObject({ version: 2, latest: true });
    expect(searchJson(ctx, 'zzzznotaword')).toEqual([]);
    expect(searchJson(ctx, 'Reciprocal Access').length).toBeGreaterThan(0);
  });

  it('is on a page with a search box, escaped, and in the API', async () => {
    const page = await request(`${running.url}/search?q=${encodeURIComponent('century-old <script>')}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('value="century-old &lt;script&gt;"');
    expect(page.text).not.toMatch(/<script/i);
    const home = await request(`${running.url}/`);
    expect(home.text).toContain('<form class="search" role="search" method="get" action="/search">');
    const api = await json('/api/search?q=signed');
    expect(api.status).toBe(200);
    expect((api.value as unknown[]).length).toBeGreaterThan(0);
  });
});

describe('saved copies', () => {
  it('evidence names the version it was read in, and the page serves it', async () => {
    const ev = agreementJson(ctx, 'jp-ph-raa')!.timeline.flatMap((e) => e.evidence)[0]!;
    expect(ev.version).toBeGreaterThan(0);
    const page = await request(`${running.url}/articles/version?url=${encodeURIComponent(ev.url)}&n=${ev.version}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`Saved copy: version ${ev.version}`);
    const timeline = await request(`${running.url}/agreements/jp-ph-raa`);
    expect(timeline.text).toContain('saved copy (version');
    expect(timeline.text).toContain('<svg viewBox=');
  });
});
