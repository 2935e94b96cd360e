// The few DOM shapes we use, typed structurally: linkedom's own types assume the DOM lib, which
// this project does not load.
import { parseHTML } from 'linkedom';

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

/** Parses a whole page. */
export function parseDocument(html: string): DomDocument {
  return parseHTML(html).document as unknown as DomDocument;
}

/** Parses an HTML fragment (feed content) into the body of an empty page. */
export function parseFragment(html: string): DomDocument {
  const doc = parseDocument('<!doctype html><html><head></head><body></body></html>');
  const body = doc.body as unknown as { innerHTML: string } | null;
  if (body) body.innerHTML = html;
  return doc;
}

/** http(s) URL of `href` resolved against `base`, or null. */
export function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  const text = href?.trim();
  if (!text) return null;
  try {
    const url = new URL(text, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Gives the page an absolute <base href> (linkedom has no document URL): Readability resolves
 * the links it keeps against it. A page's own relative <base> is resolved against the page URL.
 * Returns the base URL in effect.
 */
export function setBase(doc: DomDocument, url: string): string {
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
