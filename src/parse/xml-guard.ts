// Checks on a feed document before the XML parser sees it, for clear one-line errors.

/** The prolog: everything before the first element (declarations, comments, the DOCTYPE). */
function prolog(text: string): string {
  const first = /<[^?!]/.exec(text);
  return first ? text.slice(0, first.index) : text;
}

/**
 * The reason a document cannot be a feed, or null. A DOCTYPE with an internal subset is refused
 * outright: feeds never need one, and it is how entity-expansion bombs ("billion laughs") are
 * declared. (sax would reject the undeclared entities anyway, with an obscure message.)
 */
export function refuseDocument(text: string): string | null {
  if (!text.trim()) return 'empty document';
  const head = prolog(text);
  if (/<!DOCTYPE[^>[]*\[/i.test(head) || /<!ENTITY/i.test(head)) {
    return 'refused: the document declares its own XML entities (DTD internal subset)';
  }
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*<!DOCTYPE\s+html\b/i.test(text) || /^\s*<html[\s>]/i.test(text.slice(head.length))) {
    return 'not a feed: the document is an HTML page';
  }
  return null;
}

/** sax's multi-line messages ("Unexpected close tag\nLine: 0\nColumn: 60\nChar: >") in one line. */
export function describeXmlError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const [first = 'unreadable', ...rest] = message.split('\n');
  const line = /Line:\s*(\d+)/.exec(rest.join('\n'));
  const column = /Column:\s*(\d+)/.exec(rest.join('\n'));
  const where = line?.[1] && column?.[1] ? ` (line ${Number(line[1]) + 1}, column ${column[1]})` : '';
  if (/not recognized as RSS/i.test(first)) return 'not an RSS or Atom feed';
  if (/Unable to parse XML/i.test(first)) return 'not well-formed XML: no root element';
  if (!where) return `unreadable feed: ${first.trim()}`;
  return `not well-formed XML: ${first.trim().replace(/\.$/, '')}${where}`;
}
