// One test per lexicon row, mention step and date rule added for issue 13's talks lifecycle,
// concluded texts, generic references and relative dates (branch h13e), named after the phrasing it
// pins. The sentences are made up (the real-news corpus is scored separately, with its golden files).
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/match/index.js';
import { compileCatalogue, matchArticle } from '../../src/match/index.js';
import type { StatusFinding } from '../../src/types.js';

const catalogue = compileCatalogue([
  { id: 'ke-tz-fta', name: 'Kenya–Tanzania Free Trade Agreement', parties: ['Kenya', 'Tanzania'], aliases: ['Kenya-Tanzania FTA'], patterns: [] },
  { id: 'ke-tz-tca', name: 'Kenya–Tanzania Trade Continuity Agreement', parties: ['Kenya', 'Tanzania'], aliases: ['Kenya-Tanzania TCA'], patterns: [] },
  { id: 'us-no-dca', name: 'Norway–United States Defence Cooperation Agreement', parties: ['Norway', 'United States'], aliases: ['US-Norway DCA'], patterns: [] },
  { id: 'us-is-dca', name: 'Iceland–United States Defence Cooperation Agreement', parties: ['Iceland', 'United States'], aliases: ['US-Iceland DCA'], patterns: [] },
  { id: 'pe-ec-peace', name: 'Peru–Ecuador peace agreement', parties: ['Peru', 'Ecuador'], aliases: ['Andean peace accord'], patterns: [] },
]);

function find(paragraphs: string[], publishedAt = '2026-03-06T10:00:00Z', title = 'News'): StatusFinding[] {
  return matchArticle({ title, paragraphs, publishedAt }, catalogue).findings.filter((f) => !f.denied);
}
const brief = (fs: StatusFinding[]): string[] => fs.map((f) => `${f.agreementId} ${f.status} ${f.date} [${f.rule}]`);

describe('talks: launched, resumed, stalled', () => {
  it('"are resuming negotiations on" is negotiating (negotiating-launched-talks, progressive)', () => {
    expect(brief(find(['Kenya and Tanzania announced today that they are resuming negotiations on the Kenya-Tanzania FTA.']))).toContain(
      'ke-tz-fta negotiating 2026-03-06 [negotiating-launched-talks]',
    );
  });

  it('"on starting the negotiations" (a gerund) is no progressive', () => {
    const got = find(['The president signed a decree on starting negotiations on the Kenya-Tanzania FTA.']);
    expect(got.filter((f) => f.rule === 'negotiating-launched-talks')).toEqual([]);
  });

  it('"negotiations were launched in March 2025" is negotiating then (negotiating-talks-began)', () => {
    expect(brief(find(['Negotiations on the Kenya-Tanzania FTA were launched in March 2025.']))).toContain('ke-tz-fta negotiating 2025-03 [negotiating-talks-began]');
  });

  it('"talks began in 2015 but stalled two years later" is negotiating, then suspended (suspended-talks-stalled)', () => {
    const got = brief(find(['Kenya and Tanzania are resuming talks on the Kenya-Tanzania FTA.', 'Talks began in 2015 but stalled two years later.']));
    expect(got).toContain('ke-tz-fta negotiating 2015 [negotiating-talks-began]');
    expect(got).toContain('ke-tz-fta suspended 2017 [suspended-talks-stalled]');
    // a resumption is news of its own beside the dated launch
    expect(got).toContain('ke-tz-fta negotiating 2026-03-06 [negotiating-launched-talks]');
  });

  it('"has called off talks on" is suspended (suspended-halted-talks)', () => {
    expect(brief(find(['Kenya has called off trade talks on the Kenya-Tanzania FTA.']))).toContain('ke-tz-fta suspended 2026-03-06 [suspended-halted-talks]');
  });

  it('"negotiating" only as a progressive: not "spent a year negotiating", not "had finished negotiating"', () => {
    expect(find(['The two countries had spent a year negotiating the Kenya-Tanzania FTA.']).map((f) => f.status)).not.toContain('negotiating');
    const got = brief(find(['Kenya and Tanzania said they had finished negotiating the Kenya-Tanzania FTA.']));
    expect(got).toContain('ke-tz-fta agreed 2026-03-06 [agreed-concluded-talks]');
    expect(got.some((x) => x.includes('negotiating'))).toBe(false);
  });

  it('"negotiations for years" is no talks on the agreement (negotiating-talks-on)', () => {
    expect(find(['Tariffs have held up the Kenya-Tanzania FTA negotiations for years.']).map((f) => f.rule)).not.toContain('negotiating-talks-on');
  });

  it('"the idea of X was first floated in 2012" is proposed (proposed-was-floated); "eyes new sites" is not', () => {
    expect(brief(find(['A Kenya-Tanzania FTA was first floated in 2012.']))).toContain('ke-tz-fta proposed 2012 [proposed-was-floated]');
    expect(find(['Under the Kenya-Tanzania FTA, Kenya eyes new sites for its depots.']).map((f) => f.status)).not.toContain('proposed');
  });
});

