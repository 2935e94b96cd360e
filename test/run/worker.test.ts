// Issue 7: the scheduler on a fake clock, no overlapping runs, backoff, and a clean stop.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backoffUntil, freshUntil, LeaseBusy, startWorker, withIngestLease } from '../../src/run/index.js';
import { advance, makeWorld, newsPage, ON_PG, rssFeed, type World } from '../helpers/world.js';
import { sqliteOnly } from '../helpers/backend.js';

let w: World;
afterEach(async () => {
  vi.useRealTimers();
  await w?.close();
});

describe('the worker', () => {
  it('fires on the cron schedule (fake clock)', async () => {
    w = await makeWorld([]);
    // A run loads the timeline code on first need (a dynamic import: real file I/O, which a fake
    // clock's advance does not wait for; on a shared store every run refreshes). Loaded here first.
    await import('../../src/run/agreements.js');
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:30Z') });
    let runs = 0;
    const worker = startWorker(w.ctx, { firstPoll: false, onReport: () => runs++ });
    await vi.advanceTimersByTimeAsync(14 * 60_000);
    expect(runs).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000); // 00:15
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(30 * 60_000); // 00:30, 00:45
    expect(runs).toBe(3);
    await worker.stop();
  });

  it('polls once at start-up', async () => {
    w = await makeWorld([]);
    let runs = 0;
    const worker = startWorker(w.ctx, { onReport: () => runs++ });
    await vi.waitFor(() => expect(runs).toBe(1));
    await worker.stop();
  });

  it('never overlaps runs inside the process', async () => {
    w = await makeWorld([{ id: 'slow', name: 'slow', path: '/slow.xml', fullText: false }]);
    w.news.set('/slow.xml', {
      handler: (_req, res) => setTimeout(() => res.writeHead(200).end(rssFeed([{ title: 't', link: 'http://x.test/1' }])), 300),
    });
    const worker = startWorker(w.ctx, { firstPoll: false });
    const first = worker.tick();
    const second = await worker.tick();
    expect(second).toBeNull();
    expect(await first).not.toBeNull();
    await worker.stop();
  });

  it.skipIf(ON_PG)(
    sqliteOnly('never overlaps runs across processes: the store lease', 'one worker per SQLite store; on PostgreSQL workers share the feeds by claims (test/faults/concurrent, killed-worker, pg-workers)'),
    async () => {
    w = await makeWorld([]);
    expect(w.store.leases.acquire('ingest', 'other-process', 60_000)).toBe(true);
    await expect(withIngestLease(w.store, { waitMs: 0 }, async () => 1)).rejects.toBeInstanceOf(LeaseBusy);
    // a worker tick skips instead of running
    const worker = startWorker(w.ctx, { firstPoll: false });
    expect(await worker.tick()).toBeNull();
    await worker.stop();
    // an expired lease (its holder was killed) is taken over
    expect(w.store.leases.acquire('ingest', 'other-process', -1)).toBe(true);
    expect(await withIngestLease(w.store, { waitMs: 0 }, async () => 2)).toBe(2);
    },
  );

  it('a waiting ingest runs once the other finishes', async () => {
    w = await makeWorld([]);
    w.store.leases.acquire('ingest', 'other-process', 60_000);
    setTimeout(() => w.store.leases.release('ingest', 'other-process'), 300);
    let waited = false;
    const result = await withIngestLease(w.store, { waitMs: 5_000, onWait: () => (waited = true) }, async () => 'ran');
    expect(waited).toBe(true);
    expect(result).toBe('ran');
  });
});

describe('backoff', () => {
  it('grows exponentially, is capped at a day, and honours Retry-After', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const mins = (d: Date) => (d.getTime() - now.getTime()) / 60_000;
    expect(mins(backoffUntil(now, 1, null))).toBe(15);
    expect(mins(backoffUntil(now, 2, null))).toBe(30);
    expect(mins(backoffUntil(now, 3, null))).toBe(60);
    expect(mins(backoffUntil(now, 30, null))).toBe(24 * 60);
    expect(mins(backoffUntil(now, 1, 7200))).toBe(120);
    expect(mins(backoffUntil(now, 1, 10 * 86400))).toBe(24 * 60);
    expect(freshUntil(now, null)).toBeNull();
    expect(mins(freshUntil(now, 600)!)).toBe(10);
  });

  it('the worker skips a failing feed until its backoff ends, and a success resets it', async () => {
    w = await makeWorld([{ id: 'flaky', name: 'flaky', path: '/flaky.xml', fullText: false }]);
    w.news.set('/flaky.xml', { status: 503, headers: { 'Retry-After': '120' }, body: 'busy' });
    const opts = { respectBackoff: true };
    expect((await w.run(opts)).feeds[0]!.status).toBe('error');
    expect(w.store.feeds.get('flaky')!.consecutiveFailures).toBe(1);
    advance(w, 1);
    const skipped = (await w.run(opts)).feeds[0]!;
    expect(skipped.status).toBe('skipped');
    // Why, and until when (issue 16): the backoff, the failure count and the time.
    expect(skipped.error).toBe(`backing off after 1 failure in a row (last: ${state0(w).lastError}); next attempt not before ${state0(w).nextPollAt}`);
    expect(w.store.runs.last()).toMatchObject({ feeds: 1, failed: 0, fatal: null });
    advance(w, 15);
    expect((await w.run(opts)).feeds[0]!.status).toBe('error');
    const state = w.store.feeds.get('flaky')!;
    expect(state.consecutiveFailures).toBe(2);
    expect(Date.parse(state.nextPollAt!) - w.clock.now.getTime()).toBe(30 * 60_000);
    w.news.set('/flaky.xml', rssFeed([{ title: 'ok', link: 'http://x.test/ok' }]));
    advance(w, 31);
    expect((await w.run(opts)).feeds[0]!.status).toBe('ok');
    expect(w.store.feeds.get('flaky')!.consecutiveFailures).toBe(0);
  });
});

function state0(world: { store: { feeds: { get(id: string): { lastError: string | null; nextPollAt: string | null } | null } } }) {
  return world.store.feeds.get('flaky')!;
}

describe('shutdown in the middle of a run', () => {
  it('stops after the current write and leaves a consistent store that the next run completes', async () => {
    w = await makeWorld([{ id: 'wire', name: 'Wire', path: '/feed.xml', fullText: true }]);
    // Items are fetched and written in chunks of 25: a stop lands between two chunks.
    const ids = Array.from({ length: 60 }, (_, i) => i + 1);
    const items = ids.map((i) => ({ title: `Story ${i}`, link: w.news.url(`/s/${i}`), guid: w.news.url(`/s/${i}`) }));
    w.news.set('/feed.xml', rssFeed(items));
    for (const i of ids) w.news.set(`/s/${i}`, newsPage({ title: `Story ${i}`, paragraphs: [`Paragraph of story ${i} about the weather in Manila.`] }));
    const r = await w.run({ shouldStop: () => w.store.articles.count().articles > 0 });
    expect(r.feeds[0]!.newArticles).toBe(25);
    expect(w.store.articles.count()).toEqual({ articles: 25, versions: 25 });
    const r2 = await w.run();
    expect(r2.feeds[0]!.newArticles).toBe(35);
    expect(w.store.articles.count()).toEqual({ articles: 60, versions: 60 });
  });
});
