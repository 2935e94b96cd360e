// The store on PostgreSQL: the same repositories as on SQLite, the schema tracked and migrated
// under an advisory lock, and export/import round trips between the two backends.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportLines, importLines, ImportError, loadMigrations, openStore, StoreError, type Store } from '../../src/store/index.js';
import { pgMigrationsDir } from '../../src/store/pg/backend.js';
import { PG_SKIP, PG_SKIP_NOTE, pgDatabase } from '../helpers/pg-cluster.js';

const dir = () => mkdtempSync(path.join(tmpdir(), 'pactwatch-store-'));
const AT = '2026-01-01T00:00:00.000Z';

function fill(s: Store): void {
  s.write(() => {
    s.feeds.sync([{ id: 'wire', name: 'Wire', url: 'http://x.test/f', fullText: false }]);
    const art = s.articles.insert({ key: 'url:http://x.test/1', url: 'http://x.test/1', feedId: 'wire', fullText: false, publishedAt: null, seenAt: AT });
    s.articles.insertVersion({ articleId: art.id, seenAt: AT, title: 'T', paragraphs: ['a “b”', 'c'], hash: 'h1', extractor: 'x1', baseline: true });
    s.agreements.replaceFindings(art.id, [
      { agreementId: 'jp-ph-raa', status: 'signed', date: '2024-07-08', dateSource: 'text', party: null, quote: 'q' },
      { agreementId: 'jp-ph-raa', status: 'negotiating', date: '2024-01-08', dateSource: 'text', party: null, quote: 'q0', denied: true, rule: 'r', mention: 'RAA', datePhrase: 'in January' },
    ], []);
    s.agreements.markPending(['jp-ph-raa']);
    s.updates.insert({ uid: 'tag:pactwatch,2026:update/1', createdAt: AT, title: 'x', articleId: null, agreementIds: ['jp-ph-raa'], payload: { kind: 'new-article', article: { url: 'u', feedId: 'wire', feedName: 'Wire', title: 'T', publishedAt: null }, agreementIds: ['jp-ph-raa'] } });
  });
}

const sorted = (lines: string[]) => [...lines].sort();

describe('migrations', () => {
  it('every SQLite migration has its PostgreSQL twin (a new one needs store/migrations-pg/NNN too)', () => {
    const sqlite = loadMigrations().map((m) => m.version);
    const pg = readdirSync(pgMigrationsDir()).filter((f) => /^\d+_.*\.sql$/.test(f)).map((f) => Number.parseInt(f, 10)).sort((a, b) => a - b);
    expect(pg).toEqual(sqlite);
  });
});

