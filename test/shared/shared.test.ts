// The vocabulary every stage shares: one same-text key, the published form, one first-line helper,
// and the store's own error for any driver failure.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffArticles } from '../../src/diff/index.js';
import { articleHash, normaliseArticle } from '../../src/extract/index.js';
import { firstLine } from '../../src/shared/errors.js';
import { publishedForm, sameTextKey } from '../../src/shared/same-text.js';
import { openStore, StoreError } from '../../src/store/index.js';

describe('the same text', () => {
  it('keeps a Japanese headline’s ideographic space as published, and compares it as a space', () => {
    const title = '日米比\u3000防衛協力を強化';
    expect(normaliseArticle({ title: ` ${title}\n`, paragraphs: [] }).title).toBe(title);
    expect(publishedForm(`a\u3000\u3000b  c`)).toBe('a\u3000\u3000b c');
    const a = { title, paragraphs: ['本文。'] };
    const b = { title: title.replace('\u3000', ' '), paragraphs: ['本文。'] };
    expect(articleHash(a)).toBe(articleHash(b));
    expect(diffArticles(a, b).title).toBeNull();
  });

  it('is one definition for the hash and the diff: quotes, dashes, ellipses and joiners fold alike', () => {
    const a = { title: 'T', paragraphs: ['Japan\u2013Philippines \u201Cpact\u201D\u2026 signed'] };
    const b = { title: 'T', paragraphs: ['Japan-Philippines "pact"... signed'] };
    expect(sameTextKey(a.paragraphs[0]!)).toBe(sameTextKey(b.paragraphs[0]!));
    expect(articleHash(a)).toBe(articleHash(b));
    expect(diffArticles(a, b).blocks.every((x) => x.kind === 'equal')).toBe(true);
  });
});

describe('firstLine', () => {
  it('gives an error’s first line, trimmed, never empty', () => {
    expect(firstLine(new Error('disk I/O error\n    at secret.js:1:1'))).toBe('disk I/O error');
    expect(firstLine('plain  \nrest')).toBe('plain');
    expect(firstLine(new TypeError(''))).toBe('TypeError');
  });
});

describe('the store raises StoreError', () => {
  it('for a driver failure in a repository call and in a write transaction, naming the file', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pactwatch-shared-')), 'a.db');
    const store = openStore(file);
    store.db.pragma('query_only = ON');
    const failure = (fn: () => unknown): unknown => {
      try {
        fn();
      } catch (err) {
        return err;
      }
      return null;
    };
    const fromRepo = failure(() => store.feeds.sync([{ id: 'x', name: 'X', url: 'https://example.org/feed', fullText: false }]));
    expect(fromRepo).toBeInstanceOf(StoreError);
    expect((fromRepo as Error).message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(failure(() => store.write(() => store.db.exec(`INSERT INTO meta (key, value) VALUES ('k', 'v')`)))).toBeInstanceOf(StoreError);
    // An error of the caller's own passes through unchanged.
    store.db.pragma('query_only = OFF');
    const own = new RangeError('mine');
    expect(failure(() => store.write(() => { throw own; }))).toBe(own);
    store.close();
  });
});
