// "joined BRICS", "a full member of the SCO": a state's accession to a bloc (issue 13, fifth round).
// One test per row or step; the sentences are made up (the real-news corpus is scored separately).
import { describe, expect, it } from 'vitest';
import { compileCatalogue, matchArticle, resolveCountry } from '../../src/match/index.js';
import type { StatusFinding } from '../../src/types.js';

const catalogue = compileCatalogue([
  { id: 'vn-brics', name: "Vietnam's accession to BRICS", parties: ['Vietnam', 'BRICS'], aliases: ["Vietnam's BRICS membership"], patterns: [] },
  { id: 'by-sco', name: "Belarus's accession to the Shanghai Cooperation Organisation", parties: ['Belarus', 'Shanghai Cooperation Organisation'], aliases: ["Belarus's SCO membership"], patterns: [] },
  { id: 'no-eu', name: "Norway's accession to the European Union", parties: ['Norway', 'European Union'], aliases: ["Norway's EU accession"], patterns: [] },
  { id: 'water', name: 'UN Water Convention', parties: [], aliases: ['Water Convention'], patterns: [] },
]);

function find(paragraphs: string[], title = 'News', publishedAt = '2026-03-06T10:00:00Z'): StatusFinding[] {
  return matchArticle({ title, paragraphs, publishedAt }, catalogue).findings.filter((f) => !f.denied);
}
const brief = (fs: StatusFinding[]): string[] => fs.map((f) => `${f.agreementId} ${f.status} ${f.date}${f.party ? ' ' + f.party : ''} [${f.rule}]`);

describe('the organisation table knows the blocs states join', () => {
  it('BRICS, the SCO and the CSTO resolve as parties', () => {
    expect(resolveCountry('BRICS')).toBe('BRICS');
    expect(resolveCountry('SCO')).toBe('Shanghai Cooperation Organisation');
    expect(resolveCountry('Collective Security Treaty Organization')).toBe('Collective Security Treaty Organisation');
  });
});

describe('step accession-bloc-joined and the bloc reading of ratified-joined', () => {
  it('"Vietnam has formally joined BRICS" is the accession in force (ratified-joined, statusOfBlocAccession)', () => {
    expect(brief(find(['Vietnam has formally joined BRICS as a full member, the chair said.']))).toEqual(['vn-brics in-force 2026-03-06 [ratified-joined]']);
  });

  it('joining a treaty open to all states stays a ratification with its party', () => {
    expect(brief(find(['Iraq has joined the Water Convention, the ministry said.']))).toEqual(['water ratified 2026-03-06 Iraq [ratified-joined]']);
  });

  it('"celebrates joining BRICS" names the accession, it reports nothing', () => {
    expect(find(['Vietnam celebrates joining BRICS with a parade.'])).toEqual([]);
  });

  it('in a sentence about a document the document is the mention, not the bloc ("ratify an agreement making it a member of BRICS")', () => {
    const got = find(['Lawmakers in Vietnam voted to ratify an agreement making their country a member of BRICS.']);
    expect(got.map((f) => f.mention)).not.toContain('BRICS');
  });

  it('a bloc named with no joiner of an accession to it refers to nothing', () => {
    expect(find(['Chile has joined BRICS meetings as a guest.'])).toEqual([]);
  });
});

describe('rows for becoming a member', () => {
  it('"officially becomes an SCO member" in a headline is in force that day (in-force-becomes-member-headline)', () => {
    expect(brief(find(['The summit was held by video.'], 'Belarus officially becomes an SCO member'))).toContain('by-sco in-force 2026-03-06 [in-force-becomes-member-headline]');
  });

  it('"was formally admitted as a full member of the SCO" is in force (in-force-admitted-member)', () => {
    expect(brief(find(['Belarus was formally admitted as a full member of the SCO on 4 July 2024.']))).toContain('by-sco in-force 2024-07-04 [in-force-admitted-member]');
  });

  it('"have become new members of BRICS" is in force (in-force-became-member, plural before "of")', () => {
    expect(brief(find(['Vietnam and Laos have officially become new members of BRICS, the chair said.']))).toContain('vn-brics in-force 2026-03-06 [in-force-became-member]');
  });
});

describe('row agreed-bid-approved', () => {
  it('"the bloc\'s leaders approved Vietnam\'s bid" agrees the accession', () => {
    expect(brief(find(['Vietnam applied for BRICS membership in 2024.', "BRICS leaders approved Vietnam's bid at the summit in August 2025."]))).toContain('vn-brics agreed 2025-08 [agreed-bid-approved]');
  });

  it('"its candidacy was accepted" agrees the accession', () => {
    expect(brief(find(["Belarus's SCO membership was long in coming.", 'Belarus applied in 2015, and its candidacy was accepted at a session in Astana in July 2024.']))).toContain(
      'by-sco agreed 2024-07 [agreed-bid-approved]',
    );
  });

  it('a member state\'s approval of a bid is no admission ("Norway approved Vietnam\'s bid")', () => {
    expect(find(["Norway approved Vietnam's bid to join BRICS in March."]).filter((f) => f.rule === 'agreed-bid-approved')).toEqual([]);
  });
});

describe('the bloc joined ratifies no accession', () => {
  it('"the Council\'s approval of Norway\'s accession" records no ratification by the EU', () => {
    expect(find(["The Council's approval of Norway's accession came on 21 June."]).filter((f) => f.status === 'ratified')).toEqual([]);
  });
});

describe('bare "be" before a participle', () => {
  it('"has to undergo revision, be signed by both, be ratified" records no step', () => {
    expect(find(['The Water Convention text still has to undergo legal revision, be signed by the parties and be ratified by each parliament.'])).toEqual([]);
  });
});
