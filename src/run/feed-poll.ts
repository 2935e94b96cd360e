// One feed, one poll: fetch (conditional GET), parse unless the body is unchanged, store its items,
// re-check its pages that are due, then refresh the timelines its new versions touched.
import { fetchResource } from '../fetch/index.js';
import { parseFeed } from '../parse/index.js';
import type { FeedState } from '../store/index.js';
import type { FeedConfig, FeedItem, Validators } from '../types.js';
import type { RunContext } from './context.js';
import { prepareItem, storeItems, type PreparedItem } from './items.js';
import { recheckPages } from './recheck.js';
import { newTally, type FeedReport, type Tally } from './report.js';
import { backoffUntil, freshUntil } from './schedule.js';
import { StoreError } from '../store/index.js';
import { write } from './write.js';
import { firstLine } from '../shared/errors.js';

/** Items prepared (fetched, extracted) before they are written in one transaction. */
const CHUNK = 25;

export interface PollOptions {
  respectBackoff: boolean;
  shouldStop: () => boolean;
}

/**
 * Never throws: a store failure comes back as `fatal`, anything else as the feed's error. The
 * tally's `touched` agreements are refreshed by the caller, once for the whole run.
 */
export async function pollFeed(ctx: RunContext, feed: FeedConfig, opts: PollOptions): Promise<{ tally: Tally; fatal: string | null }> {
  const tally = newTally(feed.id);
  try {
    await poll(ctx, feed, tally, opts);
    return { tally, fatal: null };
  } catch (err) {
    tally.report.status = 'error';
    tally.report.error = firstLine(err);
    return { tally, fatal: err instanceof StoreError ? err.message : null };
  }
}

async function poll(ctx: RunContext, feed: FeedConfig, tally: Tally, opts: PollOptions): Promise<void> {
  const report = tally.report;
  const state = ctx.store.feeds.get(feed.id)!;
  const now = ctx.now();
  if (opts.respectBackoff && state.nextPollAt !== null && Date.parse(state.nextPollAt) > now.getTime()) {
    report.status = 'skipped';
    report.warnings.push(`not polled before ${state.nextPollAt} (backoff or Cache-Control)`);
    return;
  }

  const res = await ctx.limiter.run(feed.url, () => fetchResource(feed.url, state.validators, ctx.feedFetch));
  const seen = new Set<number>();
  if (res.kind === 'error') {
    failed(ctx, feed, state, report, res.error, res.retryAfterSeconds);
  } else if (res.kind === 'not-modified') {
    // A 304, or (sameBody) the bytes we processed last time: nothing to parse either way.
    report.status = res.sameBody ? 'ok' : 'not-modified';
    succeeded(ctx, feed, report.status, res.validators, res.maxAgeSeconds);
  } else {
    let items: FeedItem[] | null = null;
    try {
      const parsed = await parseFeed(res.text, res.url);
      items = parsed.items;
      report.warnings.push(...parsed.warnings);
    } catch (err) {
      failed(ctx, feed, state, report, firstLine(err), null);
    }
    if (items) {
      report.items = items.length;
      const complete = await storeFeedItems(ctx, feed, items, tally, seen, opts.shouldStop);
      // Validators (with the body hash) are kept only when every item was stored, so items that
      // failed this time (an article page that timed out) are tried again on the next run.
      succeeded(ctx, feed, 'ok', complete ? res.validators : null, res.maxAgeSeconds);
    }
  }
  await recheckPages(ctx, feed, tally, seen, opts.shouldStop);
}

/** Returns whether every item was stored. */
async function storeFeedItems(
  ctx: RunContext,
  feed: FeedConfig,
  items: FeedItem[],
  tally: Tally,
  seen: Set<number>,
  shouldStop: () => boolean,
): Promise<boolean> {
  let complete = true;
  for (let i = 0; i < items.length; i += CHUNK) {
    if (shouldStop()) return false;
    const prepared = await Promise.all(items.slice(i, i + CHUNK).map((item) => prepareItem(ctx, feed, item)));
    const ready: PreparedItem[] = [];
    for (const p of prepared) {
      if (p.kind === 'ready') {
        ready.push(p.prepared);
        if (p.warning) tally.report.warnings.push(p.warning);
      } else if (p.kind === 'retry') {
        complete = false;
        tally.report.warnings.push(p.warning);
      }
    }
    if (!storeItems(ctx, feed, ready, tally, seen)) complete = false;
  }
  return complete;
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
): void {
  const at = ctx.now();
  write(ctx, () =>
    ctx.store.feeds.recordPoll(feed.id, {
      status,
      error: null,
      at: at.toISOString(),
      validators,
      nextPollAt: freshUntil(at, maxAgeSeconds)?.toISOString() ?? null,
    }),
  );
}
