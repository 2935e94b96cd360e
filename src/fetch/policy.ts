// The outbound policy: where a fetch may go. A feed URL is the operator's and goes where it says;
// every other URL came from content someone else wrote (item links, redirects, canonicals, the
// pages re-checked later), and may reach only public addresses, unless it stays on the origin of a
// feed the operator gave by IP address, or the operator allowed private addresses for that feed
// (`allowPrivateLinks`). The address is checked after DNS resolution, on the connecting socket
// (guard.ts), and on every redirect hop. A local feed's links read only inside the feed's folder.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeedConfig, OutboundPolicy } from '../types.js';
import { specialAddressKind } from './address.js';

export type HopVerdict =
  /** Connect as usual: the operator's own URL or address, or the operator allowed private addresses. */
  | { kind: 'open' }
  /** Connect only to public addresses, checked on the resolved address at connect time. */
  | { kind: 'guarded' }
  | { kind: 'refused'; why: string };

/** A feed's policy: its URL is the operator's; `allowPrivateLinks` widens what its content reaches. */
export function feedPolicy(feed: FeedConfig): OutboundPolicy {
  return { feedUrl: feed.url, allowPrivate: feed.allowPrivateLinks ?? false };
}

function origin(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The feed's own origin, or its https: upgrade (an http feed whose server moved to https). */
function isFeedOrigin(url: URL, feedUrl: string): boolean {
  const own = origin(feedUrl);
  if (own === null) return false;
  return url.origin === own || (url.protocol === 'https:' && url.port === '' && `http://${url.host}` === own);
}

/** An IPv4 or IPv6 address written as the host, rather than a name to resolve. */
function literalAddress(url: URL): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return /^[\d.]+$/.test(host) || host.includes(':') ? host : null;
}

/**
 * What may happen to one http(s) hop (the first URL or a redirect target). The feed URL itself
 * goes where it says. The rest of the feed's origin is trusted as is only when the operator gave
 * it as an address (http://10.0.0.5/feed): a name's DNS belongs to the publisher, who could
 * point it at 127.0.0.1 for the article links, so on a named origin the addresses are checked too.
 */
export function httpHopVerdict(url: URL, policy: OutboundPolicy): HopVerdict {
  if (policy.allowPrivate || url.href === policy.feedUrl) return { kind: 'open' };
  const literal = literalAddress(url);
  if (literal === null) return { kind: 'guarded' };
  if (isFeedOrigin(url, policy.feedUrl)) return { kind: 'open' };
  const kind = specialAddressKind(literal);
  return kind ? { kind: 'refused', why: refusal(url.host, literal, kind) } : { kind: 'open' };
}

export function refusal(host: string, address: string, kind: string): string {
  return `refused ${host}: ${address} is a ${kind} address, which links from feed content may not reach`;
}

function toPath(url: string): string {
  return /^file:/i.test(url) ? fileURLToPath(url) : url;
}

function isLocal(url: string): boolean {
  return /^file:/i.test(url) || path.isAbsolute(url);
}

/**
 * Null when a local file may be read under this policy, else one line saying why not. The feed
 * file itself may always be read; other files only by a local feed, inside its folder, after
 * symbolic links and `..` are resolved.
 */
export async function localReadRefusal(url: string, policy: OutboundPolicy): Promise<string | null> {
  const target = path.resolve(toPath(url));
  if (!isLocal(policy.feedUrl)) return `refused ${url}: links of a feed on the web may not read local files`;
  const feedPath = path.resolve(toPath(policy.feedUrl));
  if (target === feedPath) return null;
  const folder = path.dirname(feedPath);
  const outside = `refused ${url}: outside the local feed's folder ${folder}`;
  if (!isInside(target, folder)) return outside;
  const [realTarget, realFolder] = await Promise.all([realpath(target).catch(() => target), realpath(folder).catch(() => folder)]);
  return isInside(realTarget, realFolder) ? null : outside;
}

function isInside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
