// Normalising article text, and the hash that says whether two fetches are the same article.
import { createHash } from 'node:crypto';
import type { ArticleText } from '../types.js';
import { isBoilerplateText } from './boilerplate.js';

/** Invisible characters that sneak in and out of CMS output (ZWSP, word joiner, BOM, soft hyphen). */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;

/**
 * Runs of whitespace (nbsp and line breaks included) to one space. Matching only runs of two or a
 * lone non-space character is the same result as /\s+/ and ~4x faster: /\s+/ "replaces" every
 * single space, and this runs over every paragraph of every article several times.
 */
const WHITESPACE = /\s{2,}|[^\S ]/g;

export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE, ' ');
}

/** NFC, invisible characters out, whitespace (nbsp included) collapsed, trimmed. */
export function normaliseText(text: string): string {
  return collapseWhitespace(text.normalize('NFC').replace(INVISIBLE, '')).trim();
}

/** The text as published, tidied: NFC, whitespace collapsed, empty paragraphs dropped. */
export function normaliseArticle(a: ArticleText): ArticleText {
  return {
    title: normaliseText(a.title),
    paragraphs: a.paragraphs.map(normaliseText).filter((p) => p.length > 0),
  };
}

/**
 * The comparison form of normalised text, used ONLY for the hash: typographic quotes, apostrophes, dashes and
 * ellipses folded to ASCII, joiners removed too. A CMS that swaps ’ for ' has not edited the story.
 */
function foldForHash(normalised: string): string {
  return normalised
    .replace(/[\u200C\u200D]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    // a joiner removed between two spaces leaves a run
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * sha256 (hex) of the article's canonical form: folded title and folded paragraphs, boilerplate
 * lines (clocks, counters, teaser labels) left out. Insensitive to whitespace, nbsp, zero-width
 * characters, curly vs straight quotes and paragraph-internal line breaks; sensitive to any change
 * of words. EXTRACTOR_VERSION is not part of it: the store keeps that separately.
 */
export function articleHash(a: ArticleText): string {
  const paragraphs = a.paragraphs
    .map(normaliseText)
    .filter((p) => p.length > 0 && !isBoilerplateText(p))
    .map(foldForHash);
  return createHash('sha256')
    .update(JSON.stringify([foldForHash(normaliseText(a.title)), paragraphs]))
    .digest('hex');
}
