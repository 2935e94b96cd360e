// Issue 9: a store made by an older pactwatch opens with the current code, migrates forward in
// place, and keeps its history. The fixture store-schema-v1.db is a store of the first released
// schema (schema 1) filled by the real pipeline; see test/fixtures/faults/make-v1-store.ts for how
// it was made and how to regenerate it. Also: two processes creating one new store at once.
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations, migrate, openStore } from '../../src/store/index.js';
import { atomEntries, cli, FIXTURES, integrity, tempDir, writeConfig } from './support.js';
import { ON_PG, sqliteOnly } from '../helpers/backend.js';

interface Expected {
  schema: number;
  counts: Record<string, number>;
  agreements: Array<{ id: string; status: string | null; since: string | null }>;
  articles: Array<{ url: string; tracked: number; versions: number; latestHash: string }>;
  updates: Array<{ uid: string; kind: string }>;
}

const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'store-schema-v1.expected.json'), 'utf8')) as Expected;
let dir: string;
let db: string;

beforeAll(() => {
  dir = tempDir('migrate');
  db = path.join(dir, 'old.db');
  copyFileSync(path.join(FIXTURES, 'store-schema-v1.db'), db);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(ON_PG)(sqliteOnly('a store of schema 1', 'a SQLite file of an old schema; PostgreSQL stores start at migration 001 of their own (pg-store)'), () => {
  it('is what the fixture says it is', () => {
    const raw = new Database(db, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    raw.close();
    expect(expected.schema).toBe(1);
    expect(expected.counts.versions).toBeGreaterThan(expected.counts.articles!);
    expect(expected.updates.map((u) => u.kind)).toEqual(expect.arrayContaining(['status', 'correction']));
  });

  it('opens with the current code, migrates to the latest schema and keeps its data', () => {
    const store = openStore(db);
    try {
      const latest = loadMigrations().at(-1)!.version;
      expect(store.db.pragma('user_version', { simple: true })).toBe(latest);
      const count = (t: string) => (store.db.prepare(`SELECT COUNT(*) AS c FROM ${t}`).get() as { c: number }).c;
      for (const [table, n] of Object.entries(expected.counts)) expect(count(table), table).toBe(n);

      for (const a of expected.agreements) {
        expect(store.agreements.state(a.id)).toEqual({ status: a.status, since: a.since });
      }
      for (const a of expected.articles) {
        const row = store.articles.byUrl(a.url);
        expect(row, a.url).not.toBeNull();
        expect(row!.tracked).toBe(a.tracked === 1);
        const versions = store.articles.versions(row!.id);
        expect(versions).toHaveLength(a.versions);
        expect(versions.at(-1)!.hash).toBe(a.latestHash);
        expect(versions.every((v) => v.paragraphs.length > 0)).toBe(true);
      }
      const updates = [...store.updates.iterateAll()];
      expect(updates.map((u) => ({ uid: u.uid, kind: u.payload.kind }))).toEqual(expected.updates);
    } finally {
      store.close();
    }
    expect(integrity(db)).toBe('ok');
  });

  it('is read by the CLI: agreements, an article history, the feed', async () => {
    const config = writeConfig(dir, { database: db, feeds: [] });
    const agreements = await cli(['agreements', '--json', '--config', config]);
    expect(agreements.code, agreements.stderr).toBe(0);
    const list = JSON.parse(agreements.stdout) as Array<{ id: string; status: string | null; since: string | null }>;
    for (const a of expected.agreements) {
      expect(list.find((x) => x.id === a.id)).toMatchObject({ status: a.status, since: a.since });
    }

    const twice = expected.articles.find((a) => a.versions > 1)!;
    const history = await cli(['history', twice.url, '--json', '--config', config]);
    expect(history.code, history.stderr).toBe(0);
    const h = JSON.parse(history.stdout) as { versions: unknown[]; changes: Array<{ notices: unknown[] }> };
    expect(h.versions).toHaveLength(twice.versions);
    expect(h.changes).toHaveLength(twice.versions - 1);

    const feed = await cli(['feed', '--config', config]);
    expect(feed.code, feed.stderr).toBe(0);
    const ids = atomEntries(feed.stdout).map((e) => e.id);
    expect(new Set(ids)).toEqual(new Set(expected.updates.map((u) => u.uid)));
  });
});

describe.skipIf(ON_PG)(sqliteOnly('two processes creating one new store at once', 'SQLite’s user_version under its write lock; PostgreSQL’s advisory lock: test/store/pg-store'), () => {
  it('applies the migrations once; the second opener finds them done', () => {
    const file = path.join(dir, 'race.db');
    const migrations = loadMigrations();
    const a = new Database(file);
    const b = new Database(file);
    // The interleaving of two processes: B reads the schema version (0), then A migrates before
    // B takes the write lock. B must not apply the migrations a second time.
    const read = b.pragma.bind(b);
    let first = true;
    b.pragma = ((source: string, options?: Database.PragmaOptions) => {
      const result = read(source, options);
      if (first && source === 'user_version') {
        first = false;
        migrate(a, migrations);
      }
      return result;
    }) as typeof b.pragma;
    expect(() => migrate(b, migrations)).not.toThrow();
    expect(read('user_version', { simple: true })).toBe(migrations.at(-1)!.version);
    a.close();
    b.close();
  });
});
