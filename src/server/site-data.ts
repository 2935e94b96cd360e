// What the web server needs from the store. Someone else implements it over SQLite; tests use an
// in-memory fake. Synchronous and small on purpose: feedState() is on the hot path of every feed
// request and must stay a cheap lookup (no rendering, no scanning).
import type { AgreementJson, ArticleHistoryView, CorrectionJson, FeedStatusView, SearchHit, UpdateRecord, VersionView } from '../types.js';

export type FeedScope = { kind: 'all' } | { kind: 'agreement'; agreementId: string } | { kind: 'corrections' };

/**
 * The newest entry of a scope. The update log is append-only and its sequence numbers are never
 * reused (an import goes only into an empty store), so the newest seq identifies a scope's entries:
 * no count is needed, and counting a million rows would cost more than serving the feed.
 */
export interface FeedState {
  newestSeq: number;
  newestAt: string | null;
}

export interface SiteData {
  /** For /healthz. */
  ping(): boolean;
  /** Null: unknown agreement. */
  feedState(scope: FeedScope): FeedState | null;
  /** Newest first; only updates with seq < beforeSeq when beforeSeq is given. */
  updates(scope: FeedScope, opts: { beforeSeq: number | null; limit: number }): UpdateRecord[];
  agreements(): AgreementJson[];
  /** Each agreement's status without its timeline (cheap); the overview uses it when present. */
  agreementSummaries?(): AgreementJson[];
  /** Changes whenever the data may have changed: rendered pages are cached under it when present. */
  revision?(): string;
  agreement(id: string): AgreementJson | null;
  agreementName(id: string): string | null;
  /** Unannounced edits are included only when `revisions` is true. */
  corrections(filter: { feed?: string; kind?: string; since?: string; limit?: number; offset?: number; revisions?: boolean }): CorrectionJson[];
  /** One page of the versions (oldest first) and the changes among them. */
  articleHistory(url: string, page?: { offset: number; limit: number }): ArticleHistoryView | null;
  feeds(): FeedStatusView[];
  /** When the last ingest run finished, for /healthz; null before the first. */
  lastRun?(): { finishedAt: string; durationMs: number; feeds: number; failed: number } | null;
  /** One stored version of an article (its saved copy), or null. */
  articleVersion(url: string, n: number): VersionView | null;
  /** Full-text search over stored article versions, best first (absent: no search). */
  search?(term: string, opts: { limit: number }): SearchHit[];
}
