// Generic mentions: "the pact", "a landmark accord", "similar accords", "the agreements with
// Australia and Britain". They refer to the article's main agreement, to its family (agreements
// sharing an alias with it), or to the one agreement whose parties the sentence names.
import type { Catalogue, CompiledAgreement } from './catalogue.js';
import type { CountryHit } from './countries.js';
import { explicitParties, fitExplicit } from './explicit.js';
import { OTHER_OF_KIND } from './mentions.js';
import { familyOf, resolveCandidates } from './resolve.js';
import type { SentenceInfo } from './sentence-info.js';
import { clauseBefore } from './status.js';

const MODIFIERS =
  '(?:new|key|landmark|historic|bilateral|defen[cs]e|military|security|logistic(?:s|al)?|reciprocal|access|troop|troops|visiting|forces|cooperation|two-way|supply|supply-sharing|troop-access|mutual|milestone|major|fresh|possible|proposed|planned|potential|formal)';
// "the agreement", "a landmark accord", "the military logistics deal": a generic reference.
const GENERIC = new RegExp(
  `\\b(the|this|that|its|their|a|an)\\s+((?:${MODIFIERS}\\s+){0,3})(agreement|pact|deal|accord|treaty)(?![\\w-])`,
  'gi',
);
// "similar accords", "comparable agreements", "the agreements with Australia and Britain": others
// of the main agreement's kind.
const FAMILY = new RegExp(
  `\\b(?:(?:similar|comparable)\\s+(?:${MODIFIERS}\\s+){0,3}(agreements?|pacts?|deals?|accords?|arrangements?|treaties|treaty)|(?:the|those|its|their)\\s+(?:${MODIFIERS}\\s+){0,3}(agreements|pacts|deals|accords|arrangements|treaties)(?=\\s+with\\b))(?![\\w-])`,
  'gi',
);
// An indefinite "an agreement" after these is a further instrument, not the one the article is about.
const ADDITIONAL = /\b(?:also|separately|additionally|further|likewise)\b/i;

function countriesSet(hits: CountryHit[]): Set<string> {
  return new Set(hits.map((h) => h.country));
}

function nounCompatible(ag: CompiledAgreement, noun: string): boolean {
  const treaty = /^treat/i.test(noun);
  return treaty === ag.treaty || (!treaty && !ag.treaty) || (treaty && ag.treaty);
}

/** Agreements whose parties are all named in the sentence, if exactly one. */
function uniqueByParties(s: SentenceInfo, catalogue: Catalogue, noun: string): CompiledAgreement | null {
  const names = countriesSet(s.countries);
  const fits = catalogue.agreements.filter((a) => nounCompatible(a, noun) && a.parties.every((p) => names.has(p)));
  return fits.length === 1 ? fits[0]! : null;
}

const GENERIC_HINT = /agreement|pact|deal|accord|treat|arrangement/i;

export function genericGroups(s: SentenceInfo, catalogue: Catalogue, main: CompiledAgreement | null): void {
  if (s.groups.length > 0 || !GENERIC_HINT.test(s.text)) return;
  const len = s.text.length;
  const names = countriesSet(s.countries);
  FAMILY.lastIndex = 0;
  for (const m of s.text.matchAll(FAMILY)) {
    const start = m.index;
    const plural = /s$/i.test((m[1] ?? m[2])!);
    if (!main) {
      // Without a main agreement, "similar accords with A and B" can only mean agreements whose
      // parties are all named here, and only those that no other agreement shares parties with.
      const bySet = new Map<string, CompiledAgreement[]>();
      for (const a of catalogue.agreements) {
        if (!a.parties.every((p) => names.has(p))) continue;
        const k = [...a.parties].sort().join('|');
        bySet.set(k, [...(bySet.get(k) ?? []), a]);
      }
      const fits = [...bySet.values()].filter((l) => l.length === 1).map((l) => l[0]!);
      const members = resolveCandidates(fits, s.ctx, start, plural, len);
      if (members.length > 0) s.groups.push({ anchor: start, span: [start, start + m[0].length], members });
      continue;
    }
    const family = familyOf(main, catalogue).filter(
      (a) =>
        a.parties.every((p) => names.has(p) || main.parties.includes(p)) &&
        a.parties.some((p) => names.has(p) && !main.parties.includes(p)),
    );
    if (family.length === 0) continue;
    const members = resolveCandidates(family, { ...s.ctx, sentence: [...s.ctx.sentence, ...main.parties.map((c) => ({ country: c, start, end: start }))] }, start, plural, len);
    if (members.length > 0) s.groups.push({ anchor: start, span: [start, start + m[0].length], members });
  }
  if (s.groups.length > 0) return;
  GENERIC.lastIndex = 0;
  for (const m of s.text.matchAll(GENERIC)) {
    const start = m.index;
    const end = start + m[0].length;
    if (OTHER_OF_KIND.test(s.text.slice(Math.max(0, start - 30), start))) continue;
    const definite = !/^an?$/i.test(m[1]!);
    if (!definite && ADDITIONAL.test(clauseBefore(s.text, start))) continue;
    const noun = m[3]!;
    const explicit = explicitParties(s, start, end);
    let chosen: CompiledAgreement | null = null;
    if (main && nounCompatible(main, noun) && fitExplicit([main], explicit, false).length > 0) {
      const partiesHere = main.parties.every((p) => names.has(p));
      const established = resolveCandidates([main], s.ctx, start, false, len).length > 0;
      if (established && (definite || partiesHere)) chosen = main;
    }
    if (!chosen) {
      const unique = uniqueByParties(s, catalogue, noun);
      if (unique && fitExplicit([unique], explicit, false).length > 0) chosen = unique;
    }
    if (!chosen) continue;
    s.groups.push({ anchor: start, span: [start, end], members: [{ agreementId: chosen.id, segStart: 0, segEnd: len }] });
    break;
  }
}
