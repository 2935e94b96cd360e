// A programmable news server on 127.0.0.1 for tests: each path answers what the test last set,
// and every request is counted, so a test can say which pages were fetched.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Never answer (a stalled server). */
  stall?: boolean;
  /** Answer with this function instead (streams, redirects). */
  handler?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
}

export class NewsServer {
  private routes = new Map<string, Route>();
  readonly hits = new Map<string, number>();
  private server = http.createServer((req, res) => this.handle(req, res));
  private sockets = new Set<import('node:net').Socket>();
  base = '';

  async start(): Promise<this> {
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  url(path: string): string {
    return `${this.base}${path}`;
  }

  set(path: string, route: Route | string): void {
    this.routes.set(path, typeof route === 'string' ? { body: route } : route);
  }

  remove(path: string): void {
    this.routes.delete(path);
  }

  count(path: string): number {
    return this.hits.get(path) ?? 0;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
    const route = this.routes.get(path);
    if (!route) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    if (route.stall) return;
    if (route.handler) return route.handler(req, res);
    const headers = { 'Content-Type': 'text/html; charset=utf-8', ...route.headers };
    const etag = headers.ETag ?? headers.etag;
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag });
      res.end();
      return;
    }
    res.writeHead(route.status ?? 200, headers);
    res.end(route.body ?? '');
  }
}
