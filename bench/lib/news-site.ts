// A synthetic news site on loopback: files in a temp folder, served by the static-server child on
// several ports (outlets). Figures write feeds and pages into it and hand the URLs to pactwatch or
// urlwatch.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FeedConfig } from '../../src/types.js';
import { startChild, type Child } from './child.js';
import { articlePage, contentHtml, rssFeed, type RssItem } from './html.js';
import { newsArticle, otherArticle } from './prose.js';
import type { Rng } from './prng.js';

export class NewsSite {
  private constructor(
    readonly dir: string,
    private readonly child: Child<{ ports: number[] }>,
  ) {}

  /** `delayMs`: every answer waits this long before its headers (a round trip to a distant site). */
  static async start(dir: string, outlets = 8, delayMs = 0): Promise<NewsSite> {
    mkdirSync(dir, { recursive: true });
    const child = await startChild<{ ports: number[] }>('static-server', [dir, String(outlets), String(delayMs)]);
    return new NewsSite(dir, child);
  }

  get ports(): number[] {
    return this.child.ready.ports;
  }

  get pid(): number {
    return this.child.proc.pid ?? 0;
  }

  /** The URL of a file on outlet `outlet` (mod the number of ports); `etag` serves it with validators. */
  url(outlet: number, file: string, etag = false): string {
    const port = this.ports[outlet % this.ports.length]!;
    return `http://127.0.0.1:${port}${etag ? '/e' : ''}/${file.replace(/^\/+/, '')}`;
  }

  /** Writes a file atomically, so the server never serves half of it. */
  write(file: string, text: string): void {
    const full = path.join(this.dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    const tmp = `${full}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, full);
  }

  stop(): Promise<void> {
    return this.child.stop();
  }
}

export interface FeedSetSpec {
  feeds: number;
  itemsPerFeed: number;
  /** Items link to article pages (written too) that pactwatch fetches and extracts. */
  fullText: boolean;
  /** Words per article. */
  words: number;
  /** Serve the feeds with ETag (304 on re-poll). */
  etag: boolean;
  /** Feed ids get this prefix, so several sets can share a store. */
  prefix?: string;
  /** Share of items about an agreement (default 1: every item); the rest is everyday news. */
  agreementShare?: number;
}

/**
 * Writes `feeds` RSS feeds of `itemsPerFeed` synthetic articles each (with the article text in
 * content:encoded when not fullText, else on its own page) and returns their configs.
 */
export function writeFeedSet(site: NewsSite, rng: Rng, spec: FeedSetSpec): FeedConfig[] {
  const prefix = spec.prefix ?? 'feed';
  const configs: FeedConfig[] = [];
  const base = Date.parse('2025-06-01T00:00:00Z');
  for (let f = 0; f < spec.feeds; f++) {
    const id = `${prefix}-${f}`;
    const items: RssItem[] = [];
    for (let i = 0; i < spec.itemsPerFeed; i++) {
      const a = rng.chance(spec.agreementShare ?? 1) ? newsArticle(rng, spec.words) : otherArticle(rng, spec.words);
      const published = new Date(base - (f * spec.itemsPerFeed + i) * 7 * 60_000).toISOString();
      const pagePath = `pages/${id}/${i}.html`;
      const link = site.url(f, pagePath);
      if (spec.fullText) site.write(pagePath, articlePage(rng, a, { url: link, published, site: `Outlet ${f % 8}` }));
      items.push({
        title: a.title,
        link,
        guid: `${id}:${i}`,
        published,
        description: a.paragraphs[0] ?? '',
        ...(spec.fullText ? {} : { content: contentHtml(a) }),
      });
    }
    site.write(`feeds/${id}.xml`, rssFeed(`Outlet ${f % 8}: ${id}`, site.url(f, '/'), items));
    configs.push({ id, name: `Bench feed ${id}`, url: site.url(f, `feeds/${id}.xml`, spec.etag), fullText: spec.fullText });
  }
  return configs;
}
