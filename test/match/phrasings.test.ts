// One test per lexicon row or step added for issue 13's fourth round, named after the phrasing it
// pins. The sentences are made up (the real-news corpus is scored separately, with its golden files).
import { describe, expect, it } from 'vitest';
import { compileCatalogue, matchArticle } from '../../src/match/index.js';
import type { StatusFinding } from '../../src/types.js';

const catalogue = compileCatalogue([
  { id: 'ar-cl-dca', name: 'Argentina–Chile Defence Cooperation Agreement', parties: ['Argentina', 'Chile'], aliases: ['Argentina-Chile DCA'], patterns: [] },
  { id: 'no-se-gas', name: 'Norway–Sweden gas transit agreement', parties: ['Norway', 'Sweden'], aliases: ['Nordic gas transit agreement'], patterns: [] },
  { id: 'pe-ec-peace', name: 'Peru–Ecuador peace agreement', parties: ['Peru', 'Ecuador'], aliases: ['Andean peace accord'], patterns: [] },
  { id: 'ke-tz-fta', name: 'Kenya–Tanzania Free Trade Agreement', parties: ['Kenya', 'Tanzania'], aliases: ['Kenya-Tanzania FTA'], patterns: [] },
]);

function find(paragraphs: string[], publishedAt = '2026-03-06T10:00:00Z', title = 'News'): StatusFinding[] {
  return matchArticle({ title, paragraphs, publishedAt }, catalogue).findings.filter((f) => !f.denied);
}
const brief = (fs: StatusFinding[]): string[] => fs.map((f) => `${f.agreementId} ${f.status} ${f.date}${f.party ? ' ' + f.party : ''} [${f.rule}]`);

describe('rows for agreeing', () => {
  it('"have agreed a defence cooperation deal" is agreed (agreed-concluded-the-agreement)', () => {
    expect(brief(find(['Argentina and Chile have agreed a defence cooperation deal giving each access to the other\'s bases.']))).toContain(
      'ar-cl-dca agreed 2026-03-06 [agreed-concluded-the-agreement]',
    );
  });

  it('"have reached a pact" is agreed (agreed-reached-a-deal)', () => {
    expect(brief(find(['Argentina and Chile have reached a pact letting their forces train together.']))).toContain('ar-cl-dca agreed 2026-03-06 [agreed-reached-a-deal]');
  });

  it('"the agreement was reached at the end of October" is agreed then (agreed-deal-was-reached)', () => {
    const got = brief(find(['Talks on the Argentina-Chile DCA began in 2024.', 'After five rounds of negotiations, the agreement was reached at the end of October 2025.']));
    expect(got).toContain('ar-cl-dca agreed 2025-10 [agreed-deal-was-reached]');
  });

  it('"a Joint Declaration on the Completion of Negotiations" is agreed, not negotiating (agreed-conclusion-of-talks)', () => {
    const got = find(['Kenya and Tanzania issued a Joint Declaration on the Completion of Negotiations on the Kenya-Tanzania FTA on Monday.']);
    expect(got.map((f) => f.status)).toEqual(['agreed']);
  });

  it('"agreed on Wednesday to stop fighting" is an agreed peace deal (agreed-agreed-to-stop-fighting, ceasing phrase)', () => {
    const got = brief(find(['Peru and Ecuador agreed on Wednesday to stop fighting along the border.'], '2026-03-06T10:00:00Z'));
    expect(got).toContain('pe-ec-peace agreed 2026-03-04 [agreed-agreed-to-stop-fighting]');
  });

  it('"agreed to end all hostilities" refers to the passage\'s peace agreement', () => {
    const got = brief(find(['The Andean peace accord was drafted in Brasilia.', 'Both governments agreed to end all hostilities and to free prisoners.']));
    expect(got).toContain('pe-ec-peace agreed 2026-03-06 [agreed-agreed-to-stop-fighting]');
  });

  it('"had agreed to cease fire" and "agreed to halt all military activity" are an agreed ceasefire (agreed-agreed-to-stop-fighting, ceasing phrase)', () => {
    expect(brief(find(['Peru and Ecuador announced on Saturday that they had agreed to cease fire, effective immediately.'], '2026-03-07T18:00:00Z'))).toContain(
      'pe-ec-peace agreed 2026-03-07 [agreed-agreed-to-stop-fighting]',
    );
    expect(brief(find(['Peru and Ecuador agreed on Wednesday to halt all military activity on land and at sea.']))).toContain('pe-ec-peace agreed 2026-03-04 [agreed-agreed-to-stop-fighting]');
  });

  it('a date in a further reported clause ("…, and that the generals would talk again on May 12") is not the agreement\'s', () => {
    const got = brief(find(['The Andean peace accord was announced.', 'Officials said the two sides had agreed to stop military action from 17:00, and that the generals would talk again on March 12.']));
    expect(got.some((f) => f.includes('-03-12'))).toBe(false);
  });

  it('"agreed to stop fighting" with no peace agreement in the passage names none', () => {
    expect(find(['The Kenya-Tanzania FTA was signed in 2024.', 'Rebels agreed to stop fighting in the north.']).filter((f) => f.status === 'agreed')).toEqual([]);
  });
});

