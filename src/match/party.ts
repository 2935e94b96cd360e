// The party that reached a status alone: the state whose organ ratified ("Philippine Senate",
// "Japan's Diet", "MEPs", "the legislative green light in Canberra"), the subject that deposited,
// joined or left ("Russia suspended", "Morocco has become the 60th country to ratify"), or a list
// of them. Each step is named: the finding records the step (and the organ row) that chose its
// party.
import { coveredBy, ORGANISATIONS, type CountryHit } from './countries.js';
import { NAMED_ORGANS, ORGAN_ANY, organAt, type OrganRow } from './organs.js';
import { clauseBefore, type Cue } from './status.js';
import { execAll } from './scan.js';
import type { PartyContext } from './resolve.js';

/** A party and the step that chose it (`organ-senate:adjective`, `party-subject` …). */
export interface PartyPick {
  party: string | null;
  row: string | null;
}

const NONE: PartyPick = { party: null, row: null };

const NAMED_ORGAN_ANY = new RegExp(NAMED_ORGANS.map((o) => `(?:${o.re.source})`).join('|'), 'g');
const ORGAN_ANY_G = new RegExp(ORGAN_ANY.source, 'g');

// Regional groups whose members act one by one ("the three Baltic states formally notified the
// UN"): each member is named where the group is. Not organisations: they sign nothing as one.
const REGIONAL_GROUPS: Array<[RegExp, string[]]> = [
  [/\b(?:the\s+)?(?:three\s+)?Baltic\s+(?:states|countries|nations|republics)\b|\bthe\s+Baltics\b/, ['Estonia', 'Latvia', 'Lithuania']],
  [/\b(?:the\s+)?(?:five\s+)?Nordic\s+(?:states|countries|nations)\b/, ['Denmark', 'Finland', 'Iceland', 'Norway', 'Sweden']],
  [/\b(?:the\s+)?Benelux\s+(?:states|countries|nations)\b/, ['Belgium', 'Netherlands', 'Luxembourg']],
];
const REGIONAL_HINT = /Baltic|Nordic|Benelux/;

