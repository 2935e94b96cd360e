// Article identity: which feed items (in one feed or in several) are the same article.
//
// The rule (articleKey):
//   1. The item has a guid that is an http(s) URL → `url:` + canonicalUrl(guid). The same article
//      reached through two feeds, or through a guid in one and a bare link in another, is one.
//   2. The guid is some other absolute URI (tag:, urn:uuid:…) → `guid:` + the guid as is: such
//      ids are globally unique by construction.
//   3. The guid is opaque ("12345", "a1b2c3") → `guid:<feed host>/<guid>`: publishers number
//      their items independently, so the same number from two outlets is two articles; feeds of
//      one outlet share a host and so share the namespace.
//   4. No guid → `url:` + canonicalUrl(link).
//   5. Neither (the parse stage drops such items) → `title:<feed host>/<title>`, as a last resort.
// The `url:` / `guid:` prefixes keep a guid and a URL from ever colliding.
import { pathToFileURL } from 'node:url';

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

/** The host of a feed URL, or the path of a local feed: the namespace of its opaque guids. */
function feedNamespace(feedUrl: string): string {
  try {
    const u = new URL(feedUrl);
    return u.protocol === 'file:' ? u.pathname : u.host.toLowerCase();
  } catch {
    return feedUrl.startsWith('/') ? pathToFileURL(feedUrl).pathname : feedUrl;
  }
}

export interface KeyedItem {
  guid: string | null;
  link: string | null;
  title?: string;
}

/** The stable identity of a feed item (see the rule at the top of this file). */
export function articleKey(item: KeyedItem, feedUrl: string): string {
  const guid = item.guid?.trim();
  if (guid) {
    if (isHttpUrl(guid)) return `url:${canonicalUrl(guid)}`;
    if (/^[a-z][a-z0-9+.-]*:\S/i.test(guid)) return `guid:${guid}`;
    return `guid:${feedNamespace(feedUrl)}/${guid}`;
  }
  const link = item.link?.trim();
  if (link) return `url:${canonicalUrl(link)}`;
  return `title:${feedNamespace(feedUrl)}/${(item.title ?? '').trim()}`;
}
