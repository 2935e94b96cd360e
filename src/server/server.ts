// The HTTP server: Atom feeds with ETag/Last-Modified/304 and gzip, the HTML pages, /healthz.
// Built on node:http directly: a handful of fixed routes needs no framework, and the feed hot path
// stays a few function calls long.
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
  renderOverviewPage,
} from '../publish/index.js';
import { acceptsGzip, noneMatchHits, notModifiedSince } from './conditional.js';
import { FeedService } from './feeds.js';
import type { FeedScope, SiteData } from './site-data.js';
import { firstLine } from '../shared/errors.js';

export interface ServerOptions {
  /** Absolute base for links in feeds ("http://localhost:8080"); its path, if any, prefixes routes. */
  baseUrl: string;
  /** One line per server error; console.error by default. */
  log?: (line: string) => void;
}

const HTML_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
} as const;

/** How many recent updates the overview lists, and corrections the history page shows. */
const RECENT_ON_OVERVIEW = 20;
const CORRECTIONS_ON_PAGE = 500;

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

  function sendHtml(req: http.IncomingMessage, res: http.ServerResponse, status: number, html: string): void {
    const raw = Buffer.from(html, 'utf8');
    const gz = raw.length > 1024 && acceptsGzip(req.headers['accept-encoding']);
    const body = gz ? gzipSync(raw) : raw;
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

  function route(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = url.pathname;
    if (prefix && (path === prefix || path.startsWith(prefix + '/'))) path = path.slice(prefix.length) || '/';
    const q = url.searchParams;

    if (path === '/feed.atom') return serveFeed(req, res, { kind: 'all' }, q);
    if (path === '/corrections.atom') return serveFeed(req, res, { kind: 'corrections' }, q);
    if (path === '/healthz') {
      let ok = false;
      try {
        ok = data.ping();
      } catch (err) {
        log(`pactwatch server: health check failed: ${firstLine(err)}`);
      }
      return ok ? sendText(req, res, 200, 'ok') : sendText(req, res, 503, 'store unavailable');
    }
    if (path === '/') {
      const html = renderOverviewPage({
        agreements: data.agreements(),
        feeds: data.feeds(),
        recent: data.updates({ kind: 'all' }, { beforeSeq: null, limit: RECENT_ON_OVERVIEW }),
        baseUrl,
      });
      return sendHtml(req, res, 200, html);
    }
    if (path === '/corrections') {
      const feed = q.get('feed') || undefined;
      const kindParam = q.get('kind') || undefined;
      const kind = kindParam && (CORRECTION_KINDS as readonly string[]).includes(kindParam) ? kindParam : undefined;
      const filter = { ...(feed ? { feed } : {}), ...(kind ? { kind } : {}) };
      const html = renderCorrectionsPage({
        corrections: data.corrections({ ...filter, limit: CORRECTIONS_ON_PAGE }),
        filter,
        feeds: data.feeds(),
        baseUrl,
      });
      return sendHtml(req, res, 200, html);
    }
    if (path === '/articles') {
      const articleUrl = q.get('url');
      const view = articleUrl ? data.articleHistory(articleUrl) : null;
      if (!view) return sendHtml(req, res, 404, renderNotFoundPage({ baseUrl, message: 'No article with this address has been tracked.' }));
      return sendHtml(req, res, 200, renderArticlePage(view, { baseUrl, feeds: data.feeds() }));
    }
    const m = /^\/agreements\/([^/]+)$/.exec(path);
    if (m && m[1] !== undefined) {
      const seg = m[1];
      if (seg.endsWith('.atom')) {
        return serveFeed(req, res, { kind: 'agreement', agreementId: decodeSegment(seg.slice(0, -5)) }, q);
      }
      const a = data.agreement(decodeSegment(seg));
      if (!a) return sendHtml(req, res, 404, renderNotFoundPage({ baseUrl, message: 'There is no such agreement.' }));
      return sendHtml(req, res, 200, renderAgreementPage(a, { baseUrl, feeds: data.feeds() }));
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
