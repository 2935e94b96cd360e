// Article identity across feeds: one article seen in two feeds (tracking parameters and all) is
// one article with one history.
import { afterEach, describe, expect, it } from 'vitest';
import { makeWorld, newsPage, rssFeed, type World } from '../helpers/world.js';

let w: World;
afterEach(async () => w?.close());

describe('one article in two feeds', () => {
  it('is stored once', async () => {
    w = await makeWorld([
      { id: 'politics', name: 'Politics', path: '/politics.xml', fullText: true },
      { id: 'asia', name: 'Asia', path: '/asia.xml', fullText: true },
    ]);
    const page = w.news.url('/story');
    w.news.set('/story', newsPage({ title: 'Pact signed', paragraphs: ['Japan and the Philippines signed the Reciprocal Access Agreement on Monday.'] }));
    w.news.set('/politics.xml', rssFeed([{ title: 'Pact signed', link: `${page}?utm_source=politics&utm_medium=rss`, guid: `${page}?utm_source=politics` }]));
    w.news.set('/asia.xml', rssFeed([{ title: 'Pact signed', link: `${page}#main`, guid: page }]));
    const r = await w.run();
    expect(r.feeds.reduce((n, f) => n + f.newArticles, 0)).toBe(1);
    expect(w.store.articles.count()).toEqual({ articles: 1, versions: 1 });
  });

  it('without a guid, the page’s rel=canonical decides', async () => {
    w = await makeWorld([
      { id: 'a', name: 'A', path: '/a.xml', fullText: true },
      { id: 'b', name: 'B', path: '/b.xml', fullText: true },
    ]);
    const canonical = w.news.url('/canonical-story');
    for (const p of ['/amp/story', '/m/story']) {
      w.news.set(p, newsPage({ title: 'Pact signed', canonical, paragraphs: ['Japan and the Philippines signed the Reciprocal Access Agreement on Monday.'] }));
    }
    w.news.set('/a.xml', rssFeed([{ title: 'Pact signed', link: w.news.url('/amp/story') }]));
    w.news.set('/b.xml', rssFeed([{ title: 'Pact signed', link: w.news.url('/m/story') }]));
    await w.run();
    expect(w.store.articles.count().articles).toBe(1);
    expect(w.store.articles.byUrl(canonical)).not.toBeNull();
  });
});
