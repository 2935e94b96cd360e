// Precision and recall of src/match on the second BLIND held-out set (blind2-sentences.yaml,
// annotated against blind2-catalogue.yaml without looking at the matcher or the other sets).
// Scored exactly as eval.test.ts scores its set; this test measures and prints, and asserts only
// sanity floors so the suite stays green while the figures are tracked.
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

const catalogueConfig = parse(fixture('blind2-catalogue.yaml')) as AgreementConfig[];
const catalogue = compileCatalogue(catalogueConfig);
const cases = parse(fixture('blind2-sentences.yaml')) as EvalCase[];

function findingsFor(c: EvalCase): StatusFinding[] {
  const paragraph = c.context ? `${c.context} ${c.sentence}` : c.sentence;
  const result = matchArticle(
    { title: c.title ?? '', paragraphs: [paragraph, ...(c.after ?? [])], publishedAt: c.publishedAt },
    catalogue,
  );
  return result.findings.filter((f) => f.quote === c.sentence);
}

const tuple = (id: string, status: string, date: string): string => `${id} ${status} ${date}`;

describe('blind held-out set 2', () => {
  it('has at least 90 labelled sentences with unique ids, labelled against its own catalogue', () => {
    expect(cases.length).toBeGreaterThanOrEqual(90);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    const known = new Set(catalogueConfig.map((a) => a.id));
    for (const c of cases) for (const [id] of c.expect) expect(known.has(id), `${c.id}: ${id}`).toBe(true);
  });

  it('measures precision, recall and party accuracy on (agreement, status, date)', () => {
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
          errors.push(`FP ${c.id} [${c.style}]: ${g}`);
        }
      }
      for (const w of want) {
        if (!got.has(w)) {
          fn++;
          errors.push(`FN ${c.id} [${c.style}]: ${w}  (got: ${[...got].join('; ') || 'nothing'})`);
        }
      }
      for (const [id, status, date, party] of c.expect) {
        if (party === undefined) continue;
        partyTotal++;
        const f = found.find((x) => x.agreementId === id && x.status === status && x.date === String(date));
        if (f?.party === party) partyRight++;
        else errors.push(`PARTY ${c.id} [${c.style}]: want ${party}, got ${f?.party ?? 'no finding'}`);
      }
    }
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    const negatives = cases.filter((c) => c.expect.length === 0).length;
    console.log(
      `blind2 evaluation: ${cases.length} sentences (${negatives} expect nothing), tp=${tp} fp=${fp} fn=${fn}, ` +
        `precision=${precision.toFixed(3)} recall=${recall.toFixed(3)}, parties ${partyRight}/${partyTotal}`,
    );
    if (errors.length) console.log(errors.join('\n'));
    // Sanity floors only: this set measures, it is not a target to tune against.
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.7);
  });
});
