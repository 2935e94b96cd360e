// Feed items to article versions, in two steps: prepare (the network and extraction work, async,
// no writes) and store (synchronous, one transaction per chunk of items, a savepoint per item so
// one bad item never loses the others).
import { createHash } from 'node:crypto';
import { feedPolicy } from '../fetch/index.js';
import { extractArticle, feedBodyText } from '../extract/index.js';
import { articleKey, canonicalUrl, foreignKey, mayAddVersion, trustedCanonical, trustedTime } from '../parse/index.js';
import { StoreError, type ArticleRow } from '../store/index.js';
import type { ArticleText, FeedConfig, FeedItem, Validators } from '../types.js';
import { fetchWithin, type Budget } from './budget.js';
import type { RunContext } from './context.js';
import { analyseText, recordText, referenceOf, type AnalysedText, type RecordOutcome } from './record.js';
import { warn, type Tally } from './report.js';
import { inTurn } from './turns.js';
import { firstLine } from '../shared/errors.js';

export interface PreparedItem {
  item: FeedItem;
  /** What the feed showed for this item: unchanged items are skipped without a page fetch. */
  itemHash: string;
  key: string;
  url: string;
  publishedAt: string | null;
  fullText: boolean;
  /** Null when the page answered 304: only the feed item changed, not the article. */
  text: AnalysedText | null;
  /** The page `text` was extracted from (after redirects), or that answered 304; null for the feed's own text. */
  pageUrl: string | null;
  pageValidators: Validators | null;
}

export type Preparation =
  /** The feed shows the item as it did last time: no fetch, nothing to store. */
  | { kind: 'unchanged'; articleId: number }
  | { kind: 'ready'; prepared: PreparedItem; warnings: string[] }
  /** Could not be prepared now (an article page failed): a warning, and tried again next run. */
  | { kind: 'retry'; warning: string }
  /** The feed's time budget ran out before its page was fetched: tried again next run. */
  | { kind: 'later' };

