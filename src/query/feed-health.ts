// Each configured feed's health, as `pactwatch feeds`, the overview page and /healthz show it:
// the last poll and its outcome, failures in a row, and when the worker polls it next and why.
// Pure: the store's feed rows, the clock and the worker's schedule in, the views out.
import { BASE_BACKOFF_MS, MAX_BACKOFF_MS } from '../run/schedule.js';
import { scheduledRuns } from '../config/schedule.js';
import type { FeedState, Store } from '../store/index.js';
import type { Config, FeedConfig } from '../types.js';
import { count } from '../shared/plural.js';

export interface FeedHealthJson {
  id: string;
  name: string;
  url: string;
  /** When the last poll ended, and when one last succeeded (null: never). */
  lastPolledAt: string | null;
  lastOkAt: string | null;
  /** `ok`, `not-modified`, `error`, or null before the first poll. */
  status: 'ok' | 'not-modified' | 'error' | null;
  error: string | null;
  failuresInARow: number;
  /** When the worker polls the feed next (null: its schedule has no run ahead), and why then. */
  nextAttemptAt: string | null;
  nextAttemptWhy: string;
}

export interface HealthInputs {
  feeds: FeedConfig[];
  states: Map<string, FeedState>;
  now: Date;
  /** The worker's first scheduled run at or after a time (now when null). */
  nextRun: (notBefore: Date | null) => Date | null;
}

export function feedHealth(inputs: HealthInputs): FeedHealthJson[] {
  return inputs.feeds.map((feed) => {
    const s = inputs.states.get(feed.id);
    const { nextAttemptAt, nextAttemptWhy } = nextAttempt(s, inputs);
    return {
      id: feed.id,
      name: feed.name,
      url: feed.url,
      lastPolledAt: s?.lastPolledAt ?? null,
      lastOkAt: s?.lastOkAt ?? null,
      status: s?.lastStatus ?? null,
      error: s?.lastError ?? null,
      failuresInARow: s?.consecutiveFailures ?? 0,
      nextAttemptAt,
      nextAttemptWhy,
    };
  });
}

function nextAttempt(s: FeedState | undefined, inputs: HealthInputs): { nextAttemptAt: string | null; nextAttemptWhy: string } {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  if (!s?.lastPolledAt) return { nextAttemptAt: iso(inputs.nextRun(null)), nextAttemptWhy: 'not polled yet: the next scheduled run' };
  const waitUntil = s.nextPollAt ? new Date(s.nextPollAt) : null;
  if (!waitUntil || waitUntil.getTime() <= inputs.now.getTime()) {
    return { nextAttemptAt: iso(inputs.nextRun(null)), nextAttemptWhy: 'the next scheduled run' };
  }
  const at = iso(inputs.nextRun(waitUntil));
  if (s.lastStatus === 'error') {
    const failures = count(s.consecutiveFailures, 'failure');
    // Longer than our own backoff for this many failures: the server asked for it (Retry-After).
    const ours = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, Math.min(s.consecutiveFailures - 1, 16)));
    const waited = waitUntil.getTime() - Date.parse(s.lastPolledAt);
    const why = waited > ours + 1000 ? `the server's Retry-After, after ${failures} in a row` : `backing off after ${failures} in a row`;
    return { nextAttemptAt: at, nextAttemptWhy: `${why}: not before ${s.nextPollAt}` };
  }
  return { nextAttemptAt: at, nextAttemptWhy: `the feed's Cache-Control says it is fresh until ${s.nextPollAt}` };
}

/** Every configured feed's health now, from the store, on the config's schedule. */
export function feedHealthOf(ctx: { config: Config; store: Store }, now = new Date()): FeedHealthJson[] {
  const runs = scheduledRuns(ctx.config.schedule, ctx.config.timezone, now);
  const states = new Map(ctx.store.feeds.all().map((s) => [s.id, s]));
  return feedHealth({ feeds: ctx.config.feeds, states, now, nextRun: (d) => runs.at(d) });
}
