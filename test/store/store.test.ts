// The store: migrations tracked by user_version, clear errors (SQLite's file), export/import round
// trip (on the backend under test: PACTWATCH_TEST_BACKEND).

import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { exportLines, importLines, ImportError, loadMigrations, openStore, StoreError } from '../../src/store/index.js';
import { BACKEND, ON_PG, sqliteOnly, testDatabase } from '../helpers/backend.js';

const dir = () => mkdtempSync(path.join(tmpdir(), 'pactwatch-store-'));

/** Why these are SQLite's alone: PostgreSQL's twins are in pg-store.test.ts. */
const FILE = 'the SQLite file; PostgreSQL’s schema, errors and server: test/store/pg-store';

describe.skipIf(ON_PG)(sqliteOnly('the store file', FILE), () => {
  it('applies every migration in order and records the version', () => {
    const s = openStore(path.join(dir(), 'a.db'));
    const latest = loadMigrations().at(-1)!.version;
    expect(s.db.pragma('user_version', { simple: true })).toBe(latest);
    expect(s.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(s.instanceId).toMatch(/^[0-9a-f-]{36}$/);
    s.close();
    // reopening changes nothing and keeps the instance id
    const again = openStore(s.file);
    expect(again.instanceId).toBe(s.instanceId);
    again.close();
  });

  it('refuses a store from a newer pactwatch with one line', () => {
    const file = path.join(dir(), 'new.db');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    expect(() => openStore(file)).toThrowError(StoreError);
    expect(() => openStore(file)).toThrow(/new\.db: cannot open the store: .*schema version 999/);
  });

  it('a file that is not a database is one clear line', () => {
    const file = path.join(dir(), 'junk.db');
    writeFileSync(file, 'this is not sqlite '.repeat(100));
    expect(() => openStore(file)).toThrow(/junk\.db: cannot open the store/);
  });

  it('a store in a read-only folder is one clear line', () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    const d = dir();
    chmodSync(d, 0o500);
    expect(() => openStore(path.join(d, 'x.db'))).toThrow(/x\.db: cannot open the store/);
  });
});

describe(`the store (${BACKEND})`, () => {

  it('exports and imports the whole history, round-trip equal', () => {
    const a = openStore(testDatabase(dir(), 'a'));
    a.feeds.sync([{ id: 'wire', name: 'Wire', url: 'http://x.test/f', fullText: false }]);
    const art = a.articles.insert({ key: 'url:http://x.test/1', url: 'http://x.test/1', feedId: 'wire', fullText: false, publishedAt: null, seenAt: '2026-01-01T00:00:00.000Z' });
    a.articles.insertVersion({ articleId: art.id, seenAt: '2026-01-01T00:00:00.000Z', title: 'T', paragraphs: ['a “b”', 'c'], hash: 'h1', extractor: 'x1', baseline: true });
    a.agreements.replaceFindings(art.id, [{ agreementId: 'jp-ph-raa', status: 'signed', date: '2024-07-08', dateSource: 'text', party: null, quote: 'q' }], []);
    a.updates.insert({ uid: 'tag:pactwatch,2026:update/1', createdAt: '2026-01-01T00:00:00.000Z', title: 'x', articleId: null, agreementIds: ['jp-ph-raa'], payload: { kind: 'new-article', article: { url: 'u', feedId: 'wire', feedName: 'Wire', title: 'T', publishedAt: null }, agreementIds: ['jp-ph-raa'] } });
    const lines = [...exportLines(a.backend)];
    const b = openStore(testDatabase(dir(), 'b'));
    expect(importLines(b.backend, lines)).toBe(lines.length - 2); // all but the header and end lines
    expect([...exportLines(b.backend)]).toEqual(lines);
    // new updates after an import never reuse a sequence number
    const seq = b.updates.insert({ uid: 'tag:pactwatch,2026:update/2', createdAt: '2026-01-02T00:00:00.000Z', title: 'y', articleId: null, agreementIds: [], payload: { kind: 'new-article', article: { url: 'u', feedId: 'wire', feedName: 'Wire', title: 'T', publishedAt: null }, agreementIds: [] } });
    expect(seq).toBe(2);
    // and a second import into a store that is no longer empty is refused, changing nothing
    expect(() => importLines(b.backend, lines)).toThrowError(ImportError);
    const c = openStore(testDatabase(dir(), 'c'));
    expect(() => importLines(c.backend, ['{"nope":1}'])).toThrow(/not a pactwatch export/);
    for (const s of [a, b, c]) s.close();
  });
});
