// Feed health (issue 16, point 8): last poll, status, error, failures in a row, and when the worker
// tries next and why: backoff, the server's Retry-After, Cache-Control, or simply the schedule.
import { describe, expect, it } from 'vitest';
import { feedHealth } from '../../src/query/feed-health.js';
import type { FeedState } from '../../src/store/index.js';
import { renderOverviewPage } from '../../src/publish/index.js';
import { feedLine, feedsHealthText } from '../../src/cli/format.js';
import { emptyReport } from '../../src/run/report.js';

const now = new Date('2026-03-01T12:00:00Z');
const feeds = ['never', 'fine', 'down', 'throttled', 'cached'].map((id) => ({ id, name: `Feed ${id}`, url: `https://${id}.example/rss`, fullText: false, allowPrivateLinks: false }));
const base = { validators: { etag: null, lastModified: null, bodyHash: null }, name: '', url: '' };
const states = new Map<string, FeedState>([
  ['fine', { ...base, id: 'fine', lastStatus: 'ok', lastError: null, lastPolledAt: '2026-03-01T11:45:00Z', lastOkAt: '2026-03-01T11:45:00Z', consecutiveFailures: 0, nextPollAt: null }],
  // 3 failures: our backoff is 1 h.
  ['down', { ...base, id: 'down', lastStatus: 'error', lastError: 'HTTP 503', lastPolledAt: '2026-03-01T11:45:00Z', lastOkAt: '2026-02-28T09:00:00Z', consecutiveFailures: 3, nextPollAt: '2026-03-01T12:45:00Z' }],
  // 1 failure would be 15 min; the server asked for 6 h.
  ['throttled', { ...base, id: 'throttled', lastStatus: 'error', lastError: 'HTTP 429', lastPolledAt: '2026-03-01T11:45:00Z', lastOkAt: null, consecutiveFailures: 1, nextPollAt: '2026-03-01T17:45:00Z' }],
  ['cached', { ...base, id: 'cached', lastStatus: 'not-modified', lastError: null, lastPolledAt: '2026-03-01T11:45:00Z', lastOkAt: '2026-03-01T11:45:00Z', consecutiveFailures: 0, nextPollAt: '2026-03-01T13:10:00Z' }],
]);
// A schedule of every 15 minutes.
const nextRun = (d: Date | null) => {
  const from = Math.max(now.getTime(), d?.getTime() ?? 0);
  return new Date(Math.ceil(from / 900_000) * 900_000);
};

describe('feed health', () => {
  const health = feedHealth({ feeds, states, now, nextRun });
  const byId = new Map(health.map((h) => [h.id, h]));

  it('says when each feed is polled next, and why then', () => {
    expect(byId.get('never')).toMatchObject({ status: null, lastPolledAt: null, failuresInARow: 0, nextAttemptAt: '2026-03-01T12:00:00.000Z', nextAttemptWhy: 'not polled yet: the next scheduled run' });
    expect(byId.get('fine')).toMatchObject({ status: 'ok', nextAttemptWhy: 'the next scheduled run' });
    expect(byId.get('down')).toMatchObject({
      status: 'error',
      error: 'HTTP 503',
      failuresInARow: 3,
      lastOkAt: '2026-02-28T09:00:00Z',
      nextAttemptAt: '2026-03-01T12:45:00.000Z',
      nextAttemptWhy: 'backing off after 3 failures in a row: not before 2026-03-01T12:45:00Z',
    });
    expect(byId.get('throttled')!.nextAttemptWhy).toBe("the server's Retry-After, after 1 failure in a row: not before 2026-03-01T17:45:00Z");
    // The first scheduled run after the feed is fresh again.
    expect(byId.get('cached')).toMatchObject({ nextAttemptAt: '2026-03-01T13:15:00.000Z', nextAttemptWhy: "the feed's Cache-Control says it is fresh until 2026-03-01T13:10:00Z" });
  });

  it('`pactwatch feeds` prints each with its next attempt; singular and plural right', () => {
    const text = feedsHealthText(health);
    expect(text).toContain('down: error (3 failures in a row)');
    expect(text).toContain('throttled: error (1 failure in a row)');
    expect(text).toContain('  error: HTTP 503');
    expect(text).toContain('never: not polled yet');
    expect(text).toContain('  next attempt: 2026-03-01 12:45 UTC (backing off after 3 failures in a row');
  });

  it('the overview page shows the next attempt and its reason per source', () => {
    const html = renderOverviewPage({
      agreements: [],
      recent: [],
      baseUrl: 'http://x.test',
      feeds: health.map((h) => ({ id: h.id, name: h.name, url: h.url, lastStatus: h.status, lastError: h.error, lastPolledAt: h.lastPolledAt, consecutiveFailures: h.failuresInARow, nextAttemptAt: h.nextAttemptAt, nextAttemptWhy: h.nextAttemptWhy })),
    });
    expect(html).toContain('(1 failure in a row)');
    expect(html).toContain('(3 failures in a row)');
    expect(html).toContain('backing off after 3 failures in a row: not before 2026-03-01T12:45:00Z');
    expect(html).toContain('not polled yet: the next scheduled run');
  });
});

describe('CLI lines (issue 16, point 11): counts read as English', () => {
  it('one of a thing is singular', () => {
    const r = { ...emptyReport('kyodo'), items: 1, newArticles: 1, newVersions: 1, corrections: 1, statusChanges: 1, rechecked: 1, recheckChanged: 0 };
    expect(feedLine(r)).toBe('kyodo: ok: 1 item, 1 new article, 1 new version, 1 correction, 1 status change, 1 page re-checked (0 changed)');
    const two = { ...r, items: 2, newArticles: 2, rechecked: 2 };
    expect(feedLine(two)).toBe('kyodo: ok: 2 items, 2 new articles, 1 new version, 1 correction, 1 status change, 2 pages re-checked (0 changed)');
  });

  it('a skipped feed says why and until when', () => {
    const r = { ...emptyReport('down'), status: 'skipped' as const, error: 'backing off after 2 failures in a row (last: HTTP 503); next attempt not before 2026-03-01T12:30:00.000Z' };
    expect(feedLine(r)).toBe('down: skipped: backing off after 2 failures in a row (last: HTTP 503); next attempt not before 2026-03-01T12:30:00.000Z');
  });
});
