// Unchanged feeds' poll records are written a batch at a time (run/poll-records.ts): after the run
// every feed's row says when it was polled and how, as before; a feed coming out of failures or
// answering with new validators is written at once; a crash before the batch is written leaves
// the previous (still true) record.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pollRecords } from '../../src/run/poll-records.js';
import { advance, makeWorld, ON_PG, rssFeed, type World } from '../helpers/world.js';

const FEED = rssFeed([{ title: 'Pact signed', link: 'http://example.test/a', content: '<p>Japan and the Philippines signed the Reciprocal Access Agreement on Monday.</p>' }]);

describe('poll records of unchanged feeds', () => {
  let w: World;
  beforeEach(async () => {
    w = await makeWorld([
      { id: 'same', name: 'same body', path: '/same.xml' },
      { id: 'tagged', name: 'etag', path: '/tagged.xml' },
    ]);
    w.news.set('/same.xml', FEED);
    w.news.set('/tagged.xml', { body: FEED, headers: { 'Content-Type': 'application/rss+xml', ETag: '"v1"' } });
  });
  afterEach(async () => {
    await w.close();
  });

  it('every unchanged feed row is up to date when the run returns', async () => {
    await w.run();
    advance(w, 30);
    const report = await w.run();
    expect(report.feeds.map((f) => f.status).sort()).toEqual(['not-modified', 'ok']);
    for (const id of ['same', 'tagged']) {
      const s = w.store.feeds.get(id)!;
      expect(s.lastPolledAt).toBe(w.clock.now.toISOString());
      expect(s.lastOkAt).toBe(w.clock.now.toISOString());
      expect(s.consecutiveFailures).toBe(0);
    }
    expect(w.store.feeds.get('tagged')!.lastStatus).toBe('not-modified');
    expect(w.store.feeds.get('tagged')!.validators.etag).toBe('"v1"');
  });

  it('defers only a feed whose stored state is a good poll with the same validators', async () => {
    await w.run();
    const records = pollRecords(w.ctx);
    const state = w.store.feeds.get('tagged')!;
    const at = '2024-07-08T09:00:00.000Z';
    const outcome = { status: 'not-modified' as const, error: null, at, validators: state.validators, nextPollAt: null };
    // On a shared store the rows are written at once.
    expect(records.defer(state, outcome)).toBe(!ON_PG);
    expect(records.defer(state, { ...outcome, validators: { ...state.validators, etag: '"v2"' } })).toBe(false);
    expect(records.defer({ ...state, lastStatus: 'error', consecutiveFailures: 2 }, outcome)).toBe(false);
    if (ON_PG) return;
    // Not written before the flush: a crash here leaves the previous, still true, record.
    expect(w.store.feeds.get('tagged')!.lastPolledAt).toBe(state.lastPolledAt);
    records.flush();
    expect(w.store.feeds.get('tagged')!.lastPolledAt).toBe(at);
  });

  it('a feed coming out of failures clears its backoff', async () => {
    await w.run();
    w.news.set('/tagged.xml', { status: 500, body: 'oops' });
    advance(w, 30);
    await w.run();
    expect(w.store.feeds.get('tagged')!.consecutiveFailures).toBe(1);
    w.news.set('/tagged.xml', { body: FEED, headers: { 'Content-Type': 'application/rss+xml', ETag: '"v1"' } });
    advance(w, 30);
    const report = await w.run();
    expect(report.feeds.find((f) => f.id === 'tagged')!.status).toBe('not-modified');
    const s = w.store.feeds.get('tagged')!;
    expect(s.consecutiveFailures).toBe(0);
    expect(s.lastStatus).toBe('not-modified');
    expect(s.nextPollAt).toBeNull();
  });
});
