// The party steps (src/match/party.ts), the organ table (src/match/organs.ts) and the lexicon rows
// for ratification, accession and withdrawal, one test per row or step, named after the phrasing
// it pins. Sentences are written here for the purpose (no fixture's words); each checks the
// finding's status, party, lexicon row and party row.
import { describe, expect, it } from 'vitest';
import { compileCatalogue, matchArticle } from '../../src/match/index.js';
import { ORGAN_ANY, ORGANS, organAt } from '../../src/match/organs.js';
import { unpadded } from '../../src/match/party.js';
import type { AgreementConfig, StatusFinding } from '../../src/types.js';

const catalogue = compileCatalogue([
  { id: 'au-id-cepa', name: 'Australia–Indonesia Economic Partnership Agreement', parties: ['Australia', 'Indonesia'], aliases: ['CEPA'], patterns: [] },
  { id: 'eu-ke-epa', name: 'EU–Kenya Trade Partnership', parties: ['EU', 'Kenya'], aliases: ['EU-Kenya EPA'], patterns: [] },
  { id: 'uk-nz-fta', name: 'UK–New Zealand Free Trade Agreement', parties: ['UK', 'New Zealand'], aliases: ['UK-NZ FTA', 'Anglo-Pacific FTA'], patterns: [] },
  { id: 'us-se-dca', name: 'US–Sweden Defence Cooperation Agreement', parties: ['US', 'Sweden'], aliases: ['Defence Cooperation Agreement', 'DCA'], patterns: [] },
  { id: 'mediation', name: 'Convention on Mediated Settlements', parties: [], aliases: ['Mediation Convention'], patterns: [] },
  { id: 'reef-treaty', name: 'Coral Reef Treaty', parties: [], aliases: ['Reef Treaty'], patterns: [] },
  { id: 'west-bloc', name: 'West Africa Trade Treaty', parties: ['Mali', 'Niger', 'Burkina Faso', 'Senegal'], aliases: ['WATT'], patterns: [] },
  { id: 'tl-wto', name: 'Protocol of Accession of Timor-Leste to the WTO', parties: ['Timor-Leste'], aliases: ['WTO accession protocol'], patterns: [] },
  { id: 'ru-us-pu', name: 'Russia–US Plutonium Agreement', parties: ['Russia', 'US'], aliases: ['Plutonium Agreement'], patterns: [] },
  { id: 'rcep-like', name: 'Eastern Trade Partnership', parties: ['ASEAN', 'China', 'Japan', 'Australia', 'New Zealand'], aliases: ['ETP'], patterns: [] },
  { id: 'py-mercosur', name: 'Protocol of Accession of Paraguay to Mercosur', parties: ['Paraguay', 'Mercosur'], aliases: ['Paraguay\'s Mercosur accession protocol'], patterns: [] },
  { id: 'eu-jp-epa', name: 'EU–Japan Economic Partnership Agreement', parties: ['EU', 'Japan'], aliases: ['EU-Japan EPA'], patterns: [] },
] as AgreementConfig[]);

function findings(sentence: string, publishedAt = '2025-03-05T10:00:00Z', title = ''): StatusFinding[] {
  return matchArticle({ title, paragraphs: [sentence], publishedAt }, catalogue).findings.filter((f) => !f.denied);
}

function parties(fs: StatusFinding[], status: string): string[] {
  return fs.filter((f) => f.status === status).map((f) => f.party ?? '-').sort();
}

