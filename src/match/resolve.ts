// Which agreement a mention in a sentence refers to. An alias names a family of agreements
// ("RAA"); the parties established around it pick the member: the sentence first, then the
// earlier sentences of the paragraph, the title, and the article's dominant countries.
// Precision first: when two members are equally supported, nothing is matched.
import type { Catalogue, CompiledAgreement } from './catalogue.js';
import { coveredBy, ORGANISATIONS, type CountryHit } from './countries.js';

/** How far a party's mention is from the sentence: 0 sentence … 3 dominant in the article. */
export type Level = 0 | 1 | 2 | 3;

export interface PartyContext {
  sentence: CountryHit[];
  paragraphBefore: Set<string>;
  title: Set<string>;
  dominant: Set<string>;
}

export function levelOf(country: string, ctx: PartyContext): number {
  // An organisation is established by its own name or by any of its members ("Manila" for ASEAN).
  const org = ORGANISATIONS[country];
  if (org) return Math.min(countryLevel(country, ctx), ...org.members.map((m) => countryLevel(m, ctx)));
  return countryLevel(country, ctx);
}

function countryLevel(country: string, ctx: PartyContext): number {
  if (ctx.sentence.some((h) => h.country === country)) return 0;
  if (ctx.paragraphBefore.has(country)) return 1;
  if (ctx.title.has(country)) return 2;
  if (ctx.dominant.has(country)) return 3;
  return Infinity;
}

export interface GroupMember {
  agreementId: string;
  /** Where the text about this member starts and ends (for coordinated lists: "with A in 2022 and B last year"). */
  segStart: number;
  segEnd: number;
}

/** One mention in a sentence: one agreement, or several named together ("agreements with France and Canada"). */
export interface MentionGroup {
  anchor: number;
  span: [number, number];
  members: GroupMember[];
}

interface Scored {
  ag: CompiledAgreement;
  levels: number[];
}

function key(s: Scored): [number, number, number] {
  const nonzero = s.levels.filter((l) => l > 0).length;
  return [nonzero, Math.max(...s.levels), s.levels.reduce((a, b) => a + b, 0)];
}