/** Members of regional groups named in a sentence, each at the group's place. */
export function regionalGroupHits(text: string): CountryHit[] {
  if (!REGIONAL_HINT.test(text)) return [];
  const out: CountryHit[] = [];
  for (const [re, members] of REGIONAL_GROUPS) {
    const m = re.exec(text);
    if (m) for (const country of members) out.push({ country, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Organs that name their state, as country mentions: "The Riksdag approved the pact" names Sweden
 * as surely as "Sweden's parliament" does. (The Diet is already a country form.)
 */
export function legislatureHits(text: string, known: CountryHit[]): CountryHit[] {
  const out: CountryHit[] = [];
  for (const m of execAll(NAMED_ORGAN_ANY, text)) {
    const start = m.index;
    if (known.some((h) => h.start <= start && start < h.end)) continue;
    const country = organAt(text, start)?.country;
    if (country) out.push({ country, start, end: start + m[0].length });
  }
  return out;
}

// Countries whose treaty approval is done by a body called a Senate (for "the Senate" alone).
const SENATE_COUNTRIES = new Set([
  'Philippines', 'United States', 'France', 'Italy', 'Mexico', 'Brazil', 'Argentina', 'Chile',
  'Colombia', 'Poland', 'Czechia', 'Romania', 'Nigeria', 'Kenya', 'Paraguay', 'Uruguay',
]);

const SUBJECT_STATUSES = new Set(['ratified', 'suspended', 'terminated']);

// Words between a subject and its verb that name no other actor and open no other clause: they are
// left out when measuring how far the subject is. Each row is a way news pads that stretch.
const SUBJECT_FILLERS: Array<[string, RegExp]> = [
  // "Fiji and Singapore on Tuesday (Feb 25) became …"
  ['parenthesis', /\([^()]{0,60}\)/g],
  // "on Tuesday", "in March 2023", "last week", "earlier this month", "on 4 February 2020"
  ['date-adverbial', /\b(?:on|in|by|last|this|earlier|later|since)\s+(?:(?:this|last|the)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{4}|week|month|year)\b|\b(?:yesterday|today)\b/gi],
  // "… became the first two countries to", "has become the 60th state to": the role of the subject.
  ['ordinal-role', /\b(?:became|become|becomes|becoming|is|are|was|were)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|newest|only|\d+(?:st|nd|rd|th)(?:\s+and\s+\d+(?:st|nd|rd|th))?)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?=\w)/gi],
];

/** The stretch between a subject and its verb without its padding (see SUBJECT_FILLERS). */
export function unpadded(gap: string): string {
  let g = gap;
  for (const [, re] of SUBJECT_FILLERS) g = g.replace(re, ' ');
  return g.replace(/\s{2,}/g, ' ');
}

// Words that open another clause, report speech or end a dateline, or a subject of their own
// ("NICE, France -- On Monday eighteen countries ratified"): a name beyond them is not the verb's subject.
const OTHER_CLAUSE = /[,;:—–]|--|\b(?:that|which|who|said|says|after|before|when|while|but|countries|states|nations|members|governments)\b/;

// The one told, before its name: "told the United States", "informed Japan", "assured its partners".
const TOLD_OBJECT = /\b(?:told|tells|informed|informs|notified|notifies|assured|assures|reminded|reminds)\s+(?:the\s+)?$/i;

/** Whether a long stretch is padding only (a date, a role), `maxGap` characters without it. */
function plainPadding(gap: string, maxGap: number): boolean {
  const g = unpadded(gap);
  return g.length <= maxGap && !OTHER_CLAUSE.test(g);
}

function nearestBefore(sentence: string, hits: CountryHit[], parties: string[], at: number, maxGap: number): string | null {
  let best: CountryHit | null = null;
  for (const h of hits) {
    if (!coveredBy(h.country, parties) || h.end > at) continue;
    const gap = at - h.end;
    if (gap > maxGap && (gap > 160 || !plainPadding(sentence.slice(h.end, at), maxGap))) continue;
    // "Sweden told the United States today that it has completed …": the one told is no subject
    // of what it was told.
    if (gap <= maxGap && /\bthat\b/.test(sentence.slice(h.end, at)) && TOLD_OBJECT.test(sentence.slice(Math.max(0, h.start - 30), h.start))) continue;
    if (!best || h.end > best.end) best = h;
  }
  return best ? best.country : null;
}

// Before an organ: a possessive pronoun for the sentence's subject ("its Senate", "their own parliaments").
const OWN_ORGAN = /\b(?:its|their)\s+(?:own\s+)?(?:national\s+|federal\s+)?$/i;
// After an organ, up to the state it belongs to: "the Senate of the Philippines".
const ORGAN_OF = /^\s+of\s+(?:the\s+)?$/i;
// After a ratification cue, the capital where the organ sits: "got the legislative green light in Canberra".
const ORGAN_IN = /^[^,;.]{0,40}?\bin\s+$/;

interface OrganHit {
  index: number;
  text: string;
  row: OrganRow | undefined;
}

// The organs of the sentence last asked about: every cue and agreement of a sentence asks again.
let organsCache: { text: string; hits: OrganHit[] } = { text: '', hits: [] };

/** The organs named in `text`, each with its row. */
function organsIn(text: string): OrganHit[] {
  if (organsCache.text !== text) {
    const hits = [...text.matchAll(ORGAN_ANY_G)].map((m) => ({ index: m.index, text: m[0], row: organAt(text, m.index) }));
    organsCache = { text, hits };
  }
  return organsCache.hits;
}

/** The party named by an organ in `text`: "Philippine Senate", "Japan's Diet", "Eduskunta", "MEPs". */
function organParty(text: string, hits: CountryHit[], parties: string[], near: number | null, cueEnd: number | null, cueLegislature: string | null): PartyPick | null | undefined {
  // The organ nearest the cue speaks for it ("Japan's parliament approved …, after the
  // Philippine Senate had done so": the second cue is the Senate's).
  const legs = [...organsIn(text)].sort((a, b) => (near === null ? 0 : Math.abs(a.index - near) - Math.abs(b.index - near)));
  for (const l of legs) {
    const row = l.row;
    const id = row?.id ?? 'organ';
    if (row?.country && coveredBy(row.country, parties)) return { party: row.country, row: id };
    // An organ that is itself a country form ("the Diet").
    const self = hits.find((h) => coveredBy(h.country, parties) && h.start === l.index);
    if (self) return { party: self.country, row: id };
    if (row?.country || row?.ofTheSubject) continue;
    // "its Senate", "their parliaments": the organ of the sentence's subject ("Canada cleared its
    // final legislative hurdle when its Senate approved the agreement").
    if (OWN_ORGAN.test(text.slice(Math.max(0, l.index - 30), l.index))) {
      const own = openingSubject(text, hits, parties);
      if (own) return { party: own, row: `${id}:its` };
    }
    // A country written right before the organ: "Philippine Senate", "Japan's Diet".
    const c = nearestBefore(text, hits, parties, l.index, 12);
    if (c) return { party: c, row: `${id}:adjective` };
    // "the Senate of the Philippines", "the parliaments of Argentina, Uruguay …"
    const after = hits.find((h) => coveredBy(h.country, parties) && h.start > l.index && h.start - (l.index + l.text.length) <= 12);
    if (after && ORGAN_OF.test(text.slice(l.index + l.text.length, after.start))) return { party: after.country, row: `${id}:of` };
    // "gave the deal the legislative green light in Canberra": the capital after the cue.
    if (cueEnd !== null) {
      const place = hits.find((h) => coveredBy(h.country, parties) && h.start >= cueEnd && ORGAN_IN.test(text.slice(cueEnd, h.start)));
      if (place) return { party: place.country, row: `${id}:in-capital` };
    }
  }
  const legText = legs.map((l) => l.text).join(' ') || cueLegislature || '';
  for (const o of NAMED_ORGANS) if (o.re.test(legText) && coveredBy(o.country!, parties)) return { party: o.country!, row: o.id };
  if (/senat/i.test(legText)) {
    const withSenate = parties.filter((p) => SENATE_COUNTRIES.has(p));
    if (withSenate.length === 1) return { party: withSenate[0]!, row: 'organ-senate:only-party-with-a-senate' };
  }
  return legs.length > 0 ? null : undefined;
}

// A pronoun right before the verb: "it has joined", "they had formally revoked".
const PRONOUN_SUBJECT = /\b(?:they|it|he|she|we)\s+(?:(?:had|has|have|was|were|is|are|would\s+be|formally|officially|also|now)\s+)*$/i;
// Before a sentence's first name, an opening that is no subject: a dateline or a credit
// ("(CNN) — The United States said …", "WASHINGTON (Reuters) - Finland …").
const OPENING = /^\s*(?:(?:[A-Z][A-Z .,'’-]*)?(?:\([^)]{0,40}\))?\s*[—–-]+\s*)?(?:the\s+)?$/i;

/** The sentence's subject when a pronoun stands for it: its first name, after an opening at most. */
function openingSubject(sentence: string, hits: CountryHit[], parties: string[]): string | null {
  const first = hits[0];
  if (!first || !coveredBy(first.country, parties)) return null;
  return first.start <= 4 || OPENING.test(sentence.slice(0, first.start)) ? first.country : null;
}

// After a state's name: the title of one who acts for it ("Bangladesh's permanent representative",
// "Spanish Ambassador", "the Deputy Commissioner of Maritime Affairs of the Republic of …" before it).
const OFFICIAL_AFTER = /^(?:['’]s?)?\s+(?:(?:UN|U\.N\.|permanent|deputy|foreign|prime|acting|chief|top|senior|special)\s+){0,3}(?:ambassador|envoy|representative|minister|commissioner|delegate|diplomat|president)s?\b/i;
const OFFICIAL_BEFORE = /\b(?:ambassador|envoy|representative|minister|commissioner|delegate)\s+(?:(?:of|for|to)\s+(?:the\s+)?[\w\s]{0,40}?\s+)?(?:of|for)\s+(?:the\s+)?$/i;

/**
 * Step `party-official-subject`: the clause's subject is a state's official ("High Commissioner X,
 * Bangladesh's permanent representative to the IMO, deposited …"): the last state before the cue
 * that an official's title follows or ends in, with no clause break but the apposition's commas.
 */
function officialSubject(sentence: string, hits: CountryHit[], parties: string[], at: number): string | null {
  const from = Math.max(0, at - 160);
  const head = sentence.slice(from, at);
  if (/[.;:]/.test(head) || !/ambassador|envoy|representative|minister|commissioner|delegate|diplomat|president/i.test(head)) return null;
  const cands = hits.filter((h) => h.start >= from && h.end <= at && coveredBy(h.country, parties));
  const last = cands[cands.length - 1];
  if (!last || hits.some((h) => h.start > last.end && h.end <= at)) return null;
  const after = OFFICIAL_AFTER.test(sentence.slice(last.end, last.end + 60));
  const before = OFFICIAL_BEFORE.test(sentence.slice(Math.max(0, last.start - 80), last.start));
  return after || before ? last.country : null;
}

// Between a sentence's subject and a second predicate joined by "and": no clause break, no
// subordinator, and the "and" a few words before the cue.
const COORDINATED_PREDICATE = /^[^,;:()—–]{0,100}\band\s+[^,;:()—–]{0,40}$/;
const SUBORDINATOR = /\b(?:that|which|who|whom|said|says|after|before|when|while|but|if|once|until|because|since|as)\b/i;

/** Step `party-coordinated-subject`: the sentence's opening subject, for a predicate it coordinates. */
function coordinatedSubject(sentence: string, hits: CountryHit[], parties: string[], at: number): string | null {
  const first = openingSubject(sentence, hits, parties);
  const hit = hits[0];
  if (!first || !hit || hits.some((h) => h.start > hit.start && h.start < at)) return null;
  const gap = sentence.slice(hit.end, at);
  return COORDINATED_PREDICATE.test(gap) && !SUBORDINATOR.test(gap) ? first : null;
}

// A participle after a comma that ranks the subject: "…, becoming the 19th member country to".
const PARTICIPLE_RANK = /,\s*(?:becoming|making\s+it)\s+$/i;

// Rows by which a country becomes a party (its name need not be in the catalogue's list).
export const JOINING_ROWS = /^ratified-(?:joined|rejoined|became-party|acceded)$/;
// A possessive opening the clause's subject: "New Zealand's … Act received royal assent".
const POSSESSIVE_OPENING = /^\s*(?:the\s+)?$/i;

/** The subject's possessive country at the start of the clause before `at`, if any. */
function possessiveSubject(sentence: string, hits: CountryHit[], parties: string[], at: number): string | null {
  const clause = clauseBefore(sentence, at);
  const from = at - clause.length;
  const first = hits.find((h) => h.start >= from && h.end <= at);
  if (!first || !coveredBy(first.country, parties)) return null;
  if (!POSSESSIVE_OPENING.test(sentence.slice(from, first.start)) || !/^['’]s?\s/.test(sentence.slice(first.end, first.end + 3))) return null;
  return first.country;
}

/**
 * The party a cue's status belongs to, or null when it is the agreement's as a whole. `context`
 * (the headline) names the legislature when the sentence only says "Parliament approved".
 */
const ALONG_WITH = /^[^.;]{0,80}?,\s*(?:along|together)\s+with\b/i;

/**
 * The one eligible state (any state when `eligible` is empty) at the nearest level of the passage
 * that names any. (The caller leaves out the states of the agreement's own names and of mentions:
 * "Kigali" in "the Kigali Amendment" is no ratifier.)
 */
function passageState(passage: PartyContext, eligible: string[]): string | null {
  const ok = (c: string): boolean => !ORGANISATIONS[c] && (eligible.length === 0 || coveredBy(c, eligible));
  for (const level of [new Set(passage.sentence.map((h) => h.country)), passage.paragraphBefore, passage.title, passage.dominant]) {
    const states = [...level].filter(ok);
    if (states.length === 1) return states[0]!;
    if (states.length > 1) return null;
  }
  return null;
}

export function findParty(
  sentence: string,
  hits: CountryHit[],
  cue: Cue,
  parties: string[],
  context: { text: string; hits: CountryHit[] } | null = null,
  passage: PartyContext | null = null,
): PartyPick {
  if (!SUBJECT_STATUSES.has(cue.status)) return NONE;
  if (cue.status === 'ratified') {
    const fromLeg = organParty(sentence, hits, parties, cue.start, cue.end, cue.legislature);
    if (fromLeg) return fromLeg;
    // "Concurrence" is the Philippine Senate's word for treaty approval.
    if (/concur/i.test(sentence.slice(cue.start, cue.end + 20)) && coveredBy('Philippines', parties)) return { party: 'Philippines', row: 'party-concurrence' };
    // A country joining takes on the agreement: it is a party by the act, not by the catalogue.
    // So does any state acting on an agreement that lists one state only (an accession to a body
    // the country data does not know: its members ratify it too).
    const joining = JOINING_ROWS.test(cue.rule);
    const states = parties.filter((p) => !ORGANISATIONS[p]);
    const oneState = parties.length === 1 && states.length === 1;
    const eligible = joining || oneState ? [] : parties;
    // "New Zealand's act implementing the FTA with the United Kingdom received royal assent": a
    // possessive opening the clause owns its subject, whatever names follow inside it.
    const owner = possessiveSubject(sentence, hits, eligible, cue.start);
    if (owner) return { party: owner, row: 'party-possessive-subject' };
    // "handing Helsinki's accession papers to the depositary": the papers' owner deposits.
    const papers = hits.find((h) => coveredBy(h.country, eligible) && h.start >= cue.start && h.end <= cue.end && /^['’]s?\s/.test(sentence.slice(h.end, h.end + 3)));
    if (papers) return { party: papers.country, row: 'party-possessive-inside-cue' };
    // "Britain ratified …": the subject.
    const subject = nearestBefore(sentence, hits, eligible, cue.start, 30);
    if (subject) return { party: subject, row: 'party-subject' };
    // "Bangladesh's permanent representative to the IMO deposited the instrument": a state's
    // official acts for the state.
    const official = officialSubject(sentence, hits, eligible, cue.start);
    if (official) return { party: official, row: 'party-official-subject' };
    // "Kazakhstan … confirmed that it has joined": a pronoun subject stands for the sentence's.
    const opening = PRONOUN_SUBJECT.test(sentence.slice(0, cue.start)) ? openingSubject(sentence, hits, joining ? [] : eligible) : null;
    if (opening) return { party: opening, row: 'party-pronoun-subject' };
    // "…, becoming the 60th state to ratify": a participle shares the sentence's subject.
    if (PARTICIPLE_RANK.test(sentence.slice(0, cue.start))) {
      const first = openingSubject(sentence, hits, eligible);
      if (first) return { party: first, row: 'party-participle-subject' };
    }
    // "Ankara signed it the same year and was the first country to ratify it": a predicate joined
    // by "and" shares the sentence's subject.
    const shared = coordinatedSubject(sentence, hits, eligible, cue.start);
    if (shared) return { party: shared, row: 'party-coordinated-subject' };
    // An organ that names no state, of an agreement that lists one state only ("The National
    // Parliament has approved the Protocol of Accession of Timor-Leste"): that state's organ.
    if (fromLeg === null && oneState) return { party: states[0]!, row: 'party-only-listed' };
    const viaTitle = fromLeg === null && context ? organParty(context.text, context.hits, parties, null, null, null) : undefined;
    if (viaTitle) return viaTitle;
    // Step `party-organ-of-the-passage`: an organ that names no state ("The parliament unanimously
    // ratified the CFA", "Lawmakers approved the deal 80 to 13") is the organ of the one state the
    // passage is about: the only eligible state of the sentence, else of the paragraph before, the
    // headline, the article at large (the first of these that names any decides; two is none).
    if (fromLeg === null && passage) {
      const state = passageState(passage, states.length > 0 && !joining ? parties : []);
      if (state) return { party: state, row: 'party-organ-of-the-passage' };
    }
    return NONE;
  }
  // "pulled the US out of": the country inside the cue leaves.
  const inside = hits.find((h) => coveredBy(h.country, parties) && h.start >= cue.start && h.end <= cue.end);
  if (inside) return { party: inside.country, row: 'party-inside-cue' };
  // "Niger's rulers said they had revoked …": a pronoun subject stands for the sentence's subject.
  if (PRONOUN_SUBJECT.test(sentence.slice(0, cue.start))) {
    const opening = openingSubject(sentence, hits, parties);
    if (opening) return { party: opening, row: 'party-pronoun-subject' };
  }
  // "…, and its withdrawal took effect on 4 November": the possessive stands for the sentence's subject.
  if (/\b(?:its|their)\s+(?:[\w-]+\s+)?$/i.test(sentence.slice(Math.max(0, cue.start - 30), cue.start))) {
    const opening = openingSubject(sentence, hits, parties);
    if (opening) return { party: opening, row: 'party-its-subject' };
  }
  // A participle after a comma ("…, denouncing the pact") shares the sentence's subject.
  if (/,\s*$/.test(sentence.slice(0, cue.start))) {
    const first = hits.find((h) => coveredBy(h.country, parties) && h.end <= cue.start);
    if (first) return { party: first.country, row: 'party-participle-subject' };
  }
  // The subject: the party named last before the verb in its clause ("Russia suspended").
  const subject = nearestBefore(sentence, hits, parties, cue.start, 30);
  if (subject) return { party: subject, row: 'party-subject' };
  const owner = possessiveSubject(sentence, hits, parties, cue.start);
  return owner ? { party: owner, row: 'party-possessive-subject' } : NONE;
}

const COORDINATED_LEGISLATURES = new RegExp(
  `(${ORGAN_ANY.source})\\s+and\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}?(${ORGAN_ANY.source})\\s+(?:(?:have|has|had|both|also|now|each|already|\\w+ly)\\s+)*$`,
  'd',
);

/**
 * The parties of a cue: usually one (or null); several when a list or coordinated legislatures are
 * its subject ("Both the Philippine Senate and the Japanese Diet have ratified the RAA").
 */
export function findParties(
  sentence: string,
  hits: CountryHit[],
  cue: Cue,
  parties: string[],
  context: { text: string; hits: CountryHit[] } | null = null,
  passage: PartyContext | null = null,
): PartyPick[] {
  if (cue.status === 'ratified' || cue.status === 'terminated' || cue.status === 'suspended') {
    const oneState = parties.length === 1 && !ORGANISATIONS[parties[0]!];
    const listed = listedParties(sentence, hits, cue, oneState ? [] : parties);
    if (listed.parties.length > 0) {
      const out = listed.parties.map((party) => ({ party, row: listed.row }));
      // Step `party-subject-along-with`: "the UK withdrew from the treaty, along with nine other
      // member states including France, Spain and the Netherlands": the subject acts with the list.
      if (listed.row === 'party-list-after' && ALONG_WITH.test(sentence.slice(cue.end))) {
        const subject = nearestBefore(sentence, hits, oneState ? [] : parties, cue.start, 30);
        if (subject && !listed.parties.includes(subject)) out.unshift({ party: subject, row: 'party-subject-along-with' });
      }
      return out;
    }
  }
  const one = findParty(sentence, hits, cue, parties, context, passage);
  if (cue.status !== 'ratified' || one.party === null) return [one];
  const clause = clauseBefore(sentence, cue.start);
  const from = cue.start - clause.length;
  // Two legislatures joined by "and" right before the verb: "the Senate and the Diet have ratified".
  const pair = COORDINATED_LEGISLATURES.exec(clause);
  if (!pair) return [one];
  const found = new Set<string>();
  for (const leg of [pair.indices?.[1], pair.indices?.[2]]) {
    if (!leg) continue;
    const c = organParty(sentence.slice(0, from + leg[1]), hits, parties, from + leg[0], null, null);
    if (c?.party) found.add(c.party);
  }
  return found.size >= 2 ? [...found].map((party) => ({ party, row: 'party-coordinated-organs' })) : [one];
}


// ---------------------------------------------------------------- lists of parties

// Between two names of one list: "A, B and C", "A, B, as well as C", "A – B".
// (A dash without spaces joins the parties of a name, "the Australia–Indonesia agreement": no list.)
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+[–—]\s+|\s+plus\s+|\s*&\s*)(?:the\s+)?$/;
// Between a list and the verb it is the subject of: "A, B and C have (all) ratified".
// (A comma may close an apposition the list is in: "eight EU member states, Lithuania, …, and Romania, have ratified".)
const SUBJECT_GAP = /^(?:['’]s?)?\s*,?\s*(?:(?:have|has|had|both|all|also|each|already|now|just|since|so\s+far|formally|officially|recently|subsequently|then|later|also|themselves|governments?|parliaments?|legislatures?|lawmakers)\s+)*$/i;
// Between the verb and a list it introduces: "instruments from A, B", "ratified by A and B",
// "among them A, B and C", "namely A", "its Contracting Parties now include A, B".
const LIST_LEAD = /(?:\b(?:by|from|including|include|includes|among\s+them|among\s+which|namely|such\s+as|notably|led\s+by)\s*|[:–—]\s*)(?:the\s+)?$/i;
// Between one list and the next of the same verb: "…, Thailand and Vietnam, and from four
// non-ASEAN signatories, Australia, China …", "… Vietnam – and four non-ASEAN signatories – China".
const NEXT_LIST = /^\s*[,–—]?\s*(?:and|as\s+well\s+as|plus)\s+(?:(?:by|from)\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s*[,:–—]\s*(?:namely\s+|including\s+)?(?:the\s+)?$/i;
// "… the members that have ratified the Agreement are A, B and C": the list is the predicate.
const PREDICATE_LEAD = /^[^,;.]{0,60}?\b(?:are|were|include|includes|now\s+include)\s+(?:the\s+)?$/i;

const ALL_PARTIES = /\b(?:all|every|each|both)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:participating\s+|signatory\s+|member\s+)?(?:countries|country|states|state|parties|party|members|member|signatories|governments|nations|sides)\b/i;

// As the subject right before the verb ("all four countries have ratified"), or its agent after
// it ("ratified by every participating country").
const ALL_SUBJECT = new RegExp(`${ALL_PARTIES.source}\\s+(?:(?:have|has|had|now|already|also|since|all)\\s+)*(?:been\\s+)?$`, 'i');
const ALL_AGENT = new RegExp(`^\\s+(?:now\\s+)?by\\s+(?:the\\s+)?${ALL_PARTIES.source}`, 'i');

/** Runs of one name or more (a list may be a single name when another list continues it). */
function allRuns(sentence: string, hits: CountryHit[]): CountryHit[][] {
  const runs: CountryHit[][] = [];
  for (const h of hits) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    const gap = prev ? sentence.slice(prev.end, h.start) : '';
    // A name right after another with nothing between qualifies it ("Hong Kong China", the WTO's
    // name for a member): one item of the list, the first name's.
    if (run && prev && /^\s+$/.test(gap)) run[run.length - 1] = { ...prev, end: h.end };
    else if (run && prev && LIST_GAP.test(gap)) run.push(h);
    else runs.push([h]);
  }
  return runs;
}

/** The runs that continue `runs[k]` as further lists of the same verb ("…, and from four others, A, B"). */
function continued(sentence: string, runs: CountryHit[][], k: number, backwards: boolean): CountryHit[] {
  const out: CountryHit[] = [];
  for (let j = k; backwards ? j > 0 : j < runs.length - 1; j += backwards ? -1 : 1) {
    const [a, b] = backwards ? [runs[j - 1]!, runs[j]!] : [runs[j]!, runs[j + 1]!];
    if (!NEXT_LIST.test(sentence.slice(a[a.length - 1]!.end, b[0]!.start))) break;
    out.push(...(backwards ? a : b));
  }
  return out;
}

/**
 * The parties a status step is reported for as a list: the list that is the verb's subject ("Japan,
 * Singapore and Chile have done so"), or that the verb introduces ("instruments of acceptance from
 * Brazil, Kenya, Vietnam and Tonga", "ratified by …, among them A, B and C"), with the lists that
 * continue it. Empty when none.
 */
export function listedParties(sentence: string, hits: CountryHit[], cue: Cue, parties: string[]): { parties: string[]; row: string } {
  // "ratified by every participating country", "all four countries have ratified": every party,
  // an organisation's members one by one when it has few.
  const before = sentence.slice(Math.max(0, cue.start - 60), cue.start);
  const after = sentence.slice(cue.end, cue.end + 60);
  if (parties.length > 0 && (ALL_SUBJECT.test(before) || ALL_AGENT.test(after))) {
    return {
      parties: [...new Set(parties.flatMap((p) => {
        const members = ORGANISATIONS[p]?.members ?? [];
        return members.length > 0 && members.length <= 6 ? members : [p];
      }))],
      row: 'party-list-all-parties',
    };
  }
  // Runs over every name: a list that names a state outside the catalogue's parties ("the
  // parliaments of Argentina, Uruguay and Venezuela" of a Mercosur accession) is still one list,
  // and gives the parties it names.
  const runs = allRuns(sentence, hits);
  const mine = (list: CountryHit[]): string[] => [...new Set(list.filter((h) => coveredBy(h.country, parties)).map((h) => h.country))];
  for (const [k, run] of runs.entries()) {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    // The list is the subject of the cue's clause: nothing but plain words between them ("…
    // are the four others to have ratified").
    // (A subject list stands within a few words of its verb: a farther one is not measured.)
    const near = last.end <= cue.start && cue.start - last.end <= 200;
    const gap = near ? sentence.slice(last.end, cue.start) : '';
    // An apposition may stand between ("A, B and C, all EU members bordering Russia, have …"), and
    // padding (a date, "became the first two countries to").
    const plain = near ? unpadded(gap.replace(/^\s*(?:,[^,;]{1,80},|\s[–—][^,;–—]{1,60}[–—]|[–—])/, ' ')) : '';
    const subject =
      near &&
      (SUBJECT_GAP.test(plain) || (plain.length <= 60 && !/[,;:()—–]/.test(plain) && !hits.some((h) => h.start >= last.end && h.end <= cue.start && plain === gap)));
    const lead = first.start >= cue.end && first.start - cue.end <= 120 && !/[.;]/.test(sentence.slice(cue.end, first.start));
    const afterCue = lead && LIST_LEAD.test(sentence.slice(cue.end, first.start));
    const predicate = lead && !afterCue && PREDICATE_LEAD.test(sentence.slice(cue.end, first.start));
    if (subject) {
      const all = [...continued(sentence, runs, k, true), ...run];
      if (all.length >= 2 && mine(all).length > 0) return { parties: mine(all), row: 'party-list-subject' };
    }
    if (afterCue || predicate) {
      const all = [...run, ...continued(sentence, runs, k, false)];
      if (all.length >= 2 && mine(all).length > 0) return { parties: mine(all), row: predicate ? 'party-list-predicate' : 'party-list-after' };
    }
  }
  return { parties: [], row: '' };
}

// ---------------------------------------------------------------- gapped lists

// Between one gapped member and the next: "…in 2003, Estonia in 2004 and Latvia in 2005".
const GAP_LEAD = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
const GAP_TAIL = /^(?:['’]s)?\s*(?:(?:in|on|by)\s+)?$/;

/**
 * Parties of a gapped coordination after a cue, each with its own date: "Lithuania joined it in
 * 2003, Estonia in 2004 and Latvia in 2005", "Latvia's parliament voted to withdraw in April and
 * Lithuania's in May". The verb is left out; a country and a date stand for its clause.
 * `eligible` says whether a country may be a party of the step.
 */
export function gappedParties<D extends { start: number; end: number }>(
  sentence: string,
  hits: CountryHit[],
  cue: Cue,
  dates: D[],
  eligible: (country: string) => boolean,
): Array<{ party: string; date: D }> {
  const first = dates.find((d) => d.start >= cue.end);
  if (!first) return [];
  const out: Array<{ party: string; date: D }> = [];
  let from = first.end;
  for (const h of hits) {
    if (h.start < from) continue;
    if (!GAP_LEAD.test(sentence.slice(from, h.start))) break;
    const date = dates.find((d) => d.start >= h.end);
    if (!date || !GAP_TAIL.test(sentence.slice(h.end, date.start)) || !eligible(h.country)) break;
    out.push({ party: h.country, date });
    from = date.end;
  }
  return out;
}
