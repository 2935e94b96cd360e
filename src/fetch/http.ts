// HTTP(S) GET with conditional requests, our own redirect limit, one deadline for headers and
// body, a hard cap on the decompressed body, and the outbound policy on every hop. Built on
// node:http rather than fetch() because only node:http lets the socket use our own DNS lookup,
// which is where the policy checks the address actually connected to (see guard.ts). undici's
// request() could take the same lookup, but measured on our 259 KB feed it cost the same CPU per
// GET as node:http (0.8-1.1 ms each, in the same runs; bench/README.md, issue 17 third round) and
// ~120 ms of every start to load, so feeds stay on node:http. Pages use undici's Pool where
// fetch.pipelining asks for pipelined connections (pipelined.ts), which node:http cannot do; the
// same deadline, caps, decoders and redirect checks below apply to both.
import http, { STATUS_CODES, type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { pipeline, type Readable, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import { HashedBody } from './body.js';
import type { FetchOptions, FetchResult, Validators } from '../types.js';
import { describeNetworkError, isTimeout } from './errors.js';
import { guardedAgents, REFUSED_CODE } from './guard.js';
import { maxAgeFromCacheControl, retryAfterSeconds, seconds } from './headers.js';
import { pipelinedGet, type HttpResponse } from './pipelined.js';
import { httpHopVerdict } from './policy.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type ErrorResult = Extract<FetchResult, { kind: 'error' }>;

export function errorResult(url: string, error: string, extra: Partial<ErrorResult> = {}): ErrorResult {
  return { kind: 'error', url, error, status: null, gone: false, retryAfterSeconds: null, refused: false, ...extra };
}

function requestHeaders(validators: Validators, options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: options.accept,
    // readCapped decodes these; saying so explicitly keeps servers from sending anything else.
    'accept-encoding': 'gzip, deflate, br',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  return headers;
}

/** Decompression streams for a Content-Encoding, outermost last; a string when one is unknown. */
function decoders(headers: IncomingHttpHeaders): Transform[] | string {
  // Lenient about a truncated end, as browsers are: the cap and the deadline bound the rest.
  const lenient = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const codings = (headers['content-encoding'] ?? '').toLowerCase().split(',').map((c) => c.trim());
  const streams: Transform[] = [];
  for (const coding of codings.filter((c) => c && c !== 'identity').reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') streams.push(zlib.createGunzip(lenient));
    else if (coding === 'deflate') streams.push(zlib.createInflate(lenient));
    else if (coding === 'br') streams.push(zlib.createBrotliDecompress());
    else return `unsupported Content-Encoding ${coding}`;
  }
  return streams;
}

/**
 * Reads the decompressed body chunk by chunk, so that a huge body (or a small compressed bomb)
 * is refused as soon as it passes the cap, without ever being held.
 */
async function readCapped(res: HttpResponse, maxBytes: number): Promise<HashedBody | null | string> {
  const unzip = decoders(res.headers);
  if (typeof unzip === 'string') {
    res.body.destroy();
    return unzip;
  }
  const body: Readable = unzip.length === 0 ? res.body : (pipeline([res.body, ...unzip], () => undefined) as unknown as Readable);
  // 'data' events rather than an async iterator: a promise per chunk cost more CPU than hashing
  // the chunk for a large unchanged feed.
  const hashed = new HashedBody();
  return new Promise((resolve, reject) => {
    body.on('data', (chunk: Buffer) => {
      if (hashed.size + chunk.byteLength > maxBytes) {
        res.body.destroy();
        body.destroy();
        resolve(null);
        return;
      }
      hashed.add(chunk);
    });
    body.once('end', () => resolve(hashed));
    body.once('error', reject);
    // A socket closed before the end (also by the deadline's abort) ends the read with an error.
    body.once('close', () => {
      if (!body.readableEnded) reject(Object.assign(new Error('the connection closed before the body ended'), { code: 'ECONNRESET' }));
    });
  });
}

function discard(res: HttpResponse): void {
  // Closing (node:http) or reading at most a few KB (pipelined) rather than draining: a hostile
  // server may send an endless body with a redirect.
  res.discard();
}

function get(url: URL, headers: Record<string, string>, guarded: boolean, signal: AbortSignal, options: FetchOptions): Promise<HttpResponse> {
  if (options.pipelining) return pipelinedGet(url, headers, guarded, signal, options.pipelining);
  const client = url.protocol === 'https:' ? https : http;
  const agent = guarded ? guardedAgents[url.protocol as 'http:' | 'https:'] : undefined;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { headers, signal, ...(agent ? { agent } : {}) }, (res) =>
      resolve({ statusCode: res.statusCode ?? 0, statusMessage: res.statusMessage ?? '', headers: res.headers, body: res, discard: () => res.destroy() }),
    );
    req.on('error', reject);
  });
}

