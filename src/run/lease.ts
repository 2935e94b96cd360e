// One ingest at a time across processes, through a lease in the store (not a lock file, which a
// crash would leave behind). The holder renews it while it runs; a killed holder's lease expires.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Store } from '../store/index.js';

export const INGEST_LEASE = 'ingest';
/** On a shared store: one worker at a time sends webhooks, so no update goes out twice. */
export const WEBHOOK_LEASE = 'webhooks';
const TTL_MS = 60_000;
const RENEW_MS = 15_000;

export class LeaseBusy extends Error {
  constructor(readonly holder: string) {
    super(`another ingest is running (${holder})`);
  }
}

export interface LeaseOptions {
  /** Wait this long for a running ingest to finish; 0 gives up at once. */
  waitMs: number;
  onWait?: (holder: string) => void;
  /** Which lease (default INGEST_LEASE). */
  name?: string;
}

export async function withIngestLease<T>(store: Store, opts: LeaseOptions, fn: () => Promise<T>): Promise<T> {
  const me = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const name = opts.name ?? INGEST_LEASE;
  const deadline = Date.now() + opts.waitMs;
  let told = false;
  for (;;) {
    // The store's write lock held by another process longer than the busy timeout is "busy" too:
    // the waiter keeps waiting until --wait is over, it does not fail with "database is locked".
    const got = busyAs(false, () => store.leases.acquire(name, me, TTL_MS));
    if (got) break;
    const holder = busyAs('another process writing', () => store.leases.holder(name) ?? 'unknown');
    // A holder killed on this machine (kill -9, OOM) would block every run until its lease
    // expires: take the lease over at once when its process is gone.
    if (isDeadLocalHolder(holder) && busyAs(false, () => store.leases.takeOver(name, holder, me, TTL_MS))) break;
    if (Date.now() >= deadline) throw new LeaseBusy(holder);
    if (!told) opts.onWait?.(holder);
    told = true;
    await new Promise((r) => setTimeout(r, 250));
  }
  const timer = setInterval(() => {
    try {
      store.leases.renew(name, me, TTL_MS);
    } catch {
      // A failing store is reported by the run itself.
    }
  }, RENEW_MS);
  timer.unref();
  try {
    return await fn();
  } finally {
    clearInterval(timer);
    try {
      store.leases.release(name, me);
    } catch {
      // The lease expires on its own.
    }
  }
}

/** fn's value, or `busy` when the store is locked by another connection (SQLITE_BUSY, kept by StoreError). */
function busyAs<T>(busy: T, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (/^SQLITE_BUSY/.test((err as { code?: string }).code ?? '')) return busy;
    throw err;
  }
}

/** A holder id (`host:pid:random`) of a process on this host that no longer exists. */
export function isDeadLocalHolder(holder: string): boolean {
  const parts = holder.split(':');
  if (parts.length < 3) return false;
  const pid = Number(parts.at(-2));
  if (parts.slice(0, -2).join(':') !== hostname() || !Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return false;
  } catch (err) {
    // EPERM: it exists but belongs to another user, so it is alive.
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
