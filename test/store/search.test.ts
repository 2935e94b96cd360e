// Migration 008: the FTS5 index follows the versions table (insert, retention's delete), and a
// search finds a word that a later version removed, on the version that still has it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { BACKEND, testDatabase } from '../helpers/backend.js';

function version(articleId: number, paragraphs: string[], seenAt: string) {
  return { articleId, seenAt, title: 'Pact signed in Manila', paragraphs, hash: seenAt, extractor: 'x', baseline: false };
}

describe(`version search (${BACKEND})`, () => {
  it('finds removed words in the older version, present ones in the latest, and forgets pruned articles', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pactwatch-search-'));
    const store = openStore(testDatabase(dir, 'search'));
    const a = store.articles.insert({ key: 'url:https://n.test/a', url: 'https://n.test/a', feedId: 'wire', fullText: true, publishedAt: null, seenAt: '2024-07-08T06:00:00Z' });
    store.articles.insertVersion(version(a.id, ['The century-old dispute over the islets.', 'Malacañang welcomed it.'], '2024-07-08T06:00:00Z'));
    store.articles.insertVersion(version(a.id, ['The long-running dispute over the islets.', 'Malacañang welcomed it.'], '2024-07-09T06:00:00Z'));
    expect(store.search.versions('century-old', 10)).toMatchObject([{ url: 'https://n.test/a', n: 1, latest: false }]);
    expect(store.search.versions('long-running', 10)).toMatchObject([{ n: 2, latest: true }]);
    // Diacritics folded; one hit per article.
    expect(store.search.versions('malacanang', 10)).toMatchObject([{ n: 2, latest: true }]);
    expect(store.search.versions('islet*', 10)).toHaveLength(1);
    store.articles.pruneFeed('wire', 0, new Set());
    expect(store.search.versions('dispute', 10)).toEqual([]);
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
