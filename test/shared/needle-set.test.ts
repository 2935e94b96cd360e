// The one-pass needle finder (shared/needle-set.ts) must say exactly what `includes()`
// says for every needle, on any text: the status rows' hint filter and the notice gate rely on it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../src/match/lexicon.js';
import { NeedleSet } from '../../src/shared/needle-set.js';

// Letters the needles are made of, spaces, non-ASCII letters and marks, an astral character.
const CHARS = [...'abcdeinorst -.\'', 'é', 'ß', '\u00a0', '\u2019', '\u0301', '😀'];
const word = fc.array(fc.constantFrom(...CHARS), { minLength: 0, maxLength: 6 }).map((a) => a.join(''));

function expectSameAsIncludes(set: NeedleSet, text: string): void {
  const found = set.find(text);
  const want = set.needles.map((n) => text.includes(n));
  if (!want.some(Boolean)) expect(found).toBeNull();
  else expect([...found!].map((x) => x === 1)).toEqual(want);
}

describe('NeedleSet', () => {
  it('finds what includes() finds, for needles of any length and alphabet', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.array(fc.oneof(word, fc.constantFrom('in', 'to', 'on')), { maxLength: 12 }), (needles, parts) => {
        const set = new NeedleSet(needles);
        expectSameAsIncludes(set, parts.join(''));
        expectSameAsIncludes(set, needles.join(' '));
      }),
      { numRuns: 1_500 },
    );
  });

  it('finds the lexicon hints includes() finds in text made of them', () => {
    const hints = [...new Set(LEXICON.flatMap((d) => d.hint))];
    const set = new NeedleSet(hints);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...hints), word), { maxLength: 10 }), (parts) => {
        expectSameAsIncludes(set, parts.join(''));
        expectSameAsIncludes(set, parts.join(' ').toLowerCase());
      }),
      { numRuns: 500 },
    );
  });
});
