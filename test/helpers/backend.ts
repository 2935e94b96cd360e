// The backend the store, run, fault and server tests keep their stores on: SQLite by default,
// PostgreSQL with PACTWATCH_TEST_BACKEND=postgres (a database of its own in the test cluster per
// store; .ci/run runs those tests both ways). And a reader of a store by plain SQL, for tests that
// look at the rows another process writes, on either backend.
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SyncPg } from '../../src/store/pg/bridge.js';
import { toPositional } from '../../src/store/pg/sql.js';
import { cloneDatabase, PG_ENV, pgDatabase } from './pg-cluster.js';

/** The tests run on PostgreSQL (PACTWATCH_TEST_BACKEND=postgres and a test cluster). */
export const ON_PG = process.env.PACTWATCH_TEST_BACKEND === 'postgres' && !!process.env[PG_ENV];
export const BACKEND: 'sqlite' | 'postgres' = ON_PG ? 'postgres' : 'sqlite';

/** A new, empty store on the backend under test: a file in `dir`, or a database in the cluster. */
export function testDatabase(dir: string, label: string): string {
  return ON_PG ? pgDatabase(label)! : path.join(dir, `${label}.db`);
}

/** A copy of a store no process has open: the file copied, or the database cloned. */
export function copyStore(database: string, dir: string, label: string): string {
  if (/^postgres(?:ql)?:\/\//.test(database)) return cloneDatabase(database, label);
  const copy = path.join(dir, `${label}.db`);
  copyFileSync(database, copy);
  return copy;
}

/**
 * A test that is about SQLite itself (its file, its journal, its pragmas): its title says so on
 * PostgreSQL, where it is skipped (`it.skipIf(ON_PG)(sqliteOnly(title, why), …)`).
 */
export function sqliteOnly(title: string, why: string): string {
  return ON_PG ? `${title} (SQLite only: ${why})` : title;
}

export interface StoreReader {
  all(sql: string, ...params: unknown[]): Array<Record<string, unknown>>;
  close(): void;
}

/**
 * Reads a store by SQL without opening it as pactwatch does (no migration, no instance id):
 * read-only on SQLite (it waits out a writer's lock), a plain connection on PostgreSQL. The SQL
 * is written once, with `?` placeholders, in what both dialects share.
 */
export function readStore(database: string): StoreReader {
  if (/^postgres(?:ql)?:\/\//.test(database)) {
    const pg = new SyncPg(database);
    return {
      all: (sql, ...params) => pg.query(toPositional(sql), params).rows,
      close: () => pg.close(),
    };
  }
  const db = new Database(database, { readonly: true, fileMustExist: true, timeout: 5000 });
  return {
    all: (sql, ...params) => db.prepare(sql).all(...params) as Array<Record<string, unknown>>,
    close: () => db.close(),
  };
}

/** `fn` with a reader of `database`, closed after. */
export function withReader<T>(database: string, fn: (r: StoreReader) => T): T {
  const r = readStore(database);
  try {
    return fn(r);
  } finally {
    r.close();
  }
}
