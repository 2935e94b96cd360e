// A chunk of items is stored in one transaction without a savepoint per item; when one item fails
// (an error that is not the store's), the chunk is stored again item by item, so that one bad item
// loses nothing of the others, counts only what was stored, and is tried again on the next run.
import { afterEach, describe, expect, it } from 'vitest';
import { makeWorld, rssFeed, type World } from '../helpers/world.js';

let w: World;
afterEach(async () => w?.close());

const items = [
  { title: 'Troop pact signed', link: 'http://example.test/raa', content: '<p>Japan and the Philippines signed the Reciprocal Access Agreement in Manila on Monday.</p>' },
  { title: 'Broken item', link: 'http://example.test/broken', content: '<p>A text whose version cannot be stored this time.</p>' },
  { title: 'Rain expected', link: 'http://example.test/rain', content: '<p>Heavy rain is expected across the northern provinces this weekend.</p>' },
];

describe('storing a chunk of items', () => {
  it('keeps the others when one item fails, counts only what was stored, and retries the failed one', async () => {
    w = await makeWorld([{ id: 'wire', name: 'Wire', path: '/feed.xml', fullText: false }]);
    w.news.set('/feed.xml', rssFeed(items));
    const articles = w.store.articles;
    const insertVersion = articles.insertVersion.bind(articles);
    let failing = true;
    articles.insertVersion = (v, latestN) => {
      if (failing && v.title === 'Broken item') throw new Error('disk gremlin');
      return insertVersion(v, latestN);
    };
    const first = (await w.run()).feeds[0]!;
    expect(first.status).toBe('ok');
    expect(first.newArticles).toBe(2);
    expect(first.newVersions).toBe(2);
    expect(first.warnings.some((l) => l.includes('Broken item') || l.includes('example.test/broken'))).toBe(true);
    expect(first.warnings.some((l) => l.includes('disk gremlin'))).toBe(true);
    expect(articles.byUrl('http://example.test/broken')).toBeNull();
    expect(articles.byUrl('http://example.test/raa')).not.toBeNull();
    expect(articles.byUrl('http://example.test/rain')).not.toBeNull();
    expect(articles.count()).toEqual({ articles: 2, versions: 2 });

    failing = false;
    const second = (await w.run()).feeds[0]!;
    expect(second.newArticles).toBe(1);
    expect(articles.count()).toEqual({ articles: 3, versions: 3 });
  });
});
