// Independent sources for the timeline: one outlet is one voice, however many of its feeds or
// articles repeat a claim. Two pieces of evidence come from the same outlet when they share a feed,
// or when their URLs share a registrable host (a paper's "world" and "politics" feeds are one
// outlet). Syndicated wire copy under another paper's name still counts as that paper: nothing in a
// finding tells the two apart.
import type { Evidence } from '../types.js';

/** Second-level labels under which country-code domains register names: bbc.co.uk, abc.net.au. */
const SECOND_LEVEL_LABELS = new Set(['ac', 'co', 'com', 'edu', 'go', 'gob', 'gov', 'govt', 'mil', 'ne', 'net', 'or', 'org']);

/**
 * Sites that carry many outlets' stories under one host: sharing one of these says nothing about
 * who wrote the story, so only the feed identifies the outlet.
 */
const SHARED_HOSTS = new Set(['google.com', 'feedburner.com', 'yahoo.com', 'msn.com', 'flipboard.com', 'newsnow.co.uk']);

/** Platforms that give each publication its own subdomain: "a.substack.com" and "b.substack.com" differ. */
const SUBDOMAIN_PLATFORMS = new Set(['substack.com', 'blogspot.com', 'wordpress.com', 'medium.com', 'github.io']);

/**
 * "www.bbc.co.uk" → "bbc.co.uk", "edition.cnn.com" → "cnn.com". Null for what names no outlet: an
 * unparsable URL, an IP address, a single-label host (localhost), an aggregator's host.
 */
export function registrableHost(url: string): string | null {
  // The authority by hand, not new URL(): this runs once per finding on every rebuild.
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url);
  if (!m) return null;
  const host = m[1]!.toLowerCase().replace(/\.$/, '');
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.startsWith('[')) return null;
  const labels = host.split('.');
  const tld = labels.at(-1)!;
  let keep = labels.length > 2 && tld.length === 2 && SECOND_LEVEL_LABELS.has(labels.at(-2)!) ? 3 : 2;
  if (labels.length > keep && SUBDOMAIN_PLATFORMS.has(labels.slice(-keep).join('.'))) keep++;
  const registrable = labels.slice(-keep).join('.');
  return SHARED_HOSTS.has(registrable) ? null : registrable;
}

/**
 * Names each piece of evidence's outlet, consistently over the whole set: feeds joined by a shared
 * host are one outlet, and so are hosts joined by a shared feed (union–find over both).
 */
export function outletNamer(evidence: Evidence[]): (e: Evidence) => string {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)];
    // The smaller name becomes the root: the same outlets get the same name in any input order.
    if (ra !== rb) ra < rb ? parent.set(rb, ra) : parent.set(ra, rb);
  };
  for (const e of evidence) {
    const feed = `feed:${e.feed}`;
    if (!parent.has(feed)) parent.set(feed, feed);
    const host = registrableHost(e.url);
    if (host === null) continue;
    if (!parent.has(`host:${host}`)) parent.set(`host:${host}`, `host:${host}`);
    union(feed, `host:${host}`);
  }
  return (e) => find(`feed:${e.feed}`);
}

/** How many distinct outlets stand behind these pieces of evidence. */
export function countOutlets(evidence: Evidence[], outletOf: (e: Evidence) => string): number {
  return new Set(evidence.map(outletOf)).size;
}
