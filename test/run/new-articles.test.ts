// publishNewArticles: when the config asks, a new article about a tracked agreement is an update of
// its own (and an article about nothing tracked is not); by default it is not published.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { makeWorld, rssFeed, type World } from '../helpers/world.js';

let w: World;
afterEach(async () => w?.close());

const items = [
  { title: 'Troop pact signed', link: 'http://example.test/raa', content: '<p>Japan and the Philippines signed the Reciprocal Access Agreement in Manila on Monday.</p>' },
  { title: 'Rain expected', link: 'http://example.test/rain', content: '<p>Heavy rain is expected across the northern provinces this weekend.</p>' },
];

describe('new-article updates', () => {
  it('are published for tracked articles when publishNewArticles is on', async () => {
    w = await makeWorld([{ id: 'wire', name: 'Wire', path: '/feed.xml', fullText: false }], { publishNewArticles: true });
    w.news.set('/feed.xml', rssFeed(items));
    await w.run();
    const kinds = w.store.updates.list({ kind: 'all' }, null, 50).map((u) => u.payload);
    const news = kinds.filter((p) => p.kind === 'new-article');
    expect(news).toHaveLength(1);
    expect(news[0]).toMatchObject({ article: { url: 'http://example.test/raa', feedId: 'wire' }, agreementIds: ['jp-ph-raa'] });
  });

  it('are not published by default', async () => {
    w = await makeWorld([{ id: 'wire', name: 'Wire', path: '/feed.xml', fullText: false }]);
    w.news.set('/feed.xml', rssFeed(items));
    await w.run();
    expect(w.store.updates.list({ kind: 'all' }, null, 50).filter((u) => u.payload.kind === 'new-article')).toHaveLength(0);
  });
});

describe('the version', () => {
  it('in the User-Agent and the feeds is the one in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
