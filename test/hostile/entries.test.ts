// Issue 14, finding 8 (feeds): one feed entry stays bounded however large its change or however
// many sources its step has; a feed page holds 50 of them.
import { describe, expect, it } from 'vitest';
import { renderUpdateContent } from '../../src/publish/index.js';
import type { UpdateRecord } from '../../src/types.js';

const article = { url: 'http://example.test/a', feedId: 'f', feedName: 'F', title: 'T', publishedAt: null };

describe('a feed entry', () => {
  it('of a rewrite of 5000 paragraphs shows the first passages and where the rest is', () => {
    const blocks = Array.from({ length: 5000 }, (_, i) => ({ kind: 'added' as const, segments: [{ op: 'added' as const, text: `New paragraph ${i} `.repeat(8) }] }));
    const update: UpdateRecord = {
      seq: 1,
      uid: 'tag:x,2026:1',
      createdAt: '2024-07-08T00:00:00Z',
      title: 'Edited',
      agreementIds: [],
      payload: { kind: 'revision', article, fromVersion: 1, toVersion: 2, diff: { title: null, blocks, removed: [], added: [], coarse: true } },
    };
    const html = renderUpdateContent(update, 'http://pactwatch.test');
    expect(html.length).toBeLessThan(250_000);
    expect(html).toMatch(/more changed passages: the whole diff is on the article's page/);
  });

  it('of a step with 20k sources names ten and counts the rest', () => {
    const evidence = Array.from({ length: 20_000 }, (_, i) => ({ url: `http://example.test/${i}`, feed: 'f', title: 't', publishedAt: '2024-07-08T00:00:00Z', quote: `q${i}` }));
    const update: UpdateRecord = {
      seq: 1,
      uid: 'tag:x,2026:1',
      createdAt: '2024-07-08T00:00:00Z',
      title: 'Signed',
      agreementIds: ['a'],
      payload: { kind: 'status', agreementId: 'a', agreementName: 'A', status: 'signed', since: '2024', previousStatus: null, previousSince: null, party: null, evidence },
    };
    const html = renderUpdateContent(update, 'http://pactwatch.test');
    expect((html.match(/<blockquote>/g) ?? []).length).toBe(10);
    expect(html).toContain('19990 more sources');
  });
});

describe("an agreement's page", () => {
  it('with 5000 other dates and 20k denials on one step stays a page, not a dump', async () => {
    const { renderAgreementPage } = await import('../../src/publish/index.js');
    const ev = (i: number) => ({ url: `http://example.test/${i}`, feed: 'f', title: 't', publishedAt: '2024-07-08T00:00:00Z', quote: `q${i}` });
    const many = (n: number) => Array.from({ length: n }, (_, i) => ev(i));
    const html = renderAgreementPage(
      {
        id: 'a',
        name: 'A',
        parties: [],
        status: 'signed',
        since: '2024',
        timeline: [
          {
            status: 'signed',
            date: '2024',
            party: null,
            evidence: many(20_000),
            sources: 1,
            disputed: false,
            alternatives: Array.from({ length: 5000 }, (_, i) => ({ date: `20${String(i % 100).padStart(2, '0')}`, sources: 1, evidence: many(50), disputed: false })),
            denials: many(20_000),
          },
        ],
      },
      { baseUrl: '', evidencePerEvent: 10, maxBytes: 2_000_000 },
    );
    expect(html.length).toBeLessThan(200_000);
    expect(html).toMatch(/4990 more dates/);
    expect(html).toMatch(/19990 more quotes/);
  });
});
