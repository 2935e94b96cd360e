// Loading and scoring a labelled evaluation set (test/fixtures/match/*-sentences.yaml against its
// catalogue): one definition of how the matcher is measured, shared by every set's test.
// Each case is one sentence with its article context; a finding counts when its (agreement,
// status, date) matches a label exactly; parties are scored separately where a label gives one.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { compileCatalogue, matchArticle, type Catalogue } from '../../src/match/index.js';
import type { AgreementConfig, StatusFinding } from '../../src/types.js';

export interface EvalCase {
  id: string;
  style: string;
  publishedAt: string;
  title?: string;
  /** Sentences before it in its paragraph. */
  context?: string;
  /** Later paragraphs of the article, when the sentence needs them. */
  after?: string[];
  sentence: string;
  expect: Array<[string, string, string, string?]>;
}

export interface EvalSet {
  agreements: AgreementConfig[];
  catalogue: Catalogue;
  cases: EvalCase[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  partyRight: number;
  partyTotal: number;
  /** One line per false positive, false negative and wrong party. */
  misses: string[];
}

/** A file of test/fixtures/match, as text. */
export const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/match/${name}`, import.meta.url)), 'utf8');

export function loadSet(catalogueFile: string, sentencesFile: string): EvalSet {
  const agreements = parse(fixture(catalogueFile)) as AgreementConfig[];
  return { agreements, catalogue: compileCatalogue(agreements), cases: parse(fixture(sentencesFile)) as EvalCase[] };
}

function findingsFor(c: EvalCase, catalogue: Catalogue): StatusFinding[] {
  const paragraph = c.context ? `${c.context} ${c.sentence}` : c.sentence;
  const result = matchArticle(
    { title: c.title ?? '', paragraphs: [paragraph, ...(c.after ?? [])], publishedAt: c.publishedAt },
    catalogue,
  );
  // A denial ("has not been ratified") is no claim of the step: it is weighed in the timeline.
  return result.findings.filter((f) => f.quote === c.sentence && !f.denied);
}

const tuple = (id: string, status: string, date: string): string => `${id} ${status} ${date}`;

export function score(set: EvalSet): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let partyRight = 0;
  let partyTotal = 0;
  const misses: string[] = [];
  for (const c of set.cases) {
    const found = findingsFor(c, set.catalogue);
    const got = new Set(found.map((f) => tuple(f.agreementId, f.status, f.date)));
    const want = new Set(c.expect.map(([id, status, date]) => tuple(id, status, String(date))));
    for (const g of got) {
      if (want.has(g)) tp++;
      else {
        fp++;
        misses.push(`FP ${c.id} [${c.style}]: ${g}`);
      }
    }
    for (const w of want) {
      if (got.has(w)) continue;
      fn++;
      misses.push(`FN ${c.id} [${c.style}]: ${w}  (got: ${[...got].join('; ') || 'nothing'})`);
    }
    for (const [id, status, date, party] of c.expect) {
      if (party === undefined) continue;
      partyTotal++;
      const f = found.find((x) => x.agreementId === id && x.status === status && x.date === String(date));
      if (f?.party === party) partyRight++;
      else misses.push(`PARTY ${c.id}: want ${party}, got ${f ? String(f.party) : 'no finding'}`);
    }
  }
  return {
    tp,
    fp,
    fn,
    precision: tp / Math.max(1, tp + fp),
    recall: tp / Math.max(1, tp + fn),
    partyRight,
    partyTotal,
    misses,
  };
}

/** Prints the figures (and every miss) so that a test run shows them. */
export function printScore(label: string, set: EvalSet, s: Score): void {
  console.log(
    `${label}: ${set.cases.length} sentences, tp=${s.tp} fp=${s.fp} fn=${s.fn}, ` +
      `precision=${s.precision.toFixed(3)} recall=${s.recall.toFixed(3)}, parties ${s.partyRight}/${s.partyTotal}`,
  );
  if (s.misses.length) console.log(s.misses.join('\n'));
}
