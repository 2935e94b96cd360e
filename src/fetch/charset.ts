// Decide how to turn the bytes of a feed or page into text, and do it.
//
// Order (the one browsers and feed readers use): a byte-order mark wins; then the charset of the
// HTTP Content-Type; then what the document says about itself (XML declaration, <meta charset>,
// <meta http-equiv=content-type>), sniffed from its first bytes; then UTF-8.
import iconv from 'iconv-lite';

/** How many leading bytes we look at for an in-document declaration. */
const SNIFF_BYTES = 2048;

export interface CharsetDecision {
  /** The label we decode with (a TextDecoder name, or an iconv-lite name). */
  charset: string;
  source: 'bom' | 'header' | 'document' | 'default';
}

/** The `charset=` parameter of a Content-Type header value, lowercased, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m?.[2] ? m[2].toLowerCase() : null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The encoding a document declares in its first bytes (read as latin1, which never fails). */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  if (xml?.[1]) return xml[1].toLowerCase();
  const metaCharset = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  // This also matches <meta http-equiv="Content-Type" content="text/html; charset=x">, whose
  // content attribute contains "charset=".
  if (metaCharset?.[1]) return metaCharset[1].toLowerCase();
  return null;
}

/** The canonical TextDecoder name of a label, or null when TextDecoder does not know it. */
function textDecoderName(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** True when we can decode this label one way or the other. */
function isKnown(label: string): boolean {
  return textDecoderName(label) !== null || iconv.encodingExists(label);
}

export function decideCharset(bytes: Uint8Array, contentType: string | null): CharsetDecision {
  const bom = bomCharset(bytes);
  if (bom) return { charset: bom, source: 'bom' };
  const header = charsetFromContentType(contentType);
  if (header && isKnown(header)) return { charset: header, source: 'header' };
  const declared = sniffDeclaredCharset(bytes);
  // A document we could read as ASCII cannot really be UTF-16 (no BOM either): the declaration
  // is stale, as the HTML spec also assumes.
  if (declared && !declared.startsWith('utf-16') && isKnown(declared)) {
    return { charset: declared, source: 'document' };
  }
  return { charset: 'utf-8', source: 'default' };
}

/**
 * Decode bytes with a label. TextDecoder (ICU) does most encodings right, but on Node 20 the
 * windows-1252 family (WHATWG maps iso-8859-1, latin1, us-ascii… all to windows-1252) gives C1
 * control characters for 0x80–0x9F instead of € “ ” – —, so that family goes through iconv-lite,
 * as does any label TextDecoder does not know but iconv-lite does. Unknown labels fall back to
 * UTF-8 rather than failing the feed.
 */
export function decodeWith(bytes: Uint8Array, label: string): string {
  const name = textDecoderName(label);
  if (name === 'windows-1252') return stripBom(iconv.decode(Buffer.from(bytes), 'windows-1252'));
  if (name) return new TextDecoder(name).decode(bytes); // strips a matching BOM itself
  if (iconv.encodingExists(label)) return stripBom(iconv.decode(Buffer.from(bytes), label));
  return new TextDecoder('utf-8').decode(bytes);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Bytes to text, choosing the charset as described at the top of this file. */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  return decodeWith(bytes, decideCharset(bytes, contentType).charset);
}
