// Per-feed polling state.
import type { FeedConfig, FeedStatusView, Validators } from '../types.js';
import { preparer, type Db, type Prepare } from './db.js';

export interface FeedState extends FeedStatusView {
  validators: Validators;
  /** Backoff, Retry-After or Cache-Control: the worker does not poll the feed before it. */
  nextPollAt: string | null;
  lastOkAt: string | null;
}

export interface PollOutcome {
  status: 'ok' | 'not-modified' | 'error';
  error: string | null;
  at: string;
  /** Null keeps the stored ones (etag, last-modified, body hash). */
  validators: Validators | null;
  nextPollAt: string | null;
}

export class FeedRepo {
  private readonly q: Prepare;

  constructor(db: Db) {
    this.q = preparer(db);
  }

  /** Make sure every configured feed has a row; name and URL follow the config. */
  sync(feeds: FeedConfig[]): void {
    const upsert = this.q(
      `INSERT INTO feeds (id, name, url) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name,
         etag = CASE WHEN feeds.url = excluded.url THEN feeds.etag END,
         last_modified = CASE WHEN feeds.url = excluded.url THEN feeds.last_modified END,
         body_hash = CASE WHEN feeds.url = excluded.url THEN feeds.body_hash END,
         url = excluded.url
       WHERE feeds.name IS DISTINCT FROM excluded.name OR feeds.url IS DISTINCT FROM excluded.url`,
    );
    for (const f of feeds) upsert.run(f.id, f.name, f.url);
  }

  get(id: string): FeedState | null {
    const row = this.q('SELECT * FROM feeds WHERE id = ?').get(id) as FeedRow | undefined;
    return row ? toState(row) : null;
  }

  all(): FeedState[] {
    return (this.q('SELECT * FROM feeds ORDER BY id').all() as FeedRow[]).map(toState);
  }

  recordPoll(id: string, o: PollOutcome): void {
    if (o.status === 'error') {
      this
        .q(
          `UPDATE feeds SET last_status = 'error', last_error = ?, last_polled_at = ?,
             consecutive_failures = consecutive_failures + 1, next_poll_at = ? WHERE id = ?`,
        )
        .run(o.error, o.at, o.nextPollAt, id);
      return;
    }
    this
      .q(
        `UPDATE feeds SET last_status = ?, last_error = NULL, last_polled_at = ?, last_ok_at = ?,
           consecutive_failures = 0, next_poll_at = ?,
           etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),
           body_hash = COALESCE(?, body_hash) WHERE id = ?`,
      )
      .run(
        o.status,
        o.at,
        o.at,
        o.nextPollAt,
        o.validators?.etag ?? null,
        o.validators?.lastModified ?? null,
        o.validators?.bodyHash ?? null,
        id,
      );
  }
}

interface FeedRow {
  id: string;
  name: string;
  url: string;
  etag: string | null;
  last_modified: string | null;
  last_status: FeedStatusView['lastStatus'];
  last_error: string | null;
  last_polled_at: string | null;
  consecutive_failures: number;
  next_poll_at: string | null;
  last_ok_at: string | null;
  body_hash: string | null;
}

function toState(r: FeedRow): FeedState {
  return {
    id: r.id,
    name: r.name,
    url: r.url,
    lastStatus: r.last_status,
    lastError: r.last_error,
    lastPolledAt: r.last_polled_at,
    consecutiveFailures: r.consecutive_failures,
    validators: { etag: r.etag, lastModified: r.last_modified, bodyHash: r.body_hash },
    nextPollAt: r.next_poll_at,
    lastOkAt: r.last_ok_at,
  };
}
