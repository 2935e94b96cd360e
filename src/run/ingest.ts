// One ingest run: poll the feeds, store what is new, re-check pages that are due. Network work is
// done first; each article is then written in its own short transaction, so a crash loses at most
// the article in hand and a rerun completes the rest.
import { createHash } from 'node:crypto';
import { fetchResource } from '../fetch/index.js';
import { extractArticle, textFromFeedHtml } from '../extract/index.js';
import { articleKey, canonicalUrl, parseFeed } from '../parse/index.js';
import { oneLine, type ArticleRow } from '../store/index.js';
import type { ArticleText, FeedConfig, FeedItem } from '../types.js';
import type { RunContext } from './context.js';
import { refreshAgreements } from './agreements.js';
import { recordTakenDown, recordText, type RecordOutcome } from './record.js';
import { backoffUntil, freshUntil, recheckDue, recheckWindowStart } from './schedule.js';

export interface FeedReport {
  id: string;
  status: 'ok' | 'not-modified' | 'error' | 'skipped';
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
  warnings: string[];
}

export interface IngestReport {
  feeds: FeedReport[];
  durationMs: number;
  /** Set when the store failed (disk full, read-only): the run stopped and must exit non-zero. */
  fatal: string | null;
}

export interface IngestOptions {
  /** Only this feed. */
  feedId?: string;
  /** The worker honours backoff and Retry-After; an explicit `ingest` polls now. */
  respectBackoff?: boolean;
  onFeedDone?: (report: FeedReport) => void;
  /** Checked between articles: a shutdown request stops the run after the current write. */
  shouldStop?: () => boolean;
}

/** Errors from SQLite mean the store itself is unusable: stop the run, don't blame the feed. */
export class StoreFailure extends Error {}

export async function ingest(ctx: RunContext, opts: IngestOptions = {}): Promise<IngestReport> {
  const started = Date.now();
  try {
    write(ctx, () => ctx.store.feeds.sync(ctx.config.feeds));
  } catch (err) {
    // A store that cannot take even this first write (read-only, disk full): nothing was polled.
    if (err instanceof StoreFailure) return { feeds: [], durationMs: Date.now() - started, fatal: err.message };
    throw err;
  }
  const feeds = ctx.config.feeds.filter((f) => opts.feedId === undefined || f.id === opts.feedId);
  let fatal: string | null = null;
  const reports = await Promise.all(
    feeds.map(async (feed) => {
      const report = emptyReport(feed.id);
      try {
        if (fatal === null) await pollFeed(ctx, feed, report, opts);
        else report.status = 'skipped';
      } catch (err) {
        if (err instanceof StoreFailure) fatal ??= err.message;
        report.status = 'error';
        report.error = oneLine(err);
      }
      opts.onFeedDone?.(report);
      return report;
    }),
  );
  return { feeds: reports, durationMs: Date.now() - started, fatal };
}

