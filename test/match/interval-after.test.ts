// Step `interval-after-anchor` (src/match/interval-after.ts): a step inside "<interval> after …"
// is dated that interval before the clause it hangs on. Sentences written for the purpose.
import { describe, expect, it } from 'vitest';
import { compileCatalogue, matchArticle } from '../../src/match/index.js';
import { intervalBefore, shiftBack } from '../../src/match/interval-after.js';
import type { AgreementConfig } from '../../src/types.js';

const catalogue = compileCatalogue([
  { id: 'reef-treaty', name: 'Coral Reef Treaty', parties: [], aliases: ['Reef Treaty'], patterns: [] },
] as AgreementConfig[]);

function ratified(sentence: string, publishedAt = '2025-03-05T10:00:00Z'): string[] {
  return matchArticle({ title: '', paragraphs: [sentence], publishedAt }, catalogue)
    .findings.filter((f) => f.status === 'ratified' && !f.denied)
    .map((f) => `${f.party ?? '-'} ${f.date}`)
    .sort();
}

describe('interval-after-anchor', () => {
  it('reads the interval before a cue', () => {
    const s = 'Chile ratified a day after Peru and Fiji deposited theirs.';
    expect(intervalBefore(s, s.indexOf('deposited'))?.days).toBe(1);
    const t = 'It came two weeks after Peru ratified it.';
    expect(intervalBefore(t, t.indexOf('ratified'))?.days).toBe(14);
    expect(intervalBefore('Days after Peru ratified it.', 16)).toBeNull();
  });

  it('a dated main clause: "On 24 February 2025, …, a day after Peru and Fiji lodged their ratifications"', () => {
    expect(ratified('On 24 February 2025 the Reef Treaty reached its threshold when Chile ratified a day after Peru and Fiji lodged their ratifications.')).toEqual(
      expect.arrayContaining(['Fiji 2025-02-23', 'Peru 2025-02-23']),
    );
  });

  it('the news day as anchor: "four days after Peru ratified it"', () => {
    expect(ratified('Chile has become the tenth country to ratify the Reef Treaty, four days after Peru ratified it.')).toEqual(expect.arrayContaining(['Peru 2025-03-01']));
  });

  it('a date inside the phrase is its own, and a present perfect is a condition', () => {
    expect(ratified('Chile ratified the Reef Treaty a day after Peru ratified it on 12 February 2025.')).toEqual(expect.arrayContaining(['Peru 2025-02-12']));
    const c = 'The Reef Treaty takes effect 60 days after ten states have ratified it.';
    expect(intervalBefore(c, c.indexOf('ratified'))).toBeNull();
  });

  it('shifts only an exact day', () => {
    expect(shiftBack('2025-03-01', 1)).toBe('2025-02-28');
    expect(shiftBack('2025-03', 4)).toBe('2025-03');
  });
});
