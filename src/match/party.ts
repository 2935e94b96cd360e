// The party that reached a status alone: the country whose legislature ratified ("Philippine
// Senate", "Japan's Diet", "Finnish parliament"), or whose government suspended or left the
// agreement ("Russia suspended", "Morocco withdrew from").
import { coveredBy, ORGANISATIONS, type CountryHit } from './countries.js';
import { clauseBefore, LEGISLATURE, type Cue } from './status.js';
import { execAll } from './scan.js';

// Legislatures that name their country. Hand-written: no package maps parliaments to countries,
// and only bodies that ratify treaties matter here.
const NAMED_LEGISLATURES: Array<[RegExp, string]> = [
  [/\bDiet\b/, 'Japan'],
  [/\bRiksdag\b/, 'Sweden'],
  [/\bEduskunta\b/, 'Finland'],
  [/\bBundestag\b/, 'Germany'],
  [/\bDuma\b/, 'Russia'],
  [/\bFederation\s+Council\b/, 'Russia'],
  [/\bKnesset\b/, 'Israel'],
  [/\bSejm\b/, 'Poland'],
  [/\bStorting\b/, 'Norway'],
  [/\bFolketing\b/, 'Denmark'],
  [/\bOireachtas\b/, 'Ireland'],
  [/\bHouse\s+of\s+Councillors\b/, 'Japan'],
  [/\bHouse\s+of\s+(?:Commons|Lords)\b/, 'United Kingdom'],
  [/\bBundesrat\b/, 'Germany'],
  [/\b(?:Verkhovna\s+)?Rada\b/, 'Ukraine'],
  [/\bGrand\s+National\s+Assembly\b/, 'Türkiye'],
  [/\b(?:Lok|Rajya)\s+Sabha\b/, 'India'],
  [/\bSeimas\b/, 'Lithuania'],
  [/\bSaeima\b/, 'Latvia'],
  [/\bRiigikogu\b/, 'Estonia'],
  [/\bAlthing\b/, 'Iceland'],
  [/\bNational\s+People's\s+Congress\b/, 'China'],
  [/\bSupreme\s+People's\s+Assembly\b/, 'North Korea'],
  [/\bEuropean\s+Parliament\b/, 'European Union'],
];

const NAMED_LEGISLATURE_ANY = new RegExp(NAMED_LEGISLATURES.map(([re]) => re.source).join('|'), 'g');

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
 * Legislatures that name their country, as country mentions: "The Riksdag approved the pact"
 * names Sweden as surely as "Sweden's parliament" does. (The Diet is already a country form.)
 */
export function legislatureHits(text: string, known: CountryHit[]): CountryHit[] {
  const out: CountryHit[] = [];
  for (const m of execAll(NAMED_LEGISLATURE_ANY, text)) {
    const start = m.index;
    if (known.some((h) => h.start <= start && start < h.end)) continue;
    const country = NAMED_LEGISLATURES.find(([re]) => re.test(m[0]))?.[1];
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

function nearestBefore(hits: CountryHit[], parties: string[], at: number, maxGap: number): string | null {
  let best: CountryHit | null = null;
  for (const h of hits) {
    if (!coveredBy(h.country, parties) || h.end > at || at - h.end > maxGap) continue;
    if (!best || h.end > best.end) best = h;
  }
  return best ? best.country : null;
}

/** The party named by a legislature in `text`: "Philippine Senate", "Japan's Diet", "Eduskunta". */
function legislatureParty(text: string, hits: CountryHit[], parties: string[], near: number | null, cueLegislature: string | null): string | null | undefined {
  const legRe = new RegExp(LEGISLATURE.source, 'g');
  // The legislature nearest the cue speaks for it ("Japan's parliament approved …, after the
  // Philippine Senate had done so": the second cue is the Senate's).
  const legs = [...text.matchAll(legRe)].sort((a, b) => (near === null ? 0 : Math.abs(a.index - near) - Math.abs(b.index - near)));
  for (const l of legs) {
    // A legislature that is itself a country form ("the Diet").
    const self = hits.find((h) => coveredBy(h.country, parties) && h.start === l.index);
    if (self) return self.country;
    // A country written right before the legislature: "Philippine Senate", "Japan's Diet".
    const c = nearestBefore(hits, parties, l.index, 12);
    if (c) return c;
    // "the Senate of the Philippines"
    const after = hits.find((h) => coveredBy(h.country, parties) && h.start > l.index && h.start - (l.index + l[0].length) <= 12);
    if (after && /^\s+of\s+(?:the\s+)?$/i.test(text.slice(l.index + l[0].length, after.start))) return after.country;
  }
  const legText = legs.map((l) => l[0]).join(' ') || cueLegislature || '';
  for (const [re, country] of NAMED_LEGISLATURES) if (re.test(legText) && coveredBy(country, parties)) return country;
  if (/senat/i.test(legText)) {
    const withSenate = parties.filter((p) => SENATE_COUNTRIES.has(p));
    if (withSenate.length === 1) return withSenate[0]!;
  }
  return legs.length > 0 ? null : undefined;
}

// A pronoun right before the verb: "it has joined", "they had formally revoked".
const PRONOUN_SUBJECT = /\b(?:they|it|he|she|we)\s+(?:(?:had|has|have|was|were|is|are|would\s+be|formally|officially|also|now)\s+)*$/i;
// Rows by which a country becomes a party (its name need not be in the catalogue's list).
export const JOINING_ROWS = /^ratified-(?:joined|rejoined|became-party)$/;

/**
 * The party a cue's status belongs to, or null when it is the agreement's as a whole. `context`
 * (the headline) names the legislature when the sentence only says "Parliament approved".
 */
export function findParty(
  sentence: string,
  hits: CountryHit[],
  cue: Cue,
  parties: string[],
  context: { text: string; hits: CountryHit[] } | null = null,
): string | null {
  if (!SUBJECT_STATUSES.has(cue.status)) return null;
  if (cue.status === 'ratified') {
    const fromLeg = legislatureParty(sentence, hits, parties, cue.start, cue.legislature);
    if (fromLeg) return fromLeg;
    // "Concurrence" is the Philippine Senate's word for treaty approval.
    if (/concur/i.test(sentence.slice(cue.start, cue.end + 20)) && coveredBy('Philippines', parties)) return 'Philippines';
    // A country joining takes on the agreement: it is a party by the act, not by the catalogue.
    const joining = JOINING_ROWS.test(cue.rule);
    const eligible = joining ? [] : parties;
    // "Britain ratified …": the subject.
    const subject = nearestBefore(hits, eligible, cue.start, 30);
    if (subject) return subject;
    // "Kazakhstan … confirmed that it has joined": a pronoun subject stands for the sentence's.
    if (joining && PRONOUN_SUBJECT.test(sentence.slice(0, cue.start)) && hits[0] && hits[0].start <= 4) return hits[0].country;
    if (fromLeg === null && context) return legislatureParty(context.text, context.hits, parties, null, null) ?? null;
    return null;
  }
  // "pulled the US out of": the country inside the cue leaves.
  const inside = hits.find((h) => coveredBy(h.country, parties) && h.start >= cue.start && h.end <= cue.end);
  if (inside) return inside.country;
  // "Niger's rulers said they had revoked …": a pronoun subject stands for the sentence's subject.
  if (PRONOUN_SUBJECT.test(sentence.slice(0, cue.start))) {
    const first = hits[0];
    if (first && first.start <= 4 && coveredBy(first.country, parties)) return first.country;
  }
  // A participle after a comma ("…, denouncing the pact") shares the sentence's subject.
  if (/,\s*$/.test(sentence.slice(0, cue.start))) {
    const first = hits.find((h) => coveredBy(h.country, parties) && h.end <= cue.start);
    if (first) return first.country;
  }
  // The subject: the party named last before the verb in its clause ("Russia suspended").
  return nearestBefore(hits, parties, cue.start, 30);
}

const COORDINATED_LEGISLATURES = new RegExp(
  `(${LEGISLATURE.source})\\s+and\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}?(${LEGISLATURE.source})\\s+(?:(?:have|has|had|both|also|now|each|already|\\w+ly)\\s+)*$`,
  'd',
);

/**
 * The parties of a cue: usually one (or null); several when coordinated legislatures are its
 * subject ("Both the Philippine Senate and the Japanese Diet have ratified the RAA").
 */
export function findParties(
  sentence: string,
  hits: CountryHit[],
  cue: Cue,
  parties: string[],
  context: { text: string; hits: CountryHit[] } | null = null,
): Array<string | null> {
  if (cue.status === 'ratified' || cue.status === 'terminated' || cue.status === 'suspended') {
    const listed = listedParties(sentence, hits, cue, parties);
    if (listed.length > 0) return listed;
  }
  const one = findParty(sentence, hits, cue, parties, context);
  if (cue.status !== 'ratified' || one === null) return [one];
  const clause = clauseBefore(sentence, cue.start);
  const from = cue.start - clause.length;
  // Two legislatures joined by "and" right before the verb: "the Senate and the Diet have ratified".
  const pair = COORDINATED_LEGISLATURES.exec(clause);
  if (!pair) return [one];
  const found = new Set<string>();
  for (const leg of [pair.indices?.[1], pair.indices?.[2]]) {
    if (!leg) continue;
    const c = legislatureParty(sentence.slice(0, from + leg[1]), hits, parties, from + leg[0], null);
    if (c) found.add(c);
  }
  return found.size >= 2 ? [...found] : [one];
}


// ---------------------------------------------------------------- lists of parties

// Between two names of one list: "A, B and C", "A, B, as well as C", "A – B".
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s*[–—]\s*|\s+plus\s+)(?:the\s+)?$/;
// Between a list and the verb it is the subject of: "A, B and C have (all) ratified".
const SUBJECT_GAP = /^(?:['’]s?)?\s*(?:(?:have|has|had|both|all|also|each|already|now|just|since|so\s+far|formally|officially|recently|subsequently|then|later|also|themselves|governments?|parliaments?|legislatures?|lawmakers)\s+)*$/i;
// Between the verb and a list it introduces: "instruments from A, B", "ratified by A and B",
// "among them A, B and C", "namely A".
const LIST_LEAD = /(?:\b(?:by|from|including|among\s+them|among\s+which|namely|such\s+as|notably|led\s+by)\s*|[:–—]\s*)(?:the\s+)?$/i;

const ALL_PARTIES = /\b(?:all|every|each|both)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:participating\s+|signatory\s+|member\s+)?(?:countries|country|states|state|parties|party|members|member|signatories|governments|nations|sides)\b/i;

// As the subject right before the verb ("all four countries have ratified"), or its agent after
// it ("ratified by every participating country").
const ALL_SUBJECT = new RegExp(`${ALL_PARTIES.source}\\s+(?:(?:have|has|had|now|already|also|since|all)\\s+)*(?:been\\s+)?$`, 'i');
const ALL_AGENT = new RegExp(`^\\s+(?:now\\s+)?by\\s+(?:the\\s+)?${ALL_PARTIES.source}`, 'i');

/** Runs of two or more names joined as a list, in order. */
function countryRuns(sentence: string, hits: CountryHit[]): CountryHit[][] {
  const runs: CountryHit[][] = [];
  let run: CountryHit[] = [];
  for (const h of hits) {
    const prev = run[run.length - 1];
    if (prev && LIST_GAP.test(sentence.slice(prev.end, h.start))) run.push(h);
    else {
      if (run.length >= 2) runs.push(run);
      run = [h];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/**
 * The parties a status step is reported for as a list: the list that is the verb's subject ("Japan,
 * Singapore and Chile have done so"), or that the verb introduces ("instruments of acceptance from
 * Brazil, Kenya, Vietnam and Tonga", "ratified by …, among them A, B and C"). Empty when none.
 */
export function listedParties(sentence: string, hits: CountryHit[], cue: Cue, parties: string[]): string[] {
  // "ratified by every participating country", "all four countries have ratified": every party,
  // an organisation's members one by one when it has few.
  const before = sentence.slice(Math.max(0, cue.start - 60), cue.start);
  const after = sentence.slice(cue.end, cue.end + 60);
  if (parties.length > 0 && (ALL_SUBJECT.test(before) || ALL_AGENT.test(after))) {
    return [...new Set(parties.flatMap((p) => {
      const members = ORGANISATIONS[p]?.members ?? [];
      return members.length > 0 && members.length <= 6 ? members : [p];
    }))];
  }
  const mine = hits.filter((h) => coveredBy(h.country, parties));
  for (const run of countryRuns(sentence, mine)) {
    const first = run[0]!;
    const last = run[run.length - 1]!;
    // The list is the subject of the cue's clause: nothing but plain words between them ("…
    // are the four others to have ratified").
    const gap = sentence.slice(last.end, cue.start);
    // An apposition may stand between ("A, B and C, all EU members bordering Russia, have …").
    const plain = gap.replace(/^\s*,[^,;]{1,80},/, ' ');
    const subject =
      last.end <= cue.start &&
      (SUBJECT_GAP.test(plain) || (plain.length <= 60 && !/[,;:()—–]/.test(plain) && !hits.some((h) => h.start >= last.end && h.end <= cue.start && plain === gap)));
    const after = first.start >= cue.end && first.start - cue.end <= 120 && !/[.;]/.test(sentence.slice(cue.end, first.start)) && LIST_LEAD.test(sentence.slice(cue.end, first.start));
    if (subject || after) return [...new Set(run.map((h) => h.country))];
  }
  return [];
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
