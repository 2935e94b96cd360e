// One ingest run: every feed (or one) polled concurrently, within the limiter's politeness bounds.
// Network work comes first; writes are short transactions per chunk of articles, so a crash loses
// at most the chunk in hand and a rerun completes the rest. The agreements the run touched are
// refreshed once, at the end (and whatever a killed run left pending with them).
import { randomUUID } from 'node:crypto';
import type { FeedConfig } from '../types.js';
import { pollClaimed } from './claims.js';
import { claimMsOf } from '../config/workers.js';
import type { RunContext } from './context.js';
import { pollFeed } from './feed-poll.js';
import { newTally, type FeedReport, type IngestReport, type Tally } from './report.js';
import { StoreError, type FeedState } from '../store/index.js';
import { LeaseBusy, WEBHOOK_LEASE, withIngestLease } from './lease.js';
import { write } from './write.js';
import { pollRecords } from './poll-records.js';
import { deliverWebhooks, startWebhookCursors, type WebhookOptions } from './webhooks.js';

export type { FeedReport, IngestReport } from './report.js';

export interface IngestOptions {
  /** Only this feed. */
  feedId?: string;
  /** The worker honours backoff and Retry-After; an explicit `ingest` polls now. */
  respectBackoff?: boolean;
  /** Each feed's final report, once the run's status changes are known. */
  onFeedDone?: (report: FeedReport) => void;
  /** As each feed's poll finishes: for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between chunks of articles: a shutdown stops the run after the current write. */
  shouldStop?: () => boolean;
  /**
   * On a shared store (PostgreSQL, many workers): the round this run belongs to. Each feed is
   * polled once per round by whichever worker claims it; the default is a round of this run alone.
   */
  round?: string;
  /** Waits between webhook tries (tests make them instant). */
  webhooks?: WebhookOptions;
}

/**
 * Feeds polled at once. The limiter bounds the requests, not what a feed holds once its body is
 * in: with every feed started at once, bodies fetched faster than they were parsed and stored
 * piled up, and the worker's memory grew with the number of feeds. Twice the fetch concurrency
 * keeps the limiter busy while some feeds parse and write.
 */
export function feedLanes(ctx: RunContext): number {
  return Math.max(1, ctx.config.fetch.concurrency * 2);
}

/** Runs `fn` over `items` with at most `lanes` at a time; results in the items' order. */
async function inLanes<T, R>(items: readonly T[], lanes: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(lanes, items.length) }, lane));
  return out;
}

export async function ingest(ctx: RunContext, opts: IngestOptions = {}): Promise<IngestReport> {
  const started = Date.now();
  try {
    write(ctx, () => ctx.store.feeds.sync(ctx.config.feeds));
    startWebhookCursors(ctx);
  } catch (err) {
    // A store that cannot take even this first write (read-only, disk full): nothing was polled.
    if (err instanceof StoreError) return { feeds: [], durationMs: Date.now() - started, fatal: err.message };
    throw err;
  }

  let fatal: string | null = null;
  let done = 0;
  const stopped = () => fatal !== null || (opts.shouldStop?.() ?? false);
  const feeds = ctx.config.feeds.filter((f) => opts.feedId === undefined || f.id === opts.feedId);
  // Unchanged feeds' poll records, written a batch at a time (poll-records.ts).
  const records = pollRecords(ctx);
  // Every feed's stored state in one read (SQLite, one worker: nothing else writes the rows during
  // the run); a read per feed was ~10 % of a 304 re-poll's CPU. A shared store reads each feed's as
  // it is claimed, after other workers' polls.
  let states: Map<string, FeedState> | null = null;
  try {
    if (!ctx.store.claims) states = new Map(ctx.store.feeds.all().map((s) => [s.id, s]));
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    return { feeds: [], durationMs: Date.now() - started, fatal: err.message };
  }
  const pollOne = async (feed: FeedConfig): Promise<Tally> => {
    let tally: Tally;
    if (fatal !== null) {
      tally = newTally(feed.id);
      Object.assign(tally.report, { status: 'skipped', error: `the store failed (${fatal}); until the next run` });
    } else {
      const result = await pollFeed(ctx, feed, { respectBackoff: opts.respectBackoff ?? false, shouldStop: stopped, records, ...(states?.has(feed.id) ? { state: states.get(feed.id)! } : {}) });
      tally = result.tally;
      fatal ??= result.fatal;
    }
    opts.onProgress?.(++done, feeds.length);
    return tally;
  };
  let tallies: Tally[];
  const claims = ctx.store.claims;
  if (claims) {
    // Shared store: only the feeds this worker claims, as many at once as it fetches.
    const byId = new Map(feeds.map((f) => [f.id, f]));
    tallies = [];
    try {
      const round = opts.round ?? `run:${randomUUID()}`;
      await pollClaimed(claims, [...byId.keys()], round, ctx.config.fetch.concurrency, stopped, async (id) => {
        tallies.push(await pollOne(byId.get(id)!));
      }, claimMsOf(ctx.config));
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      fatal ??= err.message;
    }
  } else {
    tallies = await inLanes(feeds, feedLanes(ctx), pollOne);
  }

  try {
    // Also after a store failure: a batch that cannot be written fails the same way, and one that can
    // is what the run learnt.
    records.flush();
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    fatal ??= err.message;
  }
  if (fatal === null) {
    try {
      // Timelines (and the query and publish code that builds them) only when some are pending; on
      // a shared store the pending list is read inside the refresh's own transaction.
      const refresh = ctx.store.claims !== null || ctx.store.agreements.pending().length > 0;
      const changed = refresh ? (await import('./agreements.js')).refreshPending(ctx, ctx.now().toISOString()) : new Set<string>();
      // A feed's status changes: the changed agreements its new versions touched.
      for (const t of tallies) t.report.statusChanges = [...t.touched].filter((id) => changed.has(id)).length;
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      fatal = err.message;
    }
  }
  const reports = tallies.map((t) => t.report);
  for (const r of reports) opts.onFeedDone?.(r);
  const durationMs = Date.now() - started;
  if (fatal === null) {
    // For /healthz and `pactwatch feeds`: when the last run finished (the store said nothing else).
    const run = { finishedAt: ctx.now().toISOString(), durationMs, feeds: reports.length, failed: reports.filter((r) => r.status === 'error').length, fatal };
    try {
      write(ctx, () => ctx.store.runs.recordFinished(run));
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      fatal = err.message;
    }
  }
  // Notifications go out after the run's writes: each new update to every webhook, in order.
  let webhooks: string[] | undefined;
  if (fatal === null && (ctx.config.webhooks?.length ?? 0) > 0 && !(opts.shouldStop?.() ?? false)) {
    try {
      const deliver = () => deliverWebhooks(ctx, { userAgent: ctx.feedFetch.userAgent, ...opts.webhooks });
      // On a shared store every worker ends its part of a round here: one at a time sends (the
      // others leave it to the next run), or each update would go out once per worker.
      webhooks = ctx.store.claims ? await withIngestLease(ctx.store, { waitMs: 0, name: WEBHOOK_LEASE }, deliver) : await deliver();
    } catch (err) {
      if (err instanceof LeaseBusy) webhooks = undefined;
      else if (!(err instanceof StoreError)) throw err;
      else fatal = err.message;
    }
  }
  return { feeds: reports, durationMs, fatal, ...(webhooks ? { webhooks } : {}) };
}
