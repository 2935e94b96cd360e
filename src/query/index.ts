// The read side: the JSON views of CONTRACT.md and the server's SiteData, built from the store and
// the catalogue. Used by the CLI and the web server alike, so both show the same thing.
import { limitsOf } from '../config/limits.js';
import { changedSentences } from '../publish/index.js';
import { buildTimeline, compileCatalogue, explainArticle, type SentenceTrace } from '../match/index.js';
// identity.js alone, not the parse stage's entry point: read commands must not load the feed parser.
import { canonicalUrl } from '../parse/identity.js';
import type { ArticleRow, FeedScope, Store } from '../store/index.js';
import type { AgreementJson, ArticleHistoryView, Config, CorrectionJson, HistoryJson, SearchHit, Timeline, UpdateRecord, VersionView } from '../types.js';
import { snippetOf } from './snippet.js';

/**
 * What the read side needs: the config, the store and the agreements' names. A RunContext is
 * one too; the CLI's read commands build this alone, without loading the ingest pipeline.
 */
export interface ReadContext {
  config: Config;
  store: Store;
  agreementNames: Map<string, string>;
}

export function readContext(config: Config, store: Store): ReadContext {
  return { config, store, agreementNames: new Map(config.agreements.map((a) => [a.id, a.name])) };
}

/** An agreement's timeline, from every finding the store holds about it. */
export function timelineOf(ctx: ReadContext, agreementId: string): Timeline {
  const parties = ctx.config.agreements.find((a) => a.id === agreementId)?.parties ?? [];
  return buildTimeline(agreementId, ctx.store.agreements.sourcedFindings(agreementId), { multilateral: parties.length !== 2 });
}

export function agreementJson(ctx: ReadContext, id: string): AgreementJson | null {
  const a = ctx.config.agreements.find((x) => x.id === id);
  if (!a) return null;
  const t = timelineOf(ctx, id);
  return { id: a.id, name: a.name, parties: a.parties, status: t.status, since: t.since, timeline: t.events };
}

export function agreementsJson(ctx: ReadContext): AgreementJson[] {
  return ctx.config.agreements.map((a) => agreementJson(ctx, a.id)!);
}

/**
 * Every agreement's current status as last published (agreement_state), without its timeline:
 * what the overview shows, at the cost of one row per agreement however many findings there are.
 */
export function agreementSummaries(ctx: ReadContext): AgreementJson[] {
  return ctx.config.agreements.map((a) => {
    const state = ctx.store.agreements.state(a.id);
    return { id: a.id, name: a.name, parties: a.parties, status: state.status, since: state.since, timeline: [] };
  });
}

export interface CorrectionFilter {
  feed?: string;
  kind?: string;
  since?: string;
  limit?: number;
  /** Changes skipped first (paging). */
  offset?: number;
  /**
   * Unannounced edits (kind `revision`) only when true: one policy everywhere. The correction
   * history is what publishers announced (`corrections`, /corrections, /corrections.atom); the
   * silent edits are in every update's feed and listed on request (`corrections --all`,
   * /corrections?all=1, /api/corrections?all=1).
   */
  revisions?: boolean;
}

/** Newest first: one row per notice, and one per unannounced edit when revisions is true. */
export function correctionsJson(ctx: ReadContext, filter: CorrectionFilter = {}): CorrectionJson[] {
  const since = filter.since ? normaliseSince(filter.since) : undefined;
  const rows = ctx.store.articles.trackedChanges({ feed: filter.feed, since, limit: filter.limit ?? 1000, offset: filter.offset });
  const out: CorrectionJson[] = [];
  for (const c of rows) {
    // Keys in the order of CONTRACT.md, then the extras.
    const row = (kind: CorrectionJson['kind'], note: string): CorrectionJson => ({
      url: c.article.url,
      feed: c.article.feedId,
      title: c.title,
      kind,
      note,
      detectedAt: c.detectedAt,
      removed: c.removed,
      added: c.added,
      fromVersion: c.from,
      toVersion: c.to,
      sentences: changedSentences(c.diff, c.notices.map((n) => n.note)),
    });
    if (c.notices.length === 0) {
      if (filter.revisions === true || filter.kind === 'revision') out.push(row('revision', ''));
    } else {
      for (const n of c.notices) out.push(row(n.kind, n.note));
    }
  }
  return filter.kind ? out.filter((c) => c.kind === filter.kind) : out;
}

/** `--since 2026-11-01` means from the start of that day (UTC). */
function normaliseSince(since: string): string {
  const t = Date.parse(since);
  if (Number.isNaN(t)) throw new Error(`--since: not a date: ${since}`);
  return new Date(t).toISOString();
}

export function historyJson(ctx: ReadContext, url: string): HistoryJson | null {
  const a = findArticle(ctx, url);
  return a ? history(ctx, a) : null;
}

function findArticle(ctx: ReadContext, url: string): ArticleRow | null {
  for (const candidate of urlForms(url)) {
    const a = ctx.store.articles.byUrl(candidate);
    if (a) return a;
  }
  return null;
}

