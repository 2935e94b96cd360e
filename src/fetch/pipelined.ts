// Article pages over HTTP/1.1 pipelining (fetch.pipelining): on each of a host's fetch.perHost
// kept-alive connections, several GETs are written without waiting for the answer to the one
// before, so a distant publisher costs one round trip per batch instead of one per page, while it
// still sees no more connections than before. node:http cannot pipeline; undici's Pool can, and
// takes our guarded lookup on every connection it opens (guard.ts), so the outbound policy holds
// exactly as on node:http. Only pages are pipelined: a run fetches many from one host, but a feed
// once, and the feed path (an unchanged feed's whole run) stays on node:http without loading undici.
//
// A server that does not pipeline, or closes the connection after an answer, costs a reconnect,
// not a page: a `Connection: close` answer ends pipelining on that socket and undici sends the
// requests written behind it again on a new connection. A connection closed without notice fails
// the request at the head of its pipeline (the server may have begun on it): that host's pages
// then go one at a time per connection for the rest of the process, and the GET (idempotent) is
// sent again, at most twice.
import type { IncomingHttpHeaders } from 'node:http';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import type { Dispatcher, Pool } from 'undici';
import { guardedLookup } from './guard.js';

/** A response as http.ts reads it, from node:http or from a pipelined connection. */
export interface HttpResponse {
  statusCode: number;
  statusMessage: string;
  headers: IncomingHttpHeaders;
  body: Readable;
  /** Stops reading: ends the response without taking its body. */
  discard(): void;
}

export interface Pipelining {
  /** Connections per host (fetch.perHost). */
  connections: number;
  /** Requests written on one connection before its first answer (fetch.pipelining, ≥ 2 here). */
  depth: number;
}

/** A body this small is read to its end so the connection stays usable for the pages behind it. */
const DRAIN_LIMIT = 64 * 1024;
/** Hosts with a pool; past it the oldest pool closes (once its requests are done). */
const MAX_POOLS = 256;
/** Tries of one GET whose connection closed before its answer began. */
const TRIES = 3;
/** Origins that closed a connection under pipelined requests: no more pipelining to them. */
const unpipelined = new Set<string>();

interface Undici {
  Pool: typeof Pool;
  request: (this: Dispatcher, options: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData>;
}
// The pool and its request() only, by path: undici's entry point loads all of it (fetch, WebSocket,
// caches, mocks), 85 against 200 ms of CPU per process on this machine under load (~30 against
// ~70 idle), paid by every run that re-checks pages. The paths are undici 7.30's (package.json
// pins it; test/fetch/pipelined.test.ts loads them).
let loading: Promise<Undici> | null = null;
async function loadUndici(): Promise<Undici> {
  const [pool, api] = await Promise.all([import('undici/lib/dispatcher/pool.js'), import('undici/lib/api/api-request.js')]);
  return { Pool: pool.default, request: api.default };
}
const pools = new Map<string, Pool>();
let lookup: LookupFunction | null = null;

async function poolFor(url: URL, guarded: boolean, p: Pipelining): Promise<Pool> {
  const key = `${guarded ? 'g' : 'o'} ${p.connections}×${p.depth} ${url.origin}`;
  const known = pools.get(key);
  if (known) return known;
  loading ??= loadUndici();
  const { Pool: PoolClass } = await loading;
  // Another request may have made it while undici loaded.
  const raced = pools.get(key);
  if (raced) return raced;
  lookup ??= guardedLookup();
  const pool = new PoolClass(url.origin, {
    connections: p.connections,
    pipelining: p.depth,
    // As node:http's agents: idle connections closed after 5 s. The whole exchange has our own
    // deadline (http.ts), so undici's own header and body timeouts are off.
    keepAliveTimeout: 5_000,
    headersTimeout: 0,
    bodyTimeout: 0,
    ...(guarded ? { connect: { lookup } } : {}),
  });
  pools.set(key, pool);
  // A long-running worker meets many hosts in content links: keep the pools of recent ones.
  if (pools.size > MAX_POOLS) {
    const [oldKey, oldest] = pools.entries().next().value as [string, Pool];
    pools.delete(oldKey);
    oldest.close().catch(() => undefined);
  }
  return pool;
}

function closedUnderUs(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE';
}

/** One GET on the host's pipelined connections. Rejects as node:http would on a network failure. */
export async function pipelinedGet(url: URL, headers: Record<string, string>, guarded: boolean, signal: AbortSignal, p: Pipelining): Promise<HttpResponse> {
  for (let attempt = 1; ; attempt++) {
    const depth = unpipelined.has(url.origin) ? 1 : p.depth;
    const pool = await poolFor(url, guarded, { connections: p.connections, depth });
    try {
      return await request((await loading!).request, pool, url, headers, signal);
    } catch (err) {
      if (signal.aborted || attempt >= TRIES || !closedUnderUs(err)) throw err;
      if (depth > 1) unpipelined.add(url.origin);
    }
  }
}

async function request(send: Undici['request'], pool: Pool, url: URL, headers: Record<string, string>, signal: AbortSignal): Promise<HttpResponse> {
  // blocking: false is what lets the next GET go out before this one's headers are in.
  const res = await send.call(pool, { method: 'GET', path: `${url.pathname}${url.search}`, headers, signal, blocking: false });
  const body = res.body;
  // undici's body emits an AbortError when destroyed without a reason (http.ts does so past the
  // cap, or on an unknown encoding): with no listener left that would be an uncaught exception.
  body.on('error', () => undefined);
  return {
    statusCode: res.statusCode,
    statusMessage: res.statusText ?? '',
    headers: res.headers as IncomingHttpHeaders,
    body,
    discard() {
      // Destroying a pipelined answer's body would close the socket under the pages behind it.
      body.dump({ limit: DRAIN_LIMIT }).catch(() => undefined);
    },
  };
}