describe('the organ table', () => {
  it('names its rows uniquely and finds each row at its own match', () => {
    expect(new Set(ORGANS.map((o) => o.id)).size).toBe(ORGANS.length);
    const text = 'The Jogorku Kenesh voted.';
    const at = text.search(ORGAN_ANY);
    expect(organAt(text, at)?.id).toBe('organ-jogorku-kenesh');
  });

  it('"MEPs backed the agreement": the EU (organ-european-parliament)', () => {
    const fs = findings('On Thursday MEPs backed the EU-Kenya EPA by 366 votes to 86.');
    expect(parties(fs, 'ratified')).toEqual(['European Union']);
    expect(fs.find((f) => f.status === 'ratified')?.partyRow).toBe('organ-european-parliament');
  });

  it('"approved by the European Parliament and the Council": the Council after the Parliament is the EU\'s', () => {
    const text = 'The EU-Kenya EPA has been approved by both the European Parliament and the Council.';
    const at = text.lastIndexOf('Council');
    expect(organAt(text, at)?.id).toBe('organ-eu-council');
  });

  it('"the Spanish Senate had ratified": the state of the adjective (organ-senate:adjective)', () => {
    const fs = findings('Diplomats said the Indonesian Senate had ratified the Economic Partnership Agreement with Australia.');
    expect(parties(fs, 'ratified')).toEqual(['Indonesia']);
    expect(fs.find((f) => f.status === 'ratified')?.partyRow).toBe('organ-senate:adjective');
  });

  it('"got the legislative green light in Canberra": the capital after the cue (ratified-green-light)', () => {
    const fs = findings('The Australia–Indonesia Economic Partnership Agreement got the legislative green light in Canberra last year.');
    const f = fs.find((x) => x.status === 'ratified');
    expect(f?.rule).toBe('ratified-green-light');
    expect(f?.party).toBe('Australia');
    expect(f?.partyRow).toMatch(/:in-capital$/);
  });

  it('"Australian legislators gave the deal the green light": the adjective', () => {
    const fs = findings('Australian legislators gave the Australia–Indonesia Economic Partnership Agreement the green light in November.');
    expect(parties(fs, 'ratified')).toEqual(['Australia']);
  });

  it('"Swedish lawmakers adopted the agreement": a legislature\'s adoption ratifies (ratified-adopted-by-legislature)', () => {
    const fs = findings('On Tuesday Swedish lawmakers adopted the Defence Cooperation Agreement with the United States.');
    const f = fs.find((x) => x.status === 'ratified');
    expect(f?.rule).toBe('ratified-adopted-by-legislature');
    expect(f?.party).toBe('Sweden');
    expect(fs.some((x) => x.status === 'agreed')).toBe(false);
  });

  it('"Canada cleared its last hurdle when its Senate approved": the organ of the sentence\'s subject (organ-senate:its)', () => {
    const fs = findings('Morocco cleared its last hurdle when its Senate approved the Reef Treaty on October 25.');
    const f = fs.find((x) => x.status === 'ratified' && x.partyRow === 'organ-senate:its');
    expect(f?.party).toBe('Morocco');
    expect(f?.partyRow).toBe('organ-senate:its');
  });

  it('"the National Parliament has approved" an agreement listing one state: that state (party-only-listed)', () => {
    const fs = findings('The National Parliament has approved the WTO accession protocol with 37 votes in favour.');
    const f = fs.find((x) => x.status === 'ratified');
    expect(f?.party).toBe('Timor-Leste');
    expect(f?.partyRow).toBe('party-only-listed');
  });
});

