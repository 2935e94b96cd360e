// When the last ingest run finished, for /healthz and `pactwatch feeds`: kept in the meta table, so
// a server in another process (`serve` beside `worker`) sees the worker's runs.
import { preparer, type Db, type Prepare } from './db.js';

export interface RunRecord {
  finishedAt: string;
  durationMs: number;
  /** Feeds polled in the run, and how many of them failed. */
  feeds: number;
  failed: number;
  /** Set when the store failed and the run stopped. */
  fatal: string | null;
}

const KEY = 'last_run';

export class RunRepo {
  private readonly q: Prepare;

  constructor(db: Db) {
    this.q = preparer(db);
  }

  recordFinished(run: RunRecord): void {
    this.q(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(KEY, JSON.stringify(run));
  }

  last(): RunRecord | null {
    const row = this.q('SELECT value FROM meta WHERE key = ?').get(KEY) as { value: string } | undefined;
    if (!row) return null;
    try {
      return JSON.parse(row.value) as RunRecord;
    } catch {
      return null;
    }
  }
}

/** How far each webhook has been sent: the seq of the last update it took (in the meta table). */
export class WebhookCursorRepo {
  private readonly q: Prepare;

  constructor(db: Db) {
    this.q = preparer(db);
  }

  get(webhookId: string): number | null {
    const row = this.q('SELECT value FROM meta WHERE key = ?').get(`webhook:${webhookId}`) as { value: string } | undefined;
    return row ? Number(row.value) : null;
  }

  set(webhookId: string, seq: number): void {
    this.q(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`).run(`webhook:${webhookId}`, String(seq));
  }
}