function compareKeys(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Distance from a position to the nearest mention of each party, summed (for singular mentions). */
function proximity(ag: CompiledAgreement, hits: CountryHit[], at: number): number {
  let total = 0;
  for (const p of ag.parties) {
    let best = Infinity;
    for (const h of hits) if (h.country === p) best = Math.min(best, Math.abs(h.start - at));
    total += best;
  }
  return total;
}

/** Members of a plural group, each with the text from its own distinguishing country on. */
function membersWithSegments(ags: CompiledAgreement[], hits: CountryHit[], sentenceLength: number): GroupMember[] {
  const shared = ags[0]!.parties.filter((p) => ags.every((a) => a.parties.includes(p)));
  const starts = ags.map((a) => {
    const own = a.parties.filter((p) => !shared.includes(p));
    const positions = hits.filter((h) => own.includes(h.country)).map((h) => h.start);
    return positions.length > 0 ? Math.min(...positions) : 0;
  });
  const order = ags.map((_, i) => i).sort((x, y) => starts[x]! - starts[y]!);
  const members: GroupMember[] = [];
  order.forEach((idx, k) => {
    const next = order[k + 1];
    members.push({
      agreementId: ags[idx]!.id,
      segStart: starts[idx]!,
      segEnd: next !== undefined ? starts[next]! : sentenceLength,
    });
  });
  return members;
}

function single(ag: CompiledAgreement, sentenceLength: number): GroupMember[] {
  return [{ agreementId: ag.id, segStart: 0, segEnd: sentenceLength }];
}

// A country after these is a place in the story ("in Vienna", "from Istanbul"), not a side.
const PLACE_BEFORE = /\b(?:in|at|near|from|to|across|around|via|outside|inside|off)\s+(?:the\s+)?$/i;

// How near a name a country must be to be a side named with it ("the US-India nuclear deal",
// "Japan's RAA with Britain"); farther off, it is a subject or a place ("Kazakhstan, which …,
// confirmed that it has joined the Abraham Accords").
const SIDE_REACH = 30;

/** The words around a mention name a side that is not among the agreement's parties. */
export function namesOtherSide(ag: CompiledAgreement, hits: CountryHit[], text: string, at: number | null = null): boolean {
  return hits.some(
    (h) =>
      (at === null || Math.abs(h.start - at) <= SIDE_REACH) &&
      !coveredBy(h.country, ag.parties) &&
      !PLACE_BEFORE.test(text.slice(Math.max(0, h.start - 16), h.start)),
  );
}

/**
 * Resolves a mention among candidate agreements. `plural` mentions may name several agreements
 * whose parties all appear in the sentence; a singular one names the closest.
 */
export function resolveCandidates(
  candidates: CompiledAgreement[],
  ctx: PartyContext,
  at: number,
  plural: boolean,
  sentenceLength: number,
  /** The sentence, when the mention is a name that may resolve loosely (see `CompiledAgreement.loose`). */
  looseIn: string | null = null,
  /** Where the name ends: a country inside it ("Washington Accords") is a place in the name, no other side. */
  nameEnd: number = at,
): GroupMember[] {
  const scored: Scored[] = candidates
    .map((ag) => ({ ag, levels: ag.parties.map((p) => levelOf(p, ctx)) }))
    .filter((s) => s.levels.every((l) => Number.isFinite(l)));
  if (scored.length === 0) {
    // Parties tell apart agreements that share a name; an agreement of many parties (or with a
    // name of its own) is seldom written with all of them, so it needs only that the sentence
    // names no other side.
    if (looseIn === null) return [];
    // A sentence naming no other side settles it; failing that, one naming other countries only
    // away from the name (a country joining it, a place) does.
    const around = ctx.sentence.filter((h) => h.start < at || h.start >= nameEnd);
    const strict = candidates.filter((ag) => ag.loose && !namesOtherSide(ag, around, looseIn));
    if (strict.length === 1) return single(strict[0]!, sentenceLength);
    if (strict.length > 1) return [];
    const loose = candidates.filter((ag) => ag.loose && !namesOtherSide(ag, around, looseIn, at));
    return loose.length === 1 ? single(loose[0]!, sentenceLength) : [];
  }
  const full = scored.filter((s) => s.levels.every((l) => l === 0));
  if (full.length === 1) return single(full[0]!.ag, sentenceLength);
  if (full.length > 1) {
    if (plural) return membersWithSegments(full.map((s) => s.ag), ctx.sentence, sentenceLength);
    const byDistance = full
      .map((s) => ({ ag: s.ag, d: proximity(s.ag, ctx.sentence, at) }))
      .sort((a, b) => a.d - b.d);
    // Only a clearly closer candidate wins ("the RAA" right next to "Britain"); otherwise the
    // sentence is about several and the singular mention is ambiguous.
    if (byDistance[1] && byDistance[0]!.d > 0.6 * byDistance[1].d) return [];
    return single(byDistance[0]!.ag, sentenceLength);
  }
  scored.sort((a, b) => compareKeys(key(a), key(b)));
  const best = scored[0]!;
  const second = scored[1];
  if (second && compareKeys(key(best), key(second)) === 0) return [];
  return single(best.ag, sentenceLength);
}

/**
 * Agreements sharing an alias with `main`, or (step `family-same-kind-name`) whose names without
 * their parties are the same ("Sweden–United States Defence Cooperation Agreement" and "Finland–United
 * States Defence Cooperation Agreement"): its family, which "similar accords" and "one with" refer to.
 */
export function familyOf(main: CompiledAgreement, catalogue: Catalogue): CompiledAgreement[] {
  // Computed once per compiled agreement (each catalogue compiles its own).
  let family = FAMILIES.get(main);
  if (!family) {
    family = computeFamily(main, catalogue);
    FAMILIES.set(main, family);
  }
  return family;
}

const FAMILIES = new WeakMap<CompiledAgreement, CompiledAgreement[]>();

function computeFamily(main: CompiledAgreement, catalogue: Catalogue): CompiledAgreement[] {
  const ids = new Set<string>();
  for (const a of catalogue.aliases) if (a.agreementIds.includes(main.id)) for (const id of a.agreementIds) ids.add(id);
  const kind = kindName(main, catalogue);
  if (kind) for (const a of catalogue.agreements) if (a.parties.length > 0 && kindName(a, catalogue) === kind) ids.add(a.id);
  ids.delete(main.id);
  return [...ids].map((id) => catalogue.byId.get(id)!).filter(Boolean);
}

const KIND_NAMES = new WeakMap<CompiledAgreement, string | null>();

/** An agreement's name without its parties' names, lower-cased; null when under two words are left (or no parties). */
function kindName(a: CompiledAgreement, catalogue: Catalogue): string | null {
  let k = KIND_NAMES.get(a);
  if (k === undefined) {
    let name = a.name;
    for (const p of a.parties) name = name.split(p).join(' ');
    const words = name.split(/[\s\-‐–—/]+/).filter((w) => w && !catalogue.countries.forms.has(w) && !catalogue.countries.forms.has(w.replace(/['’]s$/, '')));
    k = a.parties.length > 0 && words.length >= 2 ? words.join(' ').toLowerCase() : null;
    KIND_NAMES.set(a, k);
  }
  return k;
}
