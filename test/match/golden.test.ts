// The ratchet: every labelled case's findings, as the matcher gives them today, are kept in
// test/fixtures/match/golden/<set>.json. Any change in a finding (gained, lost, re-dated, another
// party or rule) fails here until the golden files are regenerated on purpose and the diff read:
//   UPDATE_GOLDEN=1 npx vitest run test/match/golden.test.ts && git diff test/fixtures/match/golden
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { matchArticle } from '../../src/match/index.js';
import { labelledSets, type LabelledCase } from './labelled-sets.js';

const goldenFile = (name: string): string => fileURLToPath(new URL(`../fixtures/match/golden/${name}.json`, import.meta.url));

/** One line per finding: what the ratchet compares. */
function findingLines(c: LabelledCase): string[] {
  const { findings } = matchArticle(c.article, c.catalogue);
  return findings
    .filter((f) => c.sentence === undefined || f.quote === c.sentence)
    .map((f) => [f.agreementId, f.status, f.date || '-', f.party ?? '-', f.rule ?? '-', f.denied ? 'denied' : ''].join(' ').trimEnd())
    .sort();
}

const update = process.env.UPDATE_GOLDEN === '1';

describe('golden findings (the ratchet)', () => {
  for (const set of labelledSets()) {
    it(set.name, () => {
      const now: Record<string, string[]> = {};
      for (const c of set.cases) now[c.id] = findingLines(c);
      const file = goldenFile(set.name);
      if (update) {
        writeFileSync(file, JSON.stringify(now, null, 1) + '\n');
        return;
      }
      expect(existsSync(file), `${file} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
      const golden = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
      expect(now).toEqual(golden);
    });
  }
});