describe('rows for entry into force', () => {
  it('"has officially taken effect" is in force (in-force-took-effect)', () => {
    expect(brief(find(['The Kenya-Tanzania FTA has officially taken effect.']))).toContain('ke-tz-fta in-force 2026-03-06 [in-force-took-effect]');
  });
});

describe('rows for an agreement\'s own end', () => {
  it('"the agreement between X and Y ran out on January 1" is the agreement\'s expiry, no party\'s (terminated-ran-out)', () => {
    const got = find(['The five-year Nordic gas transit agreement between Norway and Sweden ran out in the early hours of January 1, 2026.']);
    expect(brief(got)).toEqual(['no-se-gas terminated 2026-01-01 [terminated-ran-out]']);
  });

  it('"the deadline for a referendum on the pact had lapsed" is not the pact\'s expiry', () => {
    const got = find(['Sweden signed the Nordic gas transit agreement in 2024.', 'The deadline for a referendum on the pact had lapsed at midnight.']);
    expect(got.filter((f) => f.status === 'terminated')).toEqual([]);
  });
});

describe('the object of a signing', () => {
  it('"signed the DCA in Washington on December 18" is the agreement\'s signing (an acronym ending in A names an agreement)', () => {
    const got = brief(find(['The Argentina-Chile DCA is the first of its kind.', 'Argentina and Chile signed the DCA in Santiago on December 18, 2025, and the government sent the agreement to parliament.']));
    expect(got).toContain('ar-cl-dca signed 2025-12-18 [signed-signed]');
  });
});

describe('the news day', () => {
  it('a simple past with no date of its own takes the day the lead reports ("said on Thursday")', () => {
    const got = find(
      [
        'Argentina has concluded a defence cooperation agreement with Chile, the two foreign ministries said on Thursday.',
        'The two foreign ministers signed the Argentina-Chile DCA in Santiago.',
      ],
      '2026-03-06T10:00:00Z',
    );
    expect(got.filter((f) => f.status === 'signed').map((f) => f.date)).toEqual(['2026-03-05']);
  });

  it('a present perfect stays the publication\'s news ("have at last signed")', () => {
    const got = find(['Argentina and Chile finally met on Thursday in Santiago.', 'Argentina and Chile have at last signed the Argentina-Chile DCA.'], '2026-03-06T10:00:00Z');
    expect(got.filter((f) => f.status === 'signed').map((f) => f.date)).toEqual(['2026-03-06']);
  });

  it('a lead that announces a day ahead gives no news day ("are due to sign on Monday")', () => {
    const got = find(['Argentina and Chile are due to sign the Argentina-Chile DCA on Monday.', 'Ministers concluded the talks on the Argentina-Chile DCA.'], '2026-03-06T10:00:00Z');
    expect(got.filter((f) => f.rule === 'agreed-concluded-talks').map((f) => f.date)).toEqual(['2026-03-06']);
  });
});

