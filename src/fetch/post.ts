// One outbound POST (a webhook), through the same outbound guard as content URLs: a name that
// resolves to a loopback, private, link-local or other special address is refused at connect
// time, and so is such an address written as the host, unless the operator allowed it for this
// webhook. Redirects are not followed (a receiver that moved must be configured again). Never
// throws: the result says what happened, in one line.
import http from 'node:http';
import https from 'node:https';
import { guardedAgents, REFUSED_CODE } from './guard.js';
import { httpHopVerdict } from './policy.js';
import { firstLine } from '../shared/errors.js';

export interface PostResult {
  ok: boolean;
  /** The HTTP status, or null when no answer came (refused, timeout, network). */
  status: number | null;
  /** One line, when not ok. */
  error: string | null;
}

export interface PostOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  /** Let the POST reach private and loopback addresses (a receiver on this machine or the LAN). */
  allowPrivate: boolean;
}

export function postJson(url: string, body: string, opts: PostOptions): Promise<PostResult> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve({ ok: false, status: null, error: `not a URL: ${url}` });
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return Promise.resolve({ ok: false, status: null, error: `unsupported URL scheme ${target.protocol}` });
  }
  // The guard's verdict for an address written as the host; a name is checked when it resolves.
  const verdict = httpHopVerdict(target, { feedUrl: '', allowPrivate: opts.allowPrivate });
  if (verdict.kind === 'refused') return Promise.resolve({ ok: false, status: null, error: `${verdict.why} (allowPrivateAddresses is false)` });
  const client = target.protocol === 'https:' ? https : http;
  const agent = verdict.kind === 'guarded' ? guardedAgents[target.protocol] : undefined;
  return new Promise((resolve) => {
    const req = client.request(
      target,
      {
        method: 'POST',
        agent,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...opts.headers },
        signal: AbortSignal.timeout(opts.timeoutMs),
      },
      (res) => {
        res.resume();
        const status = res.statusCode ?? 0;
        const ok = status >= 200 && status < 300;
        res.on('end', () => resolve({ ok, status, error: ok ? null : `HTTP ${status}` }));
        res.on('error', (err) => resolve({ ok: false, status, error: firstLine(err) }));
      },
    );
    req.on('error', (err: NodeJS.ErrnoException) => {
      const why = err.code === REFUSED_CODE ? `${err.message} (allowPrivateAddresses is false)` : err.name === 'AbortError' || err.name === 'TimeoutError' ? `no answer within ${opts.timeoutMs / 1000} s` : firstLine(err);
      resolve({ ok: false, status: null, error: why });
    });
    req.end(body);
  });
}
