// The HTTP server: Atom feeds with ETag/Last-Modified/304 and gzip, the HTML pages, /healthz.
// Built on node:http directly: a handful of fixed routes needs no framework, and the feed hot path
// stays a few function calls long.
import { createHash } from 'node:crypto';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import {
  CORRECTION_KINDS,
  basePath,
  renderAgreementPage,
  renderArticlePage,
  renderCorrectionsPage,
  renderMessagePage,
  renderNotFoundPage,
  renderOpml,
  renderOverviewPage,
  renderSearchPage,
  renderVersionPage,
} from '../publish/index.js';
import { DEFAULT_LIMITS, type Limits } from '../config/limits.js';
import { acceptsGzip, noneMatchHits, notModifiedSince } from './conditional.js';
import { FeedService } from './feeds.js';
import { apiAnswer, apiJson, type ApiResult } from './api.js';
import { Lru } from './lru.js';
import type { FeedScope, SiteData } from './site-data.js';
import { firstLine } from '../shared/errors.js';
import { count } from '../shared/plural.js';
import { type CorrectionMark, statusPath } from '../publish/html/timeline-svg.js';

export interface ServerOptions {
  /** Absolute base for links in feeds ("http://localhost:8080"); its path, if any, prefixes routes. */
  baseUrl: string;
  /** One line per server error; console.error by default. */
  log?: (line: string) => void;
  /** Paging and size bounds of the HTML pages (limits.evidencePerEvent, rowsPerPage, pageBytes). */
  limits?: Partial<Limits>;
}

/** A rendered HTML page, cached under the store's revision like the feeds are. */
interface CachedPage {
  body: Buffer;
  gzip: Buffer | null;
}

interface CachedApi extends CachedPage {
  etag: string;
  etagGzip: string;
  status: number;
}

const HTML_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
} as const;

/** How many recent updates the overview lists. */
const RECENT_ON_OVERVIEW = 20;

/** Recent updates per agreement read for its pictures (status path, correction marks). */
const PATH_UPDATES = 60;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new HttpError(400, 'The address is not valid.');
  }
}

/** A 1-based page number (or step index) from the query; absent is `fallback`. */
function parseCount(q: URLSearchParams, name: string, fallback: number): number {
  const raw = q.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d{1,7}$/.test(raw)) throw new HttpError(400, `${name} must be a number.`);
  return Number(raw);
}

function parseBefore(q: URLSearchParams): number | null {
  const raw = q.get('before');
  if (raw === null || raw === '') return null;
  if (!/^\d{1,15}$/.test(raw)) throw new HttpError(400, 'before must be an update number.');
  return Number(raw);
}

