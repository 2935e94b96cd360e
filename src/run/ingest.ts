// One ingest run: every feed (or one) polled concurrently, within the limiter's politeness bounds.
// Network work comes first; writes are short transactions per chunk of articles, so a crash loses
// at most the chunk in hand and a rerun completes the rest.
import type { RunContext } from './context.js';
import { refreshAgreements } from './agreements.js';
import { pollFeed } from './feed-poll.js';
import { emptyReport, type FeedReport, type IngestReport } from './report.js';
import { StoreFailure, write } from './write.js';

export type { FeedReport, IngestReport } from './report.js';
export { StoreFailure } from './write.js';

export interface IngestOptions {
  /** Only this feed. */
  feedId?: string;
  /** The worker honours backoff and Retry-After; an explicit `ingest` polls now. */
  respectBackoff?: boolean;
  onFeedDone?: (report: FeedReport) => void;
  /** Checked between chunks of articles: a shutdown stops the run after the current write. */
  shouldStop?: () => boolean;
}

export async function ingest(ctx: RunContext, opts: IngestOptions = {}): Promise<IngestReport> {
  const started = Date.now();
  try {
    write(ctx, () => {
      ctx.store.feeds.sync(ctx.config.feeds);
      // Timelines are refreshed at the end of each feed poll; a run killed before that is
      // caught up here, so no status change is ever lost.
      refreshAgreements(ctx, ctx.agreementNames.keys(), ctx.now().toISOString());
    });
  } catch (err) {
    // A store that cannot take even this first write (read-only, disk full): nothing was polled.
    if (err instanceof StoreFailure) return { feeds: [], durationMs: Date.now() - started, fatal: err.message };
    throw err;
  }

  let fatal: string | null = null;
  const stopped = () => fatal !== null || (opts.shouldStop?.() ?? false);
  const feeds = ctx.config.feeds.filter((f) => opts.feedId === undefined || f.id === opts.feedId);
  const reports = await Promise.all(
    feeds.map(async (feed) => {
      let report: FeedReport;
      if (fatal !== null) {
        report = { ...emptyReport(feed.id), status: 'skipped', error: `not polled: ${fatal}` };
      } else {
        const result = await pollFeed(ctx, feed, { respectBackoff: opts.respectBackoff ?? false, shouldStop: stopped });
        report = result.report;
        fatal ??= result.fatal;
      }
      opts.onFeedDone?.(report);
      return report;
    }),
  );
  return { feeds: reports, durationMs: Date.now() - started, fatal };
}
