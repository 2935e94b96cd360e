// Coordination of many workers on one PostgreSQL store (store/migrations-pg/coordination.sql).
// Feed claims: a worker takes due feeds with SELECT … FOR UPDATE SKIP LOCKED, so two workers
// never take the same feed, and each feed is polled once per round. Host leases: at most
// fetch.perHost requests to a publisher's host at a time across all workers.
//
// Both are tied to the holder's database session: each connection holds a session advisory lock
// of its own (its session key) for as long as it lives, and a claim or lease whose session key no
// longer has its lock in pg_locks is free at once. PostgreSQL drops the lock the moment the
// connection ends (a worker killed, OOM, its container stopped), so a dead worker's feeds and
// hosts are taken over without waiting. The expiry stays as the fallback for a session that
// outlives its worker's progress (a machine gone without closing its connections, a hung process).
import { randomInt } from 'node:crypto';
import type { Db } from './db.js';
import { preparer, type Prepare } from './db.js';

/** The advisory lock class of session keys ("pw" + 1): pg_advisory_lock(SESSION_CLASS, key). */
const SESSION_CLASS = 0x70770001;

/** Session keys whose connection is alive: their advisory lock is held in this database. */
const LIVE_SESSIONS = `SELECT objid::bigint FROM pg_locks
  WHERE locktype = 'advisory' AND objsubid = 2 AND granted AND classid = ${SESSION_CLASS}
    AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;

export class ClaimRepo {
  private readonly q: Prepare;
  private key: number | null = null;

  constructor(db: Db) {
    this.q = preparer(db);
  }

  /**
   * This connection's session key, locked on first use and held until the connection ends (a
   * key another live session holds is skipped: keys are random, a clash is only possible).
   */
  session(): number {
    while (this.key === null) {
      const key = randomInt(1, 2 ** 31 - 1);
      const got = this.q('SELECT pg_try_advisory_lock(?::int, ?::int) AS ok').get(SESSION_CLASS, key) as { ok: boolean };
      if (got.ok) this.key = key;
    }
    return this.key;
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
   * Claims up to `limit` of `feedIds` for `round`: those not yet done in this round that no live
   * claim holds (a claim whose session ended, or that expired, is taken over). Returns the feeds
   * claimed.
   */
  claim(feedIds: string[], round: string, holder: string, ttlMs: number, limit: number, nowMs = Date.now()): string[] {
    const session = this.session();
    const rows = this
      .q(
        `UPDATE feed_claims SET round = ?, holder = ?, session = ?, expires_at = ?, done = false
          WHERE feed_id IN (
            SELECT feed_id FROM feed_claims
             WHERE feed_id = ANY(?::text[])
               AND NOT (done AND round = ?)
               AND (done OR expires_at < ? OR session IS NULL OR session NOT IN (${LIVE_SESSIONS}))
             ORDER BY feed_id LIMIT ? FOR UPDATE SKIP LOCKED)
          RETURNING feed_id`,
      )
      .all(round, holder, session, nowMs + ttlMs, feedIds, round, nowMs, limit) as Array<{ feed_id: string }>;
    return rows.map((r) => r.feed_id);
  }

  /** Keeps a holder's open claims alive; returns how many it still holds. */
  renew(holder: string, ttlMs: number, nowMs = Date.now()): number {
    return this.q('UPDATE feed_claims SET expires_at = ? WHERE holder = ? AND NOT done').run(nowMs + ttlMs, holder).changes;
  }

  /** The feed is polled for its round. False when the claim was lost (taken over by another worker). */
  finish(feedId: string, holder: string): boolean {
    return this.q('UPDATE feed_claims SET done = true, holder = NULL, session = NULL WHERE feed_id = ? AND holder = ?').run(feedId, holder).changes === 1;
  }

  /** Gives back a holder's unfinished claims at once (a worker stopping): others may take them. */
  releaseAll(holder: string): void {
    this.q('UPDATE feed_claims SET holder = NULL, session = NULL, expires_at = 0 WHERE holder = ? AND NOT done').run(holder);
  }

  /**
   * Takes one of a host's `slots` leases (fetch.perHost: requests to one publisher at a time,
   * across workers) that is free, expired, left by an ended session or already `holder`'s: the
   * slot taken, or null when every slot is busy. Slot i is the row `host#i`.
   */
  takeHost(host: string, holder: string, ttlMs: number, slots = 1, nowMs = Date.now()): number | null {
    const session = this.session();
    const take = this.q(
      `INSERT INTO host_leases (host, holder, session, expires_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (host) DO UPDATE SET holder = excluded.holder, session = excluded.session, expires_at = excluded.expires_at
        WHERE host_leases.expires_at < ? OR host_leases.holder = excluded.holder
           OR host_leases.session IS NULL OR host_leases.session NOT IN (${LIVE_SESSIONS})
       RETURNING host`,
    );
    for (let slot = 0; slot < Math.max(1, slots); slot++) {
      if (take.get(`${host}#${slot}`, holder, session, nowMs + ttlMs, nowMs) !== undefined) return slot;
    }
    return null;
  }

  releaseHost(host: string, slot: number, holder: string): void {
    this.q('DELETE FROM host_leases WHERE host = ? AND holder = ?').run(`${host}#${slot}`, holder);
  }
}
