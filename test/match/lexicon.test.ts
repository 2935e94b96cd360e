// The lexicon's rows are data; status.ts indexes them by their hints' first three letters, which
// finds a row only if each hint starts a word of the sentence.
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../src/match/lexicon.js';

describe('the status lexicon', () => {
  it('has unique row names', () => {
    const ids = LEXICON.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has hints that are lower case and start with a word character', () => {
    for (const d of LEXICON) {
      expect(d.hint.length, d.id).toBeGreaterThan(0);
      for (const h of d.hint) {
        expect(h, d.id).toBe(h.toLowerCase());
        expect(h.trimStart(), `${d.id}: "${h}"`).toMatch(/^[a-z0-9]/);
      }
    }
  });
});
