// The read-only JSON API: the same shapes as the CLI's --json, over HTTP.
//   /api/agreements               = `pactwatch agreements --json`
//   /api/agreements/ID            = `pactwatch agreement ID --json`
//   /api/corrections?feed=&since=&kind=&all=1 = `pactwatch corrections --json [--feed] [--since] [--all]`
//   /api/history?url=…            = `pactwatch history URL --json`
//   /api/search?q=…               = `pactwatch search TERM --json`
// Routing and values only; the server adds ETag/304, gzip and caching as it does for the feeds.
import type { HistoryJson } from '../types.js';
import type { SiteData } from './site-data.js';

export interface ApiResult {
  status: number;
  value: unknown;
}

function error(status: number, message: string): ApiResult {
  return { status, value: { error: message } };
}

/** The answer to an /api/… path (already stripped of the base path). */
export function apiAnswer(data: SiteData, path: string, q: URLSearchParams): ApiResult {
  if (path === '/api/agreements') return { status: 200, value: data.agreements() };
  const one = /^\/api\/agreements\/([^/]+)$/.exec(path);
  if (one && one[1] !== undefined) {
    let id: string;
    try {
      id = decodeURIComponent(one[1]);
    } catch {
      return error(400, 'The agreement id is not valid.');
    }
    const a = data.agreement(id);
    return a ? { status: 200, value: a } : error(404, `No agreement with id "${id}".`);
  }
  if (path === '/api/corrections') {
    const since = q.get('since') || undefined;
    if (since !== undefined && Number.isNaN(Date.parse(since))) return error(400, `since: not a date: ${since}`);
    const feed = q.get('feed') || undefined;
    const kind = q.get('kind') || undefined;
    const all = q.get('all');
    return {
      status: 200,
      value: data.corrections({
        ...(feed ? { feed } : {}),
        ...(kind ? { kind } : {}),
        ...(since ? { since } : {}),
        ...(all === '1' || all === 'true' ? { revisions: true } : {}),
      }),
    };
  }
  if (path === '/api/history') {
    const url = q.get('url');
    if (!url) return error(400, 'url is required.');
    const view = data.articleHistory(url);
    if (!view) return error(404, 'No article with this address has been tracked.');
    const history: HistoryJson = { url: view.url, feed: view.feed, versions: view.versions, changes: view.changes };
    return { status: 200, value: history };
  }
  if (path === '/api/search') {
    const term = q.get('q') ?? '';
    if (term.trim() === '') return error(400, 'q is required.');
    if (!data.search) return error(404, 'Search is not available on this store.');
    return { status: 200, value: data.search(term, { limit: 50 }) };
  }
  return error(404, 'No such API resource.');
}

/** JSON as the CLI prints it; characters that could reorder or hide text are escaped. */
export function apiJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
