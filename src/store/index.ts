// The store: the only module that holds SQL. One SQLite file (WAL) or one PostgreSQL database,
// the same repositories per concern over either, and short synchronous write transactions that
// callers open after their network work is done.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { AgreementRepo } from './agreements.js';
import { ArticleRepo } from './articles.js';
import { asStoreError, loadMigrations, openDatabase, raisingStoreErrors, StoreError, type Db, type OpenOptions } from './db.js';
import { sqliteBackend, type Backend } from './backend.js';
import { ClaimRepo } from './claims.js';
import { isPostgresUrl, openPgBackend } from './pg/backend.js';
import { firstLine } from '../shared/errors.js';
import { FeedRepo } from './feeds.js';
import { LeaseRepo } from './leases.js';
import { RunRepo, WebhookCursorRepo } from './runs.js';
import { UpdateRepo } from './updates.js';
import { SearchRepo } from './search.js';

export { StoreError, loadMigrations, migrate } from './db.js';
export { isPostgresUrl, redactUrl } from './pg/backend.js';
export type { Backend } from './backend.js';
export { exportLines, importLines, importStream, ImportError, BACKUP_TABLES } from './backup.js';
export type { ArticleRow, VersionRow, ChangeRow, NewArticle } from './articles.js';
export type { FeedState, PollOutcome } from './feeds.js';
export type { RunRecord } from './runs.js';
export type { AgreementState } from './agreements.js';
export type { FeedScope, NewUpdate, ScopeState } from './updates.js';
export type { VersionMatch } from './search.js';
export { ftsQuery } from './search.js';

export class Store {
  readonly feeds: FeedRepo;
  readonly articles: ArticleRepo;
  readonly agreements: AgreementRepo;
  readonly updates: UpdateRepo;
  readonly leases: LeaseRepo;
  /** Feed claims and host leases of many workers: PostgreSQL only (null on SQLite, one worker). */
  readonly claims: ClaimRepo | null;
  readonly runs: RunRepo;
  readonly webhookCursors: WebhookCursorRepo;
  readonly search: SearchRepo;
  /** A random id made when the store was created: part of every update's tag: URI. */
  readonly instanceId: string;
  readonly db: Db;
  /** Where it is, as errors name it: the file, or the URL without its password. */
  readonly file: string;

  constructor(readonly backend: Backend) {
    const db = backend.db;
    const file = backend.location;
    this.db = db;
    this.file = file;
    // Every repository raises StoreError when the database fails, never the driver's own error.
    this.feeds = raisingStoreErrors(new FeedRepo(db), file);
    this.articles = raisingStoreErrors(new ArticleRepo(db, backend.kind === 'sqlite'), file);
    this.agreements = raisingStoreErrors(new AgreementRepo(db), file);
    this.updates = raisingStoreErrors(new UpdateRepo(db), file);
    this.leases = raisingStoreErrors(new LeaseRepo(db), file);
    this.claims = backend.kind === 'postgres' ? raisingStoreErrors(new ClaimRepo(db), file) : null;
    this.runs = raisingStoreErrors(new RunRepo(db), file);
    this.webhookCursors = raisingStoreErrors(new WebhookCursorRepo(db), file);
    this.search = raisingStoreErrors(new SearchRepo(db, backend.kind), file);
    this.instanceId = this.ensureInstanceId();
  }

  get kind(): Backend['kind'] {
    return this.backend.kind;
  }

  /** Write transactions made through this connection (see revision()). */
  private writes = 0;

  /** A write transaction, taken immediately so two processes never deadlock upgrading a read. */
  write<T>(fn: () => T): T {
    // Inside another write (a savepoint), the outermost one indexes what both stored.
    const outermost = !this.db.inTransaction;
    try {
      const out = this.db
        .transaction(() => {
          const result = fn();
          // The versions it stored go into the search index in one statement, before the commit.
          if (outermost) this.articles.indexNewVersions();
          return result;
        })
        .immediate();
      this.backend.afterWrite();
      return out;
    } catch (err) {
      if (outermost) this.articles.forgetNewVersions();
      throw asStoreError(this.file, err);
    } finally {
      this.writes++;
    }
  }

  /**
   * Changes whenever the store may have changed: a write through this connection, or a commit by
   * another process (SQLite's data_version; PostgreSQL's store_revision sequence). Cheap enough to
   * key every page of the server by it.
   */
  revision(): string {
    return `${this.backend.externalRevision()}.${this.writes}`;
  }

  /** The schema version (SQLite's user_version; PostgreSQL's pactwatch_schema). */
  schemaVersion(): number {
    return this.backend.schemaVersion();
  }

  /**
   * Inside write(): a savepoint, so a failure rolls back this part only and the rest of the
   * transaction goes on.
   */
  savepoint<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn)();
    } catch (err) {
      throw asStoreError(this.file, err);
    }
  }

  ping(): boolean {
    try {
      return (this.db.prepare('SELECT 1 AS ok').get() as { ok: number }).ok === 1;
    } catch {
      return false;
    }
  }

  close(): void {
    this.backend.close();
  }

  private ensureInstanceId(): string {
    const row = this.db.prepare(`SELECT value FROM meta WHERE key = 'instance'`).get() as { value: string } | undefined;
    if (row) return row.value;
    if (this.db.readonly) return 'readonly';
    const id = randomUUID();
    this.db.prepare(`INSERT INTO meta (key, value) VALUES ('instance', ?) ON CONFLICT DO NOTHING`).run(id);
    return (this.db.prepare(`SELECT value FROM meta WHERE key = 'instance'`).get() as { value: string }).value;
  }
}

/**
 * Opens the store `database` names: a postgres:// URL is PostgreSQL, anything else a SQLite file.
 * Either way the rest of pactwatch sees the same Store.
 */
export function openStore(database: string, opts: OpenOptions = {}): Store {
  if (isPostgresUrl(database)) return new Store(openPgBackend(database));
  return new Store(sqliteBackend(openDatabase(database, opts), database));
}

/**
 * For the commands that only read: never creates a store (they say there is none yet), and opens
 * it read-only, so a store in a read-only folder (a backup, another user's) can be read. A store
 * whose schema is older than this pactwatch is opened for writing once, to bring it up to date.
 * (PostgreSQL: the server is there or not; its schema is brought up to date on opening.)
 */
export function openStoreForReading(file: string): Store {
  if (isPostgresUrl(file)) return openStore(file);
  if (file !== ':memory:' && !existsSync(file)) {
    throw new StoreError(file, 'there is no store here yet: run `pactwatch ingest` (or `pactwatch import`) first');
  }
  let store: Store | undefined;
  let behind: boolean;
  try {
    store = openStore(file, { readonly: true });
    behind = store.schemaVersion() < (loadMigrations().at(-1)?.version ?? 0);
  } catch (err) {
    store?.close();
    if ((err as { code?: string }).code === 'SQLITE_READONLY_DIRECTORY') {
      // A store left in WAL mode (a writer still running, or killed) needs its -shm file, which
      // cannot be made in a read-only folder.
      throw new StoreError(file, 'cannot read the store: its folder is read-only and it was left mid-write (WAL); let the writer finish, or open it once where it may be written');
    }
    if (err instanceof StoreError) throw err;
    throw new StoreError(file, `cannot open the store: ${firstLine(err)}`);
  }
  if (!behind) return store;
  store.close();
  return openStore(file);
}
