// `agreement ID --json` through the store: each event says how many independent outlets support
// it, lists the other dates given for the same step with their evidence, and the denials.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledConfig } from '../../src/config/index.js';
import { agreementJson, readContext } from '../../src/query/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { StatusFinding } from '../../src/types.js';

function article(store: Store, feedId: string, url: string, publishedAt: string, findings: Array<Partial<StatusFinding>>): void {
  const a = store.articles.insert({ key: `url:${url}`, url, feedId, fullText: false, publishedAt, seenAt: publishedAt });
  store.articles.insertVersion({ articleId: a.id, seenAt: publishedAt, title: `From ${feedId}`, paragraphs: ['p'], hash: url, extractor: 'x', baseline: true });
  store.agreements.replaceFindings(
    a.id,
    findings.map((f, i) => ({ agreementId: 'jp-ph-raa', status: 'signed', date: '2024-07-08', dateSource: 'text', party: null, quote: `${url} ${i}`, ...f })),
    [],
  );
}

describe('agreement JSON', () => {
  it('carries sources, alternatives and denials beside the contract keys', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pactwatch-query-'));
    const config = { ...loadBundledConfig(), database: path.join(dir, 'p.db') };
    const store = openStore(config.database);
    store.feeds.sync([
      { id: 'paper-world', name: 'Paper (world)', url: 'https://paper.example.com/world.rss', fullText: false },
      { id: 'paper-asia', name: 'Paper (Asia)', url: 'https://paper.example.com/asia.rss', fullText: false },
      { id: 'wire', name: 'Wire', url: 'https://wire.example.org/rss', fullText: false },
      { id: 'daily', name: 'Daily', url: 'https://daily.example.net/rss', fullText: false },
    ]);
    // Two section feeds of one paper: one source for 2024-07-05.
    article(store, 'paper-world', 'https://www.paper.example.com/world/1', '2024-07-05T00:00:00Z', [{ date: '2024-07-05' }]);
    article(store, 'paper-asia', 'https://asia.paper.example.com/2', '2024-07-06T00:00:00Z', [{ date: '2024-07-05' }]);
    // Two outlets for 2024-07-08.
    article(store, 'wire', 'https://wire.example.org/3', '2024-07-08T00:00:00Z', [{}]);
    article(store, 'daily', 'https://daily.example.net/4', '2024-07-09T00:00:00Z', [{}]);
    // A denial of the ratification, and the ratification it outweighs.
    article(store, 'wire', 'https://wire.example.org/5', '2024-12-17T00:00:00Z', [{ status: 'ratified', party: 'Philippines', date: '2024-12-16' }]);
    article(store, 'daily', 'https://daily.example.net/6', '2024-12-20T00:00:00Z', [
      { status: 'ratified', party: 'Philippines', date: '2024-12-20', dateSource: 'published', denied: true },
    ]);
    const a = JSON.parse(JSON.stringify(agreementJson(readContext(config, store), 'jp-ph-raa'))) as {
      status: string;
      since: string;
      timeline: Array<Record<string, unknown> & { alternatives: Array<Record<string, unknown>>; denials: unknown[] }>;
    };
    store.close();
    expect(a).toMatchObject({ status: 'signed', since: '2024-07-08' });
    const [signed, ratified] = a.timeline;
    expect(Object.keys(signed!)).toEqual(['status', 'date', 'party', 'evidence', 'sources', 'alternatives', 'disputed', 'denials']);
    expect(signed).toMatchObject({ status: 'signed', date: '2024-07-08', sources: 2, disputed: false, denials: [] });
    expect(signed!.alternatives).toEqual([
      {
        date: '2024-07-05',
        sources: 1,
        disputed: false,
        evidence: [
          expect.objectContaining({ feed: 'paper-world', publishedAt: '2024-07-05T00:00:00Z' }),
          expect.objectContaining({ feed: 'paper-asia', publishedAt: '2024-07-06T00:00:00Z' }),
        ],
      },
    ]);
    expect(Object.keys(signed!.alternatives[0]!).sort()).toEqual(['date', 'disputed', 'evidence', 'sources']);
    expect(ratified).toMatchObject({ status: 'ratified', party: 'Philippines', disputed: true, sources: 1 });
    expect(ratified!.denials).toEqual([expect.objectContaining({ feed: 'daily', url: 'https://daily.example.net/6' })]);
  });
});
