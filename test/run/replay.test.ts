// Issue 3's "done when": one feed replayed over several polls, and the store holds exactly the
// versions a person would expect.
import { afterEach, describe, expect, it } from 'vitest';
import { advance, makeWorld, newsPage, rssFeed, type World } from '../helpers/world.js';

const SIGNED = [
  'Japan and the Philippines signed the Reciprocal Access Agreement in Manila on Monday, opening the way for joint drills on each other’s soil.',
  'Foreign Minister Yoko Kamikawa and Defense Secretary Gilberto Teodoro put their names to the pact while President Ferdinand Marcos Jr. watched.',
  'Tokyo has been at odds with Beijing over century-old claims to islets in the East China Sea.',
];

let w: World;
afterEach(async () => w?.close());

function versionsOf(url: string): number {
  const a = w.store.articles.byUrl(url);
  return a ? w.store.articles.versions(a.id).length : 0;
}

describe('replaying one feed over several polls', () => {
  it('keeps exactly the versions a person would expect', async () => {
    w = await makeWorld([{ id: 'wire', name: 'Wire', path: '/feed.xml', fullText: true }]);
    const a = w.news.url('/news/raa-signed');
    const b = w.news.url('/news/acsa-talks');
    const item = (description: string) => ({ title: 'Japan, Philippines sign troop pact', link: a, guid: a, date: 'Mon, 08 Jul 2024 06:00:00 GMT', description });

    // 1. a new item
    w.news.set('/feed.xml', rssFeed([item('Japan and the Philippines signed a troop pact.')]));
    w.news.set('/news/raa-signed', newsPage({ title: 'Japan, Philippines sign troop pact', paragraphs: SIGNED }));
    let r = await w.run();
    expect(r.feeds[0]).toMatchObject({ status: 'ok', items: 1, newArticles: 1, newVersions: 1, error: null });
    expect(versionsOf(a)).toBe(1);

    // 2. no change at all: nothing new, and the page is not fetched again because of the feed
    advance(w, 30);
    const before = w.news.count('/news/raa-signed');
    r = await w.run();
    expect(r.feeds[0]).toMatchObject({ newArticles: 0, newVersions: 0, corrections: 0 });
    expect(versionsOf(a)).toBe(1);
    // only the scheduled re-check (minRecheckMinutes: 0 here) touched the page
    expect(w.news.count('/news/raa-signed') - before).toBe(1);

    // 3. changed text (the feed item changes too)
    advance(w, 30);
    w.news.set('/feed.xml', rssFeed([item('Japan and the Philippines signed a troop pact on Monday.')]));
    w.news.set('/news/raa-signed', newsPage({ title: 'Japan, Philippines sign troop pact', paragraphs: [SIGNED[0]!, SIGNED[1]!, 'Tokyo has been at odds with Beijing over claims to islets in the East China Sea.'] }));
    r = await w.run();
    expect(r.feeds[0]).toMatchObject({ newVersions: 1 });
    expect(versionsOf(a)).toBe(2);

    // 4. only the page's sidebar changes: no version
    advance(w, 30);
    w.news.set('/news/raa-signed', newsPage({ title: 'Japan, Philippines sign troop pact', paragraphs: [SIGNED[0]!, SIGNED[1]!, 'Tokyo has been at odds with Beijing over claims to islets in the East China Sea.'], sidebar: ['Yen slides', 'Election results', 'Heat wave'] }));
    r = await w.run();
    expect(r.feeds[0]).toMatchObject({ newVersions: 0 });
    expect(versionsOf(a)).toBe(2);

    // 5. the item leaves the feed (a new one replaces it), and its page changes later: still followed
    advance(w, 30);
    w.news.set('/feed.xml', rssFeed([{ title: 'Logistics pact talks begin', link: b, guid: b, description: 'Talks on a logistics pact.' }]));
    w.news.set('/news/acsa-talks', newsPage({ title: 'Logistics pact talks begin', paragraphs: ['Japan and the Philippines began negotiating an Acquisition and Cross-Servicing Agreement in April.'] }));
    w.news.set('/news/raa-signed', newsPage({ title: 'Japan, Philippines sign troop pact', paragraphs: [SIGNED[0]!, SIGNED[1]!, 'Tokyo has been at odds with Beijing over claims to islets in the East China Sea.', '(Removes a description of the dispute as century-old.)'] }));
    r = await w.run();
    expect(r.feeds[0]).toMatchObject({ newArticles: 1, rechecked: 1, recheckChanged: 1 });
    expect(versionsOf(a)).toBe(3);
    expect(versionsOf(b)).toBe(1);

    expect(w.store.articles.count()).toEqual({ articles: 2, versions: 4 });
  });

  it('takes the text from the feed when fullText is off, and an unchanged re-poll writes nothing', async () => {
    w = await makeWorld([{ id: 'wire', name: 'Wire', path: '/feed.xml', fullText: false }]);
    const link = 'http://example.test/raa?utm_source=rss#top';
    w.news.set('/feed.xml', rssFeed([{ title: 'Troop pact signed', link, content: `<p>${SIGNED[0]}</p><p>${SIGNED[1]}</p>` }]));
    await w.run();
    const article = w.store.articles.byUrl('http://example.test/raa');
    expect(article).not.toBeNull();
    expect(w.store.articles.versions(article!.id)[0]!.paragraphs).toEqual([SIGNED[0], SIGNED[1]]);
    const changes = w.store.db.prepare('SELECT total_changes() AS c').get() as { c: number };
    await w.run();
    const after = w.store.db.prepare('SELECT total_changes() AS c').get() as { c: number };
    // only the feed's own poll record is written, and when the run finished (for /healthz)
    expect(after.c - changes.c).toBe(2);
  });
});