describe('lexicon rows for ratification, accession and withdrawal', () => {
  it('"… Act received royal assent": the possessive subject (ratified-royal-assent, party-possessive-subject)', () => {
    const fs = findings("On March 3, New Zealand's act implementing the Anglo-Pacific FTA with the United Kingdom received royal assent.");
    const f = fs.find((x) => x.status === 'ratified');
    expect(f?.rule).toBe('ratified-royal-assent');
    expect(f?.party).toBe('New Zealand');
    expect(f?.partyRow).toBe('party-possessive-subject');
  });

  it('"the Mexican government for depositing its own ratification" (ratified-deposited-ratification)', () => {
    const fs = findings('Chile thanked the Mexican government for depositing its own ratification of the Mediation Convention.');
    const f = fs.find((x) => x.status === 'ratified');
    expect(f?.rule).toBe('ratified-deposited-ratification');
    expect(f?.party).toBe('Mexico');
  });

  it('"By depositing the instrument, Argentina …" is no deposit row of its own', () => {
    const fs = findings('By depositing the instrument together with Mexico, Argentina makes possible the entry into force of the Mediation Convention.');
    expect(fs.filter((f) => f.rule === 'ratified-deposited-ratification')).toEqual([]);
  });

  it('"acceded today to the Convention": a day between the verb and "to" (ratified-joined)', () => {
    const fs = findings('Peru and Chile acceded today to the Mediation Convention.');
    expect(parties(fs, 'ratified')).toEqual(['Chile', 'Peru']);
  });

  it('"has become the 60th country to ratify the treaty" (ratified-first-to-ratify, numbered)', () => {
    const fs = findings('Morocco has become the 60th country to ratify the Reef Treaty.');
    expect(parties(fs, 'ratified')).toEqual(['Morocco']);
  });

  it('"Fiji and Singapore on Tuesday (Feb 25) became the first two countries to deposit their instruments": a rank is realised, the padding skipped', () => {
    const fs = findings('Fiji and Singapore on Tuesday (Feb 25) became the first two countries to deposit their instruments of ratification of the Mediation Convention.', '2020-02-26T02:00:00Z');
    expect(parties(fs, 'ratified')).toEqual(['Fiji', 'Singapore']);
    expect(fs.every((f) => f.date === '2020-02-25')).toBe(true);
  });

  it('"…, becoming the 11th country to do so": ranks the step already reported, no second event', () => {
    const fs = findings('Peru ratified the Reef Treaty on November 5, 2020, becoming the 11th country to do so.', '2020-11-06T00:00:00Z');
    expect(fs.filter((f) => f.status === 'ratified').map((f) => `${f.party} ${f.date}`)).toEqual(['Peru 2020-11-05']);
  });

  it('"after Palau was the first to do so": a rank repeats the step before it (proform-first-to-do-so)', () => {
    const fs = findings('Morocco has become the 60th country to ratify the Reef Treaty, eighteen months after Palau was the first to do so.');
    expect(parties(fs, 'ratified')).toEqual(['Morocco', 'Palau']);
  });

  it('"Britain first signed up to join" is an adverb, no rank', () => {
    const fs = findings('Britain first signed up to join the Reef Treaty in July 2023.');
    expect(fs.filter((f) => f.rule === 'ratified-first-to-ratify')).toEqual([]);
  });

  it('"formally notified … of their decision to withdraw" (terminated-notified-withdrawal)', () => {
    const fs = findings('Mali and Burkina Faso have formally notified the bloc of their decision to withdraw from the West Africa Trade Treaty.');
    const t = fs.filter((f) => f.status === 'terminated');
    expect(t.map((f) => f.party).sort()).toEqual(['Burkina Faso', 'Mali']);
    expect(t.every((f) => f.rule === 'terminated-notified-withdrawal')).toBe(true);
  });

  it('"has informed the United Nations that it is leaving" (terminated-notified-withdrawal)', () => {
    const fs = findings('Senegal has informed the United Nations that it is leaving the West Africa Trade Treaty.');
    expect(parties(fs, 'terminated')).toEqual(['Senegal']);
  });

  it('"lodged its withdrawal instrument" (terminated-withdrawal-instrument)', () => {
    const fs = findings('Niger lodged its withdrawal instrument for the West Africa Trade Treaty on 10 July.');
    const f = fs.find((x) => x.status === 'terminated');
    expect(f?.rule).toBe('terminated-withdrawal-instrument');
    expect(f?.party).toBe('Niger');
  });

  it('"has signed a law denouncing the agreement" (terminated-signed-law-leaving)', () => {
    const fs = findings('Russian leader Vladimir Putin has signed a law denouncing the Plutonium Agreement with the United States.');
    const f = fs.find((x) => x.status === 'terminated');
    expect(f?.rule).toBe('terminated-signed-law-leaving');
    expect(f?.party).toBe('Russia');
  });
});

