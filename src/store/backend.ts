// What differs between the two databases a store can live in, behind one interface: the SQL
// surface itself (Db) is shared, and so are the repositories; this holds the rest (schema version,
// the revision other processes' commits move, transactions held across awaits, column facts for
// import, the order of an export).
import type { Db, SqliteDb } from './db.js';

export interface ColumnInfo {
  /** INTEGER, TEXT or another SQL type, upper case, as both dialects name the ones we use. */
  type: string;
  required: boolean;
}

export interface Backend {
  readonly kind: 'sqlite' | 'postgres';
  readonly db: Db;
  /** Where the store is, as errors name it: the file, or the URL without its password. */
  readonly location: string;
  schemaVersion(): number;
  /** Moves whenever another process may have committed a write. */
  externalRevision(): string;
  /** After a write transaction committed (PostgreSQL moves the revision others see). */
  afterWrite(): void;
  /** A transaction held across awaits (a streamed import): begin, then commit or roll back. */
  begin(): void;
  commit(): void;
  rollback(): void;
  /** The columns of a table that an export carries and an import fills. */
  columns(table: string): Map<string, ColumnInfo>;
  /** The ORDER BY of a table's export: the order its rows were made in. */
  exportOrder(table: string): string;
  /** After an import: identity counters continue past the imported ids; SQLite's search index is filled. */
  afterImport(): void;
  close(): void;
}

export function sqliteBackend(db: SqliteDb, file: string): Backend {
  return {
    kind: 'sqlite',
    db,
    location: file,
    schemaVersion: () => db.pragma('user_version', { simple: true }) as number,
    externalRevision: () => String(db.pragma('data_version', { simple: true })),
    afterWrite() {},
    begin: () => db.exec('BEGIN IMMEDIATE'),
    commit: () => db.exec('COMMIT'),
    rollback: () => {
      if (db.inTransaction) db.exec('ROLLBACK');
    },
    columns(table) {
      const rows = db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string; type: string; notnull: number; dflt_value: unknown; pk: number }>;
      return new Map(
        rows.map((r) => [
          r.name,
          // An INTEGER PRIMARY KEY is the rowid: SQLite fills it in when absent.
          { type: r.type.toUpperCase(), required: r.notnull === 1 && r.dflt_value === null && !(r.pk > 0 && r.type.toUpperCase() === 'INTEGER') },
        ]),
      );
    },
    // rowid order keeps findings and updates in the order they were made; WITHOUT ROWID tables by key
    exportOrder: (table) => (table === 'update_agreements' ? 'seq, agreement_id' : table === 'pending_refresh' ? 'agreement_id' : 'rowid'),
    // The imported versions into the search index, which no trigger fills (migration 009).
    afterImport() {
      db.exec(`DELETE FROM versions_fts;
        INSERT INTO versions_fts (rowid, title, body) SELECT rowid, title, substr(paragraphs, 1, 100000) FROM versions;`);
    },
    close() {
      if (!db.open) return;
      // Leave the file in rollback-journal mode when no other connection has it open: a WAL-mode
      // file can only be read by someone who may create its -shm file beside it, so a store at
      // rest in a read-only folder (a backup, another user's) could not be read at all. The next
      // writer turns WAL on again (openDatabase).
      if (!db.readonly) {
        try {
          db.pragma('journal_mode = DELETE');
        } catch {
          // Another connection has it open: it stays in WAL mode, which that one keeps working in.
        }
      }
      db.close();
    },
  };
}
