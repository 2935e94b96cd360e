// HTTP(S) GET with conditional requests, our own redirect limit, one deadline for headers and
// body, and a hard cap on the body size.
import { STATUS_CODES } from 'node:http';
import { bodyResult } from './body.js';
import type { FetchOptions, FetchResult, Validators } from '../types.js';
import { describeNetworkError, isTimeout } from './errors.js';
import { maxAgeFromCacheControl, retryAfterSeconds, seconds } from './headers.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type ErrorResult = Extract<FetchResult, { kind: 'error' }>;

export function errorResult(url: string, error: string, extra: Partial<ErrorResult> = {}): ErrorResult {
  return { kind: 'error', url, error, status: null, gone: false, retryAfterSeconds: null, ...extra };
}

function requestHeaders(validators: Validators, options: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent,
    accept: options.accept,
    // fetch decodes these itself; saying so explicitly keeps servers from sending anything else.
    'accept-encoding': 'gzip, deflate, br',
  };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  return headers;
}

/** Reads the body chunk by chunk so that a huge body is refused without ever being held. */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Cancelling aborts the request and closes the connection.
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}

export async function fetchHttp(url: string, validators: Validators, options: FetchOptions): Promise<FetchResult> {
  // One deadline for the whole exchange: every redirect hop, the headers and the body.
  const signal = AbortSignal.timeout(options.timeoutMs);
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
      visited.add(parsed.href);
      const res = await fetch(parsed, { headers, redirect: 'manual', signal });
      const location = res.headers.get('location');
      if (REDIRECTS.has(res.status) && location) {
        await discard(res);
        let next: string;
        try {
          next = new URL(location, parsed).href;
        } catch {
          return errorResult(url, `bad redirect Location "${location}" from ${current}`, { status: res.status });
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
    if (isTimeout(err) || signal.aborted) return errorResult(current, `timed out after ${seconds(options.timeoutMs)}`);
    return errorResult(current, describeNetworkError(err, current));
  }
}

async function finish(res: Response, url: string, old: Validators, options: FetchOptions): Promise<FetchResult> {
  const maxAgeSeconds = maxAgeFromCacheControl(res.headers.get('cache-control'));
  const validators: Validators = {
    etag: res.headers.get('etag'),
    lastModified: res.headers.get('last-modified'),
  };
  if (res.status === 304) {
    await discard(res);
    // A 304 may omit the validators; the ones we sent are still the right ones.
    return {
      kind: 'not-modified',
      url,
      validators: { etag: validators.etag ?? old.etag, lastModified: validators.lastModified ?? old.lastModified },
      maxAgeSeconds,
    };
  }
  if (res.status < 200 || res.status > 299) {
    await discard(res);
    const reason = res.statusText || STATUS_CODES[res.status] || '';
    return errorResult(url, `HTTP ${res.status}${reason ? ` ${reason}` : ''}`.trim(), {
      status: res.status,
      gone: res.status === 404 || res.status === 410,
      retryAfterSeconds: retryAfterSeconds(res.headers.get('retry-after')),
    });
  }
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await discard(res);
    return errorResult(url, `response larger than ${options.maxBytes} bytes`, { status: res.status, tooLarge: true, validators });
  }
  const bytes = await readCapped(res, options.maxBytes);
  if (bytes === null) return errorResult(url, `response larger than ${options.maxBytes} bytes`, { status: res.status, tooLarge: true, validators });
  return bodyResult(bytes, { url, status: res.status, contentType: res.headers.get('content-type'), validators, old, maxAgeSeconds });
}
