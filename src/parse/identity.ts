// Article identity: which feed items (in one feed or in several) are the same article.
//
// The rule (articleKey):
//   1. The item has a guid that is an http(s) URL → `url:` + canonicalUrl(guid). The same article
//      reached through two feeds, or through a guid in one and a bare link in another, is one.
//   2. The guid is some other absolute URI (tag:, urn:uuid:…) → `guid:` + the guid as is: such
//      ids are globally unique by construction.
//   3. The guid is opaque ("12345", "a1b2c3") → `item:<feed id>/<guid>`: publishers number
//      their items independently, and two publishers may share one feed host (FeedBurner,
//      Substack), so the same number in two feeds is two articles. (Until schema 4 the namespace
//      was the feed's host; migration 004 moved those keys.)
//   4. No guid → `url:` + canonicalUrl(link).
//   5. Neither (the parse stage drops such items) → `title:<feed id>/<title>`, as a last resort.
// The `url:` / `guid:` / `item:` prefixes keep a guid and a URL from ever colliding.
// A page's rel=canonical counts only on the page's own host (trustedCanonical): a page cannot
// claim another site's article, nor send the next re-check somewhere else.

/**
 * Query parameters that only say how a reader arrived (campaign, click and share trackers):
 * dropping them makes the links of one article in several feeds and newsletters the same.
 */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid',
  'mc_cid', 'mc_eid', 'ocid', 'cmpid', 'cmp', 'icid', 'ncid', 'sr_share', 'smid', 'smtyp', 'taid',
  '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'ito', 'at_medium', 'at_campaign', 'at_source',
  'rss', 'feedtype', 'cid', 'ref_src', 'ref_url', 'soc_src', 'soc_trk', 'share', 'spm',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmb_', 'oly_'];

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The canonical form of an article URL: scheme and host lowercased, default port and fragment
 * dropped, tracking parameters dropped, the other parameters sorted. Text that is not an
 * absolute URL is returned trimmed, unchanged.
 */
export function canonicalUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  // URL already lowercases the scheme and host and drops default ports.
  u.hash = '';
  const kept = [...u.searchParams.entries()].filter(([name]) => !isTracking(name));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  u.search = '';
  for (const [name, value] of kept) u.searchParams.append(name, value);
  return u.href;
}

function isHttpUrl(text: string): boolean {
  return /^https?:\/\/[^\s/]/i.test(text);
}

export interface KeyedItem {
  guid: string | null;
  link: string | null;
  title?: string;
}

/**
 * The stable identity of a feed item (see the rule at the top of this file). `feedId` is the
 * namespace of the feed's opaque guids.
 */
export function articleKey(item: KeyedItem, feedId: string): string {
  const guid = item.guid?.trim();
  if (guid) {
    if (isHttpUrl(guid)) return `url:${canonicalUrl(guid)}`;
    if (/^[a-z][a-z0-9+.-]*:\S/i.test(guid)) return `guid:${guid}`;
    return `item:${feedId}/${guid}`;
  }
  const link = item.link?.trim();
  if (link) return `url:${canonicalUrl(link)}`;
  return `title:${feedId}/${(item.title ?? '').trim()}`;
}

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.host : null;
  } catch {
    return null;
  }
}

/**
 * The page's rel=canonical (or og:url) when it is on the page's own host (http → https allowed),
 * else null: a canonical elsewhere never becomes an article's identity or its re-check target.
 */
export function trustedCanonical(canonical: string | null, pageUrl: string): string | null {
  if (!canonical) return null;
  const host = hostOf(canonical);
  return host !== null && host === hostOf(pageUrl) ? canonical : null;
}
