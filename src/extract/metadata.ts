// What a page says about itself: its canonical URL, publication time and title. Read before
// Readability runs, because Readability rewrites the document (it drops scripts, JSON-LD included).
import { type DomDocument, type DomElement, absoluteHttpUrl } from './dom.js';

export interface PageMetadata {
  canonicalUrl: string | null;
  publishedAt: string | null;
  title: string | null;
}

function iso(text: string | null | undefined): string | null {
  const value = text?.trim();
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function attrOf(el: DomElement | null, name: string): string | null {
  return el?.getAttribute(name)?.trim() || null;
}

function canonical(doc: DomDocument, base: string): string | null {
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) {
      const url = absoluteHttpUrl(link.getAttribute('href'), base);
      if (url) return url;
    }
  }
  return absoluteHttpUrl(attrOf(doc.querySelector('meta[property="og:url"]'), 'content'), base);
}

const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="pubdate"]',
];

/** datePublished anywhere in a JSON-LD value (arrays, @graph, nested objects). */
function jsonLdDate(value: unknown, depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = jsonLdDate(v, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') {
    const found = iso(record.datePublished);
    if (found) return found;
  }
  for (const v of Object.values(record)) {
    const found = jsonLdDate(v, depth + 1);
    if (found) return found;
  }
  return null;
}

function published(doc: DomDocument): string | null {
  for (const selector of PUBLISHED_META) {
    const found = iso(attrOf(doc.querySelector(selector), 'content'));
    if (found) return found;
  }
  const time =
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('[itemprop="datePublished"][datetime]') ??
    doc.querySelector('main time[datetime]');
  const fromTime = iso(attrOf(time, 'datetime'));
  if (fromTime) return fromTime;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = jsonLdDate(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // Broken JSON-LD is common; it just gives no date.
    }
  }
  return null;
}

function pageTitle(doc: DomDocument): string | null {
  return (
    attrOf(doc.querySelector('meta[property="og:title"]'), 'content') ??
    (doc.title?.trim() || null) ??
    (doc.querySelector('h1')?.textContent?.trim() || null)
  );
}

export function pageMetadata(doc: DomDocument, base: string): PageMetadata {
  return { canonicalUrl: canonical(doc, base), publishedAt: published(doc), title: pageTitle(doc) };
}
