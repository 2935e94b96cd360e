// An in-memory SiteData for the server tests, counting calls so tests can see what a request did.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer, type FeedScope, type FeedState, type SiteData } from '../../../src/server/index.js';
import type { AgreementJson, ArticleHistoryView, CorrectionJson, FeedStatusView, UpdateRecord, VersionView } from '../../../src/types.js';
import { agreement, corrections, feeds, history } from '../../publish/helpers/sample-site.js';
import { H, makeUpdate } from '../../publish/helpers/sample-updates.js';

export class FakeSite implements SiteData {
  /** Oldest first, as appended. */
  readonly all: UpdateRecord[] = [];
  healthy = true;
  failOn: string | null = null;
  readonly calls = { feedState: 0, updates: 0, corrections: [] as Array<Record<string, unknown>> };
  agreementsList: AgreementJson[] = [agreement];
  correctionsList: CorrectionJson[] = corrections;
  histories = new Map<string, ArticleHistoryView>([[history.url, history]]);
  feedsList: FeedStatusView[] = feeds;

  constructor(n = 0) {
    this.add(n);
  }

  add(n: number): void {
    const from = this.all.length + 1;
    for (let s = from; s < from + n; s++) this.all.push(makeUpdate(s));
  }

  private inScope(scope: FeedScope): UpdateRecord[] {
    if (scope.kind === 'all') return this.all;
    if (scope.kind === 'corrections') return this.all.filter((u) => u.payload.kind === 'correction' || u.payload.kind === 'revision');
    return this.all.filter((u) => u.agreementIds.includes(scope.agreementId));
  }

  private check(name: string): void {
    if (this.failOn === name) throw new Error(`${name} exploded\n    at secret/stack/frame.js:1:1`);
  }

  ping(): boolean {
    return this.healthy;
  }

  feedState(scope: FeedScope): FeedState | null {
    this.calls.feedState++;
    this.check('feedState');
    if (scope.kind === 'agreement' && !this.agreementsList.some((a) => a.id === scope.agreementId)) return null;
    const list = this.inScope(scope);
    const newest = list[list.length - 1];
    return { newestSeq: newest?.seq ?? 0, newestAt: newest?.createdAt ?? null };
  }

  updates(scope: FeedScope, opts: { beforeSeq: number | null; limit: number }): UpdateRecord[] {
    this.calls.updates++;
    const list = this.inScope(scope).filter((u) => opts.beforeSeq === null || u.seq < opts.beforeSeq);
    return list.slice(-opts.limit).reverse();
  }

  agreements(): AgreementJson[] {
    return this.agreementsList;
  }

  agreement(id: string): AgreementJson | null {
    return this.agreementsList.find((a) => a.id === id) ?? null;
  }

  agreementName(id: string): string | null {
    return this.agreement(id)?.name ?? null;
  }

  corrections(filter: { feed?: string; kind?: string; since?: string; limit?: number }): CorrectionJson[] {
    this.calls.corrections.push(filter);
    return this.correctionsList.filter((c) => (!filter.feed || c.feed === filter.feed) && (!filter.kind || c.kind === filter.kind));
  }

  articleHistory(url: string): ArticleHistoryView | null {
    return this.histories.get(url) ?? null;
  }

  feeds(): FeedStatusView[] {
    return this.feedsList;
  }

  /** Saved copies: each version of the sample history, with a hostile paragraph. */
  articleVersion(url: string, n: number): VersionView | null {
    const h = this.histories.get(url);
    const v = h?.versions.find((x) => x.n === n);
    if (!h || !v) return null;
    return { url, feed: h.feed, n, total: h.versions.length, seenAt: v.seenAt, title: v.title, paragraphs: [`Version ${n} text ${H.script}`], hash: v.hash };
  }
}

export interface Running {
  url: string;
  server: http.Server;
  logs: string[];
  close(): Promise<void>;
}

/** The base URL the test servers announce; tests map its links back onto the real port. */
export const SERVER_BASE = 'http://pactwatch.test';

export async function start(site: SiteData, baseUrl = SERVER_BASE): Promise<Running> {
  const logs: string[] = [];
  const server = createServer(site, { baseUrl, log: (l) => logs.push(l) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    logs,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Res {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

/** A raw GET/HEAD: no automatic decompression, headers exactly as given. */
export function request(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
