// Feed documents (RSS 0.9x/2.0, RDF/RSS 1.0, Atom 1.0) to FeedItems, with rss-parser doing the
// XML and the format differences, and this module doing what rss-parser does not: surviving one
// bad item, picking the right Atom link, resolving relative links, plain-text titles.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type Parser from 'rss-parser';
import { escapeText } from '../shared/escape.js';
import type { FeedItem, ParsedFeed } from '../types.js';
import { implausibleDateText, isNativeDate, parseFeedDate, trustedTime } from './dates.js';
import { articleKey } from './identity.js';
import { collapseWhitespace, htmlToPlainText, shorten } from './plain-text.js';
import { describeXmlError, refuseDocument } from './xml-guard.js';
import { firstLine } from '../shared/errors.js';

/** xml2js output: elements are arrays of strings or nodes; attributes under `$`, text under `_`. */
type XmlNode = Record<string, unknown> & { $?: Record<string, string>; _?: string };
type RawItem = Record<string, unknown>;

/** What our hooks learn about each item while rss-parser maps it. */
interface Trace {
  kind: 'rss' | 'atom';
  entry: XmlNode;
  /** Date texts that `new Date()` cannot read, taken out before rss-parser saw them. */
  badDates: string[];
  /** Set when rss-parser threw on this item. */
  failed: string | null;
}

/** rss-parser's per-item methods: undocumented but stable across 3.x; we wrap them. */
interface ParserInternals {
  parseItemAtom(entry: XmlNode): RawItem;
  parseItemRss(item: XmlNode, fields: unknown): RawItem;
}

const TRACE = '__pactwatchTrace';

/**
 * The text of an xml2js value: a string, a node's `_`, or the text of all its descendants.
 * Iterative: a title of 20k nested elements is 20k levels of objects, too deep to recurse.
 */
function textOf(value: unknown): string {
  const out: string[] = [];
  // A string of its own is a separator to emit between an element's children.
  const stack: Array<{ v: unknown } | { sep: string }> = [{ v: value }];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if ('sep' in top) {
      out.push(top.sep);
      continue;
    }
    const v = top.v;
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i] });
    else if (v && typeof v === 'object') {
      const node = v as XmlNode;
      if (typeof node._ === 'string') {
        out.push(node._);
        continue;
      }
      const children = Object.entries(node).filter(([k]) => k !== '$');
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push({ v: children[i]![1] });
        if (i > 0) stack.push({ sep: ' ' });
      }
    }
  }
  return out.join('');
}

function first(node: XmlNode, key: string): unknown {
  const v = node[key];
  return Array.isArray(v) ? v[0] : v;
}

function attr(value: unknown, name: string): string | undefined {
  return value && typeof value === 'object' ? (value as XmlNode).$?.[name] : undefined;
}

/**
 * THE ATOM DATE TRAP: rss-parser calls `new Date(x).toISOString()` on <published>/<updated>,
 * which throws a RangeError for an unparseable date and rejects the WHOLE feed. Rather than
 * rewriting the XML text with regexes (fragile with CDATA, namespaces, attributes), we hook
 * rss-parser's per-entry method and take unparseable dates out of the already-parsed entry before
 * it is mapped. rss-parser then sees a valid date or none; we keep the bad text to try a lenient
 * parse and to warn. Any other exception while mapping one item is caught the same way, so one
 * item never loses the feed.
 */
function neutraliseAtomDates(entry: XmlNode): string[] {
  const bad: string[] = [];
  for (const key of ['published', 'updated']) {
    const values = entry[key];
    if (!Array.isArray(values) || values.length === 0) continue;
    const text = textOf(values[0]).trim();
    if (text && isNativeDate(text)) {
      entry[key] = [text]; // a node with attributes would otherwise be ignored by rss-parser
    } else {
      if (text) bad.push(text);
      delete entry[key];
    }
  }
  return bad;
}

/**
 * rss-parser reads `link.$.rel` on every Atom link and throws on a text-only <link>url</link>
 * (seen in hand-written feeds); give such links the attribute form first.
 */
