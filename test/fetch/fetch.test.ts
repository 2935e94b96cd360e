import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource, userAgent } from '../../src/fetch/index.js';
import type { FetchOptions, Validators } from '../../src/types.js';
import { serve, type TestServer } from './serve.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'fetch');
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));
const none: Validators = { etag: null, lastModified: null };
// These tests exercise the HTTP client on one 127.0.0.1 server, as the operator's own feed URL:
// the outbound policy has its own tests (test/fetch/outbound-policy.test.ts).
const fileOptions: FetchOptions = {
  policy: { feedUrl: 'http://127.0.0.1/', allowPrivate: true },
  timeoutMs: 5_000,
  maxBytes: 1_000_000,
  maxRedirects: 5,
  userAgent: userAgent('9.9.9'),
  accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8',
};

const ETAG = '"v1-abc"';
const LAST_MODIFIED = 'Mon, 08 Jul 2024 06:00:00 GMT';

/** 64 MB of zeros, a few dozen KB on the wire: the size cap must count what comes out. */
const bombs = new Map<string, Buffer>();
function bomb(coding: 'gzip' | 'br'): Buffer {
  let b = bombs.get(coding);
  if (!b) {
    const zeros = Buffer.alloc(64 * 1024 * 1024);
    b = coding === 'gzip' ? gzipSync(zeros, { level: 9 }) : brotliCompressSync(zeros, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } });
    bombs.set(coding, b);
  }
  return b;
}

/** Both HTTP clients: node:http (feeds, and pages with fetch.pipelining 1) and pipelined pages. */
const CLIENTS: Array<[string, FetchOptions]> = [
  ['node:http', fileOptions],
  ['pipelined', { ...fileOptions, pipelining: { connections: 2, depth: 4 } }],
];

let server: TestServer;
/** Responses the stalling routes hold open, so that the server can close them at the end. */
const held: Array<{ destroy: () => void }> = [];

beforeAll(async () => {
  server = await serve((req, res) => {
    const path = req.url ?? '/';
    switch (path) {
      case '/conditional': {
        if (req.headers['if-none-match'] === ETAG || req.headers['if-modified-since'] === LAST_MODIFIED) {
          res.writeHead(304, { etag: ETAG, 'cache-control': 'max-age=300' });
          res.end();
          return;
        }
        res.writeHead(200, {
          'content-type': 'application/rss+xml; charset=utf-8',
          etag: ETAG,
          'last-modified': LAST_MODIFIED,
          'cache-control': 'public, max-age=300',
        });
        res.end(fixture('plain-feed.xml'));
        return;
      }
      case '/stall-body':
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
        held.push(res.socket!);
        return; // never ends
      case '/stall-headers':
        held.push(req.socket);
        return; // never answers
      case '/loop-a':
        res.writeHead(302, { location: '/loop-b' });
        res.end();
        return;
      case '/loop-b':
        res.writeHead(301, { location: server.url('/loop-a') });
        res.end();
        return;
      case '/chain/0':
      case '/chain/1':
      case '/chain/2': {
        const n = Number(path.slice(-1));
        res.writeHead(307, { location: n === 2 ? '../plain' : `${n + 1}` });
        res.end();
        return;
      }
      case '/plain':
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(fixture('plain-feed.xml'));
        return;
      case '/huge': {
        // 50 MB, produced lazily in 64 KB chunks as the client reads.
        res.writeHead(200, { 'content-type': 'text/xml' });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        let sent = 0;
        const pump = (): void => {
          while (sent < 50 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) {
              res.once('drain', pump);
              return;
            }
          }
          res.end();
        };
        res.on('error', () => undefined);
        pump();
        return;
      }
      case '/huge-declared':
        res.writeHead(200, { 'content-type': 'text/xml', 'content-length': String(50 * 1024 * 1024) });
        res.write('<rss>');
        held.push(res.socket!);
        return;
      case '/404':
        res.writeHead(404, 'Not Found');
        res.end('nope');
        return;
      case '/410':
        res.writeHead(410, 'Gone');
        res.end();
        return;
      case '/500':
        res.writeHead(500, 'Internal Server Error', { 'retry-after': '120' });
        res.end();
        return;
      case '/503-date':
        res.writeHead(503, { 'retry-after': new Date(Date.now() + 3_600_000).toUTCString() });
        res.end();
        return;
      case '/gzip':
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', 'content-encoding': 'gzip' });
        res.end(gzipSync(fixture('plain-feed.xml')));
        return;
      case '/shift-jis':
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=Shift_JIS' });
        res.end(fixture('shift-jis-feed.xml'));
        return;
      case '/cp1252':
        res.writeHead(200, { 'content-type': 'text/xml; charset=windows-1252' });
        res.end(fixture('windows-1252-curly-quotes-euro.xml'));
        return;
      case '/iso-8859-1-label':
        // Mislabelled as iso-8859-1, as many servers do: browsers read it as windows-1252.
        res.writeHead(200, { 'content-type': 'text/xml; charset=ISO-8859-1' });
        res.end(fixture('windows-1252-curly-quotes-euro.xml'));
        return;
      case '/decl-only':
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(fixture('charset-only-in-xml-declaration.xml'));
        return;
      case '/bom':
        res.writeHead(200, { 'content-type': 'application/xml; charset=iso-8859-1' });
        res.end(fixture('utf8-bom-overrides-header.xml'));
        return;
      case '/unknown-charset':
        res.writeHead(200, { 'content-type': 'text/xml; charset=x-no-such-charset' });
        res.end(fixture('plain-feed.xml'));
        return;
      case '/gzip-bomb':
      case '/brotli-bomb': {
        const gzip = path === '/gzip-bomb';
        res.writeHead(200, { 'content-type': 'text/xml', 'content-encoding': gzip ? 'gzip' : 'br' });
        res.end(bomb(gzip ? 'gzip' : 'br'));
        return;
      }
      case '/deflate':
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', 'content-encoding': 'deflate' });
        res.end(deflateSync(fixture('plain-feed.xml')));
        return;
      case '/unknown-encoding':
        res.writeHead(200, { 'content-type': 'text/xml', 'content-encoding': 'x-squash' });
        res.end('zzz');
        return;
      case '/redirect-to-file':
        res.writeHead(302, { location: 'file:///etc/passwd' });
        res.end();
        return;
      default:
        res.writeHead(404);
        res.end();
    }
  });
});

