// Whole articles paraphrased from the seeds: the findings a reader would take from each, and the
// ones a careless matcher would wrongly take (future ratification, "concurred on", seas).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixture } from './evaluation.js';
import { buildTimeline, compileCatalogue, matchArticle } from '../../src/match/index.js';
import type { AgreementConfig, SourcedFinding } from '../../src/types.js';


interface ArticleCase {
  id: string;
  publishedAt: string;
  title: string;
  paragraphs: string[];
  must: Array<[string, string, string]>;
  mustNot: Array<[string, string]>;
}

const catalogue = compileCatalogue(parse(fixture('catalogue.yaml')) as AgreementConfig[]);
const articles = parse(fixture('seed-paraphrase-articles.yaml')) as ArticleCase[];

describe('whole articles paraphrased from the seeds', () => {
  for (const a of articles) {
    it(a.id, () => {
      const { findings, mentions } = matchArticle(a, catalogue);
      const got = findings.map((f) => `${f.agreementId} ${f.status} ${f.date}`);
      for (const [id, status, date] of a.must) expect(got).toContain(`${id} ${status} ${String(date)}`);
      for (const [id, status] of a.mustNot) {
        expect(findings.filter((f) => f.agreementId === id && f.status === status)).toEqual([]);
      }
      // Every finding quotes a sentence of the article, and its agreement is among the mentions.
      const text = [a.title, ...a.paragraphs].join('\n');
      for (const f of findings) {
        expect(text).toContain(f.quote);
        expect(mentions.some((m) => m.agreementId === f.agreementId && m.quote === f.quote)).toBe(true);
      }
    });
  }

  it('the 2026 ACSA article dates its statuses from the text where it can', () => {
    const a = articles.find((x) => x.id === 'ap-acsa-signed')!;
    const { findings } = matchArticle(a, catalogue);
    const raaSigned = findings.find((f) => f.agreementId === 'jp-ph-raa' && f.status === 'signed')!;
    expect(raaSigned.dateSource).toBe('text');
    const acsaSigned = findings.find((f) => f.agreementId === 'jp-ph-acsa' && f.status === 'signed')!;
    expect(acsaSigned.dateSource).toBe('published');
  });

  it('no article mentions China or an agreement with China', () => {
    for (const a of articles) {
      const { mentions } = matchArticle(a, catalogue);
      for (const m of mentions) expect(catalogue.byId.get(m.agreementId)!.parties).not.toContain('China');
    }
  });

  it('the five articles, in any arrival order, give the RAA the same timeline: in force since 2025-09', () => {
    const sourced: SourcedFinding[] = articles.flatMap((a) =>
      matchArticle(a, catalogue).findings.map((f) => ({
        ...f,
        evidence: { url: `https://news.example/${a.id}`, feed: 'test', title: a.title, publishedAt: a.publishedAt, quote: f.quote },
      })),
    );
    const forward = buildTimeline('jp-ph-raa', sourced);
    const backward = buildTimeline('jp-ph-raa', [...sourced].reverse());
    expect(forward).toEqual(backward);
    expect(forward.status).toBe('in-force');
    expect(forward.since).toBe('2025-09');
    // "signed" from 2024-07-08 and "signed in mid-2024" are one event.
    const signed = forward.events.filter((e) => e.status === 'signed');
    expect(signed.map((e) => e.date)).toEqual(['2024-07-08']);
    expect(signed[0]!.evidence.length).toBeGreaterThanOrEqual(3);
    const dates = forward.events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
  });
});
