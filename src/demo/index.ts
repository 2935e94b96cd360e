// `pactwatch demo`: serves the sample news on 127.0.0.1 as feeds and article pages, replays it
// snapshot by snapshot through the real pipeline (fetch, parse, extract, match, diff) into a
// temporary store on a fake clock, then serves the result. No network is needed.
import http from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadBundledConfig } from '../config/index.js';
import { openStore } from '../store/index.js';
import { createRunContext, ingest, silentLogger } from '../run/index.js';
import { createSiteData } from '../query/index.js';
import { createServer } from '../server/index.js';
import type { Config } from '../types.js';
import { stringify } from 'yaml';
import { count } from '../shared/plural.js';
import { SNAPSHOTS, type SampleArticle, type SampleFeed, type Snapshot } from './samples.js';

export { SNAPSHOTS } from './samples.js';

export interface DemoOptions {
  port: number;
  serve: boolean;
  /** Where the temporary store goes (default: a new folder under the OS temp dir, removed on exit). */
  dir?: string;
  /** Leave the folder (store and config) behind when the demo ends. */
  keep?: boolean;
  out?: (line: string) => void;
}

export interface DemoResult {
  database: string;
  /** A config file the CLI reads the demo's store with (`--config`). */
  configFile: string;
  server: http.Server | null;
  /** Stops the server and removes the temporary folder (unless kept). */
  stop(): void;
}

export async function runDemo(opts: DemoOptions): Promise<DemoResult> {
  const out = opts.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const ownDir = opts.dir === undefined;
  const dir = opts.dir ?? mkdtempSync(path.join(tmpdir(), 'pactwatch-demo-'));
  let snapshot: Snapshot = SNAPSHOTS[0]!;
  const news = await listen(sampleServer(() => snapshot), 0);
  const newsBase = `http://127.0.0.1:${port(news)}`;

  const bundled = loadBundledConfig();
  const config: Config = {
    ...bundled,
    file: path.join(dir, 'pactwatch.yaml'),
    database: path.join(dir, 'demo.db'),
    server: { port: opts.port, baseUrl: `http://localhost:${opts.port}` },
    articles: { recheckForDays: 365 * 5, minRecheckMinutes: 0 },
    feeds: SNAPSHOTS[0]!.feeds.map((f) => ({ id: f.id, name: f.name, url: `${newsBase}/feeds/${f.id}.xml`, fullText: true })),
  };
  const store = openStore(config.database);
  const ctx = createRunContext(config, store, { now: () => new Date(snapshot.at), log: silentLogger });
  let site: http.Server | null = null;

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    site?.close();
    news.close();
    store.close();
    if (ownDir && !opts.keep) rmSync(dir, { recursive: true, force: true });
  };

  try {
    // The port is taken before anything is replayed: a port in use is one line, not a replay wasted.
    if (opts.serve) site = await listenOrExplain(createServer(createSiteData(ctx), { baseUrl: config.server.baseUrl }), opts.port);
    writeFileSync(config.file, demoConfigYaml(config));
    out(`Replaying ${count(SNAPSHOTS.length, 'snapshot')} of sample news into ${config.database}`);
    for (const s of SNAPSHOTS) {
      snapshot = s;
      const report = await ingest(ctx, {});
      const sum = (k: 'newArticles' | 'newVersions' | 'corrections' | 'statusChanges') => report.feeds.reduce((n, f) => n + f[k], 0);
      out(
        `  ${s.at.slice(0, 10)}  ${s.label}: ${count(sum('newArticles'), 'new article')}, ${count(sum('newVersions'), 'new version')}, ` +
          `${count(sum('corrections'), 'correction')}, ${count(sum('statusChanges'), 'status change')}`,
      );
    }
  } catch (err) {
    stop();
    throw err;
  }
  news.close();

  const readWith = `npx pactwatch agreements --config ${config.file}`;
  if (!site) {
    if (ownDir && !opts.keep) {
      stop();
    } else {
      store.close();
      out(`Kept in ${dir}. Read it with: ${readWith}`);
    }
    return { database: config.database, configFile: config.file, server: null, stop };
  }
  const base = `http://127.0.0.1:${port(site)}`;
  out('');
  out(`Open:         ${base}/`);
  out(`Corrections:  ${base}/corrections`);
  out(`A timeline:   ${base}/agreements/jp-ph-raa`);
  out(`Subscribe:    ${base}/feed.atom   ${base}/corrections.atom   ${base}/agreements/jp-ph-raa.atom`);
  out(`The CLI:      ${readWith}   (also feeds, corrections, history URL …)`);
  out(opts.keep || !ownDir ? `The store stays in ${dir}.` : 'Press Ctrl+C to stop; the temporary store is removed then (--keep leaves it).');
  return { database: config.database, configFile: config.file, server: site, stop };
}

