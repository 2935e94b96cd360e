// A news site for the bench, in its own process: serves the files of a folder on several loopback
// ports (each port is one "outlet", as pactwatch fetches at most one page per host at a time).
// Paths under /e/ carry a strong ETag and answer 304 to If-None-Match; other paths send no
// validators, like the many feeds in the wild that never answer 304.
// Usage: static-server.js DIR PORTS [DELAY_MS] — prints {"ports":[…]} when listening. DELAY_MS
// holds every answer that long before its headers, as a distant server's round trip would. Each
// answer is held from its own request's arrival: node:http hands pipelined requests over as they
// are read and writes the answers in order, so 8 GETs pipelined on one connection come back in
// ~DELAY_MS, not 8 × DELAY_MS (63 ms for 8 at 50 ms, measured): the model is the round trip's
// latency, with a server whose own work per request is negligible, not a server that serialises.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { exitWithParent } from '../lib/child.js';

const root = path.resolve(process.argv[2] ?? '.');
const portCount = Number(process.argv[3] ?? '1');
const delayMs = Number(process.argv[4] ?? '0');

// Files are re-read only when they change (the bench rewrites pages between runs).
const cache = new Map<string, { mtimeMs: number; size: number; body: Buffer; etag: string }>();

function load(file: string): { body: Buffer; etag: string } | null {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(file);
  } catch {
    return null;
  }
  if (!st.isFile()) return null;
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit;
  const body = readFileSync(file);
  const entry = { mtimeMs: st.mtimeMs, size: st.size, body, etag: `"${createHash('sha1').update(body).digest('hex')}"` };
  cache.set(file, entry);
  return entry;
}

function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const withEtag = urlPath.startsWith('/e/');
  const rel = withEtag ? urlPath.slice(2) : urlPath;
  const file = path.join(root, path.normalize(rel));
  const hit = file.startsWith(root) ? load(file) : null;
  if (!hit) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
    return;
  }
  const type = file.endsWith('.xml') ? 'application/rss+xml; charset=utf-8' : 'text/html; charset=utf-8';
  if (withEtag && req.headers['if-none-match'] === hit.etag) {
    res.writeHead(304, { ETag: hit.etag });
    res.end();
    return;
  }
  res.writeHead(200, { 'Content-Type': type, 'Content-Length': hit.body.length, ...(withEtag ? { ETag: hit.etag } : {}) });
  res.end(hit.body);
}

const servers: http.Server[] = [];
const ports: number[] = [];
for (let i = 0; i < portCount; i++) {
  const server = http.createServer(delayMs > 0 ? (req, res) => setTimeout(() => handle(req, res), delayMs) : handle);
  // Like nginx (75 s), not Node's 5 s: with 5 s, a socket the client is about to reuse can be
  // closed under it while its event loop is busy storing another feed (undici then reports
  // "connection closed by the server"), which would measure the race, not the pipeline.
  server.keepAliveTimeout = 75_000;
  server.headersTimeout = 80_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  ports.push((server.address() as AddressInfo).port);
}
exitWithParent(() => {
  for (const s of servers) s.close();
});
process.stdout.write(`${JSON.stringify({ ports })}\n`);
