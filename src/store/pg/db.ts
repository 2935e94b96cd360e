// The repositories' SQL surface (Db, the subset of better-sqlite3 they use) over a PostgreSQL
// connection, so the same repositories run on both backends. Write transactions are serialised by
// a transaction-level advisory lock: PostgreSQL then gives exactly SQLite's guarantee (one writer
// at a time, reads never blocked) across every worker on every machine, while the slow parts of a
// run (fetching, extracting, matching) stay outside any transaction and run in parallel.
import type { Db, RunInfo, Statement, Transaction } from '../db.js';
import type { SyncPg } from './bridge.js';
import { toPositional } from './sql.js';

/** The advisory lock key of the store's single writer ("pactwat" as a number). */
export const WRITE_LOCK = 0x70616374776174n;

export class PgDb implements Db {
  private depth = 0;
  private savepoints = 0;
  open = true;
  readonly readonly = false;

  constructor(readonly pg: SyncPg) {}

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  prepare(sql: string): Statement {
    const text = toPositional(sql);
    const q = (params: unknown[]) => this.pg.query(text, params.map(param));
    return {
      // No rowid in PostgreSQL: an insert that needs its new id says RETURNING and uses get().
      run: (...params: unknown[]): RunInfo => ({ changes: q(params).rowCount, lastInsertRowid: 0 }),
      get: (...params: unknown[]) => q(params).rows[0],
      all: (...params: unknown[]) => q(params).rows,
      iterate: (...params: unknown[]) => q(params).rows[Symbol.iterator](),
    };
  }

  transaction<T>(fn: () => T): Transaction<T> {
    const run = () => this.inTx(fn);
    return Object.assign(run, { immediate: run });
  }

  exec(sql: string): this {
    this.pg.query(sql);
    return this;
  }

  /**
   * BEGIN with the store's write lock: every write transaction of every process, one at a time.
   * The revision sequence moves too (and again after the commit, Backend.afterWrite): a sequence
   * is not transactional, so readers see the number move the moment the write starts.
   */
  begin(): void {
    this.pg.query('BEGIN');
    this.pg.query(`SELECT pg_advisory_xact_lock($1), nextval('store_revision')`, [WRITE_LOCK.toString()]);
    this.depth = 1;
  }

  commit(): void {
    this.depth = 0;
    this.pg.query('COMMIT');
  }

  rollback(): void {
    this.depth = 0;
    this.pg.query('ROLLBACK');
  }

  close(): this {
    this.open = false;
    this.pg.close();
    return this;
  }

  /** A transaction, or inside one a savepoint (as better-sqlite3 nests them). */
  private inTx<T>(fn: () => T): T {
    if (this.depth === 0) {
      this.begin();
      try {
        const out = fn();
        this.commit();
        return out;
      } catch (err) {
        if (this.depth > 0) this.rollback();
        throw err;
      }
    }
    const name = `sp${++this.savepoints}`;
    this.pg.query(`SAVEPOINT ${name}`);
    this.depth++;
    try {
      const out = fn();
      this.pg.query(`RELEASE SAVEPOINT ${name}`);
      return out;
    } catch (err) {
      this.pg.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw err;
    } finally {
      this.depth--;
    }
  }
}

/** Values as SQLite takes them: booleans are 0/1 (better-sqlite3 refuses them; nothing passes one). */
function param(v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return v.toString();
  return v;
}