export async function prepareItem(ctx: RunContext, feed: FeedConfig, item: FeedItem, budget: Budget): Promise<Preparation> {
  const itemHash = sha256(JSON.stringify([item.guid, item.link, item.title, item.contentHtml, item.summaryHtml]));
  const link = item.link ?? (item.guid && /^https?:\/\//i.test(item.guid) ? item.guid : null);
  let key = articleKey(item, feed.id);
  // The article this feed showed with exactly this item first: its key may be the page's canonical
  // URL (known only after a fetch), or this feed's own copy of an article another outlet owns.
  // Found by this feed's item hash, it is unchanged by definition (no second lookup of the hash).
  const shown = ctx.store.articles.byFeedItem(feed.id, itemHash);
  if (shown) return { kind: 'unchanged', articleId: shown.id };
  const known = ctx.store.articles.byKey(key);
  if (known && ctx.store.articles.itemHash(known.id, feed.id) === itemHash) return { kind: 'unchanged', articleId: known.id };
  if (known) key = known.key;

  const base = { item, itemHash, publishedAt: item.publishedAt, fullText: feed.fullText && link !== null };
  const label = `article ${link ?? item.guid ?? key}`;
  const latestHash = known ? ctx.store.articles.latestHash(known.id) : null;
  const analyse = (text: ArticleText, publishedAt: string | null) =>
    analyseText(ctx, text, { reference: referenceFor(ctx, known, publishedAt), latestHash, label });
  const ready = (prepared: PreparedItem, ...warnings: Array<string | null | undefined>): Preparation => ({
    kind: 'ready',
    prepared,
    warnings: [...warnings, prepared.text?.warning].filter((w): w is string => Boolean(w)),
  });
  /** The article from the feed's own text: warnings about the text come with it. */
  const feedText = (pageValidators: Validators | null = null): { prepared: PreparedItem; warnings: string[] } => {
    const extracted = feedBodyText(item.title, item.contentHtml ?? item.summaryHtml ?? '', extractLimits(ctx));
    const prepared: PreparedItem = {
      ...base,
      fullText: false,
      key,
      url: link ? canonicalUrl(link) : key,
      text: analyse(extracted.text, item.publishedAt),
      pageUrl: null,
      pageValidators,
    };
    return { prepared, warnings: extracted.warnings.map((w) => `${label}: ${w}`) };
  };
  if (!feed.fullText || !link) {
    const { prepared, warnings } = await inTurn(ctx.turns, () => feedText());
    return ready(prepared, ...warnings);
  }

  const validators = known?.pageValidators ?? { etag: null, lastModified: null };
  const page = await fetchWithin(ctx, budget, link, validators, { ...ctx.pageFetch, policy: feedPolicy(feed) });
  if (page === null) return { kind: 'later' };
  if (page.kind === 'error') {
    // A page the outlet refuses us (403 to robots, 401 behind a paywall, 404), or one the outbound
    // policy refuses (an internal address, a file outside a local feed's folder): keep the article
    // from the feed's own text rather than lose it; a new article is then followed through its
    // feed item, not re-checked as a page. 5xx and timeouts are transient: tried again next run.
    // An oversized page is remembered as checked, with whatever validators it came with: it is
    // not downloaded again on every run (the item is unchanged next time, and a re-check sends
    // them and backs off as the article ages).
    const oversized = page.tooLarge === true;
    const oversizedValidators: Validators | null = oversized ? (page.validators ?? { etag: null, lastModified: null }) : null;
    const refused = oversized || page.refused || (page.status !== null && page.status >= 400 && page.status < 500);
    if (refused && !known) {
      const { prepared, warnings } = await inTurn(ctx.turns, () => feedText(oversizedValidators));
      return ready(prepared, `${label}: ${page.error}; kept the feed's text`, ...warnings);
    }
    if (refused && known) {
      // Only the feed item changed; the page's own fate (taken down?) is the re-check's to record.
      return ready({ ...base, key, url: known.url, text: null, pageUrl: null, pageValidators: oversizedValidators }, `${label}: ${page.error}`);
    }
    return { kind: 'retry', warning: `${label}: ${page.error}` };
  }
  if (page.kind === 'not-modified') {
    // The page is unchanged since the article's last version: its URL still says whose page it is.
    return ready({ ...base, key, url: known?.url ?? canonicalUrl(link), text: null, pageUrl: page.url, pageValidators: page.validators });
  }
  const html = page.text;
  try {
    return await inTurn(ctx.turns, () => {
      const extracted = extractArticle(html, page.url, extractLimits(ctx));
      const url = canonicalUrl(trustedCanonical(extracted.canonicalUrl, page.url) ?? page.url);
      // Without a guid, identity is the canonical URL: redirects followed, rel=canonical honoured
      // when it is on the page's own host.
      if (!item.guid && !known) key = `url:${url}`;
      const publishedAt = item.publishedAt ?? trustedTime(extracted.publishedAt, ctx.now());
      return ready(
        {
          ...base,
          key,
          url,
          publishedAt,
          text: analyse({ title: extracted.title || item.title, paragraphs: extracted.paragraphs }, publishedAt),
          pageUrl: page.url,
          pageValidators: page.validators,
        },
        ...extracted.warnings.map((w) => `${label}: ${w}`),
      );
    });
  } catch (err) {
    return { kind: 'retry', warning: `article ${link}: cannot extract (${firstLine(err)})` };
  }
}

/**
 * Store prepared items in one transaction. Returns false if any item could not be stored (it is
 * then retried on the next run). Store failures (StoreError) stop the run.
 */
export function storeItems(
  ctx: RunContext,
  feed: FeedConfig,
  items: PreparedItem[],
  tally: Tally,
  seen: Set<number>,
): boolean {
  if (items.length === 0) return true;
  const at = ctx.now().toISOString();
  // All items plainly first: a savepoint per item costs two statements each, and makes the
  // search index write out a segment per item (FTS5 flushes at every savepoint). Only when an
  // item fails is the chunk rolled back and stored again item by item, each in a savepoint, so
  // one bad item never loses the others.
  try {
    const stored = ctx.store.write(() => items.map((p) => storeItem(ctx, feed, p, at)));
    for (const s of stored) tallyStored(tally, seen, s);
    return true;
  } catch (err) {
    if (err instanceof StoreError) throw err;
  }
  let complete = true;
  ctx.store.write(() => {
    for (const p of items) {
      try {
        tallyStored(tally, seen, ctx.store.savepoint(() => storeItem(ctx, feed, p, at)));
      } catch (err) {
        if (err instanceof StoreError) throw err;
        complete = false;
        warn(tally, `item ${p.item.link ?? p.item.guid ?? p.item.title}: ${firstLine(err)}`);
      }
    }
  });
  return complete;
}

/** What storing one item did, counted in the feed's tally once its transaction holds. */
interface StoredItem {
  articleId: number;
  fresh: boolean;
  warning: string | null;
  recorded: RecordOutcome | null;
}

function tallyStored(tally: Tally, seen: Set<number>, s: StoredItem): void {
  if (s.warning) warn(tally, s.warning);
  if (s.fresh) tally.report.newArticles++;
  seen.add(s.articleId);
  if (s.recorded) count(tally, s.recorded);
}

function storeItem(ctx: RunContext, feed: FeedConfig, p: PreparedItem, at: string): StoredItem {
  const { articles } = ctx.store;
  let key = p.key;
  let article = articles.byKey(key);
  let warning: string | null = null;
  // Decided here, in the write transaction: another feed may have created the article since.
  if (article && !mayWrite(ctx, article, feed, p)) {
    warning = `item ${p.item.link ?? p.item.guid ?? p.item.title}: claims an article of feed ${article.feedId}; kept as this feed's own`;
    key = foreignKey(feed.id, key);
    article = articles.byKey(key);
  }
  const fresh = !article;
  if (!article) article = articles.insert({ key, url: p.url, feedId: feed.id, fullText: p.fullText, publishedAt: p.publishedAt, seenAt: at });
  const recorded = p.text ? recordText(ctx, article, p.text, at, fresh) : null;
  articles.seenInFeed(article.id, feed.id, p.itemHash, at, fresh);
  if (p.pageValidators) articles.markChecked(article.id, at, p.pageValidators);
  return { articleId: article.id, fresh, warning, recorded };
}

/** Ownership (parse/ownership.ts): may this feed's item add versions to this article? */
function mayWrite(ctx: RunContext, article: ArticleRow, feed: FeedConfig, p: PreparedItem): boolean {
  const owner = ctx.config.feeds.find((f) => f.id === article.feedId);
  return mayAddVersion(
    { feedId: article.feedId, feedUrl: owner?.url ?? null, articleUrl: article.url },
    { feedId: feed.id, feedUrl: feed.url, pageUrl: p.pageUrl },
  );
}

/** The date a new article's text is resolved against: its publication, else now (its first sighting). */
function referenceFor(ctx: RunContext, known: ArticleRow | null, publishedAt: string | null): string {
  return known ? referenceOf(known) : (publishedAt ?? ctx.now().toISOString());
}

/** What extraction may read of one document (limits). */
export function extractLimits(ctx: RunContext): { maxElements: number; maxDepth: number } {
  return { maxElements: ctx.limits.pageElements, maxDepth: ctx.limits.pageDepth };
}

export function count(tally: Tally, r: RecordOutcome): void {
  if (r.newVersion) tally.report.newVersions++;
  tally.report.corrections += r.corrections;
  for (const id of r.touched) tally.touched.add(id);
}

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