describe('party steps', () => {
  it('padding between a subject and its verb: a date, a parenthesis, a rank', () => {
    expect(unpadded(' on Tuesday (Feb 25) became the first two countries to deposit').trim()).toBe('deposit');
  });

  it('"NICE, France -- On Monday eighteen countries ratified": the dateline\'s country is no subject', () => {
    const fs = findings('NICE, France -- On Monday eighteen countries ratified the Reef Treaty.');
    expect(parties(fs, 'ratified')).toEqual(['-']);
  });

  it('"(CNN) — The United States said that it has formally withdrawn": the pronoun stands for the subject after a credit', () => {
    const fs = findings('(CNN) — Russia said on Friday that it has formally withdrawn from the Plutonium Agreement.');
    expect(parties(fs, 'terminated')).toEqual(['Russia']);
  });

  it('"A – B and C – and four others – D and E – had ratified": lists continued by "and" (party-list-subject)', () => {
    const fs = findings('The ministry said three ASEAN members – Laos, Singapore and Vietnam – and four non-ASEAN signatories – China, Japan, Australia and New Zealand – had ratified the ETP.');
    expect(parties(fs, 'ratified')).toEqual(['Australia', 'China', 'Japan', 'Laos', 'New Zealand', 'Singapore', 'Vietnam']);
  });

  it('"instruments had reached it from A, namely B, C, and from four others, D and E" (party-list-after)', () => {
    const fs = findings('Instruments of ratification of the ETP had reached the secretariat from three ASEAN members, namely Laos, Singapore and Vietnam, and from four non-ASEAN signatories, Australia, China, Japan and New Zealand.');
    expect(parties(fs, 'ratified')).toEqual(['Australia', 'China', 'Japan', 'Laos', 'New Zealand', 'Singapore', 'Vietnam']);
  });

  it('"its Contracting Parties now include A, B and C" (party-list-after)', () => {
    const fs = findings('The Reef Treaty has been ratified by 22 countries, and its Contracting Parties now include France, the Republic of Congo, Ghana and Serbia.');
    expect(parties(fs, 'ratified')).toEqual(['France', 'Ghana', 'Republic of the Congo', 'Serbia']);
  });

  it('"the members that have ratified the Agreement are A, B and C" (party-list-predicate)', () => {
    const fs = findings('Besides Belize, the members that have ratified the Reef Treaty are Niger, Nicaragua and Japan.');
    expect(parties(fs, 'ratified')).toEqual(['Japan', 'Nicaragua', 'Niger']);
    expect(fs.find((f) => f.status === 'ratified')?.partyRow).toBe('party-list-predicate');
  });

  it('"non-ASEAN signatories" names no organisation', () => {
    const fs = findings('Four non-ASEAN signatories have ratified the ETP.');
    expect(parties(fs, 'ratified')).toEqual(['-']);
  });

  it('"the legislatures of A, B and Cuba have approved it": the clause runs over the list (clause-over-list), a non-party named in the list is left out', () => {
    const fs = findings('The legislatures of Brazil, Uruguay and Cuba have already approved Paraguay as a member of the bloc.');
    expect(parties(fs, 'ratified')).toEqual(['Brazil', 'Uruguay']);
    expect(fs.find((f) => f.status === 'ratified')?.partyRow).toBe('party-list-subject');
  });

  it('"the National Assembly approved the Protocol of Accession of X": the accession named by its document', () => {
    const fs = findings('On Friday the National Assembly approved the Protocol of Accession of Timor-Leste to the trade body by 40 votes to 5.');
    expect(parties(fs, 'ratified')).toEqual(['Timor-Leste']);
    expect(fs.find((f) => f.status === 'ratified')?.mention).toBe('Protocol of Accession of Timor-Leste');
  });

  it('"sent the deal to parliament …, and the committee backed it on 6 May": no list, no clause over it', () => {
    const fs = findings('The cabinet sent the Plutonium Agreement to parliament on 2 May, and the Defence Committee backed it on 6 May.');
    expect(parties(fs, 'ratified')).toEqual([]);
  });

  it('"A, Hong Kong China and B have ratified": a name right after another qualifies it', () => {
    const fs = findings('Besides Belize, the members that have ratified the Reef Treaty are Niger, Hong Kong China and Japan.');
    expect(parties(fs, 'ratified')).toEqual(['Hong Kong', 'Japan', 'Niger']);
  });

  it('"A and B became the 5th and 6th to ratify, submitting their instruments on 2 May": the parties take the date (sentence-one-step-date)', () => {
    const fs = findings('Ghana and Peru have become the 5th and 6th states to ratify the Reef Treaty, submitting their instruments of acceptance to the depositary on 2 March.');
    const rat = fs.filter((f) => f.status === 'ratified');
    expect(rat.map((f) => `${f.party}:${f.date}`).sort()).toEqual(['Ghana:2025-03-02', 'Peru:2025-03-02']);
  });

  it('"handing Oslo\'s accession papers to the depositary": the papers\' owner (ratified-deposited-papers, party-possessive-inside-cue)', () => {
    const fs = findings('The foreign minister completed the process by handing Niger\'s accession papers to the depositary of the West Africa Trade Treaty.');
    const f = fs.find((x) => x.status === 'ratified');
    expect(f?.party).toBe('Niger');
    expect(f?.rule).toBe('ratified-deposited-papers');
    expect(f?.partyRow).toBe('party-possessive-inside-cue');
  });

  it('"lodged its accession instrument" with no state of the agreement: nothing', () => {
    const fs = findings('The government announced that it has lodged its accession instrument for the West Africa Trade Treaty.');
    expect(fs.filter((f) => f.status === 'ratified')).toEqual([]);
  });

  it('"X, Ghana\'s permanent representative to the UN, deposited the instrument": the official\'s state (party-official-subject)', () => {
    const fs = findings('Ambassador Ama Mensah, Ghana\'s permanent representative to the UN, deposited the instrument of ratification of the Mediation Convention in New York on 3 March.');
    const f = fs.find((x) => x.status === 'ratified');
    expect(f?.party).toBe('Ghana');
    expect(f?.partyRow).toBe('party-official-subject');
  });

  it('"approved by the Council on 3 March, following its ratification by the European Parliament on 12 February" (ratified-ratification-by-legislature)', () => {
    const fs = findings('The EU-Japan EPA was approved by the EU Council on 3 March, following its ratification by the European Parliament on 12 February.');
    expect(fs.filter((f) => f.status === 'ratified').map((f) => `${f.party}:${f.date}`).sort()).toEqual(['European Union:2025-02-12', 'European Union:2025-03-03']);
  });

  it('"MEPs ratified it on …, and on 3 March the Council gave its approval": the Council after the Parliament, across the clause', () => {
    const fs = findings('MEPs ratified the EU-Japan EPA on 12 February, and on 3 March the Council gave its approval.');
    expect(fs.filter((f) => f.status === 'ratified').map((f) => `${f.party}:${f.date}:${f.rule}`).sort()).toEqual([
      'European Union:2025-02-12:ratified-ratified',
      'European Union:2025-03-03:ratified-gave-approval',
    ]);
  });

  it('"lawmakers passed a bill on X\'s application to join": a bill on the accession is its approval; "a law on withdrawal" is not', () => {
    const fs = findings('Brazilian lawmakers on Monday passed a bill on Paraguay\'s application to join Mercosur.');
    expect(parties(fs, 'ratified')).toEqual(['Brazil']);
    const gone = findings('Russian lawmakers passed a law on withdrawal from the Plutonium Agreement.');
    expect(parties(gone, 'ratified')).toEqual([]);
  });

  it('"Japan\'s cabinet approved the deal" after its signing is its ratification (ratified-cabinet-approved); before a scheduled signing it is no step', () => {
    const fs = findings('Japan\'s cabinet approved the ETP overnight in a special session.');
    expect(parties(fs, 'ratified')).toEqual(['Japan']);
    expect(fs.find((f) => f.status === 'ratified')?.rule).toBe('ratified-cabinet-approved');
    const ahead = matchArticle(
      { title: '', paragraphs: ['Japan and China are set to sign the ETP at a summit on 20 March.', 'The Japanese cabinet approved the ETP on 3 March.'], publishedAt: '2025-03-05T10:00:00Z' },
      catalogue,
    ).findings;
    expect(ahead.filter((f) => f.status === 'ratified')).toEqual([]);
    expect(parties(findings('The Japanese government approved the ETP for signing on Monday.'), 'ratified')).toEqual([]);
  });

  it('"its withdrawal took effect on 4 November": the party\'s termination (terminated-withdrawal-took-effect, party-its-subject), no entry into force', () => {
    const fs = findings('Russia\'s signature on the Reef Treaty dates from 2019, and its withdrawal took effect on 4 March 2025.');
    expect(fs.filter((f) => f.status === 'in-force')).toEqual([]);
    const t = fs.find((f) => f.status === 'terminated');
    expect([t?.party, t?.date, t?.rule, t?.partyRow]).toEqual(['Russia', '2025-03-04', 'terminated-withdrawal-took-effect', 'party-its-subject']);
    const after = findings('An exit could only become official four years after the Reef Treaty took effect on 4 March 2021.');
    expect(after.filter((f) => f.status === 'in-force').map((f) => f.date)).toEqual(['2021-03-04']);
  });

  it('"the coming entry into force", "its entry into force is imminent": no entry into force', () => {
    expect(findings('The two ministers welcomed the coming entry into force of the Reef Treaty.').filter((f) => f.status === 'in-force')).toEqual([]);
    expect(findings('Ghana ratified the Reef Treaty, and its entry into force is imminent.').filter((f) => f.status === 'in-force')).toEqual([]);
  });

  it('"voted 69 to 27 for ratification of the Montreal Protocol\'s Kigali Amendment": the possessor is not the object', () => {
    const fs = findings('On 3 March the Senate voted 69 to 27 for ratification of the Reef Treaty\'s Mediation Convention.');
    expect(fs.filter((f) => f.status === 'ratified' && f.agreementId === 'mediation').map((f) => f.date)).toEqual(['2025-03-03']);
  });

  it('"approved Resolution No. 7 …, giving its concurrence to ratifying the DCA": a Senate\'s concurrence', () => {
    const fs = findings('The Senate today approved Resolution No. 7 on third reading, giving its concurrence to ratifying the US–Sweden Defence Cooperation Agreement.');
    expect(fs.filter((f) => f.status === 'ratified').map((f) => f.rule)).toContain('ratified-gave-approval');
  });

  it('"Ghana signed it the same year and was the first country to ratify it" (party-coordinated-subject); not across "after"', () => {
    const fs = findings('Ghana signed the Reef Treaty the same year and was the first country to ratify it.');
    const f = fs.find((x) => x.status === 'ratified');
    expect([f?.party, f?.partyRow]).toEqual(['Ghana', 'party-coordinated-subject']);
    const other = findings('Ghana signed the Reef Treaty after Peru and it was ratified the same year.');
    expect(other.filter((x) => x.status === 'ratified').map((x) => x.party)).not.toContain('Ghana');
  });

  it('"The U.S. told its partners that it has completed the domestic work": the pronoun stands for the subject (party-pronoun-subject)', () => {
    const fs = findings('Sweden told the United States today that it has completed the domestic procedures for the Defence Cooperation Agreement.');
    const f = fs.find((x) => x.status === 'ratified');
    expect([f?.party, f?.partyRow]).toEqual(['Sweden', 'party-pronoun-subject']);
  });

  it('"ratified the Convention on Mediated Settlements (Mediation Convention)": the bracketed mention\'s long name is its object', () => {
    const fs = findings('Ghana formally ratified the Convention on Mediated Settlements and Trade (Mediation Convention) on 3 March.');
    expect(fs.filter((f) => f.status === 'ratified').map((f) => `${f.party}:${f.date}`)).toEqual(['Ghana:2025-03-03']);
  });

  it('"the earliest ratifications came from A, B and C" (ratified-ratifications-came-from, party-list-after)', () => {
    const fs = findings('The earliest ratifications of the Reef Treaty came from Japan, Mexico and Singapore.');
    expect(parties(fs, 'ratified')).toEqual(['Japan', 'Mexico', 'Singapore']);
    expect(fs.find((f) => f.status === 'ratified')?.rule).toBe('ratified-ratifications-came-from');
  });

  it('"the UK–New Zealand Free Trade Agreement has been ratified": the states of its name are no subject (party-not-in-the-name)', () => {
    const fs = findings('With the implementing act passed, the UK-NZ FTA has been ratified, officials said.');
    expect(parties(fs, 'ratified')).toEqual(['-']);
  });
});