/**
 * The forms a user's URL may be stored under: as typed, as ingest keys it (canonicalUrl: no
 * fragment, no utm_* or other trackers, parameters sorted), and that with or without a trailing
 * slash, so a link copied from a browser, a newsletter or the feed finds the article.
 */
export function urlForms(url: string): string[] {
  const typed = url.trim();
  const canonical = canonicalUrl(safeCanonical(typed));
  const forms = [typed, canonical];
  try {
    const u = new URL(canonical);
    if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/\/+$/, '');
    else if (!u.pathname.endsWith('/')) u.pathname = `${u.pathname}/`;
    forms.push(u.href);
  } catch {
    // Not a URL: looked up as typed.
  }
  return [...new Set(forms)];
}

function history(ctx: ReadContext, a: ArticleRow): HistoryJson {
  const versions = ctx.store.articles.versions(a.id);
  const changes = ctx.store.articles.changes(a.id);
  return {
    url: a.url,
    feed: a.feedId,
    versions: versions.map((v) => ({ n: v.n, seenAt: v.seenAt, title: v.title, hash: v.hash })),
    changes: changes.map((c) => ({ from: c.from, to: c.to, removed: c.removed, added: c.added, notices: c.notices })),
  };
}

export interface ExplainJson {
  url: string;
  feed: string;
  version: number;
  publishedAt: string;
  sentences: SentenceTrace[];
}

/**
 * What the matcher makes of an article's latest version, sentence by sentence: the findings with
 * the lexicon row, mention and date phrase of each, and for sentences whose rows gave nothing,
 * why. Matched afresh with today's catalogue, so it also shows what a catalogue edit would change.
 */
export function explainJson(ctx: ReadContext, url: string): ExplainJson | null {
  const a = findArticle(ctx, url);
  if (!a) return null;
  const v = ctx.store.articles.versions(a.id).at(-1);
  if (!v) return null;
  const catalogue = compileCatalogue(ctx.config.agreements, ctx.config.countryNames);
  const publishedAt = a.publishedAt ?? a.firstSeenAt;
  const limits = limitsOf(ctx.config);
  const sentences = explainArticle({ title: v.title, paragraphs: v.paragraphs, publishedAt }, catalogue, {
    maxSentenceChars: limits.matchSentenceChars,
    maxArticleChars: limits.matchArticleChars,
  });
  return { url: a.url, feed: a.feedId, version: v.n, publishedAt, sentences };
}

/**
 * One page of an article's history for the web: `limit` versions from `offset` (oldest first) and
 * the changes among them, so an article with 10k versions costs one page, not all of them.
 */
export function articleHistoryView(ctx: ReadContext, url: string, page: { offset: number; limit: number } = { offset: 0, limit: 1000 }): ArticleHistoryView | null {
  const a = findArticle(ctx, url);
  if (!a) return null;
  const { rows, total } = ctx.store.articles.versionPage(a.id, page.offset, page.limit);
  const first = rows[0]?.n ?? 0;
  const last = rows.at(-1)?.n ?? 0;
  // The change into the page's first version belongs to this page too.
  const changes = rows.length > 0 ? ctx.store.articles.changesBetween(a.id, Math.max(0, first - 1), last) : [];
  const newest = total > 0 ? ctx.store.articles.versionPage(a.id, total - 1, 1).rows[0] : undefined;
  return {
    url: a.url,
    feed: a.feedId,
    versions: rows.map((v) => ({ n: v.n, seenAt: v.seenAt, title: v.title, hash: v.hash })),
    changes: changes.map((c) => ({ from: c.from, to: c.to, removed: c.removed, added: c.added, notices: c.notices })),
    title: newest?.title ?? a.url,
    diffs: changes.map((c) => ({ from: c.from, to: c.to, diff: c.diff })),
    takenDownAt: a.takenDownAt,
    totalVersions: total,
    offset: page.offset,
  };
}

/** One stored version of an article (the saved copy evidence links to), or null. */
export function versionView(ctx: ReadContext, url: string, n: number): VersionView | null {
  const a = findArticle(ctx, url);
  if (!a) return null;
  const v = ctx.store.articles.version(a.id, n);
  if (!v) return null;
  const total = ctx.store.articles.versionPage(a.id, 0, 0).total;
  return { url: a.url, feed: a.feedId, n: v.n, total, seenAt: v.seenAt, title: v.title, paragraphs: v.paragraphs, hash: v.hash };
}

/** Searches stored article versions: one hit per article, its matching passage marked. */
export function searchJson(ctx: ReadContext, term: string, opts: { limit?: number } = {}): SearchHit[] {
  return ctx.store.search.versions(term, opts.limit ?? 50).map((v) => ({
    url: v.url,
    feed: v.feedId,
    version: v.n,
    seenAt: v.seenAt,
    title: v.title,
    snippet: snippetOf([v.title, ...v.paragraphs], term),
    latest: v.latest,
  }));
}

function safeCanonical(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}

export function updatesOf(ctx: ReadContext, scope: FeedScope, beforeSeq: number | null, limit: number): UpdateRecord[] {
  return ctx.store.updates.list(scope, beforeSeq, limit);
}

export { createSiteData } from './site-data.js';
