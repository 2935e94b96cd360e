// Many workers on one shared (PostgreSQL) store: each feed of a round is polled by exactly one of
// them. A worker claims feeds one at a time as it has room (store.claims: SELECT … FOR UPDATE SKIP
// LOCKED), renews its claims while it polls, and marks each done. A worker that dies leaves claims
// that the others take over in the same round: at once when its database connection is gone (the
// claims are tied to its session), after workers.claimSeconds without renewal otherwise.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { ClaimRepo } from '../store/claims.js';
import { limiterKey } from '../fetch/index.js';
import type { RunContext } from './context.js';

/** Renewal at most this far apart (and at least four times per claim lifetime). */
const RENEW_MS = 15_000;

export function holderId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * Polls `feedIds` with `lanes` feeds in flight, each claimed for `round` before it is polled;
 * returns once no feed of the round is left to claim.
 */
export async function pollClaimed(
  claims: ClaimRepo,
  feedIds: string[],
  round: string,
  lanes: number,
  stopped: () => boolean,
  poll: (feedId: string) => Promise<void>,
  /** How long a claim lives without renewal (workers.claimSeconds). */
  ttlMs: number,
): Promise<void> {
  const holder = holderId();
  claims.ensure(feedIds);
  const timer = setInterval(() => {
    try {
      claims.renew(holder, ttlMs);
    } catch {
      // A failing store is reported by the run itself; the claims expire.
    }
  }, Math.min(RENEW_MS, ttlMs / 4));
  timer.unref();
  const lane = async () => {
    while (!stopped()) {
      const [feedId] = claims.claim(feedIds, round, holder, ttlMs, 1);
      if (feedId === undefined) return;
      await poll(feedId);
      claims.finish(feedId, holder);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
  } finally {
    clearInterval(timer);
    try {
      claims.releaseAll(holder);
    } catch {
      // They expire on their own.
    }
  }
}

/** How often a worker waiting for a host's lease tries again. */
const HOST_POLL_MS = 25;

/**
 * Per-host politeness across workers: `fn` runs while this process holds one of the host's
 * fetch.perHost leases in the shared store, so no more requests go to a publisher at a time than
 * one worker alone would send, whichever workers send them. A pipelined page (fetch.pipelining)
 * may take one of perHost × pipelining leases, as many as one worker's connections carry; a feed
 * still needs one of the first perHost.
 * Local files and a store without claims (SQLite: one worker) need no lease.
 */
export async function withHostLease<T>(ctx: RunContext, url: string, pipelined: boolean, fn: () => Promise<T>): Promise<T> {
  const claims = ctx.store.claims;
  const host = limiterKey(url);
  if (!claims || host.startsWith('file:')) return fn();
  const holder = holderId();
  // Longer than any one request may take; a lease of a worker that is gone is free before that
  // (it is tied to the worker's database session, as claims are).
  const ttl = ctx.config.fetch.timeoutSeconds * 1000 + 30_000;
  const slots = ctx.config.fetch.perHost * (pipelined ? ctx.config.fetch.pipelining : 1);
  let slot = claims.takeHost(host, holder, ttl, slots);
  while (slot === null) {
    await new Promise((r) => setTimeout(r, HOST_POLL_MS));
    slot = claims.takeHost(host, holder, ttl, slots);
  }
  try {
    return await fn();
  } finally {
    try {
      claims.releaseHost(host, slot, holder);
    } catch {
      // It expires.
    }
  }
}
