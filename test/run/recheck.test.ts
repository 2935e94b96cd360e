// Issue 10: article pages are re-checked on their own schedule, not only when the feed changes.
import { afterEach, describe, expect, it } from 'vitest';
import { recheckDue } from '../../src/run/index.js';
import { advance, makeWorld, newsPage, rssFeed, type World } from '../helpers/world.js';

const P1 = 'Japan and the Philippines signed the Reciprocal Access Agreement in Manila on Monday.';
const P2 = 'The pact lets troops of each country train on the other’s territory.';

let w: World;
afterEach(async () => w?.close());

async function world(minRecheckMinutes: number) {
  w = await makeWorld([{ id: 'wire', name: 'Wire', path: '/feed.xml', fullText: true }], {
    articles: { recheckForDays: 14, minRecheckMinutes },
  });
  const url = w.news.url('/a');
  // The feed item stays byte-identical through every test.
  w.news.set('/feed.xml', rssFeed([{ title: 'Pact signed', link: url, guid: url, description: 'Pact signed.' }]));
  w.news.set('/a', newsPage({ title: 'Pact signed', paragraphs: [P1, P2] }));
  return url;
}

const versions = (url: string) => w.store.articles.versions(w.store.articles.byUrl(url)!.id);

describe('re-checking article pages', () => {
  it('finds a page change while the feed item stays byte-identical', async () => {
    const url = await world(15);
    await w.run();
    advance(w, 20);
    w.news.set('/a', newsPage({ title: 'Pact signed', paragraphs: [P1, P2, 'This article was amended on 9 July 2024 to correct the date of the signing.'] }));
    const r = await w.run();
    expect(r.feeds[0]).toMatchObject({ rechecked: 1, recheckChanged: 1, newVersions: 1, corrections: 1 });
    expect(versions(url)).toHaveLength(2);
  });

  it('counts a flip-flop A → B → A as three versions', async () => {
    const url = await world(0);
    await w.run();
    w.news.set('/a', newsPage({ title: 'Pact signed', paragraphs: [P1] }));
    await w.run();
    w.news.set('/a', newsPage({ title: 'Pact signed', paragraphs: [P1, P2] }));
    await w.run();
    expect(versions(url).map((v) => v.paragraphs.length)).toEqual([2, 1, 2]);
  });

  it('records a page taken down once, with no empty version', async () => {
    const url = await world(0);
    await w.run();
    w.news.set('/a', { status: 410, body: 'gone' });
    const r1 = await w.run();
    const r2 = await w.run();
    expect(r1.feeds[0]!.takenDown).toBe(1);
    expect(r2.feeds[0]!.takenDown).toBe(0);
    expect(versions(url)).toHaveLength(1);
    const downs = w.store.updates.list({ kind: 'all' }, null, 50).filter((u) => u.payload.kind === 'taken-down');
    expect(downs).toHaveLength(1);
  });

  it('treats a 5xx on re-check as transient', async () => {
    const url = await world(0);
    await w.run();
    w.news.set('/a', { status: 503, body: 'busy' });
    const r = await w.run();
    expect(r.feeds[0]!.warnings.join(' ')).toMatch(/503/);
    expect(r.feeds[0]!.takenDown).toBe(0);
    expect(versions(url)).toHaveLength(1);
  });

  it('uses conditional GET for re-checks', async () => {
    await world(0);
    w.news.set('/a', { body: newsPage({ title: 'Pact signed', paragraphs: [P1, P2] }), headers: { ETag: '"v1"' } });
    await w.run();
    const r = await w.run();
    expect(r.feeds[0]).toMatchObject({ rechecked: 1, recheckChanged: 0 });
  });

  it('re-checks less often as the article ages, and stops after recheckForDays', () => {
    const policy = { recheckForDays: 14, minRecheckMinutes: 15 };
    const first = new Date('2026-01-01T00:00:00Z');
    const at = (minutes: number) => new Date(first.getTime() + minutes * 60_000);
    const a = (lastCheckedMinutes: number) => ({
      firstSeenAt: first.toISOString(),
      lastCheckedAt: at(lastCheckedMinutes).toISOString(),
    });
    // young: every 15 minutes
    expect(recheckDue(a(0), at(14), policy)).toBe(false);
    expect(recheckDue(a(0), at(15), policy)).toBe(true);
    // one day old: a fifth of the age, ~4.8 h
    expect(recheckDue(a(24 * 60), at(24 * 60 + 60), policy)).toBe(false);
    expect(recheckDue(a(24 * 60), at(24 * 60 + 6 * 60), policy)).toBe(true);
    // checked at ten days old: due again once the gap reaches a fifth of the age (at 12.5 days)
    expect(recheckDue(a(10 * 1440), at(12 * 1440 + 60), policy)).toBe(false);
    expect(recheckDue(a(10 * 1440), at(12.5 * 1440 + 10), policy)).toBe(true);
    // past the window: never
    expect(recheckDue(a(13 * 1440), at(15 * 1440), policy)).toBe(false);
    // 0 re-checks on every run
    expect(recheckDue(a(0), at(0), { ...policy, minRecheckMinutes: 0 })).toBe(true);
  });

  it('follows the cadence in a real run on a fake clock', async () => {
    await world(15);
    await w.run();
    const hits = () => w.news.count('/a');
    const start = hits();
    advance(w, 5);
    await w.run();
    expect(hits()).toBe(start); // too soon
    advance(w, 15);
    await w.run();
    expect(hits()).toBe(start + 1);
  });
});
