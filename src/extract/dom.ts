// The few DOM shapes we use, typed structurally: linkedom's own types assume the DOM lib, which
// this project does not load.
import { createRequire } from 'node:module';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { capDepth } from './depth.js';
import { boundHtml, boundWarnings, type TagBounds } from './tag-scan.js';
import { DEFAULT_LIMITS } from '../config/limits.js';

export type { TagBounds } from './tag-scan.js';

export const DEFAULT_BOUNDS: TagBounds = { maxElements: DEFAULT_LIMITS.pageElements, maxDepth: DEFAULT_LIMITS.pageDepth };

/**
 * The document bounded before any DOM is built (see tag-scan.ts), with one warning line per bound
 * it hit.
 */
export function boundDocument(html: string, bounds: TagBounds = DEFAULT_BOUNDS): { html: string; warnings: string[] } {
  const b = boundHtml(html, bounds);
  return { html: b.html, warnings: boundWarnings(b, bounds) };
}

export interface DomElement {
  nodeType: number;
  tagName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  prepend(node: DomElement): void;
}

export interface DomText {
  nodeType: 3;
  textContent: string | null;
}

export type DomNode = DomElement | DomText;

export interface DomDocument {
  head: DomElement | null;
  body: DomElement | null;
  documentElement: DomElement | null;
  title: string;
  createElement(tag: string): DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

export function tagOf(el: DomElement): string {
  return el.tagName.toLowerCase();
}

type Linkedom = typeof import('linkedom');
let linkedomModule: Linkedom | null = null;
/**
 * Loaded by the first page that is parsed: a quarter of a second of start-up and tens of MB that
 * a feed poll (feed bodies are read without a DOM) and the read commands never need.
 */
function linkedom(): Linkedom {
  linkedomModule ??= createRequire(import.meta.url)('linkedom') as Linkedom;
  return linkedomModule;
}

/**
 * Every document we read goes through here, so none is deeper than MAX_DEPTH (see depth.ts). The
 * callers bound the HTML first (boundDocument), so linkedom never sees a hostile depth or size.
 */
function parse(html: string): DomDocument {
  const doc = linkedom().parseHTML(html).document as unknown as DomDocument;
  capDepth(doc);
  return doc;
}

/**
 * Parses a whole page. linkedom builds no <html>/<body> for text without them (an empty or
 * truncated response, a bare fragment), so such input is put into an empty page first.
 */
export function parseDocument(html: string): DomDocument {
  if (/<html[\s>]/i.test(html)) {
    const doc = parse(html);
    if (doc.documentElement && doc.body) return doc;
  }
  return parse(`<!doctype html><html><head></head><body>${html}</body></html>`);
}

/** Parses an HTML fragment (feed content) into the body of an empty page. */
export function parseFragment(html: string): DomDocument {
  // Parsed as a page, not through innerHTML: linkedom's innerHTML setter recurses once per level
  // of nesting and overflows the stack on deeply nested input; its parser does not.
  return parse(`<!doctype html><html><head></head><body>${html}</body></html>`);
}

/** http(s) URL of `href` resolved against `base`, or null. */
export function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  const text = href?.trim();
  if (!text) return null;
  let url: URL;
  try {
    // An absolute href needs no base (and must not fail because the base is a plain path).
    url = URL.canParse(text) ? new URL(text) : new URL(text, base);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** The page address as a URL: a local page (plain absolute path) becomes a file: URL. */
export function pageUrl(url: string): string {
  if (URL.canParse(url)) return url;
  return isAbsolute(url) ? pathToFileURL(url).href : url;
}

/**
 * Gives the page an absolute <base href> (linkedom has no document URL): Readability resolves
 * the links it keeps against it. A page's own relative <base> is resolved against the page URL.
 * Returns the base URL in effect.
 */
export function setBase(doc: DomDocument, address: string): string {
  const url = pageUrl(address);
  const existing = doc.querySelector('base[href]');
  let base = url;
  try {
    base = new URL(existing?.getAttribute('href') ?? '', url).href;
  } catch {
    base = url;
  }
  if (existing) {
    existing.setAttribute('href', base);
  } else if (doc.head) {
    const el = doc.createElement('base');
    el.setAttribute('href', base);
    doc.head.prepend(el);
  }
  return base;
}
