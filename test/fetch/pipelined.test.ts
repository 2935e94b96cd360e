// Pipelined page fetches (fetch.pipelining): the requests really go out ahead on each connection,
// no more connections than fetch.perHost are opened, every answer reaches its own request, and a
// server that closes the connection after an answer (with or without saying so) costs a
// reconnect, not a page. The generic behaviour (caps, deadline, redirects, the outbound policy)
// is tested for both clients in fetch.test.ts and outbound-policy.test.ts.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchResource } from '../../src/fetch/index.js';
import type { FetchOptions, Validators } from '../../src/types.js';

const none: Validators = { etag: null, lastModified: null };

interface RawServer {
  url: (path: string) => string;
  /** Per connection: how many requests had arrived when the first answer went out. */
  aheadAtFirstAnswer: number[];
  connections: number;
  answered: number;
  close: () => Promise<void>;
}

/**
 * An HTTP/1.1 server on a raw socket, so the test sees the requests as written: it holds its
 * answers until `holdFor` requests arrived on the connection (or 300 ms passed), then answers
 * them in order with their own path as the body. `closeAfter`: close the connection after that
 * many answers, saying so in a header (`announced`) or not.
 */
async function rawServer(opts: { holdFor: number; closeAfter?: number; announced?: boolean }): Promise<RawServer> {
  const state = { aheadAtFirstAnswer: [] as number[], connections: 0, answered: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffered = '';
    const paths: string[] = [];
    let answeredHere = 0;
    let first = true;
    let timer: NodeJS.Timeout | null = null;
    const answer = (): void => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (first && paths.length > 0) {
        state.aheadAtFirstAnswer.push(paths.length);
        first = false;
      }
      while (paths.length > 0 && !socket.destroyed) {
        const path = paths.shift()!;
        answeredHere++;
        state.answered++;
        const last = opts.closeAfter !== undefined && answeredHere >= opts.closeAfter;
        const body = Buffer.from(path);
        socket.write(
          `HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${body.length}\r\n${last && opts.announced ? 'Connection: close\r\n' : ''}\r\n`,
        );
        socket.write(body);
        if (last) {
          socket.end();
          return;
        }
      }
    };
    socket.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('latin1');
      let end = buffered.indexOf('\r\n\r\n');
      while (end >= 0) {
        paths.push(/^GET (\S+)/.exec(buffered)?.[1] ?? '?');
        buffered = buffered.slice(end + 4);
        end = buffered.indexOf('\r\n\r\n');
      }
      if (!first || paths.length >= opts.holdFor) answer();
      else timer ??= setTimeout(answer, 300);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    get aheadAtFirstAnswer() {
      return state.aheadAtFirstAnswer;
    },
    get connections() {
      return state.connections;
    },
    get answered() {
      return state.answered;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

const options = (url: string): FetchOptions => ({
  policy: { feedUrl: url, allowPrivate: true },
  timeoutMs: 5_000,
  maxBytes: 100_000,
  maxRedirects: 5,
  userAgent: 'pactwatch-test',
  accept: 'text/html',
  pipelining: { connections: 2, depth: 4 },
});

let server: RawServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function fetchAll(s: RawServer, n: number): Promise<string[]> {
  const paths = Array.from({ length: n }, (_, i) => `/page-${i}`);
  const results = await Promise.all(paths.map((p) => fetchResource(s.url(p), none, options(s.url('/')))));
  return results.map((r) => (r.kind === 'ok' ? r.text : `${r.kind}: ${r.kind === 'error' ? r.error : ''}`));
}

describe('pipelined page fetches', () => {
  it('write several GETs on each of at most `connections` connections before the first answer', async () => {
    server = await rawServer({ holdFor: 4 });
    const texts = await fetchAll(server, 8);
    expect(texts).toEqual(Array.from({ length: 8 }, (_, i) => `/page-${i}`));
    expect(server.connections).toBeLessThanOrEqual(2);
    expect(Math.max(...server.aheadAtFirstAnswer)).toBeGreaterThan(1);
  });

  it('a server that closes the connection after each answer, unannounced: every page still arrives, in its own result', async () => {
    server = await rawServer({ holdFor: 1, closeAfter: 1 });
    const texts = await fetchAll(server, 8);
    expect(texts).toEqual(Array.from({ length: 8 }, (_, i) => `/page-${i}`));
  });

  it('a server that answers `Connection: close` after two answers: the rest go out again on a new connection', async () => {
    server = await rawServer({ holdFor: 4, closeAfter: 2, announced: true });
    const texts = await fetchAll(server, 8);
    expect(texts).toEqual(Array.from({ length: 8 }, (_, i) => `/page-${i}`));
    expect(server.connections).toBeGreaterThan(2);
  });
});
