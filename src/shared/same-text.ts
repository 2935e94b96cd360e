// "The same text": the one definition every stage uses.
//
// published form: what is stored and shown — NFC, invisible characters out, runs of whitespace
//   (nbsp and line breaks included) to one space, trimmed. The ideographic space U+3000 is a
//   character of CJK typography, not a layout accident: it is kept as published.
// same-text key (`sameTextKey`): what decides equality, for the version hash (extract) and for the
//   diff (paragraphs and words) alike — the published form with typographic quotes, apostrophes,
//   dashes and ellipses folded to ASCII, joiners removed and every whitespace (U+3000 too) one
//   space. A CMS that swaps ’ for ', – for - or an ideographic space for a space has not edited the
//   story.

/** Invisible characters that sneak in and out of CMS output (ZWSP, word joiner, BOM, soft hyphen). */
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;

/**
 * Runs of whitespace other than U+3000 to one space. Matching only runs of two or a lone
 * non-space character is the same result as /[^\S\u3000]+/ and ~4x faster: the simple form
 * "replaces" every single space, and this runs over every paragraph of every article.
 */
const WHITESPACE = /[^\S\u3000]{2,}|[^\S \u3000]/g;

/** Whitespace runs to one space, U+3000 kept; trimmed of the other whitespace. */
export function collapseSpaces(text: string): string {
  const s = text.replace(WHITESPACE, ' ');
  // Collapsed, an edge holds at most one space (a U+3000 beside it stays): cut it without a
  // second regex, whose `\s+$` branch was tried at every space of the text.
  const from = s.charCodeAt(0) === 32 ? 1 : 0;
  const to = s.length > from && s.charCodeAt(s.length - 1) === 32 ? s.length - 1 : s.length;
  return from === 0 && to === s.length ? s : s.slice(from, to);
}

/**
 * A character outside those NFC leaves alone by themselves and no step here changes (printable
 * ASCII, Latin-1 letters and signs but nbsp and the soft hyphen, dashes, quotes, the ellipsis), or
 * a space that is doubled or at an edge. A text without one is already in published form: most
 * paragraphs, which every stage (feed text, the version hash, the diff) passes through again.
 */
const NOT_PUBLISHED = /[^\x21-\x7E\u00A1-\u00AC\u00AE-\u00FF\u2010-\u2015\u2018-\u201F\u2026 ]| {2}|^ | $/;

/** The published form: NFC, invisible characters out, whitespace collapsed (U+3000 kept), trimmed. */
export function publishedForm(text: string): string {
  if (!NOT_PUBLISHED.test(text)) return text;
  return collapseSpaces(text.normalize('NFC').replace(INVISIBLE, ''));
}

const JOINERS = /[\u200C\u200D]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const ANY_WHITESPACE = /\s+/g;

/** Anything sameTextKey would change: a character it folds or removes, other whitespace than single inner spaces. */
const NOT_KEY = /\u200C|\u200D|[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4\u201C-\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u2026]|[^\S ]| {2}|^ | $/;

/** The key that decides whether two texts (or two words) are the same. Expects a published form or a token. */
export function sameTextKey(s: string): string {
  // Most keys are their text unchanged (the test is one scan; the replacements below are six).
  if (!NOT_KEY.test(s)) return s;
  return s
    .replace(JOINERS, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\u2026/g, '...')
    .replace(ANY_WHITESPACE, ' ')
    .trim();
}

/** Paragraphs are joined with this in a diff's text; published-form paragraphs never contain a newline. */
export const PARAGRAPH_SEPARATOR = '\n\n';
