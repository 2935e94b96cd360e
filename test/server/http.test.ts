import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../src/server/index.js';
import { FakeSite, request, SERVER_BASE, start, type Running } from './helpers/fake-site.js';

let running: Running | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function serve(site: FakeSite): Promise<Running> {
  running = await start(site);
  return running;
}

function entryIds(xml: string): string[] {
  return [...xml.matchAll(/<entry>\n {2}<id>([^<]+)<\/id>/g)].map((m) => m[1]!);
}

function nextHref(xml: string): string | null {
  const m = /<link rel="next" href="([^"]+)"/.exec(xml);
  return m ? m[1]!.replace(/&amp;/g, '&') : null;
}

describe('feeds over HTTP', () => {
  it('serves Atom with a strong ETag, Last-Modified = newest entry, and no-sniff', async () => {
    const site = new FakeSite(3);
    const { url } = await serve(site);
    const r = await request(`${url}/feed.atom`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(r.headers['etag']).toMatch(/^"[^"]+"$/);
    expect(r.headers['last-modified']).toBe(new Date(site.all[2]!.createdAt).toUTCString());
    expect(r.headers['vary']).toBe('Accept-Encoding');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(Number(r.headers['content-length'])).toBe(r.body.length);
    expect(entryIds(r.text)).toHaveLength(3);
  });

  it('answers 304 to If-None-Match and to If-Modified-Since without reading the updates', async () => {
    const site = new FakeSite(3);
    const { url } = await serve(site);
    const first = await request(`${url}/feed.atom`);
    const before = site.calls.updates;

    const byTag = await request(`${url}/feed.atom`, { 'If-None-Match': first.headers['etag']! });
    expect(byTag.status).toBe(304);
    expect(byTag.body.length).toBe(0);
    expect(byTag.headers['etag']).toBe(first.headers['etag']);

    const byWeakList = await request(`${url}/feed.atom`, { 'If-None-Match': `"other", W/${first.headers['etag']!}` });
    expect(byWeakList.status).toBe(304);

    const byDate = await request(`${url}/feed.atom`, { 'If-Modified-Since': first.headers['last-modified']! });
    expect(byDate.status).toBe(304);
    expect(site.calls.updates).toBe(before);
  });

  it('304s even when the rendered page is not cached (fresh server), still without updates()', async () => {
    const site = new FakeSite(3);
    const a = await start(site);
    const etag = (await request(`${a.url}/feed.atom`)).headers['etag']!;
    await a.close();
    const { url } = await serve(site);
    const before = site.calls.updates;
    const r = await request(`${url}/feed.atom`, { 'If-None-Match': etag });
    expect(r.status).toBe(304);
    expect(site.calls.updates).toBe(before);
  });

  it('gives 200 to a stale validator, and If-None-Match wins over If-Modified-Since', async () => {
    const site = new FakeSite(3);
    const { url } = await serve(site);
    const first = await request(`${url}/feed.atom`);
    const r = await request(`${url}/feed.atom`, {
      'If-None-Match': '"stale"',
      'If-Modified-Since': first.headers['last-modified']!,
    });
    expect(r.status).toBe(200);
    const old = await request(`${url}/feed.atom`, { 'If-Modified-Since': 'Mon, 01 Jan 2024 00:00:00 GMT' });
    expect(old.status).toBe(200);
  });

  it('changes the ETag when a new update appears, and renders repeated 200s only once', async () => {
    const site = new FakeSite(3);
    const { url } = await serve(site);
    const a = await request(`${url}/feed.atom`);
    const b = await request(`${url}/feed.atom`);
    expect(b.headers['etag']).toBe(a.headers['etag']);
    expect(b.body.equals(a.body)).toBe(true);
    expect(site.calls.updates).toBe(1);

    site.add(1);
    const c = await request(`${url}/feed.atom`, { 'If-None-Match': a.headers['etag']! });
    expect(c.status).toBe(200);
    expect(c.headers['etag']).not.toBe(a.headers['etag']);
    expect(entryIds(c.text)[0]).toBe('tag:pactwatch.test,2024:update/4');
  });

  it('gzips when the client accepts it, with its own strong ETag', async () => {
    const site = new FakeSite(30);
    const { url } = await serve(site);
    const plain = await request(`${url}/feed.atom`);
    const gz = await request(`${url}/feed.atom`, { 'Accept-Encoding': 'br, gzip;q=0.8' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['vary']).toBe('Accept-Encoding');
    expect(gz.body.length).toBeLessThan(plain.body.length);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(gz.headers['etag']).not.toBe(plain.headers['etag']);
    expect((await request(`${url}/feed.atom`, { 'Accept-Encoding': 'gzip', 'If-None-Match': gz.headers['etag']! })).status).toBe(304);
    const refused = await request(`${url}/feed.atom`, { 'Accept-Encoding': 'gzip;q=0' });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('pages 120 updates as 50/50/20 with rel=next, ids unique across pages', async () => {
    const site = new FakeSite(120);
    const { url } = await serve(site);
    const sizes: number[] = [];
    const ids: string[] = [];
    let next: string | null = `${url}/feed.atom`;
    while (next) {
      const r = await request(next);
      expect(r.status).toBe(200);
      const page = entryIds(r.text);
      sizes.push(page.length);
      ids.push(...page);
      const href = nextHref(r.text);
      next = href ? href.replace(SERVER_BASE, url) : null;
    }
    expect(PAGE_SIZE).toBe(50);
    expect(sizes).toEqual([50, 50, 20]);
    expect(new Set(ids).size).toBe(120);
    expect(ids[0]).toBe('tag:pactwatch.test,2024:update/120');
    expect(ids[119]).toBe('tag:pactwatch.test,2024:update/1');
    const second = await request(`${url}/feed.atom?before=71`);
    expect(second.text).toContain(`<link rel="self" href="${SERVER_BASE}/feed.atom?before=71"`);
    expect(nextHref(second.text)).toBe(`${SERVER_BASE}/feed.atom?before=21`);
  });

  it('serves an agreement feed and the corrections feed; unknown agreement is 404', async () => {
    const site = new FakeSite(10);
    const { url } = await serve(site);
    const a = await request(`${url}/agreements/jp-ph-raa.atom`);
    expect(a.status).toBe(200);
    expect(a.text).toContain('<title type="text">pactwatch: Japan–Philippines Reciprocal Access Agreement</title>');
    expect(a.text).toContain('<id>tag:pactwatch.test,2024:pactwatch/agreements/jp-ph-raa</id>');
    const c = await request(`${url}/corrections.atom`);
    expect(c.status).toBe(200);
    // Each feed's entry ids are its own: newsboat keeps one entry per id across every feed.
    expect(entryIds(c.text)).toEqual([
      'tag:pactwatch.test,2024:update/7/corrections',
      'tag:pactwatch.test,2024:update/6/corrections',
      'tag:pactwatch.test,2024:update/2/corrections',
      'tag:pactwatch.test,2024:update/1/corrections',
    ]);
    expect(entryIds(a.text)[0]).toBe('tag:pactwatch.test,2024:update/10/agreements/jp-ph-raa');
    const all = await request(`${url}/feed.atom`);
    // The feed of every update keeps the bare uid its subscribers already have.
    expect(entryIds(all.text)[0]).toBe('tag:pactwatch.test,2024:update/10');
    const ids = [...entryIds(all.text), ...entryIds(a.text), ...entryIds(c.text)];
    expect(new Set(ids).size).toBe(ids.length);
    const missing = await request(`${url}/agreements/nope.atom`);
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('serves an empty feed with fixed bytes and validators', async () => {
    const site = new FakeSite(0);
    const { url } = await serve(site);
    const a = await request(`${url}/feed.atom`);
    expect(a.status).toBe(200);
    expect(a.text).toContain('<updated>1970-01-01T00:00:00Z</updated>');
    expect(a.headers['last-modified']).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
    expect((await request(`${url}/feed.atom`, { 'If-None-Match': a.headers['etag']! })).status).toBe(304);
  });

  it('supports HEAD with the GET headers and no body', async () => {
    const site = new FakeSite(3);
    const { url } = await serve(site);
    const get = await request(`${url}/feed.atom`);
    const head = await request(`${url}/feed.atom`, {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['etag']).toBe(get.headers['etag']);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    const page = await request(`${url}/`, {}, 'HEAD');
    expect(page.status).toBe(200);
    expect(page.body.length).toBe(0);
  });

  it('rejects a bad before= and other methods', async () => {
    const { url } = await serve(new FakeSite(3));
    expect((await request(`${url}/feed.atom?before=abc`)).status).toBe(400);
    const post = await request(`${url}/feed.atom`, {}, 'POST');
    expect(post.status).toBe(405);
    expect(post.headers['allow']).toBe('GET, HEAD');
  });
});

describe('pages and health over HTTP', () => {
  it('serves a saved version read-only and escaped; an unknown one is 404', async () => {
    const site = new FakeSite(1);
    const { url } = await serve(site);
    const articleUrl = 'https://news.example.com/world/pact?x=1&y=2';
    const r = await request(`${url}/articles/version?url=${encodeURIComponent(articleUrl)}&n=2`);
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
    expect(r.text).toContain('Saved copy: version 2 of 2');
    expect(r.text).toContain('Version 2 text Talks stalled &lt;script&gt;');
    expect(r.text).not.toMatch(/<script/i);
    expect(r.text).toContain(`/articles/version?url=${encodeURIComponent(articleUrl).replace(/&/g, '&amp;')}&amp;n=1`);
    for (const q of [`url=${encodeURIComponent(articleUrl)}&n=3`, `url=${encodeURIComponent(articleUrl)}&n=0`, 'url=https%3A%2F%2Fnope.test%2F&n=1', 'n=1']) {
      expect((await request(`${url}/articles/version?${q}`)).status, q).toBe(404);
    }
    expect((await request(`${url}/articles/version?url=x&n=abc`)).status).toBe(400);
  });

  it('serves the HTML pages with security headers', async () => {
    const site = new FakeSite(5);
    const { url } = await serve(site);
    for (const path of ['/', '/agreements/jp-ph-raa', '/corrections', `/articles?url=${encodeURIComponent('https://news.example.com/world/pact?x=1&y=2')}`]) {
      const r = await request(url + path);
      expect(r.status, path).toBe(200);
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(r.headers['content-security-policy']).toContain("default-src 'none'; style-src 'unsafe-inline'");
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.text).not.toContain('<script');
    }
  });

  it('passes the corrections filter through, ignoring an unknown kind', async () => {
    const site = new FakeSite(0);
    const { url } = await serve(site);
    const r = await request(`${url}/corrections?feed=example-wire&kind=correction`);
    expect(r.text).toContain('Pact signed');
    expect(r.text).not.toContain('An older story');
    await request(`${url}/corrections?feed=&kind=bogus`);
    // A page of limits.rowsPerPage, and one more to know whether there is a next page.
    expect(site.calls.corrections.at(-1)).toEqual({ limit: 101, offset: 0 });
  });

  it('gzips large HTML pages for clients that accept it', async () => {
    const { url } = await serve(new FakeSite(20));
    const r = await request(`${url}/`, { 'Accept-Encoding': 'gzip' });
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(r.body).toString('utf8')).toContain('<!doctype html>');
  });

  it('answers 404 for unknown pages, agreements and articles', async () => {
    const { url } = await serve(new FakeSite(0));
    for (const path of ['/nope', '/agreements/nope', '/articles?url=https%3A%2F%2Fx.example%2F', '/articles', '/agreements/%E0%A4%A']) {
      const r = await request(url + path);
      expect([400, 404], path).toContain(r.status);
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    }
    expect((await request(`${url}/nope`)).status).toBe(404);
  });

  it('/healthz is 200 "ok" while ping() is true, else 503', async () => {
    const site = new FakeSite(0);
    const { url } = await serve(site);
    const ok = await request(`${url}/healthz`);
    expect(ok.status).toBe(200);
    expect(ok.text.trim()).toBe('ok; no ingest run has finished yet');
    // It says when the last run finished, so a monitor notices a worker that stopped.
    Object.assign(site, { lastRun: () => ({ finishedAt: '2026-01-02T03:04:05.000Z', durationMs: 8400, feeds: 1, failed: 0 }) });
    expect((await request(`${url}/healthz`)).text.trim()).toBe('ok; last run finished 2026-01-02T03:04:05.000Z (1 feed, 8.4 s)');
    site.healthy = false;
    expect((await request(`${url}/healthz`)).status).toBe(503);
  });

  it('turns a store error into a 500 with a one-line log and no stack trace', async () => {
    const site = new FakeSite(3);
    site.failOn = 'feedState';
    const r0 = await start(site);
    running = r0;
    const r = await request(`${r0.url}/feed.atom`);
    expect(r.status).toBe(500);
    expect(r.text).not.toContain('at ');
    expect(r.text).not.toContain('exploded');
    expect(r0.logs).toHaveLength(1);
    expect(r0.logs[0]).toBe('pactwatch server: GET /feed.atom failed: feedState exploded');
    expect(r0.logs[0]).not.toContain('\n');
  });

  it('routes under the path of a base URL with one', async () => {
    const site = new FakeSite(2);
    running = await start(site, 'https://example.org/pw');
    const r = await request(`${running.url}/pw/feed.atom`);
    expect(r.status).toBe(200);
    expect(r.text).toContain('<link rel="self" href="https://example.org/pw/feed.atom"');
    expect((await request(`${running.url}/pw/`)).status).toBe(200);
  });
});