function errorCode(err: unknown, depth = 0): string | null {
  if (typeof err !== 'object' || err === null || depth > 5) return null;
  const { code, cause } = err as { code?: unknown; cause?: unknown };
  return typeof code === 'string' ? code : errorCode(cause, depth + 1);
}

export async function fetchHttp(url: string, validators: Validators, options: FetchOptions): Promise<FetchResult> {
  // One deadline for the whole exchange: every redirect hop, the headers and the body. A timer
  // cleared when the exchange ends rather than AbortSignal.timeout, whose timer and signal outlive
  // the request by the whole timeout (20 s): a run of many feeds held hundreds of them, and their
  // upkeep and collection were a measurable part of an unchanged re-poll (bench figure 2a).
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), options.timeoutMs);
  timer.unref();
  try {
    return await exchange(url, validators, options, deadline.signal);
  } finally {
    clearTimeout(timer);
  }
}

async function exchange(url: string, validators: Validators, options: FetchOptions, signal: AbortSignal): Promise<FetchResult> {
  const headers = requestHeaders(validators, options);
  const visited = new Set<string>();
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        return errorResult(url, `invalid URL: ${current}`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        // Also stops a remote server from redirecting us onto the local disk (file:).
        return errorResult(url, `unsupported URL scheme ${parsed.protocol} in ${current}`);
      }
      const verdict = httpHopVerdict(parsed, options.policy);
      if (verdict.kind === 'refused') return errorResult(current, verdict.why, { refused: true });
      visited.add(parsed.href);
      const res = await get(parsed, headers, verdict.kind === 'guarded', signal, options);
      const location = res.headers.location;
      if (REDIRECTS.has(res.statusCode ?? 0) && location) {
        discard(res);
        let next: string;
        try {
          next = new URL(location, parsed).href;
        } catch {
          return errorResult(url, `bad redirect Location "${location}" from ${current}`, { status: res.statusCode ?? null });
        }
        if (visited.has(next)) return errorResult(url, `too many redirects (loop back to ${next})`);
        if (hop >= options.maxRedirects) {
          return errorResult(url, `too many redirects (more than ${options.maxRedirects}, last ${next})`);
        }
        current = next;
        continue;
      }
      return await finish(res, current, validators, options);
    }
  } catch (err) {
    if (errorCode(err) === REFUSED_CODE) {
      return errorResult(current, (err as Error).message, { refused: true });
    }
    if (isTimeout(err) || signal.aborted) return errorResult(current, `timed out after ${seconds(options.timeoutMs)}`);
    return errorResult(current, describeNetworkError(err, current));
  }
}

function header(res: HttpResponse, name: string): string | null {
  const v = res.headers[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

async function finish(res: HttpResponse, url: string, old: Validators, options: FetchOptions): Promise<FetchResult> {
  const status = res.statusCode ?? 0;
  const maxAgeSeconds = maxAgeFromCacheControl(header(res, 'cache-control'));
  const validators: Validators = { etag: header(res, 'etag'), lastModified: header(res, 'last-modified') };
  if (status === 304) {
    // A 304 has no body (the HTTP parser reads none, whatever the server sends after it), so the
    // connection stays open for the next feed on the host: closing it, as `discard` does, made every
    // unchanged re-poll a new TCP connection (a third of its CPU, bench figure 2b).
    res.body.resume();
    // A 304 may omit the validators; the ones we sent are still the right ones.
    return {
      kind: 'not-modified',
      url,
      validators: { etag: validators.etag ?? old.etag, lastModified: validators.lastModified ?? old.lastModified },
      maxAgeSeconds,
    };
  }
  if (status < 200 || status > 299) {
    discard(res);
    const reason = res.statusMessage || STATUS_CODES[status] || '';
    return errorResult(url, `HTTP ${status}${reason ? ` ${reason}` : ''}`.trim(), {
      status,
      gone: status === 404 || status === 410,
      retryAfterSeconds: retryAfterSeconds(header(res, 'retry-after')),
    });
  }
  const declared = Number(header(res, 'content-length'));
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    discard(res);
    return errorResult(url, `response larger than ${options.maxBytes} bytes`, { status, tooLarge: true, validators });
  }
  const bytes = await readCapped(res, options.maxBytes);
  if (bytes === null) return errorResult(url, `response larger than ${options.maxBytes} bytes`, { status, tooLarge: true, validators });
  if (typeof bytes === 'string') return errorResult(url, bytes, { status });
  return bytes.result({ url, status, contentType: header(res, 'content-type'), validators, old, maxAgeSeconds });
}