describe('an approval of leaving is no ratification (status.ts UNDOING_AFTER, reason approval-of-leaving)', () => {
  it('a parenthesis before the bill: "passed, in its third and final reading, a bill revoking"', () => {
    const fs = findings("On Wednesday Russia's State Duma passed, in its third and final reading, a bill revoking the country's ratification of the Plutonium Agreement.");
    expect(parties(fs, 'ratified')).toEqual([]);
  });

  it('an adverb and a possessive: "approved without hesitation the president\'s order to pull out of"', () => {
    const fs = findings("The Russian lower house approved without hesitation President Ivan Petrov's order to pull out of the Plutonium Agreement.");
    expect(parties(fs, 'ratified')).toEqual([]);
  });

  it('"gave its approval to denouncing"', () => {
    const fs = findings('On Wednesday the State Duma gave its approval to denouncing the Plutonium Agreement.');
    expect(parties(fs, 'ratified')).toEqual([]);
  });

  it('a ratification bill is still one: "passed a bill ratifying"', () => {
    const fs = findings("On Wednesday Russia's State Duma passed a bill ratifying the Plutonium Agreement.");
    expect(parties(fs, 'ratified')).toEqual(['Russia']);
  });
});

describe('"the last countries to sign up" (ratified-first-to-ratify)', () => {
  it('joining by "sign up" is a ratification, with the dashed list as its parties', () => {
    const fs = findings('The last countries to sign up – Mali, Niger and Senegal – took the West Africa Trade Treaty past its threshold.');
    expect(parties(fs, 'ratified')).toEqual(['Mali', 'Niger', 'Senegal']);
    expect(fs.filter((f) => f.status === 'signed')).toEqual([]);
    expect(fs.find((f) => f.status === 'ratified')?.rule).toBe('ratified-first-to-ratify');
  });

  it('"the first country to sign" stays a signing', () => {
    const fs = findings('Mali was the first country to sign the West Africa Trade Treaty.');
    expect(fs.filter((f) => f.status === 'signed').map((f) => f.rule)).toEqual(['signed-first-to-sign']);
  });
});
