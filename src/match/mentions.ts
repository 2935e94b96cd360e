// Named and elided mentions of agreements in a sentence: aliases and patterns ("the RAA", "a
// logistics pact"), and mentions whose noun is left out ("another with Ottawa", "the one
// Washington signed with Port Moresby", "talks with Paris" after a named one).
import type { Catalogue, CompiledAgreement, CompiledAlias } from './catalogue.js';
import { explicitParties, fitExplicit, hitsIn, subjectsOf } from './explicit.js';
import { resolveCandidates } from './resolve.js';
import type { AliasHit, SentenceInfo } from './sentence-info.js';
import { execAll } from './scan.js';

/** A mention preceded by these is about a different agreement of the same kind. */
export const OTHER_OF_KIND = /\b(?:similar|comparable|another|other|such|separate|different|distinct)\s+(?:\S+\s+){0,2}$/i;
/** A sentence that may hold such a mention (a cheap test before re-resolving it). */
export const MAY_HOLD_OTHER = /\b(?:similar|comparable|another|other|such|separate|different|distinct)\b/i;

// ---------------------------------------------------------------- named mentions

/** The aliases and patterns that occur anywhere in an article: sentences test only these. */
export interface PresentNames {
  aliases: CompiledAlias[];
  patterns: Array<{ ag: CompiledAgreement; re: RegExp }>;
}

/** The aliases' needles, longest first, as one expression; and those inside another needle. */
interface NeedleScan {
  any: RegExp;
  inner: string[];
}

const needleScans = new WeakMap<Catalogue, NeedleScan | null>();

function needleScan(catalogue: Catalogue): NeedleScan | null {
  let scan = needleScans.get(catalogue);
  if (scan === undefined) {
    const needles = [...new Set(catalogue.aliases.map((a) => a.needle).filter((n): n is string => n !== null))].sort((a, b) => b.length - a.length);
    scan =
      needles.length === 0
        ? null
        : {
            any: new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g'),
            // Where a longer needle matches, one inside it starting there is not seen by the scan.
            inner: needles.filter((n) => needles.some((m) => m !== n && m.includes(n))),
          };
    needleScans.set(catalogue, scan);
  }
  return scan;
}

/** The needles that occur in a lower-cased text: one scan for all of them, not one per alias. */
function presentNeedles(lower: string, catalogue: Catalogue): Set<string> {
  const found = new Set<string>();
  const scan = needleScan(catalogue);
  if (!scan) return found;
  const re = scan.any;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    found.add(m[0]);
    // From the next character on: needles may overlap ("…raacsa…").
    re.lastIndex = m.index + 1;
  }
  for (const n of scan.inner) if (!found.has(n) && lower.includes(n)) found.add(n);
  return found;
}

/** One scan of the whole text per alias and pattern, so that most sentences need none. */
export function presentNames(fullText: string, catalogue: Catalogue): PresentNames {
  const hit = (re: RegExp): boolean => {
    re.lastIndex = 0;
    const found = re.test(fullText);
    re.lastIndex = 0;
    return found;
  };
  const needles = presentNeedles(fullText.toLowerCase(), catalogue);
  return {
    aliases: catalogue.aliases.filter((a) => (a.needle === null || needles.has(a.needle)) && hit(a.re)),
    patterns: catalogue.agreements.flatMap((ag) => ag.patterns.filter(hit).map((re) => ({ ag, re }))),
  };
}

