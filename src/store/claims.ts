// Coordination of many workers on one PostgreSQL store (store/migrations-pg/coordination.sql).
// Feed claims: a worker takes due feeds with SELECT … FOR UPDATE SKIP LOCKED, so two workers
// never take the same feed, and each feed is polled once per round; a claim expires unless its
// holder renews it, so a dead worker's feeds are taken over. Host leases: at most fetch.perHost
// requests to a publisher's host at a time across all workers.
import type { Db } from './db.js';
import { preparer, type Prepare } from './db.js';

export class ClaimRepo {
  private readonly q: Prepare;

  constructor(db: Db) {
    this.q = preparer(db);
  }

  /** Every configured feed has a claim row (a new one is free and done with no round). */
  ensure(feedIds: string[]): void {
    this
      .q(
        `INSERT INTO feed_claims (feed_id, round, holder, expires_at, done)
         SELECT unnest(?::text[]), '', NULL, 0, true ON CONFLICT (feed_id) DO NOTHING`,
      )
      .run(feedIds);
  }

  /**
   * Claims up to `limit` of `feedIds` for `round`: those no live claim holds and not yet done in
   * this round (a claim of a dead holder, expired, is taken over). Returns the feeds claimed.
   */
  claim(feedIds: string[], round: string, holder: string, ttlMs: number, limit: number, nowMs = Date.now()): string[] {
    const rows = this
      .q(
        `UPDATE feed_claims SET round = ?, holder = ?, expires_at = ?, done = false
          WHERE feed_id IN (
            SELECT feed_id FROM feed_claims
             WHERE feed_id = ANY(?::text[])
               AND (done OR expires_at < ?)
               AND NOT (done AND round = ?)
             ORDER BY feed_id LIMIT ? FOR UPDATE SKIP LOCKED)
          RETURNING feed_id`,
      )
      .all(round, holder, nowMs + ttlMs, feedIds, nowMs, round, limit) as Array<{ feed_id: string }>;
    return rows.map((r) => r.feed_id);
  }

  /** The holders of claims still open (not done), live or dead. */
  openHolders(): string[] {
    return (this.q('SELECT DISTINCT holder FROM feed_claims WHERE NOT done AND holder IS NOT NULL ORDER BY holder').all() as Array<{ holder: string }>).map((r) => r.holder);
  }

  /** Frees a dead holder's open claims at once (the caller knows its process is gone). */
  expire(holder: string): void {
    this.q('UPDATE feed_claims SET expires_at = 0 WHERE holder = ? AND NOT done').run(holder);
  }

  /** Keeps a holder's open claims alive; returns how many it still holds. */
  renew(holder: string, ttlMs: number, nowMs = Date.now()): number {
    return this.q('UPDATE feed_claims SET expires_at = ? WHERE holder = ? AND NOT done').run(nowMs + ttlMs, holder).changes;
  }

  /** The feed is polled for its round. False when the claim was lost (expired and taken over). */
  finish(feedId: string, holder: string): boolean {
    return this.q('UPDATE feed_claims SET done = true, holder = NULL WHERE feed_id = ? AND holder = ?').run(feedId, holder).changes === 1;
  }

  /** Gives back a holder's unfinished claims at once (a worker stopping): others may take them. */
  releaseAll(holder: string): void {
    this.q('UPDATE feed_claims SET holder = NULL, expires_at = 0 WHERE holder = ? AND NOT done').run(holder);
  }

  /**
   * Takes one of a host's `slots` leases (fetch.perHost: requests to one publisher at a time,
   * across workers) that is free, expired or already ours: the slot taken, or null when every
   * slot is busy. Slot i is the row `host#i`.
   */
  takeHost(host: string, holder: string, ttlMs: number, slots = 1, nowMs = Date.now()): number | null {
    const take = this.q(
      `INSERT INTO host_leases (host, holder, expires_at) VALUES (?, ?, ?)
       ON CONFLICT (host) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
        WHERE host_leases.expires_at < ? OR host_leases.holder = excluded.holder
       RETURNING host`,
    );
    for (let slot = 0; slot < Math.max(1, slots); slot++) {
      if (take.get(`${host}#${slot}`, holder, nowMs + ttlMs, nowMs) !== undefined) return slot;
    }
    return null;
  }

  releaseHost(host: string, slot: number, holder: string): void {
    this.q('DELETE FROM host_leases WHERE host = ? AND holder = ?').run(`${host}#${slot}`, holder);
  }
}
