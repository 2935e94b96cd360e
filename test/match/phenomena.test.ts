// The classes of language the matcher was generalised for (test/fixtures/match/phenomena.yaml):
// nominalisations, negotiation phrasing, spelling variants, clause attribution, several agreements
// per sentence, relative dates, other parties' agreements, one-party statuses, and whole articles.
// Each sentence is scored exactly: every expected finding, and no other one.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixture } from './evaluation.js';
import { compileCatalogue, matchArticle } from '../../src/match/index.js';
import type { AgreementConfig } from '../../src/types.js';


interface SentenceCase {
  id: string;
  class: string;
  publishedAt: string;
  title?: string;
  sentence: string;
  expect: Array<[string, string, string, string?]>;
}

interface ArticleCase {
  id: string;
  publishedAt: string;
  title: string;
  paragraphs: string[];
  must: Array<[string, string, string]>;
  mustNot: Array<[string, string]>;
  mentions?: string[];
}

const data = parse(fixture('phenomena.yaml')) as { sentences: SentenceCase[]; articles: ArticleCase[]; agreements?: AgreementConfig[] };
// The held-out catalogue plus the file's own agreements (many parties, organisations, "Turkey").
const wide = compileCatalogue([...(parse(fixture('holdout-catalogue.yaml')) as AgreementConfig[]), ...(data.agreements ?? [])]);
const seedCatalogue = compileCatalogue(parse(fixture('catalogue.yaml')) as AgreementConfig[]);

describe('language phenomena, sentence by sentence', () => {
  it('has new sentences for every class', () => {
    const classes = new Set(data.sentences.map((c) => c.class));
    for (const k of ['nominalisation', 'negotiation', 'spelling', 'clause', 'several', 'dates', 'precision', 'party']) {
      expect(classes.has(k), k).toBe(true);
    }
    expect(new Set(data.sentences.map((c) => c.id)).size).toBe(data.sentences.length);
  });

  for (const c of data.sentences) {
    it(`${c.class}: ${c.id}`, () => {
      const { findings } = matchArticle({ title: c.title ?? '', paragraphs: [c.sentence], publishedAt: c.publishedAt }, wide);
      // A denial ("neither government has withdrawn") is no claim of the step, as in evaluation.ts.
      const got = findings.filter((f) => f.quote === c.sentence && !f.denied).map((f) => `${f.agreementId} ${f.status} ${f.date}`);
      const want = c.expect.map(([id, status, date]) => `${id} ${status} ${String(date)}`);
      expect([...new Set(got)].sort()).toEqual([...new Set(want)].sort());
      for (const [id, status, date, party] of c.expect) {
        if (party === undefined) continue;
        const parties = findings.filter((x) => x.agreementId === id && x.status === status && x.date === String(date)).map((x) => x.party);
        expect(parties, `${id} ${status} party`).toContain(party);
      }
    });
  }
});

describe('language phenomena across whole articles', () => {
  for (const a of data.articles) {
    it(a.id, () => {
      const { findings, mentions } = matchArticle(a, seedCatalogue);
      const got = findings.map((f) => `${f.agreementId} ${f.status} ${f.date}`);
      for (const [id, status, date] of a.must) expect(got).toContain(`${id} ${status} ${String(date)}`);
      for (const [id, status] of a.mustNot) expect(findings.filter((f) => f.agreementId === id && f.status === status)).toEqual([]);
      for (const id of a.mentions ?? []) expect(mentions.map((m) => m.agreementId)).toContain(id);
    });
  }
});
