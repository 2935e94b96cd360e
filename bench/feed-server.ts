// Figure 6: /feed.atom requests per second and p99 latency on loopback, with 1,000,000 updates in
// the store, for the 200 path (the rendered page comes from the server's cache once made) and the
// 304 path (If-None-Match: answered from the feed state alone). autocannon (programmatic API) in
// this process, the pactwatch server in a child process.
import path from 'node:path';
import autocannon from 'autocannon';
import { diffArticles } from '../src/diff/index.js';
import { compactDiff } from '../src/publish/index.js';
import { updateTitle } from '../src/publish/index.js';
import { openStore, type NewUpdate } from '../src/store/index.js';
import type { Evidence, UpdatePayload } from '../src/types.js';
import { startChild } from './lib/child.js';
import type { Figure } from './lib/figure.js';
import { createRng, type Rng } from './lib/prng.js';
import { correctionLine, editSentences, newsArticle } from './lib/prose.js';
import { fmt, median } from './lib/stats.js';
import type { Row } from './lib/table.js';
import { removeDir, tempDir } from './lib/world.js';
import type { SqliteDb } from '../src/store/db.js';

const UPDATES = 1_000_000;
const BATCH = 50_000;
const RUNS = 3;
const SECONDS = 5;
const CONNECTIONS = 10;
const TARGET = 3000;
const COLD_RUNS = 7;
const COLD_TARGET_MS = 100;
const AGREEMENTS = ['jp-ph-raa', 'jp-ph-acsa', 'us-ph-vfa', 'ph-ca-sovfa', 'jp-au-raa'];

/** A pool of realistic payloads: revisions and corrections with real compacted diffs, status changes. */
function payloadPool(rng: Rng): Array<{ payload: UpdatePayload; agreementIds: string[] }> {
  const pool: Array<{ payload: UpdatePayload; agreementIds: string[] }> = [];
  for (let i = 0; i < 60; i++) {
    const a = newsArticle(rng, 700);
    const after = { title: a.title, paragraphs: editSentences(rng, a.paragraphs, rng.int(1, 3)) };
    const correction = i % 3 === 0;
    if (correction) after.paragraphs.push(correctionLine(rng));
    const article = { url: `https://news.example/world/${i}`, feedId: 'bench', feedName: 'Bench News', title: a.title, publishedAt: '2025-06-01T08:00:00Z' };
    const diff = compactDiff(diffArticles(a, after));
    const agreementIds = [rng.pick(AGREEMENTS)];
    pool.push({
      payload: correction
        ? { kind: 'correction', article, notices: [{ kind: 'correction', note: after.paragraphs.at(-1)! }], fromVersion: 1, toVersion: 2, diff }
        : { kind: 'revision', article, fromVersion: 1, toVersion: 2, diff },
      agreementIds,
    });
    const evidence: Evidence = { url: article.url, feed: 'bench', title: a.title, publishedAt: article.publishedAt, quote: a.paragraphs[0]! };
    pool.push({
      payload: {
        kind: 'status',
        agreementId: agreementIds[0]!,
        agreementName: `Agreement ${agreementIds[0]}`,
        status: 'signed',
        since: '2025-06-01',
        previousStatus: 'agreed',
        previousSince: '2025-04',
        party: null,
        evidence: [evidence],
      },
      agreementIds,
    });
  }
  return pool;
}

/** Fills the store through its own insert, in a few big transactions. Returns ms. */
function fill(database: string, log: (l: string) => void): number {
  const store = openStore(database);
  const pool = payloadPool(createRng(6)).map((p) => ({ ...p, title: updateTitle(p.payload) }));
  const t0 = Date.now();
  const start = Date.parse('2024-01-01T00:00:00Z');
  try {
    for (let done = 0; done < UPDATES; done += BATCH) {
      store.write(() => {
        for (let i = done; i < Math.min(UPDATES, done + BATCH); i++) {
          const p = pool[i % pool.length]!;
          const u: NewUpdate = {
            uid: `tag:pactwatch,2026:update/bench-${i}`,
            createdAt: new Date(start + i * 30_000).toISOString(),
            title: p.title,
            articleId: null,
            agreementIds: p.agreementIds,
            payload: p.payload,
          };
          store.updates.insert(u);
        }
      });
      if ((done / BATCH) % 5 === 4) log(`feed-server: ${fmt(done + BATCH)} updates stored (${fmt((Date.now() - t0) / 1000, 1)} s)`);
    }
    (store.db as SqliteDb).pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    store.close();
  }
  return Date.now() - t0;
}

/**
 * A first render after a new update, as a reader meets it: one update appended (through the store,
 * from this process, as the worker would), then one GET timed. The page cache of the server misses.
 */
