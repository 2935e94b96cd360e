// What a page says about itself: its canonical URL, publication time and title, from the facts the
// streaming scan collects (fast/scan.ts) — read before any article choice, because Readability
// rewrites its document (it drops scripts, JSON-LD included). The rules are those of the selectors
// named beside each step, in document order.
import { absoluteHttpUrl, pageUrl } from './dom.js';
import type { MetaTag, PageFacts } from './fast/scan.js';

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

function metaContent(metas: MetaTag[], attr: 'name' | 'property' | 'itemprop', value: string): string | null {
  return metas.find((m) => m[attr] === value)?.content?.trim() || null;
}

/** link[rel~=canonical][href], else meta[property="og:url"]. */
function canonical(facts: PageFacts, base: string): string | null {
  for (const link of facts.links) {
    if (link.rel.toLowerCase().split(/\s+/).includes('canonical')) {
      const url = absoluteHttpUrl(link.href, base);
      if (url) return url;
    }
  }
  return absoluteHttpUrl(metaContent(facts.metas, 'property', 'og:url'), base);
}

/** The publication-time meta tags, in the order they are trusted. */
const PUBLISHED_META: Array<['name' | 'property' | 'itemprop', string]> = [
  ['property', 'article:published_time'],
  ['name', 'article:published_time'],
  ['itemprop', 'datePublished'],
  ['name', 'parsely-pub-date'],
  ['name', 'pubdate'],
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

function published(facts: PageFacts): string | null {
  for (const [attr, value] of PUBLISHED_META) {
    const found = iso(metaContent(facts.metas, attr, value));
    if (found) return found;
  }
  // article time[datetime], else [itemprop=datePublished][datetime], else main time[datetime].
  const time =
    facts.times.find((t) => t.isTime && t.inArticle) ??
    facts.times.find((t) => t.datePublished) ??
    facts.times.find((t) => t.isTime && t.inMain);
  const fromTime = iso(time?.datetime);
  if (fromTime) return fromTime;
  for (const script of facts.jsonLd) {
    try {
      const found = jsonLdDate(JSON.parse(script));
      if (found) return found;
    } catch {
      // Broken JSON-LD is common; it just gives no date.
    }
  }
  return null;
}

/** meta[property="og:title"], else the document's <title>, else the first <h1>. */
function pageTitle(facts: PageFacts): string | null {
  return metaContent(facts.metas, 'property', 'og:title') ?? (facts.title?.trim() || null) ?? (facts.h1[0]?.trim() || null);
}

/**
 * The page's base URL: its own <base href> resolved against the page address (a local page's plain
 * path becomes a file: URL), else the address.
 */
export function baseUrl(facts: PageFacts, address: string): string {
  const url = pageUrl(address);
  try {
    return new URL(facts.baseHref ?? '', url).href;
  } catch {
    return url;
  }
}

export function pageMetadata(facts: PageFacts, base: string): PageMetadata {
  return { canonicalUrl: canonical(facts, base), publishedAt: published(facts), title: pageTitle(facts) };
}
