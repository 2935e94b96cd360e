// Who may add versions to an article. An article belongs to the feed it was first seen in. Its
// text may come from that feed, from another feed of the same outlet (the same story in a
// publisher's politics and world feeds is one article), or from the article's own page. Another
// outlet's feed that reuses the article's guid or URL, or points at a page claiming it, gets its
// own copy under a key of its own (foreignKey), so it can never write "Outlet A corrected …".
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ArticleOwner {
  feedId: string;
  /** The owning feed's URL, or null when that feed is no longer configured. */
  feedUrl: string | null;
  /** The article's URL (its page). */
  articleUrl: string;
}

export interface VersionSource {
  feedId: string;
  feedUrl: string;
  /** The page the text was extracted from (after redirects), or null for text from the feed item. */
  pageUrl: string | null;
}

/** An outlet: the host of an http(s) feed, the folder of a local one. */
export function outletOf(feedUrl: string): string {
  try {
    const u = new URL(feedUrl);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.host;
    if (u.protocol === 'file:') return `file:${path.dirname(fileURLToPath(u))}`;
  } catch {
    // a plain path
  }
  return `file:${path.dirname(feedUrl)}`;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

export function mayAddVersion(owner: ArticleOwner, source: VersionSource): boolean {
  if (owner.feedId === source.feedId) return true;
  if (owner.feedUrl !== null && outletOf(owner.feedUrl) === outletOf(source.feedUrl)) return true;
  const pageHost = source.pageUrl === null ? null : hostOf(source.pageUrl);
  return pageHost !== null && pageHost === hostOf(owner.articleUrl);
}

/** The key under which a feed keeps its own copy of an article another outlet owns. */
export function foreignKey(feedId: string, key: string): string {
  return `feed:${feedId}|${key}`;
}