async function coldRenders(database: string, url: string): Promise<number[]> {
  const store = openStore(database);
  const pool = payloadPool(createRng(7));
  const times: number[] = [];
  try {
    for (let r = 0; r < COLD_RUNS; r++) {
      const p = pool[r % pool.length]!;
      store.write(() => {
        store.updates.insert({
          uid: `tag:pactwatch,2026:update/bench-cold-${r}`,
          createdAt: new Date(Date.parse('2026-01-01T00:00:00Z') + r * 60_000).toISOString(),
          title: updateTitle(p.payload),
          articleId: null,
          agreementIds: p.agreementIds,
          payload: p.payload,
        });
      });
      const t0 = performance.now();
      const res = await fetch(url);
      const body = await res.text();
      times.push(performance.now() - t0);
      if (res.status !== 200 || !body.includes(`bench-cold-${r}`)) throw new Error(`feed-server: the cold render ${r} did not show the new update`);
    }
  } finally {
    store.close();
  }
  return times;
}

async function load(url: string, headers: Record<string, string>, expectStatus: number): Promise<{ rps: number; p99: number }> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  const codes = result.statusCodeStats ?? {};
  const expected = codes[String(expectStatus) as `${number}`]?.count ?? 0;
  if (result.errors > 0 || expected !== result.requests.total) {
    throw new Error(`feed-server: ${result.errors} errors, ${expected} of ${result.requests.total} answers were ${expectStatus}`);
  }
  return { rps: result.requests.total / result.duration, p99: result.latency.p99 };
}

export const feedServerFigure: Figure = {
  name: 'feed-server',
  title: '/feed.atom requests per second with 1,000,000 updates (200 and 304)',
  async run(log) {
    const dir = tempDir('feed-server');
    try {
      const database = path.join(dir, 'pactwatch.db');
      const fillMs = fill(database, log);
      log(`feed-server: ${fmt(UPDATES)} updates stored in ${fmt(fillMs / 1000, 1)} s`);
      const server = await startChild<{ port: number }>('feed-server', [database]);
      try {
        const url = `http://127.0.0.1:${server.ready.port}/feed.atom`;
        const cold = await coldRenders(database, url);
        log(`feed-server: cold renders after a new update ${cold.map((t) => fmt(t, 1)).join(', ')} ms`);
        const first = await fetch(url);
        const body = await first.text();
        const etag = first.headers.get('etag');
        if (first.status !== 200 || !etag || !body.includes('<entry>')) throw new Error(`feed-server: GET /feed.atom answered ${first.status}`);
        const entries = body.split('<entry>').length - 1;
        const ok: Array<{ rps: number; p99: number }> = [];
        const nm: Array<{ rps: number; p99: number }> = [];
        // Warm-up: JIT, the page cache and the connection pool, not counted.
        await autocannon({ url, connections: CONNECTIONS, duration: 2 });
        for (let r = 0; r < RUNS; r++) {
          ok.push(await load(url, {}, 200));
          nm.push(await load(url, { 'if-none-match': etag }, 304));
          log(`feed-server run ${r + 1}: 200 ${fmt(ok.at(-1)!.rps)} req/s p99 ${ok.at(-1)!.p99} ms; 304 ${fmt(nm.at(-1)!.rps)} req/s p99 ${nm.at(-1)!.p99} ms`);
        }
        const setup = `${RUNS} runs × ${SECONDS} s, ${CONNECTIONS} connections, ${fmt(UPDATES)} updates (filled in ${fmt(fillMs / 1000, 0)} s)`;
        const row = (figure: string, xs: Array<{ rps: number; p99: number }>, note: string): Row => {
          const rps = median(xs.map((x) => x.rps));
          return {
            figure,
            value: `${fmt(rps)} req/s, p99 ${fmt(median(xs.map((x) => x.p99)))} ms`,
            target: `≥ ${fmt(TARGET)} req/s`,
            pass: rps >= TARGET,
            note,
          };
        };
        const coldMs = median(cold);
        return [
          {
            figure: '6c. /feed.atom, first render after a new update',
            value: `${fmt(coldMs, 1)} ms`,
            target: `≤ ${COLD_TARGET_MS} ms`,
            pass: coldMs <= COLD_TARGET_MS,
            note: `median of ${COLD_RUNS}: one update appended, then one GET (render, ${entries} entries); ${fmt(UPDATES)} updates; index on update_agreements(seq), no COUNT(*)`,
          },
          row('6a. /feed.atom, 200', ok, `${setup}; ${fmt(body.length / 1024, 0)} KB page of ${entries} entries`),
          row('6b. /feed.atom, 304 (If-None-Match)', nm, setup),
        ];
      } finally {
        await server.stop();
      }
    } finally {
      removeDir(dir);
    }
  },
};
