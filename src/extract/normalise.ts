// Normalising article text, and the hash that says whether two fetches are the same article.
import { createHash } from 'node:crypto';
import { collapseSpaces, publishedForm, sameTextKey } from '../shared/same-text.js';
import type { ArticleText } from '../types.js';
import { isBoilerplateText } from './boilerplate.js';

/** Whitespace runs to one space (U+3000 kept); see shared/same-text.ts. */
export const collapseWhitespace = collapseSpaces;

/** NFC, invisible characters out, whitespace (nbsp included) collapsed, trimmed: the published form. */
export const normaliseText = publishedForm;

/** The text as published, tidied: NFC, whitespace collapsed, empty paragraphs dropped. */
export function normaliseArticle(a: ArticleText): ArticleText {
  return {
    title: normaliseText(a.title),
    paragraphs: a.paragraphs.map(normaliseText).filter((p) => p.length > 0),
  };
}

/**
 * sha256 (hex) of the article's canonical form: the same-text keys (shared/same-text.ts) of the
 * title and the paragraphs, boilerplate lines (clocks, counters, teaser labels) left out.
 * Insensitive to whitespace, nbsp, zero-width characters, quote and dash style and
 * paragraph-internal line breaks; sensitive to any change of words. EXTRACTOR_VERSION is not part of it: the store keeps that separately.
 */
export function articleHash(a: ArticleText): string {
  const paragraphs = a.paragraphs
    .map(normaliseText)
    .filter((p) => p.length > 0 && !isBoilerplateText(p))
    .map(sameTextKey);
  return createHash('sha256')
    .update(JSON.stringify([sameTextKey(normaliseText(a.title)), paragraphs]))
    .digest('hex');
}
