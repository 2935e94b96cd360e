// Precision and recall of src/match on the fourth blind held-out set
// (test/fixtures/match/blind4-sentences.yaml against blind4-catalogue.yaml), labelled from the
// CONTRACT definitions without looking at the matcher. It measures how the matcher does on unseen
// news; the floors are only sanity bounds so the suite stays green while the figures are printed.
import { describe, expect, it } from 'vitest';
import { loadSet, printScore, score } from './evaluation.js';

const set = loadSet('blind4-catalogue.yaml', 'blind4-sentences.yaml');

describe('blind held-out set 4', () => {
  it('has at least 50 labelled sentences with unique ids', () => {
    expect(set.cases.length).toBeGreaterThanOrEqual(50);
    expect(new Set(set.cases.map((c) => c.id)).size).toBe(set.cases.length);
  });

  it('every label names an agreement of its catalogue', () => {
    const ids = new Set(set.agreements.map((a) => a.id));
    const unknown = set.cases.flatMap((c) => c.expect.map(([id]) => id)).filter((id) => !ids.has(id));
    expect(unknown).toEqual([]);
  });

  it('stays above the sanity floors (precision >= 0.80, recall >= 0.70) and prints every miss', () => {
    const s = score(set);
    printScore('blind set 4', set, s);
    expect(s.precision).toBeGreaterThanOrEqual(0.8);
    expect(s.recall).toBeGreaterThanOrEqual(0.7);
  });
});
