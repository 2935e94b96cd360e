// What one feed poll did, as ingest reports it, and the agreements it touched.
import { DEFAULT_LIMITS } from '../config/limits.js';
import { count } from '../shared/plural.js';
export interface FeedReport {
  id: string;
  status: 'ok' | 'not-modified' | 'error' | 'skipped';
  /** Items read from the feed in this poll (0 when it was unchanged). */
  items: number;
  newArticles: number;
  newVersions: number;
  corrections: number;
  statusChanges: number;
  /** Article pages re-checked on their own schedule, and how many of them had changed. */
  rechecked: number;
  recheckChanged: number;
  takenDown: number;
  error: string | null;
  /** One line each: a skipped item, an article page that failed. */
  warnings: string[];
}

export interface IngestReport {
  feeds: FeedReport[];
  durationMs: number;
  /** Set when the store failed (disk full, read-only): the run stopped and must exit non-zero. */
  fatal: string | null;
  /** One line per webhook that sent or failed something in this run (README, "Notifications"). */
  webhooks?: string[];
}

export function emptyReport(id: string): FeedReport {
  return {
    id,
    status: 'ok',
    items: 0,
    newArticles: 0,
    newVersions: 0,
    corrections: 0,
    statusChanges: 0,
    rechecked: 0,
    recheckChanged: 0,
    takenDown: 0,
    error: null,
    warnings: [],
  };
}

/** A feed poll's report plus the agreements whose timelines its new versions may have moved. */
export interface Tally {
  report: FeedReport;
  touched: Set<string>;
  /** Warning lines kept (limits.warningsPerFeed), and how many more there were. */
  maxWarnings: number;
  droppedWarnings: number;
}

export function newTally(feedId: string, maxWarnings = DEFAULT_LIMITS.warningsPerFeed): Tally {
  return { report: emptyReport(feedId), touched: new Set(), maxWarnings, droppedWarnings: 0 };
}

/**
 * One warning line for a feed. Past the cap the lines are only counted: a hostile feed of 150k
 * bad items gets a summary, not a report (or a log line) of 150k lines.
 */
export function warn(tally: Tally, line: string): void {
  if (tally.report.warnings.length < tally.maxWarnings) tally.report.warnings.push(line);
  else tally.droppedWarnings++;
}

/** The summary line for the warnings past the cap; call once, when the poll is done. */
export function closeWarnings(tally: Tally): void {
  if (tally.droppedWarnings === 0) return;
  tally.report.warnings.push(`… and ${count(tally.droppedWarnings, 'more warning')} (limits.warningsPerFeed is ${tally.maxWarnings})`);
  tally.droppedWarnings = 0;
}