export function createServer(data: SiteData, opts: ServerOptions): http.Server {
  const baseUrl = opts.baseUrl;
  const prefix = basePath(baseUrl);
  const log = opts.log ?? ((line: string) => console.error(line));
  const feeds = new FeedService(data, baseUrl);
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const rowsPerPage = limits.rowsPerPage;
  // The pages' rows get the byte budget less room for the frame around them.
  const rowBytes = Math.max(10_000, limits.pageBytes - 20_000);
  const pages = new Lru<CachedPage>(128, 32 * 1024 * 1024);
  const apiCache = new Lru<CachedApi>(128, 32 * 1024 * 1024);

  /**
   * A 200 HTML page, rendered once per store revision: a burst of requests for `/` after a big
   * poll costs one rendering, not one each, so /healthz keeps answering between them.
   */
  function sendPage(req: http.IncomingMessage, res: http.ServerResponse, key: string, render: () => string): void {
    const revision = data.revision?.();
    const cacheKey = revision === undefined ? null : `${revision}\u0000${key}`;
    let cached = cacheKey === null ? undefined : pages.get(cacheKey);
    if (!cached) {
      cached = { body: Buffer.from(render(), 'utf8'), gzip: null };
      if (cacheKey !== null) pages.set(cacheKey, cached, cached.body.length);
    }
    const gz = cached.body.length > 1024 && acceptsGzip(req.headers['accept-encoding']);
    if (gz && !cached.gzip) {
      cached.gzip = gzipSync(cached.body);
      if (cacheKey !== null) pages.grow(cacheKey, cached.gzip.length);
    }
    writeHtml(req, res, 200, gz ? cached.gzip! : cached.body, gz);
  }

  function sendHtml(req: http.IncomingMessage, res: http.ServerResponse, status: number, html: string): void {
    const raw = Buffer.from(html, 'utf8');
    const gz = raw.length > 1024 && acceptsGzip(req.headers['accept-encoding']);
    writeHtml(req, res, status, gz ? gzipSync(raw) : raw, gz);
  }

  function writeHtml(req: http.IncomingMessage, res: http.ServerResponse, status: number, body: Buffer, gz: boolean): void {
    res.writeHead(status, {
      ...HTML_HEADERS,
      Vary: 'Accept-Encoding',
      ...(gz ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function sendText(req: http.IncomingMessage, res: http.ServerResponse, status: number, text: string, extra: http.OutgoingHttpHeaders = {}): void {
    const body = Buffer.from(text + '\n', 'utf8');
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      'Content-Length': body.length,
      ...extra,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function serveFeed(req: http.IncomingMessage, res: http.ServerResponse, scope: FeedScope, q: URLSearchParams): void {
    const head = feeds.head(scope, parseBefore(q));
    if (!head) {
      sendHtml(req, res, 404, renderNotFoundPage({ baseUrl, message: 'There is no such agreement.' }));
      return;
    }
    const gzip = acceptsGzip(req.headers['accept-encoding']);
    const etag = gzip ? head.etagGzip : head.etag;
    const common: http.OutgoingHttpHeaders = {
      ETag: etag,
      'Last-Modified': head.lastModified,
      'Cache-Control': 'public, no-cache',
      Vary: 'Accept-Encoding',
    };
    const inm = req.headers['if-none-match'];
    // RFC 9110 13.1.3: If-Modified-Since is ignored when If-None-Match is present.
    const fresh =
      inm !== undefined
        ? noneMatchHits(inm, [head.etag, head.etagGzip])
        : notModifiedSince(req.headers['if-modified-since'], head.lastModifiedMs);
    if (fresh) {
      res.writeHead(304, common);
      res.end();
      return;
    }
    const { bytes } = feeds.body(head, gzip);
    res.writeHead(200, {
      ...common,
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Length': bytes.length,
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  /** Each agreement's published statuses (its recent status updates), for the overview's rows. */
  function statusPaths(): Map<string, ReturnType<typeof statusPath>> {
    const out = new Map<string, ReturnType<typeof statusPath>>();
    for (const a of data.agreementSummaries?.() ?? data.agreements()) {
      out.set(a.id, statusPath(data.updates({ kind: 'agreement', agreementId: a.id }, { beforeSeq: null, limit: PATH_UPDATES })));
    }
    return out;
  }

  /** The corrections and edits among an agreement's recent updates, for its timeline picture. */
  function correctionMarks(id: string): CorrectionMark[] {
    return data
      .updates({ kind: 'agreement', agreementId: id }, { beforeSeq: null, limit: PATH_UPDATES })
      .filter((u) => u.payload.kind === 'correction' || u.payload.kind === 'revision')
      .map((u) => ({ at: u.createdAt, label: u.title }));
  }

  /**
   * A JSON API answer with a strong ETag over its bytes and 304s like the feeds, rendered once
   * per store revision.
   */
  function sendApi(req: http.IncomingMessage, res: http.ServerResponse, key: string, answer: () => ApiResult): void {
    const revision = data.revision?.();
    const cacheKey = revision === undefined ? null : `${revision}\u0000api\u0000${key}`;
    let cached = cacheKey === null ? undefined : apiCache.get(cacheKey);
    if (!cached) {
      const result = answer();
      const body = Buffer.from(apiJson(result.value), 'utf8');
      const hash = createHash('sha256').update(body).digest('base64url').slice(0, 32);
      cached = { body, gzip: null, etag: `"${hash}"`, etagGzip: `"${hash}-gz"`, status: result.status };
      if (cacheKey !== null) apiCache.set(cacheKey, cached, body.length);
    }
    const gz = cached.body.length > 1024 && acceptsGzip(req.headers['accept-encoding']);
    const common: http.OutgoingHttpHeaders = {
      ETag: gz ? cached.etagGzip : cached.etag,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      'Access-Control-Allow-Origin': '*',
    };
    if (cached.status === 200 && noneMatchHits(req.headers['if-none-match'], [cached.etag, cached.etagGzip])) {
      res.writeHead(304, common);
      res.end();
      return;
    }
    if (gz && !cached.gzip) cached.gzip = gzipSync(cached.body);
    const bytes = gz ? cached.gzip! : cached.body;
    res.writeHead(cached.status, {
      ...common,
      'Content-Type': 'application/json; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      ...(gz ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Length': bytes.length,
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  function route(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = url.pathname;
    if (prefix && (path === prefix || path.startsWith(prefix + '/'))) path = path.slice(prefix.length) || '/';
    const q = url.searchParams;

    if (path === '/feed.atom') return serveFeed(req, res, { kind: 'all' }, q);
    if (path === '/corrections.atom') return serveFeed(req, res, { kind: 'corrections' }, q);
    if (path === '/feeds.opml') {
      // Every feed of ours in one file for a reader's import: one subscription per agreement.
      const agreements = (data.agreementSummaries?.() ?? data.agreements()).map((a) => ({ id: a.id, name: a.name }));
      return sendText(req, res, 200, renderOpml({ baseUrl, agreements }).trimEnd(), { 'Content-Type': 'text/x-opml; charset=utf-8', 'Cache-Control': 'no-cache' });
    }
    if (path === '/api' || path.startsWith('/api/')) {
      return sendApi(req, res, `${path}?${q.toString()}`, () => apiAnswer(data, path, q));
    }
    if (path === '/healthz') {
      let ok = false;
      try {
        ok = data.ping();
      } catch (err) {
        log(`pactwatch server: health check failed: ${firstLine(err)}`);
      }
      return ok ? sendText(req, res, 200, healthLine(data)) : sendText(req, res, 503, 'store unavailable');
    }
    if (path === '/') {
      return sendPage(req, res, '/', () =>
        renderOverviewPage({
          // The status of each agreement, not every finding behind it.
          agreements: data.agreementSummaries?.() ?? data.agreements(),
          feeds: data.feeds(),
          recent: data.updates({ kind: 'all' }, { beforeSeq: null, limit: RECENT_ON_OVERVIEW }),
          baseUrl,
          paths: statusPaths(),
        }),
      );
    }
    if (path === '/corrections') {
      const feed = q.get('feed') || undefined;
      const kindParam = q.get('kind') || undefined;
      const kind = kindParam && (CORRECTION_KINDS as readonly string[]).includes(kindParam) ? kindParam : undefined;
      const filter = { ...(feed ? { feed } : {}), ...(kind ? { kind } : {}) };
      const pageNo = Math.max(1, parseCount(q, 'page', 1));
      return sendPage(req, res, `/corrections\u0000${feed ?? ''}\u0000${kind ?? ''}\u0000${pageNo}`, () => {
        const list = data.corrections({ ...filter, limit: rowsPerPage + 1, offset: (pageNo - 1) * rowsPerPage });
        return renderCorrectionsPage({
          corrections: list.slice(0, rowsPerPage),
          filter,
          feeds: data.feeds(),
          baseUrl,
          page: pageNo,
          hasMore: list.length > rowsPerPage,
          maxBytes: rowBytes,
        });
      });
    }
    if (path === '/articles') {
      const articleUrl = q.get('url');
      const pageNo = Math.max(1, parseCount(q, 'page', 1));
      const view = articleUrl ? data.articleHistory(articleUrl, { offset: (pageNo - 1) * rowsPerPage, limit: rowsPerPage }) : null;
      if (!view) return sendHtml(req, res, 404, renderNotFoundPage({ baseUrl, message: 'No article with this address has been tracked.' }));
      return sendPage(req, res, `/articles\u0000${articleUrl}\u0000${pageNo}`, () =>
        renderArticlePage(view, { baseUrl, feeds: data.feeds(), rowsPerPage, maxBytes: rowBytes }),
      );
    }
    if (path === '/search') {
      const term = (q.get('q') ?? '').slice(0, 200);
      return sendPage(req, res, `/search\u0000${term}`, () =>
        renderSearchPage({ term, hits: term.trim() && data.search ? data.search(term, { limit: rowsPerPage }) : [], baseUrl, feeds: data.feeds() }),
      );
    }
    if (path === '/articles/version') {
      const articleUrl = q.get('url');
      const n = parseCount(q, 'n', 0);
      const v = articleUrl && n > 0 ? data.articleVersion(articleUrl, n) : null;
      if (!v) return sendHtml(req, res, 404, renderNotFoundPage({ baseUrl, message: 'No such version of a tracked article has been saved.' }));
      return sendPage(req, res, `/articles/version\u0000${articleUrl}\u0000${n}`, () => renderVersionPage(v, { baseUrl, feeds: data.feeds() }));
    }
    const m = /^\/agreements\/([^/]+)$/.exec(path);
    if (m && m[1] !== undefined) {
      const seg = m[1];
      if (seg.endsWith('.atom')) {
        return serveFeed(req, res, { kind: 'agreement', agreementId: decodeSegment(seg.slice(0, -5)) }, q);
      }
      const id = decodeSegment(seg);
      if (data.agreementName(id) === null) return sendHtml(req, res, 404, renderNotFoundPage({ baseUrl, message: 'There is no such agreement.' }));
      const eventIndex = q.has('event') ? parseCount(q, 'event', 0) : null;
      const pageNo = Math.max(1, parseCount(q, 'page', 1));
      return sendPage(req, res, `/agreements\u0000${id}\u0000${eventIndex ?? ''}\u0000${pageNo}`, () => {
        const a = data.agreement(id);
        if (!a) return renderNotFoundPage({ baseUrl, message: 'There is no such agreement.' });
        return renderAgreementPage(a, {
          baseUrl,
          feeds: data.feeds(),
          evidencePerEvent: limits.evidencePerEvent,
          event: eventIndex === null ? undefined : { index: eventIndex, page: pageNo },
          rowsPerPage,
          maxBytes: rowBytes,
          corrections: correctionMarks(id),
        });
      });
    }
    sendHtml(req, res, 404, renderNotFoundPage({ baseUrl }));
  }

  return http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(req, res, 405, 'Only GET and HEAD are supported.', { Allow: 'GET, HEAD' });
      return;
    }
    try {
      route(req, res);
    } catch (err) {
      if (err instanceof HttpError) {
        if (!res.headersSent) sendHtml(req, res, err.status, renderMessagePage('Bad request', err.message, { baseUrl }));
        return;
      }
      log(`pactwatch server: ${req.method} ${req.url ?? ''} failed: ${firstLine(err)}`);
      if (!res.headersSent) sendText(req, res, 500, 'Internal server error.');
      else res.destroy();
    }
  });
}

/**
 * /healthz's body: "ok", then when the last ingest run finished, so a monitor can alert on a
 * worker that stopped running as well as on a store that stopped answering.
 */
function healthLine(data: SiteData): string {
  let run: ReturnType<NonNullable<SiteData['lastRun']>> = null;
  try {
    run = data.lastRun?.() ?? null;
  } catch {
    // The store answered the ping; a failure here only leaves the run unknown.
  }
  if (!run) return 'ok; no ingest run has finished yet';
  const failed = run.failed > 0 ? `, ${run.failed} failed` : '';
  return `ok; last run finished ${run.finishedAt} (${count(run.feeds, 'feed')}${failed}, ${(run.durationMs / 1000).toFixed(1)} s)`;
}
