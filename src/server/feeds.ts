// Serving the Atom feeds. The hot path: feedState() (cheap) → key → cache hit → write the bytes.
// The ETag is derived from the feed's state, not from the bytes, so a conditional request is
// answered 304 without rendering or even reading the updates. The state (newest seq and date),
// the scope, the page, the base URL, the feed title and RENDER_VERSION together determine
// the bytes, so a strong ETag over them changes exactly when the bytes can change.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { renderAtom } from '../publish/index.js';
import { agreementFeedPath, agreementPath, CORRECTIONS_FEED_PATH, FEED_PATH, trimBase } from '../publish/urls.js';
import { EMPTY_FEED_UPDATED } from '../publish/atom.js';
import type { EntryNames } from '../publish/content.js';
import type { UpdateRecord } from '../types.js';
import { Lru } from './lru.js';
import type { FeedScope, FeedState, SiteData } from './site-data.js';

/** Bump whenever the Atom output changes for the same data, so clients' cached ETags expire. */
export const RENDER_VERSION = 'atom-2';

export const PAGE_SIZE = 50;

export interface RenderedFeed {
  etag: string;
  etagGzip: string;
  lastModified: string;
  lastModifiedMs: number;
  body: Buffer;
  gzip: Buffer | null;
}

/** What a feed request resolves to before any rendering: enough to answer a 304. */
export interface FeedHead {
  key: string;
  etag: string;
  etagGzip: string;
  lastModified: string;
  lastModifiedMs: number;
  scope: FeedScope;
  state: FeedState;
  title: string;
  before: number | null;
}

function scopeKey(scope: FeedScope): string {
  return scope.kind === 'agreement' ? `agreement:${scope.agreementId}` : scope.kind;
}

function feedPath(scope: FeedScope): string {
  if (scope.kind === 'agreement') return agreementFeedPath(scope.agreementId);
  return scope.kind === 'corrections' ? CORRECTIONS_FEED_PATH : FEED_PATH;
}

function pagePath(scope: FeedScope): string {
  if (scope.kind === 'agreement') return agreementPath(scope.agreementId);
  return scope.kind === 'corrections' ? '/corrections' : '/';
}

/** A stable tag: URI (RFC 4151) per feed, the same on every page of it. */
export function feedTagId(scope: FeedScope, baseUrl: string): string {
  let host = 'localhost';
  try {
    host = new URL(baseUrl).hostname || host;
  } catch {
    // keep the default: an id must exist even with a malformed base URL
  }
  const tail = scope.kind === 'agreement' ? `agreements/${encodeURIComponent(scope.agreementId)}` : scope.kind;
  return `tag:${host},2024:pactwatch/${tail}`;
}

/** What a feed's entry ids add to the update's uid: unique to the feed (see publish/atom entryId). */
export function entryScopeOf(scope: FeedScope): string | null {
  if (scope.kind === 'agreement') return `agreements/${encodeURIComponent(scope.agreementId)}`;
  return scope.kind === 'corrections' ? 'corrections' : null;
}

function feedTitle(scope: FeedScope, agreementName: string | null): string {
  if (scope.kind === 'agreement') return `pactwatch: ${agreementName ?? scope.agreementId}`;
  return scope.kind === 'corrections' ? 'pactwatch: corrections and edits' : 'pactwatch: every update';
}

const SUBTITLES: Record<FeedScope['kind'], string> = {
  all: 'Status changes of tracked agreements, and corrections, quiet edits and take-downs of the articles about them',
  agreement: 'Status changes of this agreement and changes to the articles about it',
  corrections: 'Corrections, clarifications and other notices on tracked articles',
};

export class FeedService {
  private readonly cache = new Lru<RenderedFeed>(64, 64 * 1024 * 1024);
  private readonly base: string;

  constructor(
    private readonly data: SiteData,
    baseUrl: string,
  ) {
    this.base = trimBase(baseUrl);
  }