/** The demo's config as YAML, for `--config`: its store, its sample feeds and the bundled catalogue. */
function demoConfigYaml(config: Config): string {
  return `# Written by \`pactwatch demo\`: the CLI reads the demo's store with --config this file.\n${stringify({
    database: path.basename(config.database),
    server: config.server,
    articles: config.articles,
    countryNames: config.countryNames,
    feeds: config.feeds,
    agreements: config.agreements,
  })}`;
}

/** The server listening on the port, or one line saying why it cannot. */
async function listenOrExplain(server: http.Server, p: number): Promise<http.Server> {
  try {
    return await listen(server, p);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new Error(`port ${p} is already in use (use --port)`);
    if (code === 'EACCES') throw new Error(`port ${p} needs privileges this user does not have (use --port)`);
    throw err;
  }
}

/** The sample outlets: /feeds/ID.xml (RSS 2.0) and one page per article. */
export function sampleServer(current: () => Snapshot): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const base = `http://${req.headers.host ?? '127.0.0.1'}`;
    const s = current();
    const feedMatch = /^\/feeds\/([a-z0-9-]+)\.xml$/.exec(url.pathname);
    if (feedMatch) {
      const feed = s.feeds.find((f) => f.id === feedMatch[1]);
      if (!feed) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
      return void res.end(rss(feed, base));
    }
    const article = pageAt(s, url.pathname);
    if (!article) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page(article, base));
  });
}

/**
 * A page as it stands at a snapshot: pages stay online after their item leaves the feed, so this
 * is the latest version published up to that snapshot.
 */
function pageAt(s: Snapshot, path: string): SampleArticle | undefined {
  const upTo = SNAPSHOTS.slice(0, SNAPSHOTS.indexOf(s) + 1).reverse();
  for (const snap of upTo) {
    const found = snap.feeds.flatMap((f) => f.articles).find((a) => a.path === path);
    if (found) return found;
  }
  return undefined;
}

export function rss(feed: SampleFeed, base: string): string {
  const items = feed.articles
    .map(
      (a) => `  <item>
    <title>${esc(a.title)}</title>
    <link>${base}${a.path}</link>
    <guid isPermaLink="true">${base}${a.path}</guid>
    <pubDate>${new Date(a.publishedAt).toUTCString()}</pubDate>
    <description>${esc(a.paragraphs[0] ?? '')}</description>
  </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>${esc(feed.name)}</title>
  <link>${base}/</link>
  <description>Sample news for the pactwatch demo</description>
${items}
</channel></rss>
`;
}

export function page(a: SampleArticle, base: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<link rel="canonical" href="${base}${a.path}">
<meta property="article:published_time" content="${a.publishedAt}">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<main><article>
<h1>${esc(a.title)}</h1>
${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main>
<aside class="most-read"><h2>Most read</h2><ul><li><a href="/x">Markets open higher</a></li><li><a href="/y">Storm heads north</a></li></ul></aside>
<footer>© Sample News</footer>
</body></html>`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function listen(server: http.Server, p: number): Promise<http.Server> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Loopback only, like `serve` by default: the demo is for the person at this machine.
    server.listen(p, '127.0.0.1', () => resolve(server));
  });
}

function port(server: http.Server): number {
  const a = server.address();
  return typeof a === 'object' && a ? a.port : 0;
}