export function findAliasHits(text: string, present: PresentNames): AliasHit[] {
  const hits: AliasHit[] = [];
  // The article holds these aliases somewhere; a sentence without an alias's literal part needs
  // no scan for it.
  const lower = text.toLowerCase();
  for (const alias of present.aliases) {
    if (alias.needle !== null && !lower.includes(alias.needle)) continue;
    for (const m of execAll(alias.re, text)) {
      hits.push({ ids: alias.agreementIds, start: m.index, end: m.index + m[0].length, plural: Boolean(m.groups?.['pl']) });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}

function overlapsGroup(s: SentenceInfo, start: number, end: number): boolean {
  return s.groups.some((g) => start < g.span[1] && g.span[0] < end);
}

// A determiner, at most one lower-case word, then one or two plain proper nouns right before a name.
const NAME_MODIFIER = /(?:^|\s)(?:the|The|a|an|An|A)\s+(?:\p{Ll}+\s+)?((?:\p{Lu}\p{Ll}+\s+){1,2})$/u;
const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * The proper nouns that qualify a name ("Algiers" in "The Algiers peace agreement"), each with the
 * country it names, if any (a party's name or capital qualifies its own agreement).
 */
function nameModifier(s: SentenceInfo, start: number): Array<{ word: string; country: string | null }> {
  const m = NAME_MODIFIER.exec(s.text.slice(Math.max(0, start - 60), start));
  if (!m) return [];
  const at = start - m[1]!.length;
  const words: Array<{ word: string; country: string | null }> = [];
  for (const w of m[1]!.matchAll(/\S+/g)) {
    const from = at + w.index;
    if (CALENDAR.test(w[0])) continue;
    const hit = s.countries.find((h) => from < h.end && h.start < from + w[0].length);
    words.push({ word: w[0], country: hit ? hit.country : null });
  }
  return words;
}

/** Whether an agreement may bear these qualifiers: its parties' names, or words of its own name. */
function fitsModifier(ag: CompiledAgreement, modifier: Array<{ word: string; country: string | null }>): boolean {
  const name = ag.name.toLowerCase();
  return modifier.every((w) => (w.country !== null && ag.parties.includes(w.country)) || name.includes(w.word.toLowerCase()));
}

export function namedGroups(s: SentenceInfo, catalogue: Catalogue, present: PresentNames, excludeForOthers: Set<string>): void {
  const len = s.text.length;
  for (const hit of s.aliasHits) {
    const { start, end } = hit;
    // Overlapping aliases ("Status of Visiting Forces Agreement" also holds "Visiting Forces
    // Agreement") are one mention, resolved once among all their agreements.
    if (overlapsGroup(s, start, end)) continue;
    const ids = new Set<string>();
    let plural = false;
    let spanEnd = end;
    for (const h of s.aliasHits) {
      if (h.start < end && start < h.end) {
        for (const id of h.ids) ids.add(id);
        plural ||= h.plural;
        spanEnd = Math.max(spanEnd, h.end);
      }
    }
    const other = OTHER_OF_KIND.test(s.text.slice(Math.max(0, start - 40), start));
    let cands = [...ids].map((id) => catalogue.byId.get(id)!);
    if (other) cands = cands.filter((c) => !excludeForOthers.has(c.id));
    // "The Algiers peace agreement": a proper name before the alias that is neither a country
    // nor part of an agreement's own name makes it another agreement of that kind.
    const modifier = s.isTitle ? [] : nameModifier(s, start);
    if (modifier.length > 0) cands = cands.filter((c) => fitsModifier(c, modifier));
    cands = fitExplicit(cands, explicitParties(s, start, spanEnd), plural);
    const members = resolveCandidates(cands, s.ctx, start, plural || other, len, other ? null : s.text, spanEnd);
    if (members.length === 0) continue;
    s.groups.push({ anchor: start, span: [start, spanEnd], members });
    if (!other) s.named.push(...members.map((mm) => mm.agreementId));
  }
  for (const { ag, re } of present.patterns) {
    re.lastIndex = 0;
    for (const m of execAll(re, s.text)) {
      if (m[0].length === 0) break;
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsGroup(s, start, end)) continue;
      const other = OTHER_OF_KIND.test(s.text.slice(Math.max(0, start - 40), start));
      if (other && excludeForOthers.has(ag.id)) continue;
      const plural = /^s\b/.test(s.text.slice(end));
      if (fitExplicit([ag], explicitParties(s, start, end), plural).length === 0) continue;
      // A description with "a" ("a code of conduct on fishing safety") may be any such
      // instrument: only its parties, all established, make it the tracked one.
      const indefinite = /\b(?:an?|another|one)\s+(?:[\w-]+\s+)?$/i.test(s.text.slice(Math.max(0, start - 24), start));
      const members = resolveCandidates([ag], s.ctx, start, false, len, other || indefinite ? null : s.text, end);
      if (members.length === 0) continue;
      s.groups.push({ anchor: start, span: [start, end], members });
      if (!other) s.named.push(ag.id);
    }
  }
}

// ---------------------------------------------------------------- elided mentions

// "another with Ottawa", "the one Washington signed with Port Moresby", "talks with Paris":
// the head of an elided mention, up to three words before its "with".
export const ELIDED_HEAD = /\b(?:another|the\s+one|one|the\s+same\s+one|a\s+similar\s+one|(?:a|the)\s+(?:second|third|fourth|fifth)(?:\s+one)?,?|(?:talks|negotiations|discussions))\s+(?:[\w'’.-]+\s+){0,3}?with\s+$/i;
// Talks about a stated topic ("talks with France on trade") are not about the agreement.
const TOPIC_AFTER = /^\s+(?:on|about|over|regarding|concerning)\b/i;

/** Mentions whose noun is left out, resolved in the family of the alias named before them. */
export function elidedGroups(s: SentenceInfo, catalogue: Catalogue): void {
  if (s.aliasHits.length === 0 || !/\bwith\b/.test(s.text)) return;
  const len = s.text.length;
  for (const h of s.countries) {
    const windowStart = Math.max(0, h.start - 60);
    const head = ELIDED_HEAD.exec(s.text.slice(windowStart, h.start).replace(/\bthe\s+$/, ''));
    if (!head) continue;
    const start = windowStart + head.index;
    if (overlapsGroup(s, start, h.end)) continue;
    const alias = [...s.aliasHits].reverse().find((a) => a.end <= start);
    if (!alias) continue;
    // Overlapping aliases ("Status of Visiting Forces Agreement" / "Visiting Forces Agreement") are one family.
    const family = new Set(s.aliasHits.filter((a) => a.start < alias.end && alias.start < a.end).flatMap((a) => a.ids));
    // A stated topic, or an alias right after, means these talks are about something named.
    const tail = s.text.slice(h.end);
    if (/^(?:talks|negotiations|discussions)/i.test(head[0]) && (TOPIC_AFTER.test(tail) || s.aliasHits.some((a) => a.start >= h.end && a.start - h.end < 40))) continue;
    // Parties: those named in the phrase ("the one Washington signed with Port Moresby"), else
    // the partner and the clause's subject ("Manila signed … and another with Ottawa").
    const inner = hitsIn(s.countries, start, h.start).map((x) => x.country);
    const sides = inner.length > 0 ? [[...inner, h.country]] : [[h.country], subjectsOf(s, start)];
    const cands = fitExplicit([...family].map((id) => catalogue.byId.get(id)!), sides, false);
    const members = resolveCandidates(cands, s.ctx, start, false, len);
    if (members.length === 0) continue;
    s.groups.push({ anchor: start, span: [start, h.end], members });
  }
  s.groups.sort((a, b) => a.anchor - b.anchor);
}
