// Migration 008: the FTS5 index follows the versions table (insert, retention's delete), and a
// search finds a word that a later version removed, on the version that still has it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportLines, importLines, openStore } from '../../src/store/index.js';
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

  // Migration 009: no trigger; each write transaction indexes the versions it stored before it commits.
  it('indexes the versions of a write transaction at its commit, none of a rolled-back one, and an import', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pactwatch-search-'));
    const store = openStore(testDatabase(dir, 'search-tx'));
    const a = store.write(() => {
      const row = store.articles.insert({ key: 'url:https://n.test/t', url: 'https://n.test/t', feedId: 'wire', fullText: true, publishedAt: null, seenAt: '2024-07-08T06:00:00Z' });
      store.articles.insertVersion(version(row.id, ['Envoys initialled the fisheries text.'], '2024-07-08T06:00:00Z'));
      store.articles.insertVersion(version(row.id, ['Envoys initialled the revised fisheries text.'], '2024-07-08T07:00:00Z'));
      return row;
    });
    expect(store.search.versions('fisheries', 10)).toMatchObject([{ n: 2, latest: true }]);
    expect(store.search.versions('revised', 10)).toHaveLength(1);
    expect(() =>
      store.write(() => {
        store.articles.insertVersion(version(a.id, ['A draft that never was: zanzibarian wording.'], '2024-07-09T06:00:00Z'));
        throw new Error('rolled back');
      }),
    ).toThrow();
    expect(store.search.versions('zanzibarian', 10)).toEqual([]);
    // A savepoint rolled back inside a transaction that commits: its version is not indexed, the others are.
    store.write(() => {
      expect(() =>
        store.savepoint(() => {
          store.articles.insertVersion(version(a.id, ['Withdrawn: quokka clause.'], '2024-07-09T07:00:00Z'));
          throw new Error('this item only');
        }),
      ).toThrow();
      store.articles.insertVersion(version(a.id, ['Envoys signed the fisheries text with a wombat annex.'], '2024-07-09T08:00:00Z'));
    });
    expect(store.search.versions('quokka', 10)).toEqual([]);
    // A write inside a write that fails: the outer one's versions are still indexed at its commit.
    store.write(() => {
      store.articles.insertVersion(version(a.id, ['Envoys noted a platypus protocol.'], '2024-07-09T09:00:00Z'));
      expect(() =>
        store.write(() => {
          store.articles.insertVersion(version(a.id, ['Never kept: echidna text.'], '2024-07-09T10:00:00Z'));
          throw new Error('inner only');
        }),
      ).toThrow();
    });
    expect(store.search.versions('platypus', 10)).toMatchObject([{ n: 4 }]);
    expect(store.search.versions('echidna', 10)).toEqual([]);
    expect(store.search.versions('wombat', 10)).toMatchObject([{ n: 3, latest: false }]);
    if (store.kind === 'sqlite') {
      // One row per version in the index: nothing indexed twice.
      const fts = store.db.prepare(`SELECT COUNT(*) AS c FROM versions_fts WHERE versions_fts MATCH 'envoys'`).get() as { c: number };
      expect(fts.c).toBe(4);
    }
    const lines = [...exportLines(store.backend)];
    store.close();
    const copy = openStore(testDatabase(dir, 'search-copy'));
    importLines(copy.backend, lines);
    expect(copy.search.versions('wombat', 10)).toMatchObject([{ n: 3, latest: false }]);
    expect(copy.search.versions('platypus', 10)).toMatchObject([{ n: 4, latest: true }]);
    expect(copy.search.versions('initialled', 10)).toHaveLength(1);
    copy.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
