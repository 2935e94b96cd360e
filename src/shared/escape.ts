// The one escaper: text into HTML/XML (the Atom writer, the HTML pages, the diff renderers, the feed
// parser wrapping a text body as HTML) and onto a terminal. Own code rather than a library because the
// rules are few and exact, and both outputs need the same extra step no escaping library does:
// removing the characters XML 1.0 forbids (and lone surrogates), which would otherwise make a
// strict parser reject the whole document because of one stray byte in an article.

// C0 controls except TAB, LF, CR; DEL and the C1 block (XML allows them but discourages them, and in
// news text they are always mis-decoded windows-1252 bytes); lone surrogates (the `u` flag makes
// the class match only unpaired halves); U+FFFE and U+FFFF, which are not characters.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;

/** Removes what XML 1.0 (and so also sane HTML) must never carry. */
export function cleanText(s: string): string {
  return s.replace(FORBIDDEN, '');
}

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // A literal CR would be normalised away by an XML parser; keep it as a reference.
  '\r': '&#13;',
};

const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&#39;',
  // Attribute-value normalisation turns these into spaces; references survive it.
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Escapes text for element content (XML and HTML). `>` is escaped too, so `]]>` is always inert. */
export function escapeText(s: string): string {
  return cleanText(s).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** Escapes text for a double- or single-quoted attribute value (XML and HTML). */
export function escapeAttr(s: string): string {
  return cleanText(s).replace(/[&<>"'\r\n\t]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

/**
 * The URL when it is safe to put in an href (http or https), else null. Article URLs come from
 * third-party feeds: a `javascript:` or `data:` link must never become clickable in our pages.
 */
export function safeHttpUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href;
}

/** Text for a terminal or a text file: forbidden and control characters dropped (no escape sequences). */
export function plainText(s: string): string {
  return cleanText(s).replace(/[\t\n\r]/g, ' ');
}
