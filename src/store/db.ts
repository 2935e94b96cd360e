// Opening the SQLite file and bringing its schema up to date. Migrations are the numbered .sql files
// in the top-level store/migrations folder, applied in order in one transaction and tracked with
// PRAGMA user_version, so a crash mid-migration leaves the old schema intact.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { firstLine } from '../shared/errors.js';

/** One row-changing statement's outcome. */
export interface RunInfo {
  changes: number;
  lastInsertRowid: number | bigint;
}

export interface Statement {
  run(...params: unknown[]): RunInfo;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  iterate(...params: unknown[]): IterableIterator<unknown>;
}

/** A transaction made of fn: called plainly it nests (a savepoint inside another transaction). */
export type Transaction<T> = (() => T) & { immediate(): T };

/**
 * The SQL surface the repositories use: the part of better-sqlite3's Database they need, which
 * the PostgreSQL backend (pg/db.ts) provides too. The SQL they write runs on both dialects.
 */
export interface Db {
  prepare(sql: string): Statement;
  transaction<T>(fn: () => T): Transaction<T>;
  exec(sql: string): unknown;
  readonly open: boolean;
  readonly readonly: boolean;
  readonly inTransaction: boolean;
  close(): unknown;
}

export type SqliteDb = Database.Database;

/**
 * A store problem, for a user: one line naming the database file and what is wrong. The store
 * raises it for every failure of the database itself (cannot open, disk full, read-only, corrupt),
 * so no caller needs to know the driver's error types.
 */
export class StoreError extends Error {
  constructor(
    readonly file: string,
    problem: string,
    /** The driver's code (SQLITE_BUSY, SQLITE_READONLY…), for a caller that waits out a busy store. */
    readonly code?: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'StoreError';
  }
}

/** An error raised by the SQLite driver (rather than by the code that called the store). */
function isDriverError(err: unknown): boolean {
  return (
    err instanceof Error &&
    (err.name === 'SqliteError' || err.name === 'PgError' || /^SQLITE_/.test((err as { code?: string }).code ?? ''))
  );
}

/** `err` as the store's error when the driver raised it; any other error unchanged. */
export function asStoreError(file: string, err: unknown): unknown {
  return isDriverError(err) ? new StoreError(file, firstLine(err), (err as { code?: string }).code) : err;
}

/**
 * The object with every method raising StoreError for a driver failure: what the repositories are
 * handed out as.
 */
export function raisingStoreErrors<T extends object>(target: T, file: string): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        try {
          return value.apply(obj, args);
        } catch (err) {
          throw asStoreError(file, err);
        }
      };
    },
  });
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations folder: found by walking up from this module (src/ when testing, dist/ when built). */
export function migrationsDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'store', 'migrations');
    if (existsSync(candidate) && existsSync(path.join(dir, 'package.json'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error('store/migrations not found beside package.json');
}

export function loadMigrations(dir = migrationsDir()): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .map((f) => ({ version: Number.parseInt(f, 10), name: f, sql: readFileSync(path.join(dir, f), 'utf8') }))
    .sort((a, b) => a.version - b.version);
}

export function migrate(db: SqliteDb, migrations = loadMigrations()): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(`the store has schema version ${current}, newer than this pactwatch knows (${latest})`);
  }
  if (current === latest) return;
  db.transaction(() => {
    // Read again under the write lock: another process opening a new store at the same moment
    // may have applied the migrations since the read above.
    const now = db.pragma('user_version', { simple: true }) as number;
    for (const m of migrations.filter((x) => x.version > now)) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}

export interface OpenOptions {
  readonly?: boolean;
  /** Busy timeout: how long a writer waits for another process's transaction. */
  busyTimeoutMs?: number;
}

export function openDatabase(file: string, opts: OpenOptions = {}): SqliteDb {
  let db: SqliteDb | undefined;
  try {
    // Only a writer makes the store's folder; a reader never leaves anything behind.
    if (file !== ':memory:' && !opts.readonly) mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file, {
      readonly: opts.readonly ?? false,
      fileMustExist: opts.readonly ?? false,
      timeout: opts.busyTimeoutMs ?? 15_000,
    });
    if (!opts.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      migrate(db);
    }
    db.pragma('foreign_keys = ON');
    return db;
  } catch (err) {
    db?.close();
    throw new StoreError(file, `cannot open the store: ${firstLine(err)}`);
  }
}

export type Prepare = (sql: string) => Statement;

/**
 * better-sqlite3 compiles a statement on every prepare(): repositories prepare each SQL text once
 * through this and reuse it (a tenth of ingest CPU went to re-preparing).
 */
export function preparer(db: Db): Prepare {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
}