function normaliseAtomLinks(entry: XmlNode): void {
  if (!Array.isArray(entry.link)) return;
  entry.link = entry.link.map((l: unknown) => {
    if (typeof l === 'string') return { $: { href: l.trim() } };
    if (l && typeof l === 'object' && !(l as XmlNode).$) return { ...(l as XmlNode), $: { href: textOf(l).trim() } };
    return l;
  });
}

let rssParserClass: typeof Parser | null = null;
/** rss-parser (and its xml2js) is loaded by the first feed that needs parsing: a poll whose feed
 *  did not change, and every command that parses nothing, never pays for it. */
function rssParser(): typeof Parser {
  rssParserClass ??= createRequire(import.meta.url)('rss-parser') as typeof Parser;
  return rssParserClass;
}

function instrumentedParser(): Parser {
  // defaultRSS: an <rss> without a version attribute is read as 2.0 instead of rejected.
  const parser = new (rssParser())({ defaultRSS: 2 });
  const internals = parser as unknown as ParserInternals;
  const atom = internals.parseItemAtom.bind(parser);
  const rss = internals.parseItemRss.bind(parser);
  internals.parseItemAtom = (entry) => {
    normaliseAtomLinks(entry);
    const trace: Trace = { kind: 'atom', entry, badDates: neutraliseAtomDates(entry), failed: null };
    try {
      return { ...atom(entry), [TRACE]: trace };
    } catch (err) {
      return { [TRACE]: { ...trace, failed: firstLine(err) } };
    }
  };
  internals.parseItemRss = (item, fields) => {
    const trace: Trace = { kind: 'rss', entry: item, badDates: [], failed: null };
    try {
      return { ...rss(item, fields), [TRACE]: trace };
    } catch (err) {
      return { [TRACE]: { ...trace, failed: firstLine(err) } };
    }
  };
  return parser;
}

/** Resolves a link against the feed URL; only http(s), or file: for a feed read from disk. */
function resolveLink(link: string | undefined, feedUrl: string): string | null {
  const text = link?.trim();
  if (!text) return null;
  const local = !/^https?:/i.test(feedUrl);
  let base: string | undefined;
  try {
    base = /^[a-z][a-z0-9+.-]*:/i.test(feedUrl) ? new URL(feedUrl).href : pathToFileURL(feedUrl).href;
  } catch {
    base = undefined;
  }
  try {
    const url = new URL(text, base);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
    if (url.protocol === 'file:' && local) return url.href;
    return null;
  } catch {
    return null;
  }
}

/** Atom: rel="alternate" (the default when rel is absent), preferring an HTML one. */
function atomLink(entry: XmlNode): string | undefined {
  const links = Array.isArray(entry.link) ? entry.link : [];
  const parsed = links.map((l: unknown) => ({
    href: attr(l, 'href') ?? (typeof l === 'string' ? l : undefined),
    rel: (attr(l, 'rel') ?? 'alternate').toLowerCase(),
    type: attr(l, 'type')?.toLowerCase(),
  }));
  const alternates = parsed.filter((l) => l.rel === 'alternate' && l.href);
  const html = alternates.find((l) => !l.type || l.type.includes('html'));
  const notMeta = parsed.find((l) => l.href && !['self', 'edit', 'edit-media', 'enclosure', 'replies', 'license', 'via'].includes(l.rel));
  return (html ?? alternates[0] ?? notMeta)?.href;
}

function rssLink(entry: XmlNode, item: RawItem): string | undefined {
  const raw = first(entry, 'link');
  // <link href="…"/> (Atom style inside RSS) comes through as a node, not a string.
  const fromAttr = attr(raw, 'href');
  if (fromAttr) return fromAttr;
  if (typeof item.link === 'string' && item.link.trim()) return item.link;
  return textOf(raw) || undefined;
}

