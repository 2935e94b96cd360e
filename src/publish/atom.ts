// The Atom 1.0 (RFC 4287) writer.
//
// Why our own serializer instead of the `feed` package (v6): `feed` writes every text as CDATA and
// splits only the first `]]>`, so article text holding two of them yields malformed XML; it passes
// control characters through; it escapes only `"` and `&` in attributes; it runs ids through
// `new URL()`; it defaults `updated` to now (which would change the bytes, and so the ETag, on
// every request); and it cannot write RFC 5005 `rel="next"`. Guarding all of that from outside
// would mean pre-escaping every value and re-parsing the output; writing the handful of Atom
// elements we need directly is shorter and leaves nothing to chance. Every text goes through
// escapeText/escapeAttr (strip what XML 1.0 forbids, then escape), so no input can break the XML
// or inject markup. Output is a pure function of the input: byte-identical for identical input.
import type { UpdateRecord } from '../types.js';
import { renderUpdateContent, type EntryNames } from './content.js';
import { escapeAttr, escapeText, safeHttpUrl } from '../shared/escape.js';
import { agreementPath, articlePath, trimBase } from './urls.js';

export interface AtomInput {
  title: string;
  subtitle?: string;
  /** This document's URL (with its ?before= when it is a later page). */
  selfUrl: string;
  /** The HTML page this feed mirrors. */
  alternateUrl: string;
  /** RFC 5005: the next (older) page, or null on the last page. */
  nextUrl: string | null;
  /** A stable tag: URI for the feed, the same on every page. */
  feedId: string;
  /** Newest first. */
  updates: UpdateRecord[];
  baseUrl: string;
  /**
   * What this feed adds to each update's uid to make its entry id (see entryId): null for the
   * feed of every update, whose entries keep the bare uid.
   */
  entryScope?: string | null;
  /** Feed and agreement names for credits and category labels; ids when absent. */
  names?: EntryNames;
}

/** Category labels of the update kinds. */
const KIND_LABELS: Record<UpdateRecord['payload']['kind'], string> = {
  status: 'Status change',
  correction: 'Correction',
  revision: 'Unannounced edit',
  'taken-down': 'Taken down',
  'new-article': 'New article',
};

/**
 * The atom:id of an update in one feed. Readers such as newsboat keep one entry per id across every
 * feed a user subscribes to, so an update shown in /feed.atom, /corrections.atom and an agreement's
 * feed needs a different id in each, or two of the three copies vanish. /feed.atom keeps the bare
 * uid (its ids predate this); the others append their scope. Both parts never change, so neither
 * does the id.
 */
export function entryId(uid: string, entryScope: string | null | undefined): string {
  return entryScope ? `${uid}/${entryScope}` : uid;
}

export const GENERATOR = { name: 'pactwatch', uri: 'https://github.com/pactwatch/pactwatch', version: '0.1.0' };

/** The `updated` of an empty feed: fixed, so the bytes do not change while nothing happens. */
export const EMPTY_FEED_UPDATED = '1970-01-01T00:00:00Z';

/** RFC 3339 for Atom dates. The store writes ISO 8601; anything else falls back to the epoch. */
function atomDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return EMPTY_FEED_UPDATED;
  return d.toISOString().replace('.000Z', 'Z');
}

function el(name: string, text: string, attrs = ''): string {
  return `<${name}${attrs}>${escapeText(text)}</${name}>`;
}

function link(rel: string, href: string, type?: string, title?: string): string {
  let a = ` rel="${escapeAttr(rel)}" href="${escapeAttr(href)}"`;
  if (type) a += ` type="${escapeAttr(type)}"`;
  if (title) a += ` title="${escapeAttr(title)}"`;
  return `<link${a}/>`;
}

function category(term: string, scheme: string, label?: string): string {
  let a = ` term="${escapeAttr(term)}" scheme="${escapeAttr(scheme)}"`;
  if (label) a += ` label="${escapeAttr(label)}"`;
  return `<category${a}/>`;
}

function author(name: string, uri?: string): string {
  const u = uri ? el('uri', uri) : '';
  return `<author>${el('name', name || 'unknown')}${u}</author>`;
}

function entryXml(u: UpdateRecord, base: string, entryScope: string | null | undefined, names: EntryNames | undefined): string {
  const p = u.payload;
  const date = atomDate(u.createdAt);
  const parts: string[] = [
    el('id', entryId(u.uid, entryScope)),
    el('title', u.title, ' type="text"'),
    el('published', date),
    el('updated', date),
  ];
  if (p.kind === 'status') {
    const page = base + agreementPath(p.agreementId);
    parts.push(link('alternate', page, 'text/html'));
    parts.push(author('pactwatch', base + '/'));
  } else {
    const page = base + articlePath(p.article.url);
    // A feed may carry any scheme; a reader must never get a javascript: link from us.
    parts.push(link('alternate', safeHttpUrl(p.article.url) ?? page, 'text/html'));
    parts.push(link('related', page, 'text/html', 'Every version of this article'));
    parts.push(author(p.article.feedName));
  }
  if (p.kind === 'status') {
    parts.push(link('related', base + agreementPath(p.agreementId), 'text/html', 'Timeline'));
  }
  parts.push(category(p.kind, `${base}/kinds`, KIND_LABELS[p.kind]));
  // Every agreement category gets its name as the label: readers show labels, not ids.
  const labels = new Map<string, string>();
  for (const id of u.agreementIds) labels.set(id, names?.agreementName(id) ?? id);
  if (p.kind === 'status') labels.set(p.agreementId, p.agreementName);
  for (const [id, label] of labels) parts.push(category(id, `${base}/agreements`, label));
  parts.push(el('content', renderUpdateContent(u, base, names), ' type="html"'));
  return `<entry>\n  ${parts.join('\n  ')}\n</entry>`;
}

/** A complete Atom document. */
export function renderAtom(input: AtomInput): string {
  const base = trimBase(input.baseUrl);
  let newest: string | null = null;
  for (const u of input.updates) {
    const d = atomDate(u.createdAt);
    if (newest === null || d > newest) newest = d;
  }
  const head: string[] = [
    el('id', input.feedId),
    el('title', input.title, ' type="text"'),
  ];
  if (input.subtitle) head.push(el('subtitle', input.subtitle, ' type="text"'));
  head.push(el('updated', newest ?? EMPTY_FEED_UPDATED));
  head.push(link('self', input.selfUrl, 'application/atom+xml'));
  head.push(link('alternate', input.alternateUrl, 'text/html'));
  if (input.nextUrl !== null) head.push(link('next', input.nextUrl, 'application/atom+xml'));
  head.push(author('pactwatch', base + '/'));
  head.push(
    `<generator uri="${escapeAttr(GENERATOR.uri)}" version="${escapeAttr(GENERATOR.version)}">${GENERATOR.name}</generator>`,
  );
  const entries = input.updates.map((u) => entryXml(u, base, input.entryScope, input.names));
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<feed xmlns="http://www.w3.org/2005/Atom">\n' +
    head.map((h) => `  ${h}\n`).join('') +
    entries.map((e) => `${e}\n`).join('') +
    '</feed>\n'
  );
}