describe('concluded texts', () => {
  it('"the successful conclusion of the agreement" is agreed (agreed-conclusion-of-agreement)', () => {
    expect(brief(find(['The ministers welcomed the successful conclusion of the Kenya-Tanzania FTA.']))).toContain(
      'ke-tz-fta agreed 2026-03-06 [agreed-conclusion-of-agreement]',
    );
  });

  it('"signed the initial peace agreement" is agreed, not signed (agreed-signed-initial-text)', () => {
    const got = find(['On Monday Peru and Ecuador signed the initial peace agreement in Lima.']);
    expect(brief(got)).toEqual(['pe-ec-peace agreed 2026-03-02 [agreed-signed-initial-text]']);
  });

  it('"had announced that X would witness the signing" is agreed (agreed-will-witness-signing, reported future)', () => {
    const got = brief(find(['On Thursday the president had announced that his minister would witness the signing of the Andean peace accord.']));
    expect(got).toContain('pe-ec-peace agreed 2026-03-06 [agreed-will-witness-signing]');
  });

  it('"would witness the signing" without a verb of saying stays a modal', () => {
    expect(find(['If asked, the minister would witness the signing of the Andean peace accord.'])).toEqual([]);
  });

  it('"the signing ceremony … is due to take place" is agreed (agreed-signing-scheduled)', () => {
    expect(brief(find(['The signing ceremony for the Andean peace accord is due to take place in Quito on Saturday.']))).toContain(
      'pe-ec-peace agreed 2026-03-06 [agreed-signing-scheduled]',
    );
  });

  it('"the agreement, which was concluded in December 2013" is agreed then (agreed-agreement-was-concluded)', () => {
    expect(brief(find(['Kenya ratified the Kenya-Tanzania free trade agreement, which was concluded in December 2013.']))).toContain('ke-tz-fta agreed 2013-12 [agreed-agreement-was-concluded]');
  });

  it('"announced a ceasefire agreement" is agreed (agreed-announced-a-deal)', () => {
    expect(brief(find(['Peru and Ecuador announced a peace agreement on 26 February 2026.']))).toContain('pe-ec-peace agreed 2026-02-26 [agreed-announced-a-deal]');
  });
});

describe('generic and elided references', () => {
  it('of two agreements of the same parties, "a free-trade agreement" is the one whose names hold "free" (generic-same-parties-by-name-words)', () => {
    const got = brief(find(['Kenya and Tanzania have launched formal negotiations on a free-trade agreement.']));
    expect(got).toContain('ke-tz-fta negotiating 2026-03-06 [negotiating-launched-talks]');
  });

  it('"a trade deal" names no word that tells them apart: neither', () => {
    expect(find(['Kenya and Tanzania have launched formal negotiations on a trade deal.'])).toEqual([]);
  });

  it('"Iceland signed one with the United States" is the family member of the passage (elided-one-in-passage, family-same-kind-name)', () => {
    const got = brief(find(['Norway and the United States signed the US-Norway DCA on Monday.', 'Iceland signed one with the United States on Tuesday.'], '2026-03-06T10:00:00Z'));
    expect(got).toContain('us-is-dca signed 2026-03-03 [signed-signed]');
  });

  it('"similar accords with Iceland" refers to the family by name without parties', () => {
    const got = brief(find(['The US-Norway DCA was signed on Monday.', 'The agreement follows after Washington signed similar accords with Iceland this month.']));
    expect(got).toContain('us-is-dca signed 2026-03 [signed-signed]');
  });
});

describe('date phrases', () => {
  const dateIn = (s: string, publishedAt: string): string[] => findDates(s, publishedAt).map((d) => d.date);
  it.each([
    // rule `ahead-phrase`: a time to come dates nothing
    ['the first round should start later this year', '2026-01-15T07:00:00Z', []],
    ['signed in 2019 and ratified the next year', '2026-01-15T07:00:00Z', ['2019', '2020']],
    // rule `day-range`: a span of days is its month
    ['a round was held from 5 to 9 December', '2026-01-15T07:00:00Z', ['2025-12']],
    ['a round was held 5-9 December 2022', '2026-01-15T07:00:00Z', ['2022-12']],
    // month prefixes
    ['signed at the start of December', '2026-01-15T07:00:00Z', ['2025-12']],
    // rule `end-of-year`
    ['wrapped up at the end of 2024', '2026-01-15T07:00:00Z', ['2024-12']],
    // rule `local-next-day`: a Monday 21:54 UTC publication, already Tuesday in Sydney
    ['agreed on Tuesday', '2024-08-19T21:54:00Z', ['2024-08-20']],
    ['agreed on August 20', '2024-08-19T21:54:00Z', ['2024-08-20']],
    // …but not in the morning UTC: last Tuesday
    ['agreed on Tuesday', '2024-08-19T07:00:00Z', ['2024-08-13']],
  ] as Array<[string, string, string[]]>)('%s (%s)', (text, pub, want) => {
    expect(dateIn(text, pub)).toEqual(want);
  });
});