function title(trace: Trace): string {
  const raw = first(trace.entry, 'title') ?? first(trace.entry, 'dc:title');
  if (raw === undefined) return '';
  if (trace.kind === 'atom') {
    const type = attr(raw, 'type')?.toLowerCase();
    if (type === 'html') return htmlToPlainText(textOf(raw));
    if (type === 'xhtml') return collapseWhitespace(textOf(raw));
    // type="text": literal per the spec; stray entities (&amp;amp;) are still decoded.
    const text = textOf(raw);
    return text.includes('<') ? collapseWhitespace(text) : htmlToPlainText(text);
  }
  // RSS titles are de facto HTML: entities decoded, tags dropped.
  return htmlToPlainText(textOf(raw));
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value : null;
}

/** Atom <content>/<summary> as HTML: type="text" is escaped so it is not read as markup. */
function atomHtml(entry: XmlNode, key: string, mapped: unknown): string | null {
  const raw = first(entry, key);
  if (raw === undefined) return null;
  if (attr(raw, 'src')) return null; // out-of-line content
  const type = attr(raw, 'type')?.toLowerCase() ?? 'text';
  if (type === 'text' || type === 'text/plain') return nonEmpty(textOf(raw)) && escapeText(textOf(raw));
  return nonEmpty(mapped);
}

interface Candidate {
  item: FeedItem;
  warning: string | null;
}

function label(index: number, itemTitle: string): string {
  return `item ${index + 1}${itemTitle ? ` ("${shorten(itemTitle, 60)}")` : ''}`;
}

function toFeedItem(raw: RawItem, index: number, feedUrl: string, now: Date): Candidate | string {
  const trace = raw[TRACE] as Trace | undefined;
  if (!trace) return `item ${index + 1}: skipped: not understood`;
  if (trace.failed) return `item ${index + 1}: skipped: could not be read (${trace.failed})`;
  const { entry } = trace;

  let guid: string | null;
  let link: string | undefined;
  let contentHtml: string | null;
  let summaryHtml: string | null;
  if (trace.kind === 'atom') {
    guid = textOf(first(entry, 'id')).trim() || null;
    link = atomLink(entry);
    contentHtml = atomHtml(entry, 'content', raw.content);
    summaryHtml = atomHtml(entry, 'summary', raw.summary);
  } else {
    guid = textOf(first(entry, 'guid')).trim() || attr(entry, 'rdf:about')?.trim() || null;
    link = rssLink(entry, raw);
    contentHtml = nonEmpty(raw['content:encoded']);
    summaryHtml = nonEmpty(raw.content); // rss-parser puts <description> in `content`
  }
  let resolved = resolveLink(link, feedUrl);
  // A guid that is a URL is the permalink unless the feed says otherwise (RSS isPermaLink).
  if (!resolved && guid && /^https?:\/\//i.test(guid) && attr(first(entry, 'guid'), 'isPermaLink') !== 'false') {
    resolved = resolveLink(guid, feedUrl);
  }

  let itemTitle = title(trace);
  let warning: string | null = null;
  if (!resolved && !guid) return `${label(index, itemTitle)}: skipped: no link and no guid`;
  if (!itemTitle) {
    const body = htmlToPlainText(summaryHtml ?? contentHtml ?? '');
    if (!body && !resolved) return `item ${index + 1}: skipped: no title, no text and no link`;
    itemTitle = shorten(body, 120);
    warning = `${label(index, itemTitle)}: no title; ${body ? 'took the start of its text' : 'left empty'}`;
  }

  // rss-parser's isoDate when it could read the date; else a lenient parse of the raw text. A date
  // outside the trusted window (year 9999, offset +25:00) leaves the item dated by its first
  // sighting.
  const rawDate = trace.badDates[0] ?? stringOr(raw.pubDate) ?? stringOr(raw.date);
  const parsedDate = stringOr(raw.isoDate) ?? parseFeedDate(rawDate);
  const publishedAt = implausibleDateText(rawDate) ? null : trustedTime(parsedDate, now);
  if (!publishedAt && rawDate?.trim()) {
    const why = parsedDate ? 'outside the trusted dates (1900 to a day ahead)' : 'unparseable date';
    const note = `${label(index, itemTitle)}: ${why} "${shorten(collapseWhitespace(rawDate), 60)}"; publishedAt left empty`;
    warning = warning ? `${warning}; ${note}` : note;
  }

  return { item: { guid, link: resolved, title: itemTitle, publishedAt, contentHtml, summaryHtml }, warning };
}