function emptyReport(id: string): FeedReport {
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

async function pollFeed(ctx: RunContext, feed: FeedConfig, report: FeedReport, opts: IngestOptions): Promise<void> {
  const touched = new Set<string>();
  touchedOf.set(report, touched);
  try {
    await pollFeedItems(ctx, feed, report, opts);
  } finally {
    // One timeline refresh per agreement per feed poll, also when the poll stopped part-way.
    if (touched.size > 0) report.statusChanges += write(ctx, () => refreshAgreements(ctx, touched, ctx.now().toISOString()));
  }
}

/** The agreements each feed poll touched, filled by count(). */
const touchedOf = new WeakMap<FeedReport, Set<string>>();

async function pollFeedItems(ctx: RunContext, feed: FeedConfig, report: FeedReport, opts: IngestOptions): Promise<void> {
  const state = ctx.store.feeds.get(feed.id)!;
  const now = ctx.now();
  if (opts.respectBackoff && state.nextPollAt !== null && Date.parse(state.nextPollAt) > now.getTime()) {
    report.status = 'skipped';
    report.error = null;
    report.warnings.push(`not polled before ${state.nextPollAt} (backoff or Cache-Control)`);
    return;
  }

  const res = await ctx.limiter.run(feed.url, () => fetchResource(feed.url, state.validators, ctx.feedFetch));
  const at = ctx.now().toISOString();
  const seen = new Set<number>();

  if (res.kind === 'error') {
    report.status = 'error';
    report.error = res.error;
    write(ctx, () =>
      ctx.store.feeds.recordPoll(feed.id, {
        status: 'error',
        error: res.error,
        at,
        validators: null,
        nextPollAt: backoffUntil(now, state.consecutiveFailures + 1, res.retryAfterSeconds).toISOString(),
        bodyHash: null,
      }),
    );
  } else if (res.kind === 'not-modified') {
    report.status = 'not-modified';
    write(ctx, () =>
      ctx.store.feeds.recordPoll(feed.id, {
        status: 'not-modified',
        error: null,
        at,
        validators: res.validators,
        nextPollAt: freshUntil(now, res.maxAgeSeconds)?.toISOString() ?? null,
        bodyHash: null,
      }),
    );
  } else {
    const bodyHash = sha256(res.text);
    if (bodyHash !== state.bodyHash) {
      let items: FeedItem[];
      try {
        const parsed = await parseFeed(res.text, res.url);
        items = parsed.items;
        report.warnings.push(...parsed.warnings);
      } catch (err) {
        report.status = 'error';
        report.error = oneLine(err);
        write(ctx, () =>
          ctx.store.feeds.recordPoll(feed.id, {
            status: 'error',
            error: report.error,
            at,
            validators: null,
            nextPollAt: backoffUntil(now, state.consecutiveFailures + 1, null).toISOString(),
            bodyHash: null,
          }),
        );
        items = [];
      }
      report.items = items.length;
      let complete = report.status !== 'error';
      for (const item of items) {
        if (opts.shouldStop?.()) {
          complete = false;
          break;
        }
        try {
          if (!(await processItem(ctx, feed, item, report, seen))) complete = false;
        } catch (err) {
          if (err instanceof StoreFailure) throw err;
          complete = false;
          report.warnings.push(`item ${item.link ?? item.guid ?? item.title}: ${oneLine(err)}`);
        }
      }
      if (report.status !== 'error') {
        // The body hash is kept only when every item was stored, so items that failed this time
        // (an article page that timed out) are tried again on the next run.
        write(ctx, () =>
          ctx.store.feeds.recordPoll(feed.id, {
            status: 'ok',
            error: null,
            at: ctx.now().toISOString(),
            validators: complete ? res.validators : null,
            nextPollAt: freshUntil(now, res.maxAgeSeconds)?.toISOString() ?? null,
            bodyHash: complete ? bodyHash : null,
          }),
        );
      }
    } else {
      write(ctx, () =>
        ctx.store.feeds.recordPoll(feed.id, {
          status: 'ok',
          error: null,
          at,
          validators: res.validators,
          nextPollAt: freshUntil(now, res.maxAgeSeconds)?.toISOString() ?? null,
          bodyHash: null,
        }),
      );
    }
  }

  await recheckPages(ctx, feed, report, seen, opts);
}

/** Store one feed item. Returns false when it could not be stored now and must be retried. */
async function processItem(
  ctx: RunContext,
  feed: FeedConfig,
  item: FeedItem,
  report: FeedReport,
  seen: Set<number>,
): Promise<boolean> {
  const itemHash = sha256(JSON.stringify([item.guid, item.link, item.title, item.contentHtml, item.summaryHtml]));
  const link = item.link ?? (item.guid && /^https?:\/\//i.test(item.guid) ? item.guid : null);
  let key = articleKey(item, feed.url);
  const known = ctx.store.articles.byKey(key) ?? ctx.store.articles.byFeedItem(feed.id, itemHash);
  if (known && ctx.store.articles.itemHash(known.id, feed.id) === itemHash) return true;

  let text: ArticleText;
  let url = link ? canonicalUrl(link) : key;
  let publishedAt = item.publishedAt;
  let pageValidators = null;
  if (feed.fullText && link) {
    const page = await ctx.limiter.run(link, () => fetchResource(link, known?.pageValidators ?? { etag: null, lastModified: null }, ctx.pageFetch));
    if (page.kind === 'error') {
      report.warnings.push(`article ${link}: ${page.error}`);
      return false;
    }
    if (page.kind === 'not-modified') {
      // The page has not changed since we stored it; only the feed item did.
      if (known) write(ctx, () => ctx.store.articles.seenInFeed(known.id, feed.id, itemHash, ctx.now().toISOString()));
      return true;
    }
    try {
      const extracted = extractArticle(page.text, page.url);
      text = { title: extracted.title || item.title, paragraphs: extracted.paragraphs };
      if (extracted.canonicalUrl) url = canonicalUrl(extracted.canonicalUrl);
      else url = canonicalUrl(page.url);
      publishedAt ??= extracted.publishedAt;
      pageValidators = page.validators;
    } catch (err) {
      report.warnings.push(`article ${link}: cannot extract (${oneLine(err)})`);
      return false;
    }
    // Without a guid, identity is the canonical URL: redirects followed, rel=canonical honoured.
    if (!item.guid) key = `url:${url}`;
  } else {
    text = textFromFeedHtml(item.title, item.contentHtml ?? item.summaryHtml ?? '');
  }

  const at = ctx.now().toISOString();
  const outcome = write(ctx, () => {
    let article = ctx.store.articles.byKey(key);
    const isNew = article === null;
    article ??= ctx.store.articles.insert({
      key,
      url,
      feedId: feed.id,
      fullText: feed.fullText && link !== null,
      publishedAt,
      seenAt: at,
    });
    seen.add(article.id);
    const result = recordText(ctx, article, text, at);
    ctx.store.articles.seenInFeed(article.id, feed.id, itemHash, at);
    if (pageValidators) ctx.store.articles.markChecked(article.id, at, pageValidators);
    return { isNew, result };
  });
  if (outcome.isNew) report.newArticles++;
  count(report, outcome.result);
  return true;
}

/** Re-fetch this feed's tracked article pages that are due, whether or not still in the feed. */
async function recheckPages(
  ctx: RunContext,
  feed: FeedConfig,
  report: FeedReport,
  seen: Set<number>,
  opts: IngestOptions,
): Promise<void> {
  if (!feed.fullText) return;
  const now = ctx.now();
  const due = ctx.store.articles
    .recheckCandidates(feed.id, recheckWindowStart(now, ctx.config.articles))
    .filter((a) => !seen.has(a.id) && recheckDue(a, now, ctx.config.articles));
  for (const article of due) {
    if (opts.shouldStop?.()) return;
    await recheckPage(ctx, article, report);
  }
}

async function recheckPage(ctx: RunContext, article: ArticleRow, report: FeedReport): Promise<void> {
  const page = await ctx.limiter.run(article.url, () => fetchResource(article.url, article.pageValidators, ctx.pageFetch));
  const at = ctx.now().toISOString();
  report.rechecked++;
  if (page.kind === 'error') {
    if (page.gone && page.status !== null) {
      const status = page.status;
      if (write(ctx, () => recordTakenDown(ctx, article, status, at))) report.takenDown++;
    } else {
      // Transient (5xx, timeout): tried again on the next run.
      report.warnings.push(`re-check ${article.url}: ${page.error}`);
    }
    return;
  }
  if (page.kind === 'not-modified') {
    write(ctx, () => ctx.store.articles.markChecked(article.id, at, page.validators));
    return;
  }
  let text: ArticleText;
  try {
    const extracted = extractArticle(page.text, page.url);
    const latest = ctx.store.articles.latestVersion(article.id);
    text = { title: extracted.title || latest?.title || '', paragraphs: extracted.paragraphs };
  } catch (err) {
    report.warnings.push(`re-check ${article.url}: cannot extract (${oneLine(err)})`);
    return;
  }
  const result = write(ctx, () => {
    const r = recordText(ctx, article, text, at);
    ctx.store.articles.markChecked(article.id, at, page.validators);
    return r;
  });
  if (result.newVersion) report.recheckChanged++;
  count(report, result);
}

function count(report: FeedReport, r: RecordOutcome): void {
  if (r.newVersion) report.newVersions++;
  report.corrections += r.corrections;
  const touched = touchedOf.get(report);
  for (const id of r.touched) touched?.add(id);
}

/** A write transaction; SQLite failures become StoreFailure, which stops the run. */
function write<T>(ctx: RunContext, fn: () => T): T {
  try {
    return ctx.store.write(fn);
  } catch (err) {
    if (isSqliteError(err)) throw new StoreFailure(`${ctx.store.file}: ${oneLine(err)}`);
    throw err;
  }
}

function isSqliteError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'SqliteError' || /^SQLITE_/.test((err as { code?: string }).code ?? ''));
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
