// Recording one fetched text of an article: the single place where a new version is made, and with
// it the diff, the publisher's notices, the agreement findings and the updates. Called inside one
// write transaction, so a crash leaves either all of it or none.
import { ownItemChange, versionChange } from '../diff/index.js';
import { articleHash, EXTRACTOR_VERSION, normaliseArticle } from '../extract/index.js';
import { matchArticle } from '../match/index.js';
import { compactDiff } from '../publish/index.js';
import type { ArticleRow } from '../store/index.js';
import type { ArticleText } from '../types.js';
import type { RunContext } from './context.js';
import { appendUpdate, articleRef } from './updates.js';

export interface RecordOutcome {
  newVersion: boolean;
  /** Publisher notices new in this version. */
  corrections: number;
  /**
   * Agreements whose timelines this version may have moved. They are also marked pending in the
   * store, in this transaction; one refresh at the end of the run rebuilds them (a rebuild reads
   * every finding of the agreement, so doing it per article made ingest quadratic).
   */
  touched: string[];
}

const NOTHING: RecordOutcome = { newVersion: false, corrections: 0, touched: [] };

export function recordText(ctx: RunContext, article: ArticleRow, raw: ArticleText, at: string): RecordOutcome {
  const text = normaliseArticle(raw);
  if (text.paragraphs.length === 0 && text.title === '') return NOTHING;
  const hash = articleHash(text);
  const { articles, agreements } = ctx.store;
  const latest = articles.latestVersion(article.id);
  // Compare with the latest version only, so A -> B -> A gives three versions.
  if (latest && latest.hash === hash) return NOTHING;

  // A new extractor may render the same page differently: start a new baseline, publish no diff.
  const rebaseline = latest !== null && latest.extractor !== EXTRACTOR_VERSION;
  const n = articles.insertVersion({
    articleId: article.id,
    seenAt: at,
    title: text.title,
    paragraphs: text.paragraphs,
    hash,
    extractor: EXTRACTOR_VERSION,
    baseline: latest === null || rebaseline,
  });

  const match = matchArticle({ ...text, publishedAt: article.publishedAt ?? article.firstSeenAt }, ctx.catalogue);
  const before = agreements.agreementsOfArticle(article.id);
  agreements.replaceFindings(article.id, match.findings, match.mentions);
  const named = [...new Set([...match.mentions, ...match.findings].map((m) => m.agreementId))];
  const tracked = article.tracked || named.length > 0;
  if (tracked && !article.tracked) articles.setTracked(article.id, true);

  const outcome: RecordOutcome = { newVersion: true, corrections: 0, touched: [] };
  const ref = articleRef(ctx, article, text.title);
  const agreementIds = [...new Set([...before, ...named])];

  // A new version is compared with the latest; a first version is a record of its own only when
  // the item is itself a notice (a wire corrective, a corrections-column entry).
  const change = latest && !rebaseline ? versionChange(latest, text) : latest ? null : ownItemChange(text);
  if (change) {
    const { diff, notices } = change;
    const from = latest?.n ?? 0;
    articles.insertChange({
      articleId: article.id,
      from,
      to: n,
      detectedAt: at,
      notices,
      removed: change.removed,
      added: change.added,
      diff,
      announced: notices.length > 0,
    });
    outcome.corrections = notices.length;
    if (tracked) {
      const compact = compactDiff(diff);
      const payload =
        notices.length > 0
          ? { kind: 'correction' as const, article: ref, notices, fromVersion: from, toVersion: n, diff: compact }
          : { kind: 'revision' as const, article: ref, fromVersion: from, toVersion: n, diff: compact };
      appendUpdate(ctx, payload, { at, articleId: article.id, agreementIds });
    }
  }
  if (!latest && !change && named.length > 0 && ctx.config.publishNewArticles) {
    appendUpdate(ctx, { kind: 'new-article', article: ref, agreementIds: named }, { at, articleId: article.id, agreementIds: named });
  }

  agreements.markPending(agreementIds);
  outcome.touched = agreementIds;
  return outcome;
}

/** A page that now answers 404/410: one "taken down" record, never an empty version. */
export function recordTakenDown(ctx: RunContext, article: ArticleRow, httpStatus: number, at: string): boolean {
  if (article.takenDownAt !== null) return false;
  ctx.store.articles.markTakenDown(article.id, at);
  const latest = ctx.store.articles.latestVersion(article.id);
  if (!latest || !article.tracked) return true;
  appendUpdate(
    ctx,
    { kind: 'taken-down', article: articleRef(ctx, article, latest.title), httpStatus, lastVersion: latest.n },
    { at, articleId: article.id, agreementIds: ctx.store.agreements.agreementsOfArticle(article.id) },
  );
  return true;
}
