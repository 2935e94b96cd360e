// Feed items to article versions, in two steps: prepare (the network and extraction work, async,
// no writes) and store (synchronous, one transaction per chunk of items, a savepoint per item so
// one bad item never loses the others).
import { createHash } from 'node:crypto';
import { fetchResource } from '../fetch/index.js';
import { extractArticle, textFromFeedHtml } from '../extract/index.js';
import { articleKey, canonicalUrl } from '../parse/index.js';
import type { ArticleText, FeedConfig, FeedItem, Validators } from '../types.js';
import type { RunContext } from './context.js';
import { recordText, type RecordOutcome } from './record.js';
import type { Tally } from './report.js';
import { StoreError } from '../store/index.js';
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
  text: ArticleText | null;
  pageValidators: Validators | null;
}

export type Preparation =
  | { kind: 'unchanged' }
  | { kind: 'ready'; prepared: PreparedItem; warning?: string }
  /** Could not be prepared now (an article page failed): a warning, and tried again next run. */
  | { kind: 'retry'; warning: string };

export async function prepareItem(ctx: RunContext, feed: FeedConfig, item: FeedItem): Promise<Preparation> {
  const itemHash = sha256(JSON.stringify([item.guid, item.link, item.title, item.contentHtml, item.summaryHtml]));
  const link = item.link ?? (item.guid && /^https?:\/\//i.test(item.guid) ? item.guid : null);
  let key = articleKey(item, feed.url);
  // Without a guid the key may be the page's canonical URL, known only after a fetch: the item
  // hash finds the article this feed showed before.
  const known = ctx.store.articles.byKey(key) ?? ctx.store.articles.byFeedItem(feed.id, itemHash);
  if (known && ctx.store.articles.itemHash(known.id, feed.id) === itemHash) return { kind: 'unchanged' };
  if (known) key = known.key;

  const base = { item, itemHash, publishedAt: item.publishedAt, fullText: feed.fullText && link !== null };
  const fromFeed = (): PreparedItem => ({
    ...base,
    fullText: false,
    key,
    url: link ? canonicalUrl(link) : key,
    text: textFromFeedHtml(item.title, item.contentHtml ?? item.summaryHtml ?? ''),
    pageValidators: null,
  });
  if (!feed.fullText || !link) return { kind: 'ready', prepared: fromFeed() };

  const page = await ctx.limiter.run(link, () =>
    fetchResource(link, known?.pageValidators ?? { etag: null, lastModified: null }, ctx.pageFetch),
  );
  if (page.kind === 'error') {
    // A page the outlet refuses us (403 to robots, 401 behind a paywall, 404): keep the article
    // from the feed's own text rather than lose it; a new article is then followed through its
    // feed item, not re-checked as a page. 5xx and timeouts are transient: tried again next run.
    const refused = page.status !== null && page.status >= 400 && page.status < 500;
    if (refused && !known) {
      return { kind: 'ready', prepared: fromFeed(), warning: `article ${link}: ${page.error}; kept the feed's text` };
    }
    if (refused && known) {
      // Only the feed item changed; the page's own fate (taken down?) is the re-check's to record.
      return {
        kind: 'ready',
        prepared: { ...base, key, url: known.url, text: null, pageValidators: null },
        warning: `article ${link}: ${page.error}`,
      };
    }
    return { kind: 'retry', warning: `article ${link}: ${page.error}` };
  }
  if (page.kind === 'not-modified') {
    return { kind: 'ready', prepared: { ...base, key, url: known?.url ?? canonicalUrl(link), text: null, pageValidators: page.validators } };
  }
  try {
    const extracted = extractArticle(page.text, page.url);
    const url = canonicalUrl(extracted.canonicalUrl ?? page.url);
    // Without a guid, identity is the canonical URL: redirects followed, rel=canonical honoured.
    if (!item.guid && !known) key = `url:${url}`;
    return {
      kind: 'ready',
      prepared: {
        ...base,
        key,
        url,
        publishedAt: item.publishedAt ?? extracted.publishedAt,
        text: { title: extracted.title || item.title, paragraphs: extracted.paragraphs },
        pageValidators: page.validators,
      },
    };
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
  let complete = true;
  ctx.store.write(() => {
    for (const p of items) {
      try {
        ctx.store.savepoint(() => storeItem(ctx, feed, p, at, tally, seen));
      } catch (err) {
        if (err instanceof StoreError) throw err;
        complete = false;
        tally.report.warnings.push(`item ${p.item.link ?? p.item.guid ?? p.item.title}: ${firstLine(err)}`);
      }
    }
  });
  return complete;
}

function storeItem(ctx: RunContext, feed: FeedConfig, p: PreparedItem, at: string, tally: Tally, seen: Set<number>): void {
  const { articles } = ctx.store;
  let article = articles.byKey(p.key);
  if (!article) {
    article = articles.insert({ key: p.key, url: p.url, feedId: feed.id, fullText: p.fullText, publishedAt: p.publishedAt, seenAt: at });
    tally.report.newArticles++;
  }
  seen.add(article.id);
  if (p.text) count(tally, recordText(ctx, article, p.text, at));
  articles.seenInFeed(article.id, feed.id, p.itemHash, at);
  if (p.pageValidators) articles.markChecked(article.id, at, p.pageValidators);
}

export function count(tally: Tally, r: RecordOutcome): void {
  if (r.newVersion) tally.report.newVersions++;
  tally.report.corrections += r.corrections;
  for (const id of r.touched) tally.touched.add(id);
}

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}
