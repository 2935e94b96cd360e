// One feed, one poll: fetch (conditional GET), parse unless the body is unchanged, store its items,
// re-check its pages that are due, then refresh the timelines its new versions touched. Parsing,
// extraction, matching and diffing are imported when a feed first needs them: a cron-started
// `ingest` of feeds that did not change never loads them (figure 9 of the bench).
import { feedPolicy } from '../fetch/index.js';
import type { FeedState } from '../store/index.js';
import type { FeedConfig, FeedItem, Validators } from '../types.js';
import { budgetWarning, fetchWithin, newBudget, type Budget } from './budget.js';
import type { RunContext } from './context.js';
import type { PreparedItem, Preparation } from './items.js';
import { closeWarnings, newTally, warn, type FeedReport, type Tally } from './report.js';
import { backoffUntil, freshUntil } from './schedule.js';
import { StoreError } from '../store/index.js';
import { write } from './write.js';
import { firstLine } from '../shared/errors.js';
import type { PollRecords } from './poll-records.js';
import { count } from '../shared/plural.js';

/** Items prepared (fetched, extracted) before they are written in one transaction. */
const CHUNK = 25;

export interface PollOptions {
  respectBackoff: boolean;
  shouldStop: () => boolean;
  /** Where an unchanged feed's poll record waits to be written with others' (poll-records.ts). */
  records?: PollRecords;
  /** The feed's stored state when the run read every feed's at its start (one query, not one per feed). */
  state?: FeedState;
}

/**
 * Never throws: a store failure comes back as `fatal`, anything else as the feed's error. The
 * tally's `touched` agreements are refreshed by the caller, once for the whole run.
 */
export async function pollFeed(ctx: RunContext, feed: FeedConfig, opts: PollOptions): Promise<{ tally: Tally; fatal: string | null }> {
  const tally = newTally(feed.id, ctx.limits.warningsPerFeed);
  try {
    await poll(ctx, feed, tally, opts);
    return { tally, fatal: null };
  } catch (err) {
    tally.report.status = 'error';
    tally.report.error = firstLine(err);
    return { tally, fatal: err instanceof StoreError ? err.message : null };
  } finally {
    closeWarnings(tally);
  }
}

async function poll(ctx: RunContext, feed: FeedConfig, tally: Tally, opts: PollOptions): Promise<void> {
  const report = tally.report;
  const state = opts.state ?? ctx.store.feeds.get(feed.id)!;
  const now = ctx.now();
  if (opts.respectBackoff && state.nextPollAt !== null && Date.parse(state.nextPollAt) > now.getTime()) {
    report.status = 'skipped';
    report.error = waitReason(state);
    return;
  }

  const budget = newBudget(ctx.config.fetch.feedBudgetSeconds);
  try {
    await pollWithin(ctx, feed, state, tally, opts, budget);
  } finally {
    const warning = budgetWarning(budget);
    if (warning) report.warnings.push(warning);
  }
}

async function pollWithin(ctx: RunContext, feed: FeedConfig, state: FeedState, tally: Tally, opts: PollOptions, budget: Budget): Promise<void> {
  const report = tally.report;
  const now = ctx.now();
  const res = await fetchWithin(ctx, budget, feed.url, state.validators, { ...ctx.feedFetch, policy: feedPolicy(feed) });
  const seen = new Set<number>();
  if (res === null) {
    // Defensive: the feed's own first request starts its clock, so this needs a budget of ~0.
    report.status = 'skipped';
    report.error = 'its time budget was used up before its first request (fetch.feedBudgetSeconds); until the next run';
    return;
  }
  if (res.kind === 'error') {
    failed(ctx, feed, state, report, res.error, res.retryAfterSeconds);
  } else if (res.kind === 'not-modified') {
    // A 304, or (sameBody) the bytes we processed last time: nothing to parse either way.
    report.status = res.sameBody ? 'ok' : 'not-modified';
    succeeded(ctx, feed, report.status, res.validators, res.maxAgeSeconds, { state, records: opts.records });
  } else {
    let items: FeedItem[] | null = null;
    try {
      const { parseFeed } = await import('../parse/index.js');
      const parsed = await parseFeed(res.text, res.url, { now, maxItems: ctx.limits.itemsPerPoll });
      items = parsed.items;
      // One at a time, never push(...all): a feed of 150k bad items has 150k warnings.
      for (const w of parsed.warnings) warn(tally, w);
    } catch (err) {
      failed(ctx, feed, state, report, firstLine(err), null);
    }
    if (items) {
      report.items = items.length;
      const present = new Set<number>();
      const complete = await storeFeedItems(ctx, feed, items, tally, seen, present, opts.shouldStop, budget);
      if (complete) keepWithinRetention(ctx, feed, tally, new Set([...present, ...seen]));
      // Validators (with the body hash) are kept only when every item was stored, so items that
      // failed this time (an article page that timed out) are tried again on the next run.
      succeeded(ctx, feed, 'ok', complete ? res.validators : null, res.maxAgeSeconds);
    }
  }
  if (feed.fullText) await (await import('./recheck.js')).recheckPages(ctx, feed, tally, seen, opts.shouldStop, budget);
}

