// A feed reader's subscription list (OPML 1.0/2.0, as Miniflux, NetNewsWire, FreshRSS, Feedly and
// newsboat export it) to the feeds it names: every outline with an xmlUrl, at any depth (folders).
import { DOMParser } from 'linkedom';

export interface OpmlFeed {
  title: string;
  url: string;
}

export class OpmlError extends Error {}

/** The host of a feed without a title names it ("www.rappler.com" → "rappler.com"). */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** linkedom's XML mode leaves character references in attribute values as written. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

export function parseOpml(text: string): OpmlFeed[] {
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  const root = doc.documentElement;
  if (root?.tagName.toLowerCase() !== 'opml') throw new OpmlError('not an OPML document (no <opml> element)');
  const feeds: OpmlFeed[] = [];
  for (const el of Array.from(root.getElementsByTagName('outline'))) {
    const url = (el.getAttribute('xmlUrl') ?? el.getAttribute('xmlurl') ?? '').trim();
    if (!url) continue;
    const title = decodeEntities((el.getAttribute('title') || el.getAttribute('text') || '').trim());
    feeds.push({ title: title || hostOf(url), url: decodeEntities(url) });
  }
  return feeds;
}
