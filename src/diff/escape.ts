// Making article text safe to put into HTML/XML and onto a terminal.

// Characters XML 1.0 does not allow (C0 controls but tab/newline/return, U+FFFE/U+FFFF, lone
// surrogates) plus DEL and the C1 controls, which XML tolerates but readers and terminals do not.
// No `u` flag: lone surrogates must be seen as code units.
const INVALID_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters an XML document may not carry. */
export function stripInvalidChars(s: string): string {
  return s.replace(INVALID_CHARS, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for an HTML element or attribute: invalid characters dropped, & < > " ' escaped. With ">"
 * escaped, no "]]>" can survive to end a CDATA section early, however often it occurs.
 */
export function escapeHtml(s: string): string {
  return stripInvalidChars(s).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Text for a terminal or a text file: all control characters dropped (no escape sequences). */
export function plainText(s: string): string {
  return stripInvalidChars(s).replace(/[\t\n\r]/g, ' ');
}