describe('steps that keep a row from counting', () => {
  it('"will announce … that their treaty has entered into force" is not yet news (a future report)', () => {
    const got = find(['Kenya and Tanzania will announce at the summit in Arusha that the Kenya-Tanzania FTA has entered into force.']);
    expect(got.filter((f) => f.status === 'in-force')).toEqual([]);
  });

  it('"under a decree signed by the president" signs the decree, not the agreement', () => {
    const got = find(['Under a decree signed by the president, the Nordic gas transit agreement will cease to apply in July.']);
    expect(got.filter((f) => f.status === 'signed')).toEqual([]);
  });

  it('"the law he signed on Monday" signs the law, not the agreement', () => {
    const got = find(['The law he signed on Monday is a formal denunciation of the Nordic gas transit agreement.']);
    expect(got.filter((f) => f.status === 'signed')).toEqual([]);
  });

  it('"the negotiating framework for" is no negotiation (negotiating-negotiating)', () => {
    const got = find(['Ministers agreed on the negotiating framework for the Kenya-Tanzania FTA on Monday.']);
    expect(got.filter((f) => f.status === 'negotiating')).toEqual([]);
  });
});

describe('proposing', () => {
  it('"weighing a withdrawal from the treaty" proposes the withdrawal, not the treaty (proposed-consider)', () => {
    expect(find(['Sweden is weighing a withdrawal from the Nordic gas transit agreement.']).filter((f) => f.status === 'proposed')).toEqual([]);
  });

  it('"the UK\'s proposed accession to" is an adjective, not a proposal made (proposed-consider)', () => {
    expect(find(["Parliament published its report on Kenya's proposed accession to the Kenya-Tanzania FTA."]).filter((f) => f.status === 'proposed')).toEqual([]);
  });

  it('"proposed that it hand over" proposes an act, not the agreement (proposed-consider)', () => {
    expect(find(['Norway signed the Nordic gas transit agreement after Sweden proposed that it hand over its pipelines.']).filter((f) => f.status === 'proposed')).toEqual([]);
  });
});

describe('headlines', () => {
  it('"X and Y conclude negotiations on trade deal" is agreed, not negotiating (agreed-conclude-talks-headline)', () => {
    const got = find(['The two sides met in Nairobi.'], '2026-03-06T10:00:00Z', 'Kenya and Tanzania conclude negotiations on Kenya-Tanzania FTA');
    expect(brief(got)).toEqual(['ke-tz-fta agreed 2026-03-06 [agreed-conclude-talks-headline]']);
  });
});

describe('accession taking effect', () => {
  it('"has officially become a member of" is in force (in-force-became-member, adverb after the auxiliary)', () => {
    const catalogueOpen = compileCatalogue([{ id: 'bwc', name: 'Biological Weapons Convention', parties: [], aliases: ['Biological Weapons Convention'], patterns: [] }]);
    const got = matchArticle({ title: 'News', paragraphs: ['Chad has officially become a member of the Biological Weapons Convention.'], publishedAt: '2026-03-06T10:00:00Z' }, catalogueOpen).findings;
    expect(got.map((f) => `${f.status} ${f.rule}`)).toContain('in-force in-force-became-member');
  });
});

describe('peace deals of parties with several documents (issue 13, fifth round)', () => {
  const peace = compileCatalogue([
    { id: 'pe-ec-declaration', name: 'Peru–Ecuador Joint Declaration of Peace and Friendship', parties: ['Peru', 'Ecuador'], aliases: ['Lima declaration'], patterns: [] },
    { id: 'pe-ec-agreement', name: 'Peru–Ecuador Quito Peace Agreement', parties: ['Peru', 'Ecuador'], aliases: ['Quito peace agreement'], patterns: [] },
  ]);
  const findPeace = (paragraphs: string[]): string[] =>
    brief(matchArticle({ title: 'News', paragraphs, publishedAt: '2026-03-09T10:00:00Z' }, peace).findings.filter((f) => !f.denied));

  it('"Peru and Ecuador signed a peace deal" is the one named an agreement, not the declaration (generic, same parties)', () => {
    expect(findPeace(['Peru and Ecuador signed a peace deal on Sunday in Quito.'])).toEqual(['pe-ec-agreement signed 2026-03-08 [signed-signed]']);
  });

  it('"signed a declaration" with two documents of the same parties refers to neither by "agreement" words', () => {
    expect(findPeace(['Peru and Ecuador signed a joint declaration on Sunday.']).filter((f) => f.startsWith('pe-ec-agreement'))).toEqual([]);
  });

  it('a date inside "after reaching Quito on Saturday" dates the arrival, not the signing (dates: gerund phrase)', () => {
    const got = findPeace(['The Quito peace agreement was ready.', 'The two presidents put their names to the agreement after reaching Quito on Saturday.']);
    expect(got.some((f) => f.includes('2026-03-07'))).toBe(false);
  });
});

