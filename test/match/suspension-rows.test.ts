// One test per lexicon row added for issue 13's suspension leftovers (branch h13g), named after
// the phrasing it pins. The sentences are made up (the real-news corpus is scored separately).
import { describe, expect, it } from 'vitest';
import { compileCatalogue, matchArticle } from '../../src/match/index.js';
import type { StatusFinding } from '../../src/types.js';

const catalogue = compileCatalogue([
  { id: 'ke-tz-fta', name: 'Kenya–Tanzania Free Trade Agreement', parties: ['Kenya', 'Tanzania'], aliases: ['Kenya-Tanzania FTA'], patterns: [] },
  { id: 'no-is-fisheries', name: 'Norway–Iceland Fisheries Agreement', parties: ['Norway', 'Iceland'], aliases: ['Norway-Iceland fisheries deal'], patterns: [] },
]);

function find(paragraphs: string[], publishedAt = '2026-03-06T10:00:00Z', title = 'News'): StatusFinding[] {
  return matchArticle({ title, paragraphs, publishedAt }, catalogue).findings.filter((f) => !f.denied);
}
const brief = (fs: StatusFinding[]): string[] => fs.map((f) => `${f.agreementId} ${f.status} ${f.date} [${f.rule}]`);

describe('suspension: a party stops applying the agreement', () => {
  it('"froze its participation in 2007 … the agreement" is suspended then (suspended-participation)', () => {
    expect(brief(find(['Kenya froze its participation in 2019 and said in 2022 that it planned to leave the agreement altogether.'], '2026-03-06T10:00:00Z', 'Kenya-Tanzania FTA in trouble'))).toContain(
      'ke-tz-fta suspended 2019 [suspended-participation]',
    );
  });

  it('"froze its participation in the FTA" stays with suspended-frozen (the object is named)', () => {
    expect(brief(find(['Kenya froze its participation in the Kenya-Tanzania FTA in 2019.']))).toContain('ke-tz-fta suspended 2019 [suspended-frozen]');
  });

  it('"declared a moratorium on implementing it in 2007" is suspended (suspended-moratorium)', () => {
    expect(brief(find(['The Kenya-Tanzania FTA was signed in 2010; Kenya declared a moratorium on implementing it in 2019.']))).toContain(
      'ke-tz-fta suspended 2019 [suspended-moratorium]',
    );
  });

  it('"ordered a halt to the agreement" is suspended (suspended-halt-to); "called for a halt" is not', () => {
    expect(brief(find(['On Monday the president ordered a halt to the Norway–Iceland Fisheries Agreement.']))).toContain(
      'no-is-fisheries suspended 2026-03-02 [suspended-halt-to]',
    );
    expect(find(['The opposition has called for a halt to the Norway–Iceland Fisheries Agreement.']).map((f) => f.status)).not.toContain('suspended');
  });

  it('"paused its obligations under the agreement" is suspended (suspended-obligations-under)', () => {
    expect(brief(find(['Norway paused its obligations under the Norway–Iceland Fisheries Agreement on Tuesday.']))).toContain(
      'no-is-fisheries suspended 2026-03-03 [suspended-obligations-under]',
    );
  });

  it('"announced on Tuesday the formal suspension of" is suspended (suspended-announced-suspension); "demanded the suspension of" is not', () => {
    expect(brief(find(['Norway announced on Tuesday the formal suspension of the Norway–Iceland Fisheries Agreement.']))).toContain(
      'no-is-fisheries suspended 2026-03-03 [suspended-announced-suspension]',
    );
    expect(find(['Fishermen demanded the suspension of the Norway–Iceland Fisheries Agreement.']).map((f) => f.status)).not.toContain('suspended');
  });
});

describe('talks named by their kind (step talks-of-kind-by-parties)', () => {
  const trade = compileCatalogue([
    { id: 'ke-tz-fta', name: 'Kenya–Tanzania Free Trade Agreement', parties: ['Kenya', 'Tanzania'], aliases: ['Kenya-Tanzania FTA'], patterns: [] },
    { id: 'ke-tz-tca', name: 'Kenya–Tanzania Trade Continuity Agreement', parties: ['Kenya', 'Tanzania'], aliases: ['Kenya-Tanzania TCA'], patterns: [] },
    { id: 'ke-ug-fta', name: 'Kenya–Uganda Free Trade Agreement', parties: ['Kenya', 'Uganda'], aliases: ['Kenya-Uganda FTA'], patterns: [] },
    { id: 'ke-ug-dca', name: 'Kenya–Uganda Defence Cooperation Agreement', parties: ['Kenya', 'Uganda'], aliases: ['Kenya-Uganda DCA'], patterns: [] },
  ]);
  const run = (paragraphs: string[], title = 'News'): string[] =>
    brief(matchArticle({ title, paragraphs, publishedAt: '2026-03-06T10:00:00Z' }, trade).findings.filter((f) => !f.denied));

  it('"are resuming their free trade negotiations" in an article with no agreement noun is the trade agreement of the sides named', () => {
    const got = run(['Kenya and Uganda have announced that they are resuming their free trade negotiations.', 'Trade talks began in 2015 but were put on hold in 2017.']);
    expect(got).toContain('ke-ug-fta negotiating 2026-03-06 [negotiating-launched-talks]');
    expect(got).toContain('ke-ug-fta negotiating 2015 [negotiating-talks-began]');
    expect(got).toContain('ke-ug-fta suspended 2017 [suspended-talks-stalled]');
  });

  it('of a continuity agreement and a free trade agreement, "free trade talks" are the latter\'s; bare "trade talks" neither', () => {
    expect(run(['Kenya has called off free trade talks with Tanzania.'])).toContain('ke-tz-fta suspended 2026-03-06 [suspended-halted-talks]');
    expect(run(['Kenya has called off trade talks with Tanzania.'])).toEqual([]);
  });
});

describe('suspension: the talks themselves stall (a row marked talksState)', () => {
  it('"talks on the FTA between Kenya and Tanzania stalled in 2019" is one suspension with no party', () => {
    const found = find(['Talks on the Kenya-Tanzania FTA between Kenya and Tanzania stalled in 2019 over sugar quotas.']).filter(
      (f) => f.status === 'suspended',
    );
    expect(found.map((f) => `${f.date} ${f.party ?? '-'} [${f.rule}]`)).toEqual(['2019 - [suspended-talks-stalled]']);
  });
});
