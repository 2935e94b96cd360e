// A run lease held in the store: one ingest at a time across processes. It expires, so a process
// killed while holding it blocks nobody for longer than the lease; a live holder renews it.
import { preparer, type Db, type Prepare } from './db.js';

export class LeaseRepo {
  private readonly q: Prepare;

  constructor(private readonly db: Db) {
    this.q = preparer(db);
  }

  /** Take the lease if it is free, expired, or already ours. */
  acquire(name: string, holder: string, ttlMs: number, nowMs = Date.now()): boolean {
    return this.db
      .transaction(() => {
        const row = this.q('SELECT holder, expires_at FROM leases WHERE name = ?').get(name) as
          | { holder: string; expires_at: number }
          | undefined;
        if (row && row.holder !== holder && row.expires_at > nowMs) return false;
        this
          .q(
            `INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?)
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at`,
          )
          .run(name, holder, nowMs + ttlMs);
        return true;
      })
      .immediate();
  }

  /**
   * Take the lease from a holder the caller knows is dead (its process is gone), before it expires.
   * Only succeeds if that holder still has it, so two waiters cannot both take it over.
   */
  takeOver(name: string, deadHolder: string, holder: string, ttlMs: number, nowMs = Date.now()): boolean {
    const info = this
      .q('UPDATE leases SET holder = ?, expires_at = ? WHERE name = ? AND holder = ?')
      .run(holder, nowMs + ttlMs, name, deadHolder);
    return info.changes === 1;
  }

  renew(name: string, holder: string, ttlMs: number, nowMs = Date.now()): boolean {
    const info = this
      .q('UPDATE leases SET expires_at = ? WHERE name = ? AND holder = ?')
      .run(nowMs + ttlMs, name, holder);
    return info.changes === 1;
  }

  release(name: string, holder: string): void {
    this.q('DELETE FROM leases WHERE name = ? AND holder = ?').run(name, holder);
  }

  holder(name: string, nowMs = Date.now()): string | null {
    const row = this.q('SELECT holder, expires_at FROM leases WHERE name = ?').get(name) as
      | { holder: string; expires_at: number }
      | undefined;
    return row && row.expires_at > nowMs ? row.holder : null;
  }
}
