// Precision and recall of src/match on the labelled evaluation set it was developed against
// (test/fixtures/match/eval-sentences.yaml): the quality bar of issue 4.
import { describe, expect, it } from 'vitest';
import { loadSet, printScore, score } from './evaluation.js';

const set = loadSet('catalogue.yaml', 'eval-sentences.yaml');

describe('evaluation set', () => {
  it('has at least 120 labelled sentences with unique ids', () => {
    expect(set.cases.length).toBeGreaterThanOrEqual(120);
    expect(new Set(set.cases.map((c) => c.id)).size).toBe(set.cases.length);
  });

  it('reaches precision >= 0.95 and recall >= 0.90 on (agreement, status, date)', () => {
    const s = score(set);
    printScore('match evaluation', set, s);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.partyRight / Math.max(1, s.partyTotal)).toBeGreaterThanOrEqual(0.9);
  });
});
