// Re-checking article pages on their own schedule: publishers correct the page and leave the feed
// item as it was, so tracked pages are fetched again (conditional GET, same politeness limits)
// while they are young, less often as they age, also after they left their feed.
import { feedPolicy } from '../fetch/index.js';
import { extractArticle } from '../extract/index.js';
import type { ArticleRow } from '../store/index.js';
import type { FeedConfig, Validators } from '../types.js';
import { fetchWithin, type Budget } from './budget.js';
import type { RunContext } from './context.js';
import { count, extractLimits } from './items.js';
import { analyseText, recordTakenDown, recordText, referenceOf, type AnalysedText } from './record.js';
import { warn, type Tally } from './report.js';
import { inTurn } from './turns.js';
import { recheckDue, recheckWindowStart } from './schedule.js';
import { inWindow } from './window.js';
import { write } from './write.js';
import { firstLine } from '../shared/errors.js';

/** How many pages are in flight at most (the limiter bounds the requests per host and in all). */
const WINDOW = 16;
/** How many finished pages are written in one transaction. */
const BATCH = 8;

type Checked =
  | { kind: 'same'; validators: Validators; warning?: string }
  | { kind: 'text'; text: AnalysedText; validators: Validators; warnings: string[] }
  | { kind: 'gone'; status: number }
  | { kind: 'failed'; warning: string }
  /** Not fetched within the feed's time budget: due again next run. */
  | { kind: 'later' };

export async function recheckPages(
  ctx: RunContext,
  feed: FeedConfig,
  tally: Tally,
  seen: Set<number>,
  shouldStop: () => boolean,
  budget: Budget,
): Promise<void> {
  if (!feed.fullText) return;
  const now = ctx.now();
  const due = ctx.store.articles
    .recheckCandidates(feed.id, recheckWindowStart(now, ctx.config.articles))
    .filter((a) => !seen.has(a.id) && recheckDue(a, now, ctx.config.articles));
  await inWindow(
    due,
    { window: WINDOW, batch: BATCH, shouldStop },
    (a) => checkPage(ctx, feed, a, budget),
    (done) => {
      const at = ctx.now().toISOString();
      write(ctx, () => {
        for (const [a, checked] of done) recordCheck(ctx, a, checked, at, tally);
      });
    },
  );
}

async function checkPage(ctx: RunContext, feed: FeedConfig, article: ArticleRow, budget: Budget): Promise<Checked> {
  // The article's URL came from content: the owning feed's outbound policy applies, again.
  const page = await fetchWithin(ctx, budget, article.url, article.pageValidators, { ...ctx.pageFetch, policy: feedPolicy(feed) });
  if (page === null) return { kind: 'later' };
  if (page.kind === 'error') {
    if (page.gone && page.status !== null) return { kind: 'gone', status: page.status };
    // Oversized: remembered as checked (with its validators), so the schedule backs off instead
    // of downloading it again on every run.
    if (page.tooLarge) return { kind: 'same', validators: page.validators ?? { etag: null, lastModified: null }, warning: `re-check ${article.url}: ${page.error}` };
    // Transient (5xx, timeout): tried again on the next run.
    return { kind: 'failed', warning: `re-check ${article.url}: ${page.error}` };
  }
  if (page.kind === 'not-modified') return { kind: 'same', validators: page.validators };
  const html = page.text;
  try {
    return await inTurn(ctx.turns, () => checkedText(ctx, article, html, page.url, page.validators));
  } catch (err) {
    return { kind: 'failed', warning: `re-check ${article.url}: cannot extract (${firstLine(err)})` };
  }
}

/** A fetched page's text, extracted and analysed (normalised, hashed, matched). */
function checkedText(ctx: RunContext, article: ArticleRow, html: string, url: string, validators: Validators): Checked {
  const extracted = extractArticle(html, url, extractLimits(ctx));
  const latest = ctx.store.articles.latestVersion(article.id);
  const label = `re-check ${article.url}`;
  const text = analyseText(
    ctx,
    { title: extracted.title || latest?.title || '', paragraphs: extracted.paragraphs },
    { reference: referenceOf(article), latestHash: latest?.hash ?? null, label },
  );
  const warnings = [...extracted.warnings.map((w) => `${label}: ${w}`), ...(text.warning ? [text.warning] : [])];
  return { kind: 'text', text, validators, warnings };
}

function recordCheck(ctx: RunContext, article: ArticleRow, c: Checked, at: string, tally: Tally): void {
  const report = tally.report;
  if (c.kind === 'later') return;
  report.rechecked++;
  switch (c.kind) {
    case 'failed':
      warn(tally, c.warning);
      return;
    case 'gone':
      if (recordTakenDown(ctx, article, c.status, at)) report.takenDown++;
      return;
    case 'same':
      if (c.warning) warn(tally, c.warning);
      ctx.store.articles.markChecked(article.id, at, c.validators);
      return;
    case 'text': {
      for (const w of c.warnings) warn(tally, w);
      const r = ctx.store.savepoint(() => recordText(ctx, article, c.text, at));
      ctx.store.articles.markChecked(article.id, at, c.validators);
      if (r.newVersion) report.recheckChanged++;
      count(tally, r);
    }
  }
}