describe.skipIf(PG_SKIP)(`the store on PostgreSQL${PG_SKIP ? ` (${PG_SKIP_NOTE})` : ''}`, () => {
  it('applies every migration, records the version and keeps the instance id', () => {
    const url = pgDatabase('migrate')!;
    const s = openStore(url);
    expect(s.kind).toBe('postgres');
    expect(s.schemaVersion()).toBe(loadMigrations().at(-1)!.version);
    expect(s.instanceId).toMatch(/^[0-9a-f-]{36}$/);
    s.close();
    const again = openStore(url);
    expect(again.instanceId).toBe(s.instanceId);
    again.close();
  });

  it('two processes opening a new database at once: one migrates, the other waits (advisory lock)', () => {
    const url = pgDatabase('race')!;
    const a = openStore(url);
    const b = openStore(url);
    expect(b.schemaVersion()).toBe(a.schemaVersion());
    a.close();
    b.close();
  });

  it('a server that is not there is one clear line without the password', () => {
    expect(() => openStore('postgres://me:secret@127.0.0.1:1/nothing')).toThrowError(StoreError);
    expect(() => openStore('postgres://me:secret@127.0.0.1:1/nothing')).toThrow(/^postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/nothing: cannot open the store: /);
  });

  it('the revision moves with a write from another connection', () => {
    const url = pgDatabase('revision')!;
    const a = openStore(url);
    const b = openStore(url);
    const before = a.revision();
    expect(a.revision()).toBe(before);
    b.write(() => b.feeds.sync([{ id: 'f', name: 'F', url: 'http://x.test/f', fullText: false }]));
    expect(a.revision()).not.toBe(before);
    a.close();
    b.close();
  });

  it('a failing statement inside a write rolls the whole transaction back', () => {
    const s = openStore(pgDatabase('rollback')!);
    expect(() =>
      s.write(() => {
        s.feeds.sync([{ id: 'f', name: 'F', url: 'http://x.test/f', fullText: false }]);
        s.db.prepare('INSERT INTO nowhere VALUES (1)').run();
      }),
    ).toThrowError(StoreError);
    expect(s.feeds.all()).toEqual([]);
    // a savepoint keeps the rest of its transaction
    s.write(() => {
      s.feeds.sync([{ id: 'f', name: 'F', url: 'http://x.test/f', fullText: false }]);
      expect(() => s.savepoint(() => s.db.prepare('INSERT INTO nowhere VALUES (1)').run())).toThrow();
    });
    expect(s.feeds.all().map((f) => f.id)).toEqual(['f']);
    s.close();
  });

  it('export from SQLite imports into PostgreSQL and back, the whole history equal', () => {
    const lite = openStore(path.join(dir(), 'a.db'));
    fill(lite);
    const lines = [...exportLines(lite.backend)];
    const pg = openStore(pgDatabase('roundtrip')!);
    expect(importLines(pg.backend, lines)).toBe(lines.length - 2);
    const fromPg = [...exportLines(pg.backend)];
    expect(sorted(fromPg)).toEqual(sorted(lines));
    const back = openStore(path.join(dir(), 'b.db'));
    importLines(back.backend, fromPg);
    expect([...exportLines(back.backend)]).toEqual(lines);
    // the timeline reads findings in the order they were made, on both
    expect(pg.agreements.sourcedFindings('jp-ph-raa')).toEqual(lite.agreements.sourcedFindings('jp-ph-raa'));
    // ids continue after the imported ones: a sequence number is never reused
    const seq = pg.write(() => pg.updates.insert({ uid: 'tag:pactwatch,2026:update/2', createdAt: AT, title: 'y', articleId: null, agreementIds: [], payload: { kind: 'new-article', article: { url: 'u', feedId: 'wire', feedName: 'Wire', title: 'T', publishedAt: null }, agreementIds: [] } }));
    expect(seq).toBe(2);
    const art = pg.write(() => pg.articles.insert({ key: 'url:http://x.test/2', url: 'http://x.test/2', feedId: 'wire', fullText: false, publishedAt: null, seenAt: AT }));
    expect(art.id).toBe(2);
    expect(() => importLines(pg.backend, lines)).toThrowError(ImportError);
    for (const s of [lite, pg, back]) s.close();
  });

  it('reads what it wrote as SQLite does', () => {
    const lite = openStore(path.join(dir(), 'a.db'));
    const pg = openStore(pgDatabase('same')!);
    for (const s of [lite, pg]) fill(s);
    for (const q of [
      (s: Store) => s.feeds.all(),
      (s: Store) => s.articles.byKey('url:http://x.test/1'),
      (s: Store) => s.articles.versions(1),
      (s: Store) => s.articles.versionPage(1, 0, 10),
      (s: Store) => s.agreements.pending(),
      (s: Store) => s.agreements.agreementsOfArticle(1),
      (s: Store) => s.updates.list({ kind: 'all' }, null, 10).map((u) => ({ ...u, seq: u.seq })),
      (s: Store) => s.updates.list({ kind: 'agreement', agreementId: 'jp-ph-raa' }, null, 10),
      (s: Store) => s.updates.after(0, 10),
      (s: Store) => s.updates.state({ kind: 'agreement', agreementId: 'jp-ph-raa' }),
      (s: Store) => s.updates.state({ kind: 'corrections' }),
      (s: Store) => s.articles.count(),
      (s: Store) => s.articles.pruneFeed('wire', 0, new Set()),
      (s: Store) => {
        s.runs.recordFinished({ finishedAt: AT, durationMs: 5, feeds: 1, failed: 0, fatal: null });
        s.runs.recordFinished({ finishedAt: AT, durationMs: 7, feeds: 1, failed: 1, fatal: null });
        s.webhookCursors.set('hook', 1);
        s.webhookCursors.set('hook', 2);
        return { run: s.runs.last(), cursor: s.webhookCursors.get('hook') };
      },
    ]) {
      expect(q(pg)).toEqual(q(lite));
    }
    lite.close();
    pg.close();
  });

  it('searches versions as SQLite does (migration 008): phrases, prefixes, folded diacritics, pruned articles gone', () => {
    const lite = openStore(path.join(dir(), 'search.db'));
    const pg = openStore(pgDatabase('search')!);
    const version = (articleId: number, paragraphs: string[], seenAt: string) => ({ articleId, seenAt, title: 'Pact signed in Manila', paragraphs, hash: seenAt, extractor: 'x', baseline: false });
    for (const s of [lite, pg]) {
      s.write(() => {
        const a = s.articles.insert({ key: 'url:https://n.test/a', url: 'https://n.test/a', feedId: 'wire', fullText: true, publishedAt: null, seenAt: AT });
        s.articles.insertVersion(version(a.id, ['The century-old dispute over the islets.', 'Malacañang welcomed it.'], '2024-07-08T06:00:00Z'));
        s.articles.insertVersion(version(a.id, ['The long-running dispute over the islets.', 'Malacañang welcomed it.'], '2024-07-09T06:00:00Z'));
      });
    }
    for (const term of ['century-old', 'long-running', 'malacanang', 'MALACAÑANG', 'islet*', '"dispute over"', 'manila', 'NOT "x', 'nothing-here', '***']) {
      expect(pg.search.versions(term, 10), term).toEqual(lite.search.versions(term, 10));
    }
    expect(pg.search.versions('century-old', 10)).toMatchObject([{ n: 1, latest: false }]);
    expect(pg.search.versions('malacanang', 10)).toMatchObject([{ n: 2, latest: true }]);
    for (const s of [lite, pg]) s.write(() => s.articles.pruneFeed('wire', 0, new Set()));
    expect(pg.search.versions('dispute', 10)).toEqual([]);
    lite.close();
    pg.close();
  });

  it("feed claims: never one feed to two workers; a dead worker's claims are taken over once they expire", () => {
    const url = pgDatabase('claims')!;
    const a = openStore(url);
    const b = openStore(url);
    const ids = ['f1', 'f2', 'f3'];
    a.claims!.ensure(ids);
    const now = 1_000_000;
    expect(a.claims!.claim(ids, 'r1', 'A', 1000, 2, now)).toEqual(['f1', 'f2']);
    expect(b.claims!.claim(ids, 'r1', 'B', 1000, 5, now)).toEqual(['f3']);
    expect(b.claims!.finish('f3', 'B')).toBe(true);
    // done in this round: not again in it; held by A: not before A's claim expires
    expect(b.claims!.claim(ids, 'r1', 'B', 1000, 5, now + 500)).toEqual([]);
    expect(a.claims!.renew('A', 1000, now + 500)).toBe(2);
    expect(a.claims!.finish('f1', 'A')).toBe(true);
    // A hangs holding f2 (its connection alive): after its claim expires, B takes it over
    expect(b.claims!.claim(ids, 'r1', 'B', 1000, 5, now + 1400)).toEqual([]);
    expect(b.claims!.claim(ids, 'r1', 'B', 1000, 5, now + 1600)).toEqual(['f2']);
    // the dead worker's late finish does not count
    expect(a.claims!.finish('f2', 'A')).toBe(false);
    // a new round: every feed once more
    expect(b.claims!.claim(ids, 'r2', 'B', 1000, 5, now + 1700).sort()).toEqual(['f1', 'f3']);
    a.close();
    b.close();
  });

  it('host leases: fetch.perHost requests per host at a time across workers', () => {
    const url = pgDatabase('hosts')!;
    const a = openStore(url);
    const b = openStore(url);
    expect(a.claims!.takeHost('http://news.test', 'A', 1000, 1, 0)).toBe(0);
    expect(b.claims!.takeHost('http://news.test', 'B', 1000, 1, 10)).toBeNull();
    expect(b.claims!.takeHost('http://other.test', 'B', 1000, 1, 10)).toBe(0);
    a.claims!.releaseHost('http://news.test', 0, 'A');
    expect(b.claims!.takeHost('http://news.test', 'B', 1000, 1, 20)).toBe(0);
    // an expired lease (its holder died) is free
    expect(a.claims!.takeHost('http://news.test', 'A', 1000, 1, 2000)).toBe(0);
    // two per host: a second worker takes the other slot, a third waits
    expect(a.claims!.takeHost('http://two.test', 'A', 1000, 2, 0)).toBe(0);
    expect(b.claims!.takeHost('http://two.test', 'B', 1000, 2, 0)).toBe(1);
    expect(b.claims!.takeHost('http://two.test', 'C', 1000, 2, 0)).toBeNull();
    b.claims!.releaseHost('http://two.test', 1, 'B');
    expect(b.claims!.takeHost('http://two.test', 'C', 1000, 2, 0)).toBe(1);
    a.close();
    b.close();
  });

  it("a worker whose connection ended (killed, OOM, stopped): its claims and host leases are free at once, long before they expire", async () => {
    const url = pgDatabase('sessions')!;
    const a = openStore(url);
    const b = openStore(url);
    const ids = ['f1', 'f2'];
    a.claims!.ensure(ids);
    const hour = 3_600_000;
    expect(a.claims!.claim(ids, 'r1', 'A', hour, 5)).toEqual(['f1', 'f2']);
    expect(a.claims!.takeHost('http://news.test', 'A', hour, 1)).toBe(0);
    // alive: nothing for B
    expect(b.claims!.claim(ids, 'r1', 'B', hour, 5)).toEqual([]);
    expect(b.claims!.takeHost('http://news.test', 'B', hour, 1)).toBeNull();
    // A's connection ends: PostgreSQL drops its session lock, and B takes over without waiting
    a.close();
    const deadline = Date.now() + 10_000;
    let taken: string[] = [];
    while (taken.length === 0 && Date.now() < deadline) {
      taken = b.claims!.claim(ids, 'r1', 'B', hour, 5);
      if (taken.length === 0) await new Promise((r) => setTimeout(r, 50));
    }
    expect(taken).toEqual(['f1', 'f2']);
    expect(b.claims!.takeHost('http://news.test', 'B', hour, 1)).toBe(0);
    // a session of its own per connection: another connection in this process is another worker
    const c = openStore(url);
    expect(c.claims!.session()).not.toBe(b.claims!.session());
    expect(c.claims!.claim(ids, 'r1', 'C', hour, 5)).toEqual([]);
    b.close();
    c.close();
  });
});