describe('ceasefires named by their noun alone (issue 13, fifth round)', () => {
  const truce = compileCatalogue([{ id: 'pe-ec-truce', name: 'Peru–Ecuador ceasefire', parties: ['Peru', 'Ecuador'], aliases: ['Peru-Ecuador ceasefire'], patterns: [] }]);
  const findTruce = (paragraphs: string[]): string[] =>
    brief(matchArticle({ title: 'News', paragraphs, publishedAt: '2026-03-10T14:00:00Z' }, truce).findings.filter((f) => !f.denied));

  it('an article that says only "ceasefire" is read ("the ceasefire went into effect at 7:30am")', () => {
    expect(findTruce(['Peru and Ecuador on Tuesday accepted a ceasefire plan.', 'State television reported that the ceasefire went into effect at 7:30am.'])).toContain(
      'pe-ec-truce in-force 2026-03-10 [in-force-entered-into-force]',
    );
  });

  it('"accepted a ceasefire plan" is the ceasefire agreed, not ratified (ratified-accepted, statusOfPeaceAgreement)', () => {
    const got = findTruce(['Peru and Ecuador on Tuesday accepted a ceasefire plan put forward by Brazil.']);
    expect(got).toContain('pe-ec-truce agreed 2026-03-10 [ratified-accepted]');
    expect(got.some((f) => f.includes(' ratified '))).toBe(false);
  });

  it('"a ceasefire between Peru and Ecuador was now in place" is in force (in-force-now-in-place)', () => {
    expect(findTruce(['The president said on Tuesday that a ceasefire between Peru and Ecuador was now in place.'])).toContain('pe-ec-truce in-force 2026-03-10 [in-force-now-in-place]');
  });
});

describe('other documents and headlines (branch h13g)', () => {
  it('a participle or relative clause on another document between the mention and the cue is not the mention\'s (another-document-between)', () => {
    const got = brief(find(['The Kenya-Tanzania FTA was signed in Arusha on 25 February, replacing an earlier temporary pact signed in 2019.']));
    expect(got).toEqual(['ke-tz-fta signed 2026-02-25 [signed-signed]']);
    expect(brief(find(['The new Kenya-Tanzania FTA will replace the interim agreement between Kenya and Tanzania adopted in Nairobi on May 17, 2018, which Kenya ratified on May 7, 2019.']))).toEqual([]);
  });

  it('a description of the mention itself still takes the cue ("is a … agreement that entered into force")', () => {
    expect(brief(find(['The Kenya-Tanzania FTA is a bilateral agreement that entered into force in 2021.']))).toEqual(['ke-tz-fta in-force 2021 [in-force-entered-into-force]']);
  });

  it('"approves the full suspension of" in a headline ratifies nothing (approval-of-leaving)', () => {
    expect(brief(find(['Kenya suspended the deal.'], '2026-03-06T10:00:00Z', 'Kenya approves the full suspension of the Kenya-Tanzania FTA')).filter((f) => f.includes('ratified'))).toEqual([]);
  });

  it('"UN approves new convention" in a headline adopts the text (agreed-un-approves-headline)', () => {
    const un = compileCatalogue([{ id: 'un-cyber', name: 'United Nations Convention against Cybercrime', parties: [], aliases: ['convention against cybercrime'], patterns: [] }]);
    const got = matchArticle({ title: 'UN approves new convention against cybercrime', paragraphs: ['Delegates cheered.'], publishedAt: '2024-12-25T10:00:00Z' }, un).findings;
    expect(got.map((f) => `${f.status} ${f.rule}`)).toEqual(['agreed agreed-un-approves-headline']);
  });
});
