// A server that ignores conditional requests (no ETag, no Last-Modified, always 200): the body's
// own hash is the validator, so the same bytes come back as "not modified" without being decoded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from '../../src/fetch/index.js';
import type { FetchOptions } from '../../src/types.js';
import { serve, type TestServer } from './serve.js';

const options: FetchOptions = { policy: { feedUrl: 'http://127.0.0.1/', allowPrivate: true }, timeoutMs: 5000, maxBytes: 100_000, maxRedirects: 3, userAgent: 'pactwatch-test', accept: '*/*' };
let body = '<rss version="2.0"><channel><title>Same</title></channel></rss>';
let server: TestServer;

beforeAll(async () => {
  server = await serve((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
    res.end(body);
  });
});
afterAll(async () => server.close());

describe('a server without validators', () => {
  it('gets "not modified" for the same bytes, and the text again when they change', async () => {
    const first = await fetchResource(server.url('/f'), { etag: null, lastModified: null }, options);
    expect(first.kind).toBe('ok');
    if (first.kind !== 'ok') return;
    const again = await fetchResource(server.url('/f'), first.validators, options);
    expect(again).toMatchObject({ kind: 'not-modified', sameBody: true });
    body = body.replace('Same', 'Changed');
    const changed = await fetchResource(server.url('/f'), first.validators, options);
    expect(changed.kind).toBe('ok');
  });
});
