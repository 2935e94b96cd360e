// Third blind, held-out measurement of src/match (blind3): a catalogue and sentences written by an
// annotator who never saw the matcher's code or its tuning sets. It scores exactly as eval.test.ts
// does, prints every miss so the numbers can be read, and asserts only sanity floors so the suite
// stays green while it measures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileCatalogue, matchArticle } from '../../src/match/index.js';
import type { AgreementConfig, StatusFinding } from '../../src/types.js';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../fixtures/match/${name}`, import.meta.url)), 'utf8');

interface EvalCase {
  id: string;
  style: string;
  publishedAt: string;
  title?: string;
  context?: string;
  after?: string[];
  sentence: string;
  expect: Array<[string, string, string, string?]>;
}

const catalogue = compileCatalogue(parse(fixture('blind3-catalogue.yaml')) as AgreementConfig[]);
const cases = parse(fixture('blind3-sentences.yaml')) as EvalCase[];

function findingsFor(c: EvalCase): StatusFinding[] {
  const paragraph = c.context ? `${c.context} ${c.sentence}` : c.sentence;
  const result = matchArticle(
    { title: c.title ?? '', paragraphs: [paragraph, ...(c.after ?? [])], publishedAt: c.publishedAt },
    catalogue,
  );
  return result.findings.filter((f) => f.quote === c.sentence);
}

const tuple = (id: string, status: string, date: string): string => `${id} ${status} ${date}`;

describe('blind3 held-out set', () => {
  it('has at least 60 labelled sentences with unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('measures precision, recall and party accuracy (floors: precision >= 0.80, recall >= 0.70)', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let partyRight = 0;
    let partyTotal = 0;
    const errors: string[] = [];
    for (const c of cases) {
      const found = findingsFor(c);
      const got = new Set(found.map((f) => tuple(f.agreementId, f.status, f.date)));
      const want = new Set(c.expect.map(([id, status, date]) => tuple(id, status, String(date))));
      for (const g of got) {
        if (want.has(g)) tp++;
        else {
          fp++;
          errors.push(`FP ${c.id}: ${g}`);
        }
      }
      for (const w of want) {
        if (!got.has(w)) {
          fn++;
          errors.push(`FN ${c.id}: ${w}  (got: ${[...got].join('; ') || 'nothing'})`);
        }
      }
      for (const [id, status, date, party] of c.expect) {
        if (party === undefined) continue;
        partyTotal++;
        const f = found.find((x) => x.agreementId === id && x.status === status && x.date === String(date));
        if (f?.party === party) partyRight++;
        else errors.push(`PARTY ${c.id}: want ${party}, got ${f?.party ?? 'no finding'}`);
      }
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    console.log(
      `blind3 evaluation: ${cases.length} sentences, tp=${tp} fp=${fp} fn=${fn}, ` +
        `precision=${precision.toFixed(3)} recall=${recall.toFixed(3)}, parties ${partyRight}/${partyTotal}`,
    );
    if (errors.length) console.log(errors.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.7);
  });
});
