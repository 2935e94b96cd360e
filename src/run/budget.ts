// Time per feed per run (fetch.feedBudgetSeconds): every request of one feed (the feed, its
// article pages, its re-checks) starts only while the feed has time left and is cut off when it
// runs out, so one slow or stalling host cannot hold the run or the worker's schedule. Pages not
// fetched in time wait for the next run; the feed's report says how many, in one line.
import { withHostLease } from './claims.js';
import { performance } from 'node:perf_hooks';
import { fetchResource } from '../fetch/index.js';
import type { FetchOptions, FetchResult, Validators } from '../types.js';
import type { RunContext } from './context.js';

export interface Budget {
  readonly seconds: number;
  /**
   * Starts the clock, at the feed's first request rather than when the run starts: a feed waiting
   * for a free connection behind slow hosts has not used its time yet.
   */
  start(): void;
  /** Milliseconds left; 0 or less when spent. */
  remainingMs(): number;
  /** Pages (or the feed itself) left for the next run because the time ran out. */
  left: number;
}

/** The budget clock is real time: the run's clock (ctx.now) may be a test's fake one. */
export function newBudget(seconds: number, clock: () => number = () => performance.now()): Budget {
  let end: number | null = null;
  return {
    seconds,
    start() {
      end ??= clock() + seconds * 1000;
    },
    remainingMs: () => (end === null ? seconds * 1000 : end - clock()),
    left: 0,
  };
}

/**
 * Fetches through the politeness limiter within the budget. Null when the fetch did not start in
 * time, or was cut short by the budget rather than by its own timeout: try again next run.
 */
export async function fetchWithin(
  ctx: RunContext,
  budget: Budget,
  url: string,
  validators: Validators,
  options: FetchOptions,
): Promise<FetchResult | null> {
  const result = await ctx.limiter.run(url, async () => {
    // Spent before its turn: no host lease to wait for (on a shared store, a database round trip).
    if (budget.remainingMs() <= 0) return null;
    return withHostLease(ctx, url, options.pipelining !== undefined, async () => {
      budget.start();
      const left = budget.remainingMs();
      if (left <= 0) return null;
      const clipped = left < options.timeoutMs;
      const r = await fetchResource(url, validators, { ...options, timeoutMs: clipped ? Math.max(1, Math.floor(left)) : options.timeoutMs });
      if (r.kind === 'error' && clipped && r.status === null && !r.refused && budget.remainingMs() <= 0) return null;
      return r;
    });
  }, { pipelined: options.pipelining !== undefined });
  if (result === null) budget.left++;
  return result;
}

/** The one warning line of a feed whose budget ran out, or null. */
export function budgetWarning(budget: Budget): string | null {
  if (budget.left === 0) return null;
  const pages = budget.left === 1 ? '1 request' : `${budget.left} requests`;
  return `time budget of ${budget.seconds} s for this feed used up: ${pages} left for the next run (fetch.feedBudgetSeconds)`;
}
