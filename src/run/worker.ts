// The scheduled worker: node-cron fires ingest runs on the configured schedule, a first poll runs
// at start-up, runs never overlap (in this process by a flag, across processes by the store
// lease), and stop() lets the current write finish before returning.
import { randomUUID } from 'node:crypto';
import cron from 'node-cron';
import type { RunContext } from './context.js';
import { ingest, type FeedReport, type IngestReport } from './ingest.js';
import { LeaseBusy, withIngestLease } from './lease.js';
import { firstLine } from '../shared/errors.js';

export interface Worker {
  /**
   * Run now unless a run is going; resolves with its report, or null when it was skipped. On a
   * shared store, `round` names the schedule slot (default: a round of this call alone).
   */
  tick(round?: string): Promise<IngestReport | null>;
  /** Stop scheduling, let the current run stop after its current write, and wait for it. */
  stop(): Promise<void>;
  readonly running: boolean;
}

export interface WorkerOptions {
  /** Poll once right away (default true). */
  firstPoll?: boolean;
  onReport?: (report: IngestReport) => void;
}

export function startWorker(ctx: RunContext, opts: WorkerOptions = {}): Worker {
  let current: Promise<IngestReport | null> | null = null;
  let stopping = false;

  const run = async (round: string): Promise<IngestReport | null> => {
    try {
      const poll = () => ingest(ctx, { respectBackoff: true, shouldStop: () => stopping, onFeedDone: (r) => logFeed(ctx, r), round });
      // One worker on SQLite: the store lease. Many on a shared store: feed claims per round.
      const report = ctx.store.claims ? await poll() : await withIngestLease(ctx.store, { waitMs: 0 }, poll);
      if (report.fatal) ctx.log.error(`run stopped: ${report.fatal}`);
      ctx.log.info(`run finished in ${report.durationMs} ms`, { durationMs: report.durationMs });
      opts.onReport?.(report);
      return report;
    } catch (err) {
      if (err instanceof LeaseBusy) ctx.log.warn(`run skipped: ${err.message}`);
      else ctx.log.error(`run failed: ${firstLine(err)}`);
      return null;
    }
  };

  const tick = (round = `tick:${randomUUID()}`): Promise<IngestReport | null> => {
    if (stopping) return Promise.resolve(null);
    if (current) {
      ctx.log.warn('run skipped: the previous run is still going');
      return Promise.resolve(null);
    }
    current = run(round).finally(() => {
      current = null;
    });
    return current;
  };

  // A round is a slot of the schedule, the same on every worker (clocks agree to the second): the
  // run fired at a slot is round `at:<slot>`; the first poll at start-up belongs to the slot that
  // ends at the next firing, so workers started in the same slot share it.
  const task = cron.schedule(ctx.config.schedule, (fired) => tick(`at:${fired.date.toISOString()}`).then(() => undefined), {
    timezone: ctx.config.timezone,
    noOverlap: true,
    name: 'pactwatch-ingest',
  });
  if (opts.firstPoll ?? true) void tick(`until:${task.getNextRun()?.toISOString() ?? randomUUID()}`);

  return {
    tick,
    async stop() {
      stopping = true;
      await task.stop();
      await current;
    },
    get running() {
      return current !== null;
    },
  };
}

function logFeed(ctx: RunContext, r: FeedReport): void {
  const fields = { feed: r.id, ...r, id: undefined, warnings: r.warnings.length ? r.warnings : undefined };
  if (r.status === 'error') ctx.log.warn(`feed ${r.id}: error: ${r.error}`, fields);
  else
    ctx.log.info(
      `feed ${r.id}: ${r.status}, ${r.items} items, ${r.newArticles} new articles, ${r.newVersions} new versions, ` +
        `${r.corrections} corrections, ${r.statusChanges} status changes, ${r.rechecked} pages re-checked`,
      fields,
    );
}
