// A feed's own article body (content:encoded, Atom content, description) to ArticleText: the
// same block walk and boilerplate rules as pages, without Readability (the feed already chose
// the article).
import type { ArticleText } from '../types.js';
import { blocksOf } from './blocks.js';
import { articleParagraphs } from './boilerplate.js';
import { boundDocument, DEFAULT_BOUNDS, parseFragment, type TagBounds } from './dom.js';
import { normaliseArticle } from './normalise.js';

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
  const bounded = boundDocument(prepared, bounds);
  const doc = parseFragment(bounded.html);
  const paragraphs = doc.body ? articleParagraphs(blocksOf(doc.body)) : [];
  return { text: normaliseArticle({ title, paragraphs }), warnings: bounded.warnings };
}
