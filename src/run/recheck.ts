// Re-checking article pages on their own schedule: publishers correct the page and leave the feed
// item as it was, so tracked pages are fetched again (conditional GET, same politeness limits)
// while they are young, less often as they age, also after they left their feed.
import { fetchResource } from '../fetch/index.js';
import { extractArticle } from '../extract/index.js';
import type { ArticleRow } from '../store/index.js';
import type { ArticleText, FeedConfig, Validators } from '../types.js';
import type { RunContext } from './context.js';
import { count } from './items.js';
import { recordTakenDown, recordText } from './record.js';
import type { Tally } from './report.js';
import { recheckDue, recheckWindowStart } from './schedule.js';
import { write } from './write.js';
import { firstLine } from '../shared/errors.js';

/** How many pages are fetched before their results are written in one transaction. */
const CHUNK = 16;

type Checked =
  | { kind: 'same'; validators: Validators }
  | { kind: 'text'; text: ArticleText; validators: Validators }
  | { kind: 'gone'; status: number }
  | { kind: 'failed'; warning: string };

export async function recheckPages(
  ctx: RunContext,
  feed: FeedConfig,
  tally: Tally,
  seen: Set<number>,
  shouldStop: () => boolean,
): Promise<void> {
  if (!feed.fullText) return;
  const now = ctx.now();
  const due = ctx.store.articles
    .recheckCandidates(feed.id, recheckWindowStart(now, ctx.config.articles))
    .filter((a) => !seen.has(a.id) && recheckDue(a, now, ctx.config.articles));
  for (let i = 0; i < due.length && !shouldStop(); i += CHUNK) {
    const chunk = due.slice(i, i + CHUNK);
    const results = await Promise.all(chunk.map((a) => checkPage(ctx, a)));
    const at = ctx.now().toISOString();
    write(ctx, () => {
      chunk.forEach((a, j) => {
        recordCheck(ctx, a, results[j]!, at, tally);
      });
    });
  }
}

async function checkPage(ctx: RunContext, article: ArticleRow): Promise<Checked> {
  const page = await ctx.limiter.run(article.url, () => fetchResource(article.url, article.pageValidators, ctx.pageFetch));
  if (page.kind === 'error') {
    if (page.gone && page.status !== null) return { kind: 'gone', status: page.status };
    // Transient (5xx, timeout): tried again on the next run.
    return { kind: 'failed', warning: `re-check ${article.url}: ${page.error}` };
  }
  if (page.kind === 'not-modified') return { kind: 'same', validators: page.validators };
  try {
    const extracted = extractArticle(page.text, page.url);
    return { kind: 'text', text: { title: extracted.title, paragraphs: extracted.paragraphs }, validators: page.validators };
  } catch (err) {
    return { kind: 'failed', warning: `re-check ${article.url}: cannot extract (${firstLine(err)})` };
  }
}

function recordCheck(ctx: RunContext, article: ArticleRow, c: Checked, at: string, tally: Tally): void {
  const report = tally.report;
  report.rechecked++;
  switch (c.kind) {
    case 'failed':
      report.warnings.push(c.warning);
      return;
    case 'gone':
      if (recordTakenDown(ctx, article, c.status, at)) report.takenDown++;
      return;
    case 'same':
      ctx.store.articles.markChecked(article.id, at, c.validators);
      return;
    case 'text': {
      const title = c.text.title || ctx.store.articles.latestVersion(article.id)?.title || '';
      const r = ctx.store.savepoint(() => recordText(ctx, article, { ...c.text, title }, at));
      ctx.store.articles.markChecked(article.id, at, c.validators);
      if (r.newVersion) report.recheckChanged++;
      count(tally, r);
    }
  }
}
