// One test per row or step added for issue 13's late lifecycle and parties (branch h13b), named
// after the phrasing it pins. The sentences are made up (the real-news corpus is scored separately).
import { describe, expect, it } from 'vitest';
import { compileCatalogue, matchArticle } from '../../src/match/index.js';
import type { StatusFinding } from '../../src/types.js';

const catalogue = compileCatalogue([
  { id: 'ke-tz-fta', name: 'Kenya–Tanzania Free Trade Agreement', parties: ['Kenya', 'Tanzania'], aliases: ['Kenya-Tanzania FTA'], patterns: [] },
  { id: 'no-is-fisheries', name: 'Norway–Iceland Fisheries Agreement', parties: ['Norway', 'Iceland'], aliases: ['Norway-Iceland fisheries deal'], patterns: [] },
  { id: 'lima-convention', name: 'Lima Convention on River Basins', parties: [], aliases: ['Lima Convention'], patterns: [] },
]);

function find(paragraphs: string[], publishedAt = '2026-03-06T10:00:00Z', title = 'News'): StatusFinding[] {
  return matchArticle({ title, paragraphs, publishedAt }, catalogue).findings.filter((f) => !f.denied);
}
const brief = (fs: StatusFinding[]): string[] => fs.map((f) => `${f.agreementId} ${f.status} ${f.date}${f.party ? ` ${f.party}` : ''} [${f.rule}]`);

describe('an agreement ended or left', () => {
  it('"put an end to" the agreement is terminated (terminated-put-an-end-to); "cancelled the signing" is not', () => {
    expect(brief(find(['Kenya on Saturday put an end to the Kenya-Tanzania FTA.']))).toContain('ke-tz-fta terminated 2026-02-28 Kenya [terminated-put-an-end-to]');
    expect(find(['Kenya on Saturday cancelled the signing of the Kenya-Tanzania FTA.']).map((f) => f.status)).not.toContain('terminated');
  });

  it('"had completed its withdrawal" is the party\'s exit (terminated-completed-withdrawal)', () => {
    expect(brief(find(['Iceland said on Tuesday that it had completed its withdrawal from the Norway-Iceland fisheries deal.']))).toContain(
      'no-is-fisheries terminated 2026-03-03 Iceland [terminated-completed-withdrawal]',
    );
  });

  it('"is no longer a party to" is a withdrawal, not a negation (terminated-no-longer-party)', () => {
    expect(brief(find(['As of Wednesday Peru is no longer a party to the Lima Convention.']))).toContain('lima-convention terminated 2026-03-04 Peru [terminated-no-longer-party]');
  });
});

describe('in force, and steps in the past', () => {
  it('"has officially come into force" is in force (in-force-entered-into-force)', () => {
    expect(brief(find(['The Kenya-Tanzania FTA has officially come into force.']))).toContain('ke-tz-fta in-force 2026-03-06 [in-force-entered-into-force]');
  });

  it('", in place since 2019" is in force then; "had been in place" is gone (in-force-in-place-since)', () => {
    expect(brief(find(['Under the Norway-Iceland fisheries deal, in place since 2019, quotas are shared.']))).toContain('no-is-fisheries in-force 2019 [in-force-in-place-since]');
    expect(find(['The Kenya-Tanzania FTA expired on Monday, ending a regime that had been in place for decades.']).map((f) => f.status)).not.toContain('in-force');
  });

  it('a "long-awaited" agreement is no intention; "before" in the past is realised', () => {
    expect(brief(find(['The long-awaited Kenya-Tanzania FTA formally came into force on Monday.']))).toContain('ke-tz-fta in-force 2026-03-02 [in-force-entered-into-force]');
    expect(brief(find(['Talks on the Kenya-Tanzania FTA opened in 2015 before they stalled in 2017.']))).toContain('ke-tz-fta suspended 2017 [suspended-talks-stalled]');
  });
});

describe('passages and parties', () => {
  it('a sentence of late steps with no mention continues the passage (passage-late-step)', () => {
    const fs = find([
      'The Lima Convention enters into force today.',
      'The announcement was made at a meeting in Quito.',
      'The states that have deposited instruments of ratification are Peru, Chile and Bolivia.',
    ]);
    expect(brief(fs)).toEqual(expect.arrayContaining(['lima-convention ratified 2026-03-06 Peru [ratified-deposited-instrument]', 'lima-convention ratified 2026-03-06 Bolivia [ratified-deposited-instrument]']));
  });

  it('an organ naming no state is the organ of the passage\'s one state (party-organ-of-the-passage)', () => {
    const fs = find(['Peru moved closer to joining the Lima Convention this week.', 'The parliament unanimously ratified the Lima Convention on Tuesday.'], '2026-03-06T10:00:00Z', 'Peru ratifies Lima Convention');
    expect(brief(fs)).toContain('lima-convention ratified 2026-03-03 Peru [ratified-ratified]');
  });

  it('"A withdrew, along with B and C" is all three (party-subject-along-with)', () => {
    const parties = find(['Today Peru withdrew from the Lima Convention, along with two other states including Chile and Bolivia.']).map((f) => f.party);
    expect(parties).toEqual(expect.arrayContaining(['Peru', 'Chile', 'Bolivia']));
  });

  it('a relative clause with its own subject dates its own verb', () => {
    expect(brief(find(['Kenya on Wednesday suspended the Kenya-Tanzania FTA that it concluded with Tanzania on 8 October 2002.']))).toContain(
      'ke-tz-fta suspended 2026-03-04 Kenya [suspended-suspended]',
    );
  });
});
