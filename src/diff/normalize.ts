// The text forms the diff works on, from the one definition in shared/same-text.ts.
//
// display form: what a diff shows and reproduces — the published form (NFC, whitespace runs to one
//   space, U+3000 kept, trimmed); empty paragraphs dropped (an empty paragraph is not a paragraph).
// fold key: what decides equality — the same-text key, so the diff and the version hash agree on
//   what is a change.

import { PARAGRAPH_SEPARATOR, publishedForm, sameTextKey } from '../shared/same-text.js';
import type { ArticleText } from '../types.js';

export { PARAGRAPH_SEPARATOR };

/** The published form of a text. */
export const displayForm = publishedForm;

/** What should not count as a change folded away (quote style, dashes, spacing). */
export const foldKey = sameTextKey;

/** The article's paragraphs in display form, empty ones dropped. */
export function bodyParagraphs(a: ArticleText): string[] {
  const out: string[] = [];
  for (const p of a.paragraphs) {
    const d = displayForm(p);
    if (d !== '') out.push(d);
  }
  return out;
}

/**
 * The body as one string: display-form paragraphs joined with a blank line. This is what the
 * equal+removed (old) and equal+added (new) segments of a diff reproduce — see `sideText`.
 */
export function bodyText(a: ArticleText): string {
  return bodyParagraphs(a).join(PARAGRAPH_SEPARATOR);
}
