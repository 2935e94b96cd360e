// Feed titles are "plain text" that in practice carries HTML entities (&#8217;, &amp;amp;) and
// the odd tag (<b>, <em>). An HTML parser decodes the first and drops the second exactly as a
// browser would, which regexes do not. htmlparser2's events give the text nodes a DOM's
// textContent would join, without building the DOM.
import { Parser } from 'htmlparser2';
import { collapseSpaces } from '../shared/same-text.js';
import { boundHtml } from '../extract/tag-scan.js';
import { DEFAULT_LIMITS } from '../config/limits.js';

/** A title needs neither depth nor thousands of elements. */
const TITLE_BOUNDS = { maxElements: DEFAULT_LIMITS.pageElements, maxDepth: 64 };

/** Whitespace runs to one space (U+3000 kept), trimmed: the one rule in shared/same-text.ts. */
export function collapseWhitespace(text: string): string {
  return collapseSpaces(text);
}

/** HTML (or text with entities) to one line of plain text. */
export function htmlToPlainText(html: string): string {
  if (!/[<&]/.test(html)) return collapseWhitespace(html);
  let text = '';
  const parser = new Parser(
    {
      ontext(chunk) {
        text += chunk;
      },
    },
    { decodeEntities: true, xmlMode: false },
  );
  parser.end(boundHtml(html, TITLE_BOUNDS).html);
  return collapseWhitespace(text);
}

/** Plain text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
