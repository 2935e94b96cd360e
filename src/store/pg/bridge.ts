// A synchronous PostgreSQL connection: the rest of pactwatch calls the store synchronously (it was
// built on better-sqlite3), so a query is posted to a worker thread that runs the `pg` client, and
// this thread sleeps in Atomics.wait until the answer is there (the technique of `synckit`, kept
// to the few lines it needs here so the worker can hold one connection and its transaction).
// Cost: one thread hop per query, measured in bench (ingest on PostgreSQL).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

export interface PgResult {
  rows: Array<Record<string, unknown>>;
  rowCount: number;
}

/** An error PostgreSQL (or the client) raised; `code` is its SQLSTATE ("23505", "40P01"…). */
export class PgError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'PgError';
  }
}

/** How long one query may take before the bridge gives up on the worker (a hung server). */
const QUERY_TIMEOUT_MS = 10 * 60_000;

export class SyncPg {
  private readonly worker: Worker;
  private readonly port;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private closed = false;

  constructor(url: string) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(workerFile(), {
      workerData: { url, flag: this.flag, port: port2 },
      transferList: [port2],
      // Not the test runner's loaders: the worker is plain compiled JavaScript.
      execArgv: [],
    });
    // The thread never keeps the process alive: close() ends it, and so does exit.
    this.worker.unref();
    this.port.unref();
  }

  query(sql: string, params: readonly unknown[] = []): PgResult {
    if (this.closed) throw new PgError('the PostgreSQL connection is closed', 'PG_CLOSED');
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage({ sql, params });
    const deadline = Date.now() + QUERY_TIMEOUT_MS;
    for (;;) {
      Atomics.wait(this.flag, 0, 0, 1000);
      const got = receiveMessageOnPort(this.port);
      if (got) {
        const m = got.message as { ok: boolean; rows: PgResult['rows']; rowCount: number; message: string; code: string };
        if (!m.ok) throw new PgError(m.message, m.code);
        return { rows: m.rows, rowCount: m.rowCount };
      }
      if (Date.now() > deadline) throw new PgError('no answer from PostgreSQL in 10 minutes', 'PG_TIMEOUT');
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.worker.postMessage('close');
  }
}

/**
 * The worker's compiled file: beside this one when running from dist/; from the sources (tests),
 * the built copy in dist/ (the test setup builds it).
 */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const sibling = path.join(path.dirname(here), 'worker.js');
  if (here.endsWith('.js') && existsSync(sibling)) return sibling;
  let dir = path.dirname(here);
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, 'package.json'))) return path.join(dir, 'dist', 'src', 'store', 'pg', 'worker.js');
    dir = path.dirname(dir);
  }
  throw new Error('the PostgreSQL bridge worker (dist/src/store/pg/worker.js) was not found: run npm run build');
}