afterAll(async () => {
  for (const socket of held) socket.destroy();
  await server.close();
});

describe.each(CLIENTS)('fetchResource over HTTP (%s)', (_client, options) => {
  it('answers 200 with validators, then 304 to a conditional request', async () => {
    const first = await fetchResource(server.url('/conditional'), none, options);
    expect(first.kind).toBe('ok');
    if (first.kind !== 'ok') return;
    expect(first.status).toBe(200);
    expect(first.text).toContain('Tokyo and Manila to sign');
    expect(first.validators).toEqual({ etag: ETAG, lastModified: LAST_MODIFIED, bodyHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(first.maxAgeSeconds).toBe(300);
    expect(first.contentType).toBe('application/rss+xml; charset=utf-8');

    const second = await fetchResource(server.url('/conditional'), first.validators, options);
    expect(second).toEqual({
      kind: 'not-modified',
      url: server.url('/conditional'),
      validators: { etag: ETAG, lastModified: LAST_MODIFIED },
      maxAgeSeconds: 300,
    });
    const sent = server.requests.filter((r) => r.url === '/conditional').at(-1)!;
    expect(sent.headers['if-none-match']).toBe(ETAG);
    expect(sent.headers['if-modified-since']).toBe(LAST_MODIFIED);
    expect(sent.headers['user-agent']).toBe('pactwatch/9.9.9 (+https://github.com/pactwatch/pactwatch)');
  });

  it('times out when the body stalls after the headers', async () => {
    const r = await fetchResource(server.url('/stall-body'), none, { ...options, timeoutMs: 300 });
    expect(r).toMatchObject({ kind: 'error', error: 'timed out after 0.3 s', status: null, gone: false });
  });

  it('times out when no headers ever come', async () => {
    const r = await fetchResource(server.url('/stall-headers'), none, { ...options, timeoutMs: 300 });
    expect(r).toMatchObject({ kind: 'error', error: 'timed out after 0.3 s' });
  });

  it('stops a redirect loop with one line', async () => {
    const r = await fetchResource(server.url('/loop-a'), none, options);
    expect(r.kind).toBe('error');
    if (r.kind !== 'error') return;
    expect(r.error).toMatch(/^too many redirects \(.*\)$/);
    expect(r.error).not.toContain('\n');
  });

  it('follows relative redirects up to the limit, and no further', async () => {
    const ok = await fetchResource(server.url('/chain/0'), none, options);
    expect(ok).toMatchObject({ kind: 'ok', url: server.url('/plain') });
    const tooMany = await fetchResource(server.url('/chain/0'), none, { ...options, maxRedirects: 2 });
    expect(tooMany).toMatchObject({ kind: 'error' });
    if (tooMany.kind === 'error') expect(tooMany.error).toMatch(/^too many redirects \(more than 2/);
  });

  it('refuses a redirect from the web onto the local disk', async () => {
    const r = await fetchResource(server.url('/redirect-to-file'), none, options);
    expect(r).toMatchObject({ kind: 'error' });
    if (r.kind === 'error') expect(r.error).toMatch(/unsupported URL scheme file:/);
  });

  it('aborts a streamed body far larger than maxBytes', async () => {
    const r = await fetchResource(server.url('/huge'), none, { ...options, maxBytes: 100_000 });
    expect(r).toMatchObject({ kind: 'error', error: 'response larger than 100000 bytes', status: 200 });
  });

  it('refuses a body whose Content-Length is over the cap without reading it', async () => {
    const r = await fetchResource(server.url('/huge-declared'), none, { ...options, maxBytes: 100_000 });
    expect(r).toMatchObject({ kind: 'error', error: 'response larger than 100000 bytes' });
  });

  it('reports 404 and 410 as gone, 500 and 503 as transient with Retry-After', async () => {
    expect(await fetchResource(server.url('/404'), none, options)).toMatchObject({
      kind: 'error',
      error: 'HTTP 404 Not Found',
      status: 404,
      gone: true,
      retryAfterSeconds: null,
    });
    expect(await fetchResource(server.url('/410'), none, options)).toMatchObject({ status: 410, gone: true });
    expect(await fetchResource(server.url('/500'), none, options)).toMatchObject({
      error: 'HTTP 500 Internal Server Error',
      status: 500,
      gone: false,
      retryAfterSeconds: 120,
    });
    const r = await fetchResource(server.url('/503-date'), none, options);
    expect(r.kind).toBe('error');
    if (r.kind !== 'error') return;
    expect(r.retryAfterSeconds).toBeGreaterThan(3000);
    expect(r.retryAfterSeconds).toBeLessThanOrEqual(3600);
  });

  it('names the cause of a connection failure in one line', async () => {
    const dead = await serve(() => undefined);
    const url = dead.url('/feed');
    await dead.close();
    const r = await fetchResource(url, none, options);
    expect(r.kind).toBe('error');
    if (r.kind !== 'error') return;
    expect(r.error).toMatch(/^cannot connect to 127\.0\.0\.1:\d+: connection refused \(ECONNREFUSED\)$/);
    expect(r.status).toBeNull();
  });

  it.each(['/gzip-bomb', '/brotli-bomb'])('refuses a compression bomb by its decompressed size (%s)', async (bomb) => {
    const r = await fetchResource(server.url(bomb), none, { ...options, maxBytes: 1_000_000 });
    expect(r).toMatchObject({ kind: 'error', error: 'response larger than 1000000 bytes', status: 200 });
  });

  it('decompresses deflate, and names an unknown Content-Encoding in one line', async () => {
    const r = await fetchResource(server.url('/deflate'), none, options);
    expect(r.kind === 'ok' && r.text).toContain('Tokyo and Manila to sign');
    expect(await fetchResource(server.url('/unknown-encoding'), none, options)).toMatchObject({
      kind: 'error',
      error: 'unsupported Content-Encoding x-squash',
    });
  });

  it('decompresses a gzip body', async () => {
    const r = await fetchResource(server.url('/gzip'), none, options);
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') expect(r.text).toContain('Tokyo and Manila to sign');
  });
});

describe.each(CLIENTS)('charset decoding (%s)', (_client, options) => {
  const text = async (path: string): Promise<string> => {
    const r = await fetchResource(server.url(path), none, options);
    if (r.kind !== 'ok') throw new Error(`expected ok, got ${r.kind}`);
    return r.text;
  };

  it('decodes a Shift_JIS feed', async () => {
    const t = await text('/shift-jis');
    expect(t).toContain('日比、円滑化協定に署名へ');
    expect(t).toContain('マニラで部隊の相互訪問');
  });

  it('decodes windows-1252 curly quotes and the euro sign (0x80–0x9F)', async () => {
    const t = await text('/cp1252');
    expect(t).toContain('calls the pact “extremely significant”');
    expect(t).toContain('accord’s price tag: €0 — officials');
    expect(await text('/iso-8859-1-label')).toContain('“extremely significant”');
  });

  it('uses the XML declaration when the header has no charset', async () => {
    expect(await text('/decl-only')).toContain('Accord signé à Manille');
  });

  it('lets a byte-order mark override the header', async () => {
    const t = await text('/bom');
    expect(t).toContain('Tōkyō – Manila');
    expect(t.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('falls back to UTF-8 for an unknown label', async () => {
    expect(await text('/unknown-charset')).toContain('Tokyo and Manila to sign');
  });
});

describe('fetchResource on local files', () => {
  const options = fileOptions;
  it('reads an absolute path and a file: URL, with the same decoding', async () => {
    const path = join(FIXTURES, 'windows-1252-curly-quotes-euro.xml');
    for (const url of [path, pathToFileURL(path).href]) {
      const r = await fetchResource(url, none, { ...options, policy: { feedUrl: path, allowPrivate: false } });
      expect(r.kind).toBe('ok');
      if (r.kind === 'ok') {
        expect(r.url).toBe(url);
        expect(r.text).toContain('“extremely significant”');
      }
    }
  });

  it('says in one line that a file is missing', async () => {
    const r = await fetchResource('/x/y.xml', none, { ...options, policy: { feedUrl: '/x/y.xml', allowPrivate: false } });
    expect(r).toMatchObject({ kind: 'error', error: 'cannot read /x/y.xml: no such file', status: null });
  });

  it('applies maxBytes to files too', async () => {
    const path = join(FIXTURES, 'plain-feed.xml');
    const r = await fetchResource(path, none, { ...options, maxBytes: 50, policy: { feedUrl: path, allowPrivate: false } });
    expect(r).toMatchObject({ kind: 'error', error: `cannot read ${path}: larger than 50 bytes` });
  });
});
