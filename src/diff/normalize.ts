// The text forms the diff works on.
//
// display form: what a diff shows and reproduces — NFC, every whitespace run collapsed to one
//   space, trimmed; empty paragraphs dropped (an empty paragraph is not a paragraph).
// fold key: what decides equality — the display form with typographic quotes folded to straight
//   ones, so a CMS switching ’ for ' (or an extractor upgrade) does not publish a diff.

import type { ArticleText } from '../types.js';

const WS_RUN = /\s+/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/gu;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/gu;

/** NFC, whitespace runs to one space, trimmed. */
export function displayForm(s: string): string {
  return s.normalize('NFC').replace(WS_RUN, ' ').trim();
}

/** Fold what should not count as a change: quote style. Expects a display form (or a token). */
export function foldKey(s: string): string {
  return s.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

/** The article's paragraphs in display form, empty ones dropped. */
export function bodyParagraphs(a: ArticleText): string[] {
  const out: string[] = [];
  for (const p of a.paragraphs) {
    const d = displayForm(p);
    if (d !== '') out.push(d);
  }
  return out;
}

/** Paragraphs are joined with this; display-form paragraphs never contain a newline. */
export const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * The body as one string: display-form paragraphs joined with a blank line. This is what the
 * equal+removed (old) and equal+added (new) segments of a diff reproduce — see `sideText`.
 */
export function bodyText(a: ArticleText): string {
  return bodyParagraphs(a).join(PARAGRAPH_SEPARATOR);
}