/** Returns whether every item was stored. */
async function storeFeedItems(
  ctx: RunContext,
  feed: FeedConfig,
  items: FeedItem[],
  tally: Tally,
  seen: Set<number>,
  present: Set<number>,
  shouldStop: () => boolean,
  budget: Budget,
): Promise<boolean> {
  const { prepareItem, storeItems } = await import('./items.js');
  let complete = true;
  // A sliding window in the feed's order, not chunk after chunk: the next items' pages are fetched
  // while a chunk's last pages are still extracted and while it is written, so neither the hosts
  // nor the CPU wait at a chunk's end.
  const inFlight: Array<Promise<Preparation>> = [];
  let next = 0;
  const fill = (): void => {
    while (inFlight.length < CHUNK && next < items.length) {
      const p = prepareItem(ctx, feed, items[next++]!, budget);
      // Handled where it is awaited; this keeps a failure behind the one that ends the loop from
      // being reported as unhandled.
      p.catch(() => undefined);
      inFlight.push(p);
    }
  };
  while (next < items.length || inFlight.length > 0) {
    if (shouldStop()) {
      // Those already started finish (they only fetch and analyse); nothing more is written, and
      // a failure among them does not turn a clean stop into an error.
      await Promise.allSettled(inFlight);
      return false;
    }
    fill();
    const prepared: Preparation[] = [];
    while (prepared.length < CHUNK && inFlight.length > 0) {
      prepared.push(await inFlight.shift()!);
      fill();
    }
    const ready: PreparedItem[] = [];
    for (const p of prepared) {
      if (p.kind === 'ready') {
        ready.push(p.prepared);
        for (const w of p.warnings) warn(tally, w);
      } else if (p.kind === 'retry') {
        complete = false;
        warn(tally, p.warning);
      } else if (p.kind === 'later') {
        complete = false; // counted in the budget's one warning line
      } else {
        present.add(p.articleId);
      }
    }
    if (!storeItems(ctx, feed, ready, tally, seen)) complete = false;
  }
  return complete;
}

/**
 * Retention (limits.articlesPerFeed): a feed that invents new guids on every poll must not grow the
 * store without end. The oldest articles beyond the cap go, never one the feed still shows; the
 * agreements whose evidence went with them are refreshed at the end of the run.
 */
function keepWithinRetention(ctx: RunContext, feed: FeedConfig, tally: Tally, stillInFeed: Set<number>): void {
  const cap = ctx.limits.articlesPerFeed;
  if (ctx.store.articles.countOfFeed(feed.id) <= cap) return;
  const { pruned, agreements } = write(ctx, () => {
    const r = ctx.store.articles.pruneFeed(feed.id, cap, stillInFeed);
    ctx.store.agreements.markPending(r.agreements);
    return r;
  });
  for (const id of agreements) tally.touched.add(id);
  if (pruned > 0) warn(tally, `more than ${cap} articles kept for this feed; pruned the oldest ${count(pruned, 'article')} with their versions (limits.articlesPerFeed)`);
}

/** Why the worker leaves a feed alone this run, and until when. */
function waitReason(state: FeedState): string {
  if (state.lastStatus === 'error') {
    return `backing off after ${count(state.consecutiveFailures, 'failure')} in a row (last: ${state.lastError ?? 'unknown'}); next attempt not before ${state.nextPollAt}`;
  }
  return `the feed's Cache-Control says it is fresh until ${state.nextPollAt}`;
}

function failed(
  ctx: RunContext,
  feed: FeedConfig,
  state: FeedState,
  report: FeedReport,
  error: string,
  retryAfterSeconds: number | null,
): void {
  report.status = 'error';
  report.error = error;
  const at = ctx.now();
  write(ctx, () =>
    ctx.store.feeds.recordPoll(feed.id, {
      status: 'error',
      error,
      at: at.toISOString(),
      validators: null,
      nextPollAt: backoffUntil(at, state.consecutiveFailures + 1, retryAfterSeconds).toISOString(),
    }),
  );
}

function succeeded(
  ctx: RunContext,
  feed: FeedConfig,
  status: 'ok' | 'not-modified',
  validators: Validators | null,
  maxAgeSeconds: number | null,
  unchanged?: { state: FeedState; records: PollRecords | undefined },
): void {
  const at = ctx.now();
  const outcome = { status, error: null, at: at.toISOString(), validators, nextPollAt: freshUntil(at, maxAgeSeconds)?.toISOString() ?? null };
  if (unchanged?.records?.defer(unchanged.state, outcome)) return;
  write(ctx, () => ctx.store.feeds.recordPoll(feed.id, outcome));
}
