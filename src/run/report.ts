// What one feed poll did, as ingest reports it, and the agreements it touched.
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
}

export function newTally(feedId: string): Tally {
  return { report: emptyReport(feedId), touched: new Set() };
}
