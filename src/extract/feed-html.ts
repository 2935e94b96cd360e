// A feed's own article body (content:encoded, Atom content, description) to ArticleText: the
// same paragraphs and boilerplate rules as pages, without Readability (the feed already chose
// the article) and without a DOM: the paragraphs come from the parser's events
// (stream-blocks.ts), so a feed poll never loads or builds linkedom's document.
import type { ArticleText } from '../types.js';
import { articleParagraphs } from './boilerplate.js';
import { blocksOfFragment } from './stream-blocks.js';
import { boundHtml, boundWarnings, type TagBounds } from './tag-scan.js';
import { DEFAULT_LIMITS } from '../config/limits.js';
import { normaliseArticle } from './normalise.js';

const DEFAULT_BOUNDS: TagBounds = { maxElements: DEFAULT_LIMITS.pageElements, maxDepth: DEFAULT_LIMITS.pageDepth };

/** Tags that structure text; without any, a feed body is plain text split by blank lines. */
const STRUCTURE = /<(?:p|div|br|li|h[1-6]|blockquote|pre|table|ul|ol|section|article)\b/i;

export function textFromFeedHtml(title: string, html: string | null): ArticleText {
  return feedBodyText(title, html).text;
}

/** The same, with one warning line per bound the body hit (it is read up to there). */
export function feedBodyText(
  title: string,
  html: string | null,
  bounds: TagBounds = DEFAULT_BOUNDS,
): { text: ArticleText; warnings: string[] } {
  const source = html ?? '';
  const prepared = STRUCTURE.test(source) ? source : source.replace(/\r?\n[ \t]*\r?\n/g, '<br><br>');
  const bounded = boundHtml(prepared, bounds);
  const paragraphs = articleParagraphs(blocksOfFragment(bounded.html));
  return { text: normaliseArticle({ title, paragraphs }), warnings: boundWarnings(bounded, bounds) };
}
