// The scheduled worker: node-cron fires ingest runs on the configured schedule, a first poll runs
// at start-up, runs never overlap (in this process by a flag, across processes by the store
// lease), and stop() lets the current write finish before returning.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type Cron from 'node-cron';
import type { RunContext } from './context.js';
import { ingest, type FeedReport, type IngestReport } from './ingest.js';
import { LeaseBusy, withIngestLease } from './lease.js';
import { firstLine } from '../shared/errors.js';
import { count } from '../shared/plural.js';

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
      for (const line of report.webhooks ?? []) (/not delivered|refused/.test(line) ? ctx.log.warn : ctx.log.info).call(ctx.log, line);
      ctx.log.info(`run finished in ${report.durationMs} ms`, { durationMs: report.durationMs });
      opts.onReport?.(report);
      return report;
    } catch (err) {
      if (err instanceof LeaseBusy) ctx.log.warn(`run skipped: ${err.message}; the next try is ${nextRun()}`);
      else ctx.log.error(`run failed: ${firstLine(err)}`);
      return null;
    }
  };

  const tick = (round = `tick:${randomUUID()}`): Promise<IngestReport | null> => {
    if (stopping) return Promise.resolve(null);
    if (current) {
      ctx.log.warn(`run skipped: the previous run is still going; the next try is ${nextRun()}`);
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
  const task = nodeCron().schedule(ctx.config.schedule, (fired) => tick(`at:${fired.date.toISOString()}`).then(() => undefined), {
    timezone: ctx.config.timezone,
    noOverlap: true,
    name: 'pactwatch-ingest',
  });
  /** For "skipped" lines: until when. */
  const nextRun = () => {
    const at = task.getNextRun();
    return at ? `the scheduled run at ${at.toISOString()}` : 'the next scheduled run';
  };
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
  else if (r.status === 'skipped') ctx.log.info(`feed ${r.id}: skipped: ${r.error ?? 'the run stopped early'}`, fields);
  else
    ctx.log.info(
      `feed ${r.id}: ${r.status}, ${count(r.items, 'item')}, ${count(r.newArticles, 'new article')}, ${count(r.newVersions, 'new version')}, ` +
        `${count(r.corrections, 'correction')}, ${count(r.statusChanges, 'status change')}, ${count(r.rechecked, 'page')} re-checked`,
      fields,
    );
}

/**
 * node-cron, loaded when a worker starts rather than with the run module: `ingest`, which cron
 * starts once per poll, never schedules anything. (Its CommonJS build: startWorker is synchronous.)
 */
function nodeCron(): typeof Cron {
  return createRequire(import.meta.url)('node-cron') as typeof Cron;
}
