// The server on a PostgreSQL store: its feeds and pages read from PostgreSQL with the same
// ETag/304 behaviour as on SQLite, and a write by another process (a worker elsewhere) changes them.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteData } from '../../src/query/index.js';
import { createServer } from '../../src/server/index.js';
import { openStore } from '../../src/store/index.js';
import { PG_SKIP, PG_SKIP_NOTE, pgDatabase } from '../helpers/pg-cluster.js';
import { makeWorld, newsPage, rssFeed, type World } from '../helpers/world.js';

let w: World;
let server: http.Server;
let base: string;

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; etag: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { headers }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, etag: res.headers.etag, body }));
      })
      .on('error', reject);
  });
}

describe.skipIf(PG_SKIP)(`the server on PostgreSQL${PG_SKIP ? ` (${PG_SKIP_NOTE})` : ''}`, () => {
  beforeAll(async () => {
    w = await makeWorld([{ id: 'wire', name: 'Wire', path: '/feed.xml', fullText: true }], { database: pgDatabase('server')! });
    w.news.set('/feed.xml', rssFeed([{ title: 'RAA signed', link: w.news.url('/a'), guid: w.news.url('/a') }]));
    w.news.set('/a', newsPage({ title: 'RAA signed', paragraphs: ['Japan and the Philippines signed the Reciprocal Access Agreement in Manila on Monday, officials said.'] }));
    await w.run();
    server = createServer(createSiteData(w.ctx), { baseUrl: w.config.server.baseUrl });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server?.close(r));
    await w?.close();
  });

  it('serves the feed from PostgreSQL, answers 304 to its ETag, and a new ETag after another process writes', async () => {
    expect(w.store.kind).toBe('postgres');
    const first = await get('/feed.atom');
    expect(first.status).toBe(200);
    expect(first.body).toMatch(/Reciprocal Access Agreement/);
    expect(first.etag).toBeDefined();
    const again = await get('/feed.atom', { 'If-None-Match': first.etag! });
    expect(again.status).toBe(304);
    const page = await get('/agreements/jp-ph-raa');
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/signed/i);

    // Another process (a worker on another machine) appends an update.
    const other = openStore(w.config.database);
    other.write(() =>
      other.updates.insert({
        uid: 'tag:pactwatch,2026:update/other',
        createdAt: '2024-07-09T00:00:00.000Z',
        title: 'another worker',
        articleId: null,
        agreementIds: [],
        payload: { kind: 'new-article', article: { url: 'u', feedId: 'wire', feedName: 'Wire', title: 'From elsewhere', publishedAt: null }, agreementIds: [] },
      }),
    );
    other.close();
    const after = await get('/feed.atom', { 'If-None-Match': first.etag! });
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(first.etag);
    expect(after.body).toMatch(/From elsewhere/);
  });
});
