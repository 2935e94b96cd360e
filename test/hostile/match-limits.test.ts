// Issue 14, finding 3: the matcher gets the config's bounds (limits.matchSentenceChars and
// limits.matchArticleChars) as its third argument; src/match enforces them.
import { describe, expect, it, vi } from 'vitest';

const calls: unknown[] = [];
vi.mock('../../src/match/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/match/index.js')>();
  return {
    ...original,
    matchArticle: (...args: Parameters<typeof original.matchArticle>) => {
      calls.push(args[2]);
      return original.matchArticle(...args);
    },
  };
});

const { analyseText } = await import('../../src/run/record.js');
const { createRunContext } = await import('../../src/run/index.js');
const { openStore } = await import('../../src/store/index.js');
const { RAA } = await import('../helpers/world.js');

describe('analyseText', () => {
  it('passes limits.matchSentenceChars and limits.matchArticleChars to the matcher, and warns past the article bound', () => {
    const store = openStore(':memory:');
    const ctx = createRunContext(
      {
        file: 'x.yaml',
        database: ':memory:',
        schedule: '* * * * *',
        timezone: 'UTC',
        server: { port: 0, baseUrl: 'http://x.test' },
        fetch: { timeoutSeconds: 1, maxBytes: 1000, concurrency: 1 },
        articles: { recheckForDays: 1, minRecheckMinutes: 0 },
        publishNewArticles: false,
        countryNames: {},
        feeds: [],
        agreements: [RAA],
        limits: { matchSentenceChars: 300, matchArticleChars: 1000 },
      },
      store,
    );
    const text = { title: 'Pact', paragraphs: ['Japan and the Philippines signed the Reciprocal Access Agreement on Monday.', 'x '.repeat(600)] };
    const a = analyseText(ctx, text, { reference: '2024-07-08T00:00:00Z', latestHash: null, label: 'article t' });
    expect(calls.at(-1)).toEqual({ maxSentenceChars: 300, maxArticleChars: 1000 });
    expect(a.warning).toMatch(/agreements are matched in the first 1000 \(limits\.matchArticleChars\)/);
    // The same text as the latest version is not matched again at all.
    const before = calls.length;
    expect(analyseText(ctx, text, { reference: '2024-07-08T00:00:00Z', latestHash: a.hash, label: 'article t' }).match).toBeNull();
    expect(calls.length).toBe(before);
    store.close();
  });
});
