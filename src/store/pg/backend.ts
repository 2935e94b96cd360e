// A store in PostgreSQL: the synchronous bridge, the shared repositories' SQL surface, and the
// schema brought up to date under an advisory lock, so processes starting together never race.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Backend, ColumnInfo } from '../backend.js';
import { loadMigrations, migrationsDir, StoreError } from '../db.js';
import { firstLine } from '../../shared/errors.js';
import { SyncPg } from './bridge.js';
import { PgDb } from './db.js';

/** The advisory lock key of schema migrations ("pwmigr"), apart from the write lock. */
const MIGRATION_LOCK = '123658239043442';

export function isPostgresUrl(database: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(database);
}

/** The URL as errors show it: never its password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

export function pgMigrationsDir(): string {
  return path.join(path.dirname(migrationsDir()), 'migrations-pg');
}

export function openPgBackend(url: string): Backend {
  const location = redactUrl(url);
  const pg = new SyncPg(url);
  const db = new PgDb(pg);
  try {
    migratePg(pg);
  } catch (err) {
    db.close();
    throw new StoreError(location, `cannot open the store: ${firstLine(err)}`, (err as { code?: string }).code);
  }
  const columnCache = new Map<string, Map<string, ColumnInfo>>();
  return {
    kind: 'postgres',
    db,
    location,
    schemaVersion: () => schemaVersion(pg),
    externalRevision: () => String(pg.query('SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS n FROM store_revision').rows[0]!.n),
    // Moved inside every write transaction (by begin) and once more after its commit: a reader
    // that saw the new number before the commit and cached the old pages under it is set right.
    afterWrite: () => {
      pg.query(`SELECT nextval('store_revision')`);
    },
    begin: () => db.begin(),
    commit: () => db.commit(),
    rollback: () => {
      if (db.inTransaction) db.rollback();
    },
    columns(table) {
      let info = columnCache.get(table);
      if (!info) {
        const rows = pg.query(
          `SELECT column_name, data_type, is_nullable, column_default, is_identity FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
          [table],
        ).rows as Array<{ column_name: string; data_type: string; is_nullable: string; column_default: string | null; is_identity: string }>;
        info = new Map(
          rows
            // findings.rowid stands in for SQLite's implicit rowid: not exported, not imported.
            .filter((r) => r.column_name !== 'rowid')
            .map((r) => [
              r.column_name,
              {
                type: /int/.test(r.data_type) ? 'INTEGER' : r.data_type === 'text' ? 'TEXT' : r.data_type.toUpperCase(),
                required: r.is_nullable === 'NO' && r.column_default === null && r.is_identity !== 'YES',
              },
            ]),
        );
        columnCache.set(table, info);
      }
      return info;
    },
    exportOrder: (table) => EXPORT_ORDER[table] ?? '1',
    afterImport() {
      for (const [table, column] of [
        ['articles', 'id'],
        ['updates', 'seq'],
      ] as const) {
        pg.query(`SELECT setval(pg_get_serial_sequence('${table}', '${column}'), GREATEST((SELECT MAX(${column}) FROM ${table}), 1))`);
      }
    },
    close: () => {
      if (db.open) db.close();
    },
  };
}

/** The order rows were made in, as SQLite's rowid keeps it. */
const EXPORT_ORDER: Record<string, string> = {
  meta: 'key',
  feeds: 'id',
  articles: 'id',
  article_feeds: 'article_id, feed_id',
  versions: 'article_id, n',
  changes: 'article_id, to_n',
  findings: 'rowid',
  mentions: 'article_id, agreement_id',
  agreement_state: 'agreement_id',
  pending_refresh: 'agreement_id',
  updates: 'seq',
  update_agreements: 'seq, agreement_id',
};

function schemaVersion(pg: SyncPg): number {
  const row = pg.query('SELECT version FROM pactwatch_schema').rows[0] as { version: number } | undefined;
  return row?.version ?? 0;
}

/**
 * The numbered migrations of store/migrations-pg, each in its own transaction with the version it
 * brings (pactwatch_schema: PostgreSQL's user_version), then the coordination tables. All under a
 * session advisory lock: a second process starting at the same moment waits, then finds the
 * schema up to date.
 */
export function migratePg(pg: SyncPg, dir = pgMigrationsDir()): void {
  pg.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
  try {
    pg.query('CREATE TABLE IF NOT EXISTS pactwatch_schema (version INTEGER NOT NULL)');
    const migrations = loadMigrations(dir);
    const latest = migrations.at(-1)?.version ?? 0;
    const current = schemaVersion(pg);
    if (current > latest) {
      throw new Error(`the store has schema version ${current}, newer than this pactwatch knows (${latest})`);
    }
    for (const m of migrations.filter((x) => x.version > current)) {
      pg.query('BEGIN');
      try {
        pg.query(m.sql);
        pg.query('DELETE FROM pactwatch_schema');
        pg.query('INSERT INTO pactwatch_schema (version) VALUES ($1)', [m.version]);
        pg.query('COMMIT');
      } catch (err) {
        pg.query('ROLLBACK');
        throw err;
      }
    }
    pg.query(readFileSync(path.join(dir, 'coordination.sql'), 'utf8'));
  } finally {
    pg.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
  }
}