  /** Null when the scope does not exist (unknown agreement). Cheap: no rendering. */
  head(scope: FeedScope, before: number | null): FeedHead | null {
    const state = this.data.feedState(scope);
    if (state === null) return null;
    const name = scope.kind === 'agreement' ? this.data.agreementName(scope.agreementId) : null;
    const key = [
      RENDER_VERSION,
      this.base,
      scopeKey(scope),
      before ?? '',
      state.newestSeq,
      state.newestAt ?? '',
      name ?? '',
    ].join('\u0000');
    const hit = this.cache.get(key);
    const title = feedTitle(scope, name);
    if (hit) {
      return { key, etag: hit.etag, etagGzip: hit.etagGzip, lastModified: hit.lastModified, lastModifiedMs: hit.lastModifiedMs, scope, state, title, before };
    }
    const hash = createHash('sha256').update(key).digest('base64url').slice(0, 32);
    const ms = Date.parse(state.newestAt ?? EMPTY_FEED_UPDATED);
    const lastModifiedMs = Number.isNaN(ms) ? 0 : ms;
    return {
      key,
      etag: `"${hash}"`,
      // A gzip body is another representation: a strong ETag must tell them apart.
      etagGzip: `"${hash}-gz"`,
      lastModified: new Date(lastModifiedMs).toUTCString(),
      lastModifiedMs,
      scope,
      state,
      title,
      before,
    };
  }

  /** The rendered page for a head, from the cache or rendered now. */
  body(h: FeedHead, gzip: boolean): { feed: RenderedFeed; bytes: Buffer } {
    let feed = this.cache.get(h.key);
    if (!feed) {
      const body = Buffer.from(this.render(h), 'utf8');
      feed = { etag: h.etag, etagGzip: h.etagGzip, lastModified: h.lastModified, lastModifiedMs: h.lastModifiedMs, body, gzip: null };
      this.cache.set(h.key, feed, body.length);
    }
    if (!gzip) return { feed, bytes: feed.body };
    if (!feed.gzip) {
      feed.gzip = gzipSync(feed.body, { level: 6 });
      this.cache.grow(h.key, feed.gzip.length);
    }
    return { feed, bytes: feed.gzip };
  }

  private render(h: FeedHead): string {
    const fetched = this.data.updates(h.scope, { beforeSeq: h.before, limit: PAGE_SIZE + 1 });
    // Keep the bytes consistent with the state the ETag was made from: an update appended between
    // the two calls belongs to the next state.
    const updates: UpdateRecord[] = fetched.filter((u) => u.seq <= h.state.newestSeq);
    const hasMore = updates.length > PAGE_SIZE;
    const page = updates.slice(0, PAGE_SIZE);
    const last = page[page.length - 1];
    const path = feedPath(h.scope);
    return renderAtom({
      title: h.title,
      subtitle: SUBTITLES[h.scope.kind],
      selfUrl: this.base + path + (h.before === null ? '' : `?before=${h.before}`),
      alternateUrl: this.base + pagePath(h.scope),
      nextUrl: hasMore && last ? `${this.base}${path}?before=${last.seq}` : null,
      feedId: feedTagId(h.scope, this.base),
      updates: page,
      baseUrl: this.base,
      entryScope: entryScopeOf(h.scope),
      names: this.names(),
    });
  }

  private names(): EntryNames {
    const feedNames = new Map(this.data.feeds().map((f) => [f.id, f.name]));
    return {
      feedName: (id) => feedNames.get(id) ?? id,
      agreementName: (id) => this.data.agreementName(id) ?? id,
    };
  }
}

/**
 * One page of a feed exactly as the server would send it (for `pactwatch feed`), or null when the
 * scope does not exist.
 */
export function renderFeedDocument(
  data: SiteData,
  scope: FeedScope,
  opts: { baseUrl: string; before?: number | null },
): string | null {
  const service = new FeedService(data, opts.baseUrl);
  const head = service.head(scope, opts.before ?? null);
  return head ? service.body(head, false).bytes.toString('utf8') : null;
}
