// The store: the only module that holds SQL. One SQLite file (WAL), repositories per concern,
// and short synchronous write transactions that callers open after their network work is done.
import { randomUUID } from 'node:crypto';
import { AgreementRepo } from './agreements.js';
import { ArticleRepo } from './articles.js';
import { asStoreError, openDatabase, raisingStoreErrors, type Db, type OpenOptions } from './db.js';
import { FeedRepo } from './feeds.js';
import { LeaseRepo } from './leases.js';
import { UpdateRepo } from './updates.js';

export { StoreError, loadMigrations, migrate } from './db.js';
export { exportLines, importLines, ImportError, BACKUP_TABLES } from './backup.js';
export type { ArticleRow, VersionRow, ChangeRow, NewArticle } from './articles.js';
export type { FeedState, PollOutcome } from './feeds.js';
export type { AgreementState } from './agreements.js';
export type { FeedScope, NewUpdate, ScopeState } from './updates.js';

export class Store {
  readonly feeds: FeedRepo;
  readonly articles: ArticleRepo;
  readonly agreements: AgreementRepo;
  readonly updates: UpdateRepo;
  readonly leases: LeaseRepo;
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
    this.instanceId = this.ensureInstanceId();
  }

  /** A write transaction, taken immediately so two processes never deadlock upgrading a read. */
  write<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (err) {
      throw asStoreError(this.file, err);
    }
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
    if (this.db.open) this.db.close();
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
