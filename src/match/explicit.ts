// The parties a sentence says an agreement is between: the subject of the verb that governs the
// mention ("Ethiopia and Tigrayan forces signed a peace deal"), its "with" partners ("agreements
// with Britain and India"), or those of a relative clause on it ("the SOVFA that Manila inked with
// Ottawa"). A mention so qualified refers only to an agreement between those parties.
import type { CompiledAgreement } from './catalogue.js';
import { coveredBy, type CountryHit } from './countries.js';
import type { SentenceInfo } from './sentence-info.js';
import { clauseBefore, type Cue } from './status.js';
import { execAll } from './scan.js';

// A country after these is a place or a comparison, not a party doing the verb.
const PREP_BEFORE = /\b(?:with|between|in|at|from|to|for|by|of|on|under|against|near|like|after|than|towards?|including|via|over|across|around|into)\s+(?:the\s+)?$/i;
const REPORTING = /\b(?:said|says|say|told|announced|reported|stated|confirmed|noted|added|according\s+to)\b/g;
// Where a "with …" list of partners ends.
const WITH_LEAD = /^(?:s|es|'s)?\s+(?:[\w-]+\s+){0,2}?(?:with|between)\s+/;
const WITH_END =
  /[.;:!?]|,(?!\s*(?:including|such\s+as|notably|among\s+them|and)\b)|\b(?:in|on|last|this|since|while|which|that|who|after|before|similar|signed|to|for|under|as|when|where|is|was|were|are|has|had|will|would|over|at)\b/;
// A clause break between a verb and its object.
const REL_BREAK = /[;:]|\b(?:which|that|who|whom|while|whereas|although|because|but)\b/;

export function hitsIn(hits: CountryHit[], from: number, to: number): CountryHit[] {
  return hits.filter((h) => h.start >= from && h.end <= to);
}

/** Countries named as partners right after a mention: "… with Tokyo", "… between Finland and the US". */
export function withParties(s: SentenceInfo, end: number): string[] {
  const lead = WITH_LEAD.exec(s.text.slice(end, end + 40));
  if (!lead) return [];
  const from = end + lead[0].length;
  const rest = s.text.slice(from);
  const stop = rest.search(WITH_END);
  return hitsIn(s.countries, from, from + (stop >= 0 ? stop : rest.length)).map((h) => h.country);
}

/** The cue whose object a mention is, if one comes before it in the same clause. */
function governingCue(s: SentenceInfo, start: number): Cue | null {
  let cue: Cue | null = null;
  for (const c of s.cues) if (c.end <= start) cue = c;
  if (!cue) return null;
  const gap = s.text.slice(cue.end, start);
  return gap.length <= 150 && !REL_BREAK.test(gap) ? cue : null;
}

/** Countries that are the subject of the clause up to `at`: "Ethiopia and … signed", "Japan's parliament approved". */
export function subjectsOf(s: SentenceInfo, at: number): string[] {
  const clause = clauseBefore(s.text, at);
  let from = at - clause.length;
  for (const m of execAll(REPORTING, clause)) from = at - clause.length + m.index + m[0].length;
  return hitsIn(s.countries, from, at)
    .filter((h) => !PREP_BEFORE.test(s.text.slice(Math.max(0, h.start - 20), h.start)))
    .map((h) => h.country);
}

/** "the SOVFA that Manila inked with Ottawa": the subject and partners of a relative clause on the mention. */
function relativeParties(s: SentenceInfo, end: number): string[][] {
  const cue = s.cues.find((c) => c.start >= end);
  if (!cue || cue.start - end > 40 || !/^\s*(?:that|which)?\s*[^,;:.]*$/.test(s.text.slice(end, cue.start))) return [];
  const subjects = hitsIn(s.countries, end, cue.start).map((h) => h.country);
  return subjects.length > 0 ? [subjects, withParties(s, cue.end)] : [];
}

/** "India's 123 Agreement with the United States": a country owning the mention is one of its sides. */
function possessor(s: SentenceInfo, start: number): string[] {
  const head = s.text.slice(Math.max(0, start - 40), start);
  const m = /(?:'s|’s|s'|s’)\s+(?:(?:own|new|latest|first|landmark|planned|proposed)\s+)?$/.exec(head);
  if (!m) return [];
  const at = start - head.length + m.index;
  const h = s.countries.find((c) => c.end === at);
  return h ? [h.country] : [];
}

/** The parties a mention's sentence says its agreement is between: the verb's subjects, the "with" partners. */
export function explicitParties(s: SentenceInfo, start: number, end: number): string[][] {
  const cue = governingCue(s, start);
  // Without a verb of status, a coordinated pair before the mention still names its sides:
  // "The Philippines and Australia have had a SOVFA since 2012" is not about New Zealand's.
  let subjects = cue ? subjectsOf(s, cue.start) : [];
  if (!cue && s.countries.length >= 2) {
    const pair = subjectsOf(s, start);
    if (pair.length >= 2 && /\band\b/.test(s.text.slice(0, start))) subjects = pair;
  }
  return [subjects, withParties(s, end), possessor(s, start), ...relativeParties(s, end)];
}

/**
 * Candidates consistent with the named parties: each named side all among its parties (singular
 * mention), or at least one of each side (plural: "Japan signed RAAs with Australia and Britain").
 */
export function fitExplicit(cands: CompiledAgreement[], sides: string[][], plural: boolean): CompiledAgreement[] {
  return cands.filter((a) =>
    sides.every((side) => side.length === 0 || (plural ? side.some((p) => coveredBy(p, a.parties)) : side.every((p) => coveredBy(p, a.parties)))),
  );
}
