// The party that reached a status alone: the country whose legislature ratified ("Philippine
// Senate", "Japan's Diet", "Finnish parliament"), or whose government suspended or left the
// agreement ("Russia suspended", "Morocco withdrew from").
import { coveredBy, type CountryHit } from './countries.js';
import { clauseBefore, LEGISLATURE, type Cue } from './status.js';

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
];

const NAMED_LEGISLATURE_ANY = new RegExp(NAMED_LEGISLATURES.map(([re]) => re.source).join('|'), 'g');

/**
 * Legislatures that name their country, as country mentions: "The Riksdag approved the pact"
 * names Sweden as surely as "Sweden's parliament" does. (The Diet is already a country form.)
 */
export function legislatureHits(text: string, known: CountryHit[]): CountryHit[] {
  const out: CountryHit[] = [];
  NAMED_LEGISLATURE_ANY.lastIndex = 0;
  for (const m of text.matchAll(NAMED_LEGISLATURE_ANY)) {
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
    // "Britain ratified …": the subject.
    const subject = nearestBefore(hits, parties, cue.start, 30);
    if (subject) return subject;
    if (fromLeg === null && context) return legislatureParty(context.text, context.hits, parties, null, null) ?? null;
    return null;
  }
  // "pulled the US out of": the country inside the cue leaves.
  const inside = hits.find((h) => coveredBy(h.country, parties) && h.start >= cue.start && h.end <= cue.end);
  if (inside) return inside.country;
  // "Niger's rulers said they had revoked …": a pronoun subject stands for the sentence's subject.
  if (/\b(?:they|it|he|she|we)\s+(?:(?:had|has|have|formally|officially|also|now)\s+)*$/i.test(sentence.slice(0, cue.start))) {
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

