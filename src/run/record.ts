// Recording one fetched text of an article: the single place where a new version is made, and with
// it the diff, the publisher's notices, the agreement findings and the updates. Called inside one
// write transaction, so a crash leaves either all of it or none. The expensive part, matching,
// is done before it (analyseText), so no transaction waits on the matcher.
import { ownItemChange, versionChange } from '../diff/index.js';
import { articleHash, EXTRACTOR_VERSION, normaliseArticle } from '../extract/index.js';
import { compileCatalogue, matchArticle, type Catalogue } from '../match/index.js';
import { trustedPartialDate } from '../parse/index.js';
import { compactDiff } from '../publish/index.js';
import type { ArticleRow } from '../store/index.js';
import type { ArticleText, MatchResult } from '../types.js';
import type { RunContext } from './context.js';
import { appendUpdate, articleRef } from './updates.js';

/** A fetched text made ready to record, outside any transaction. */
export interface AnalysedText {
  /** Normalised, and cut to limits.paragraphsPerArticle. */
  text: ArticleText;
  hash: string;
  /** The date "on Monday" was resolved against (the article's publication or first sighting). */
  reference: string;
  /** Null when the text was empty or the same as the latest version, so not worth matching. */
  match: MatchResult | null;
  /** One line when the text was cut. */
  warning: string | null;
}

/**
 * Normalise, hash and (unless the text is the latest version's) match a fetched text. Runs before
 * the write transaction: matching a long hostile text costs time, and holding the store's write
 * lock meanwhile would stall every other writer, and a waiting ingest.
 */
export function analyseText(
  ctx: RunContext,
  raw: ArticleText,
  o: { reference: string; latestHash: string | null; label: string },
): AnalysedText {
  const max = ctx.limits.paragraphsPerArticle;
  let warning: string | null = null;
  let input = raw;
  if (raw.paragraphs.length > max) {
    warning = `${o.label}: ${raw.paragraphs.length} paragraphs; kept the first ${max} (limits.paragraphsPerArticle)`;
    input = { title: raw.title, paragraphs: raw.paragraphs.slice(0, max) };
  }
  const text = normaliseArticle(input);
  const hash = articleHash(text);
  const chars = text.paragraphs.reduce((n, p) => n + p.length + 1, text.title.length);
  if (chars > ctx.limits.matchArticleChars) {
    const note = `${o.label}: ${chars} characters; agreements are matched in the first ${ctx.limits.matchArticleChars} (limits.matchArticleChars)`;
    warning = warning ? `${warning}; ${note}` : note;
  }
  const empty = text.paragraphs.length === 0 && text.title === '';
  const match = empty || hash === o.latestHash ? null : matchText(ctx, text, o.reference);
  return { text, hash, reference: o.reference, match, warning };
}

/** What an article's dates are resolved against. */
export function referenceOf(article: ArticleRow): string {
  return article.publishedAt ?? article.firstSeenAt;
}

/** Each run context's catalogue, compiled from its config when its first text is matched. */
const catalogues = new WeakMap<RunContext, Catalogue>();

export function catalogueOf(ctx: RunContext): Catalogue {
  let catalogue = catalogues.get(ctx);
  if (!catalogue) {
    catalogue = compileCatalogue(ctx.config.agreements, ctx.config.countryNames);
    catalogues.set(ctx, catalogue);
  }
  return catalogue;
}

function matchText(ctx: RunContext, text: ArticleText, reference: string): MatchResult {
  const limits = { maxSentenceChars: ctx.limits.matchSentenceChars, maxArticleChars: ctx.limits.matchArticleChars };
  const result = matchArticle({ ...text, publishedAt: reference }, catalogueOf(ctx), limits);
  // A date outside the trusted window (a year 9999 in the text) never dates a status.
  const now = ctx.now();
  return { ...result, findings: result.findings.filter((f) => trustedPartialDate(f.date, now)) };
}

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

/** `fresh`: the article was inserted in this transaction (no versions, findings or mentions yet). */
export function recordText(ctx: RunContext, article: ArticleRow, analysed: AnalysedText, at: string, fresh = false): RecordOutcome {
  const { text, hash } = analysed;
  if (text.paragraphs.length === 0 && text.title === '') return NOTHING;
  const { articles, agreements } = ctx.store;
  const latest = fresh ? null : articles.latestVersion(article.id);
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
  }, latest?.n ?? 0);

  // Matched before the transaction; again here only in the rare case that the analysis no longer
  // fits (another feed stored a version of this article in the same run, or a new article's
  // reference day differs), so it stays bounded by the same limits.
  const reference = referenceOf(article);
  const match =
    analysed.match && analysed.reference.slice(0, 10) === reference.slice(0, 10)
      ? analysed.match
      : matchText(ctx, text, reference);
  const before = fresh ? [] : agreements.agreementsOfArticle(article.id);
  agreements.replaceFindings(article.id, match.findings, match.mentions, fresh);
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
