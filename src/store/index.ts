// The store: the only module that holds SQL. One SQLite file (WAL), repositories per concern,
// and short synchronous write transactions that callers open after their network work is done.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { AgreementRepo } from './agreements.js';
import { ArticleRepo } from './articles.js';
import { asStoreError, loadMigrations, openDatabase, raisingStoreErrors, StoreError, type Db, type OpenOptions } from './db.js';
import { firstLine } from '../shared/errors.js';
import { FeedRepo } from './feeds.js';
import { LeaseRepo } from './leases.js';
import { RunRepo, WebhookCursorRepo } from './runs.js';
import { UpdateRepo } from './updates.js';
import { SearchRepo } from './search.js';

export { StoreError, loadMigrations, migrate } from './db.js';
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
  readonly runs: RunRepo;
  readonly webhookCursors: WebhookCursorRepo;
  readonly search: SearchRepo;
  /** A random id made when the store was created: part of every update's tag: URI. */
  readonly instanceId: string;

  constructor(
    readonly db: Db,
    readonly file: string,
  ) {
    // Every repository raises StoreError when the database fails, never the driver's own error.
    this.feeds = raisingStoreErrors(new FeedRepo(db), file);
    this.articles = raisingStoreErrors(new ArticleRepo(db), file);
    this.agreements = raisingStoreErrors(new AgreementRepo(db), file);
    this.updates = raisingStoreErrors(new UpdateRepo(db), file);
    this.leases = raisingStoreErrors(new LeaseRepo(db), file);
    this.runs = raisingStoreErrors(new RunRepo(db), file);
    this.webhookCursors = raisingStoreErrors(new WebhookCursorRepo(db), file);
    this.search = raisingStoreErrors(new SearchRepo(db), file);
    this.instanceId = this.ensureInstanceId();
  }

  /** Write transactions made through this connection (see revision()). */
  private writes = 0;

  /** A write transaction, taken immediately so two processes never deadlock upgrading a read. */
  write<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (err) {
      throw asStoreError(this.file, err);
    } finally {
      this.writes++;
    }
  }

  /**
   * Changes whenever the store may have changed: a write through this connection, or a commit by
   * another process (SQLite's data_version). Cheap enough to key every page of the server by it.
   */
  revision(): string {
    const other = this.db.pragma('data_version', { simple: true }) as number;
    return `${other}.${this.writes}`;
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

  /**
   * Closes the store, leaving the file in rollback-journal mode when no other connection has it
   * open: a WAL-mode file can only be read by someone who may create its -shm file beside it, so
   * a store at rest in a read-only folder (a backup, another user's) could not be read at all.
   * The next writer turns WAL on again (openDatabase).
   */
  close(): void {
    if (!this.db.open) return;
    if (!this.db.readonly) {
      try {
        this.db.pragma('journal_mode = DELETE');
      } catch {
        // Another connection has it open: it stays in WAL mode, which that one keeps working in.
      }
    }
    this.db.close();
  }

  private ensureInstanceId(): string {
    const row = this.db.prepare(`SELECT value FROM meta WHERE key = 'instance'`).get() as { value: string } | undefined;
    if (row) return row.value;
    if (this.db.readonly) return 'readonly';
    const id = randomUUID();
    this.db.prepare(`INSERT OR IGNORE INTO meta (key, value) VALUES ('instance', ?)`).run(id);
    return (this.db.prepare(`SELECT value FROM meta WHERE key = 'instance'`).get() as { value: string }).value;
  }
}

export function openStore(file: string, opts: OpenOptions = {}): Store {
  return new Store(openDatabase(file, opts), file);
}

/**
 * For the commands that only read: never creates a store (they say there is none yet), and opens
 * it read-only, so a store in a read-only folder (a backup, another user's) can be read. A store
 * whose schema is older than this pactwatch is opened for writing once, to bring it up to date.
 */
export function openStoreForReading(file: string): Store {
  if (file !== ':memory:' && !existsSync(file)) {
    throw new StoreError(file, 'there is no store here yet: run `pactwatch ingest` (or `pactwatch import`) first');
  }
  let store: Store | undefined;
  let behind: boolean;
  try {
    store = openStore(file, { readonly: true });
    behind = (store.db.pragma('user_version', { simple: true }) as number) < (loadMigrations().at(-1)?.version ?? 0);
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
