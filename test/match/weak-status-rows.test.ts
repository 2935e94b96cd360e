// One test per lexicon row added for the weak statuses of issue 13 (in force without the verb,
// terminations by notice, ruling or dropped bid, applications), named after the way of speaking it
// pins. The sentences are made up (the real-news corpus is scored separately, with its golden files).
import { describe, expect, it } from 'vitest';
import { compileCatalogue, matchArticle } from '../../src/match/index.js';
import type { StatusFinding } from '../../src/types.js';

const catalogue = compileCatalogue([
  { id: 'ar-cl-dca', name: 'Argentina–Chile Defence Cooperation Agreement', parties: ['Argentina', 'Chile'], aliases: ['Argentina-Chile DCA'], patterns: [] },
  { id: 'ke-tz-dta', name: 'Kenya–Tanzania Double Taxation Agreement', parties: ['Kenya', 'Tanzania'], aliases: ['Kenya-Tanzania DTA'], patterns: [] },
  { id: 'pe-ec-ceasefire', name: 'Peru–Ecuador ceasefire', parties: ['Peru', 'Ecuador'], aliases: ['Andean ceasefire'], patterns: [] },
  { id: 'no-eu', name: "Norway's accession to the European Union", parties: ['Norway', 'European Union'], aliases: ["Norway's EU bid"], patterns: [] },
  { id: 'ke-uk-epa', name: 'Kenya–United Kingdom Economic Partnership Agreement', parties: ['Kenya', 'United Kingdom'], aliases: ['Kenya-UK EPA'], patterns: [] },
]);

function find(paragraphs: string[], publishedAt = '2026-03-06T10:00:00Z', title = 'News'): StatusFinding[] {
  return matchArticle({ title, paragraphs, publishedAt }, catalogue).findings.filter((f) => !f.denied);
}
const brief = (fs: StatusFinding[]): string[] => fs.map((f) => `${f.agreementId} ${f.status} ${f.date}${f.party ? ' ' + f.party : ''} [${f.rule}]`);

describe('in force without the verb "enter"', () => {
  it('"exchanged notes bringing into force the DCA" is in force (in-force-brought-into-force)', () => {
    expect(brief(find(['On March 2, 2026 Argentina and Chile exchanged diplomatic notes bringing into force the Argentina-Chile DCA.']))).toContain(
      'ar-cl-dca in-force 2026-03-02 [in-force-brought-into-force]',
    );
  });

  it('"brought the DCA into force" is in force; "brought the Act into force" is the Act\'s, not the treaty\'s (in-force-brought-into-force)', () => {
    expect(brief(find(['On March 2, 2026 an exchange of notes brought the Argentina-Chile DCA into force.']))).toContain('ar-cl-dca in-force 2026-03-02 [in-force-brought-into-force]');
    expect(find(['Ratifying the Argentina-Chile DCA also brought the Act into force.']).some((f) => f.rule === 'in-force-brought-into-force')).toBe(false);
  });

  it('"have applied the EPA provisionally since 1 January 2021" is in force then (in-force-applied-provisionally)', () => {
    expect(brief(find(['Kenya and the UK have applied the Kenya-UK EPA provisionally since 1 January 2021.']))).toContain('ke-uk-epa in-force 2021-01-01 [in-force-applied-provisionally]');
  });

  it('"is in full force again" is a present state (in-force-back-in-force); "is in force" alone is not', () => {
    expect(brief(find(['The Argentina-Chile DCA is in full force again, the minister said.'])).map((f) => f.replace(/ \S+ \[/, ' ['))).toContain('ar-cl-dca in-force [in-force-back-in-force]');
    expect(find(['The Argentina-Chile DCA is in force, the minister said.']).some((f) => f.rule === 'in-force-back-in-force')).toBe(false);
  });

  it('"reached an agreement with Chile to keep the DCA" keeps it in force, no new deal agreed (in-force-agreed-to-keep)', () => {
    const got = brief(find(['Argentina said on Tuesday it had reached an agreement with Chile to keep the Argentina-Chile DCA in place.']));
    expect(got).toContain('ar-cl-dca in-force 2026-03-03 [in-force-agreed-to-keep]');
    expect(got.some((f) => f.includes(' agreed '))).toBe(false);
  });

  it('a side that "declared an immediate ceasefire on Saturday" started it (in-force-declared-ceasefire)', () => {
    expect(brief(find(['Peru declared an immediate ceasefire with Ecuador on Saturday.'], '2026-03-08T10:00:00Z'))).toContain('pe-ec-ceasefire in-force 2026-03-07 [in-force-declared-ceasefire]');
  });

  it('two sides that "announced a ceasefire" agreed it; "will declare a ceasefire" is ahead', () => {
    expect(find(['Peru and Ecuador announced a ceasefire on Saturday.'], '2026-03-08T10:00:00Z').map((f) => f.status)).toContain('agreed');
    expect(find(['Peru will declare a ceasefire with Ecuador next week.']).some((f) => f.status === 'in-force')).toBe(false);
  });

  it('"the ceasefire is holding" is a present state (in-force-ceasefire-holding)', () => {
    expect(find(['The Andean ceasefire is holding, officials in Lima said.']).map((f) => f.rule)).toContain('in-force-ceasefire-holding');
  });
});

describe('ends by notice, ruling and dropped bid', () => {
  it('"sent Chile a notice terminating the DCA" is Argentina\'s termination (terminated-termination-notice)', () => {
    expect(brief(find(['Argentina on Monday sent Chile a notice terminating the Argentina-Chile DCA.']))).toContain('ar-cl-dca terminated 2026-03-02 Argentina [terminated-termination-notice]');
  });

  it('"declared the ceasefire over" ends it (terminated-declared-over)', () => {
    expect(find(['On Tuesday Peru declared the Andean ceasefire over.']).map((f) => `${f.status} [${f.rule}]`)).toContain('terminated [terminated-declared-over]');
  });

  it('a court that "declared the DTA null and void" ends it, with no party (terminated-declared-void)', () => {
    expect(brief(find(['On 15 March 2019 the High Court of Kenya declared the Kenya-Tanzania DTA null and void.']))).toContain('ke-tz-dta terminated 2019-03-15 [terminated-declared-void]');
  });

  it('"was dropping its bid to join the European Union" ends the accession (terminated-dropped-bid)', () => {
    expect(brief(find(['Norway announced on Thursday that it was dropping its bid to join the European Union.']))).toContain('no-eu terminated 2026-03-05 Norway [terminated-dropped-bid]');
  });
});

describe('applications', () => {
  it('"the application, which Norway first submitted in 2009" dates the application (proposed-application-lodged)', () => {
    const got = brief(find(["Norway's EU bid is over.", 'The government withdrew the application, which Norway first submitted in 2009.']));
    expect(got).toContain('no-eu proposed 2009 [proposed-application-lodged]');
  });
});

describe('dates', () => {
  it('"02-Jun-2021" is that day (dates row hyphenated-day)', () => {
    expect(brief(find(['Talks on the Argentina-Chile DCA were concluded on 02-Jun-2021 in Santiago.']))).toContain('ar-cl-dca agreed 2021-06-02 [agreed-talks-were-concluded]');
  });
});
