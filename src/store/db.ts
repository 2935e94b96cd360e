// Opening the SQLite file and bringing its schema up to date. Migrations are the numbered .sql files
// in the top-level store/migrations folder, applied in order in one transaction and tracked with
// PRAGMA user_version, so a crash mid-migration leaves the old schema intact.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** A store problem, for a user: one line naming the database file and what is wrong. */
export class StoreError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'StoreError';
  }
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

export function migrate(db: Db, migrations = loadMigrations()): void {
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

export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  let db: Db | undefined;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
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
    throw new StoreError(file, `cannot open the store: ${oneLine(err)}`);
  }
}

export type Prepare = (sql: string) => Database.Statement;

/**
 * better-sqlite3 compiles a statement on every prepare(): repositories prepare each SQL text once
 * through this and reuse it (a tenth of ingest CPU went to re-preparing).
 */
export function preparer(db: Db): Prepare {
  const cache = new Map<string, Database.Statement>();
  return (sql) => {
    let stmt = cache.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt;
  };
}

export function oneLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0]!.trim();
}
