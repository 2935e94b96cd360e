// Where our own pages live. One place, so the server's routes, the feeds' links and the pages'
// links cannot drift apart.

/** `baseUrl` without a trailing slash: "http://host:8080" or "https://host/pactwatch". */
export function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

/**
 * The path part of baseUrl ("" or "/pactwatch"). HTML pages link with root-relative paths under
 * it, so they keep working when the server is reached on another host or port than baseUrl names
 * (the demo on a free port, a reverse proxy), while feeds use absolute links as readers need.
 */
export function basePath(baseUrl: string): string {
  try {
    return new URL(baseUrl).pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

export function agreementPath(id: string): string {
  return `/agreements/${encodeURIComponent(id)}`;
}

export function agreementFeedPath(id: string): string {
  return `/agreements/${encodeURIComponent(id)}.atom`;
}

export function articlePath(url: string): string {
  return `/articles?url=${encodeURIComponent(url)}`;
}

/** One stored version of an article, as we saved it. */
export function versionPath(url: string, n: number): string {
  return `/articles/version?url=${encodeURIComponent(url)}&n=${n}`;
}

export function correctionsPath(filter: { feed?: string; kind?: string } = {}): string {
  const q = new URLSearchParams();
  if (filter.feed) q.set('feed', filter.feed);
  if (filter.kind) q.set('kind', filter.kind);
  const s = q.toString();
  return s ? `/corrections?${s}` : '/corrections';
}

export const FEED_PATH = '/feed.atom';
export const CORRECTIONS_FEED_PATH = '/corrections.atom';
