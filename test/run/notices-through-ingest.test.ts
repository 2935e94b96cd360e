// Issue 15 through ingest: a byline the extractor keeps in one fetch and not the next is never
// corrected text; a wire corrective published as an item of its own enters the correction history;
// a headline's ideographic space is stored as published.
import { afterEach, describe, expect, it } from 'vitest';
import { makeWorld, newsPage, rssFeed, type World } from '../helpers/world.js';

const P1 = 'Japan and the Philippines signed the Reciprocal Access Agreement in Manila on Monday.';
const P2 = 'The pact lets troops of each country train on the other’s territory from next year.';

let w: World;
afterEach(async () => w?.close());

async function world() {
  w = await makeWorld([{ id: 'wire', name: 'Wire', path: '/feed.xml', fullText: true }]);
  return w;
}

describe('notices through ingest', () => {
  it('a byline kept in one fetch and not the next is not listed as removed', async () => {
    await world();
    const url = w.news.url('/a');
    w.news.set('/feed.xml', rssFeed([{ title: 'Pact signed', link: url, guid: url, description: 'Pact signed.' }]));
    w.news.set('/a', newsPage({ title: 'Pact signed', paragraphs: ['By Staff Writers', P1, P2] }));
    await w.run();
    w.news.set('/a', newsPage({ title: 'Pact signed', paragraphs: [P1.replace('Monday', 'Tuesday'), P2, 'This story has been corrected to show the pact was signed on Tuesday.'] }));
    await w.run();
    const changes = w.store.articles.changes(w.store.articles.byUrl(url)!.id);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ removed: ['Monday'], added: ['Tuesday'], notices: [{ kind: 'correction' }] });
  });

  it('a corrective published as an item of its own is a correction from its first version', async () => {
    await world();
    const url = w.news.url('/correction');
    w.news.set('/feed.xml', rssFeed([{ title: 'Correction: Pact story', link: url, guid: url, description: 'Correction.' }]));
    w.news.set(
      '/correction',
      newsPage({
        title: 'Correction: Pact story',
        paragraphs: ['In a story on July 8 about the Reciprocal Access Agreement between Japan and the Philippines, The Associated Press erroneously reported that it was signed in Tokyo. It was signed in Manila.'],
      }),
    );
    const r = await w.run();
    expect(r.feeds[0]).toMatchObject({ newArticles: 1, corrections: 1 });
    const changes = w.store.articles.changes(w.store.articles.byUrl(url)!.id);
    expect(changes.map((c) => [c.from, c.to, c.notices.map((n) => n.kind)])).toEqual([[0, 1, ['correction']]]);
  });

  it('stores a headline’s ideographic space as published', async () => {
    await world();
    const url = w.news.url('/jp');
    const title = '日比円滑化協定に署名\u3000マニラで';
    w.news.set('/feed.xml', rssFeed([{ title, link: url, guid: url, description: '署名。' }]));
    w.news.set('/jp', newsPage({ title, paragraphs: [P1, P2] }));
    await w.run();
    const article = w.store.articles.byUrl(url)!;
    expect(w.store.articles.versions(article.id)[0]!.title).toBe(title);
  });
});