/**
 * The document with only its first `max` items (RSS <item>, Atom <entry>) and the count it had: the
 * XML parser's cost grows with the whole document, so a feed of 100k items is cut to the items that
 * will be read BEFORE it is parsed. What follows the last item (the closing tags) is kept, so the
 * cut document stays well-formed; if it does not (an end tag inside CDATA), the caller parses the
 * whole document instead.
 */
export function firstItems(text: string, max: number): { text: string; total: number } {
  const end = /<\/(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>/g;
  let total = 0;
  let afterMax = -1;
  let afterLast = -1;
  for (let m = end.exec(text); m !== null; m = end.exec(text)) {
    total++;
    afterLast = m.index + m[0].length;
    if (total === max) afterMax = afterLast;
  }
  if (total <= max || afterMax < 0) return { text, total };
  return { text: text.slice(0, afterMax) + text.slice(afterLast), total };
}

export interface ParseOptions {
  /** For the trusted date window (default: the current time). */
  now?: Date;
  /** Items read (limits.itemsPerPoll); the rest are counted in one warning. */
  maxItems?: number;
}

/**
 * Parses a decoded feed document. Rejects (with a one-line Error) only when the document as a
 * whole is unusable; a bad item is skipped or repaired with a warning line.
 */
export async function parseFeed(text: string, feedUrl: string, opts: ParseOptions = {}): Promise<ParsedFeed> {
  const now = opts.now ?? new Date();
  const maxItems = opts.maxItems ?? Number.POSITIVE_INFINITY;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const refused = refuseDocument(body);
  if (refused) throw new Error(refused);
  let output: Awaited<ReturnType<Parser['parseString']>>;
  const cut = Number.isFinite(maxItems) ? firstItems(body, maxItems) : { text: body, total: -1 };
  try {
    output = await instrumentedParser().parseString(cut.text.trimStart());
  } catch (err) {
    if (cut.text === body) throw new Error(describeXmlError(err));
    try {
      output = await instrumentedParser().parseString(body.trimStart());
    } catch (whole) {
      throw new Error(describeXmlError(whole));
    }
  }

  const warnings: string[] = [];
  const items: FeedItem[] = [];
  const seen = new Map<string, number>();
  let unread = 0;
  (output.items as RawItem[]).forEach((raw, index) => {
    if (items.length >= maxItems) {
      unread++;
      return;
    }
    let result: Candidate | string;
    try {
      result = toFeedItem(raw, index, feedUrl, now);
    } catch (err) {
      // Whatever one item does (a stack overflow in a library on absurd nesting), it loses only itself.
      warnings.push(`item ${index + 1}: skipped: could not be read (${firstLine(err)})`);
      return;
    }
    if (typeof result === 'string') {
      warnings.push(result);
      return;
    }
    // Duplicates within this one feed: any per-feed namespace will do.
    const key = articleKey(result.item, 'this-feed');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const what = result.item.guid ? `guid "${shorten(result.item.guid, 80)}"` : `link ${result.item.link ?? ''}`;
      warnings.push(`${label(index, result.item.title)}: skipped: duplicate ${what} (item ${earlier + 1} kept)`);
      return;
    }
    seen.set(key, index);
    if (result.warning) warnings.push(result.warning);
    items.push(result.item);
  });

  if (cut.total > maxItems) unread = Math.max(unread, cut.total - items.length);
  if (unread > 0) {
    warnings.push(`the feed lists ${items.length + unread} items; read the first ${maxItems}, ${unread} left unread (limits.itemsPerPoll)`);
  }
  const feedTitle = htmlToPlainText(textOf((output as { title?: unknown }).title ?? ''));
  return { title: feedTitle, items, warnings };
}
