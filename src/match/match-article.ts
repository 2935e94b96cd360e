// matchArticle: which tracked agreements an article mentions, and which status each mention shows.
// Sentence by sentence (title included), in two passes: named mentions (aliases, patterns) first,
// which also tell what the article is mainly about; then generic ones ("the pact", "similar accords").
import type { ArticleForMatch, MatchResult, Mention, StatusFinding } from '../types.js';
import type { Catalogue, CompiledAgreement } from './catalogue.js';
import { findCountries, type CountryHit } from './countries.js';
import { findDates, publishedDay, type DateSpan } from './dates.js';
import { findParty } from './party.js';
import { familyOf, resolveCandidates, type MentionGroup, type PartyContext } from './resolve.js';
import { splitSentences } from './sentences.js';
import { findCues, type Cue } from './status.js';

interface SentenceInfo {
  text: string;
  isTitle: boolean;
  countries: CountryHit[];
  ctx: PartyContext;
  groups: MentionGroup[];
  /** Named hits that count towards the article's main agreement. */
  named: string[];
}

const MODIFIERS =
  '(?:new|key|landmark|historic|bilateral|defen[cs]e|military|security|logistic(?:s|al)?|reciprocal|access|troop|troops|visiting|forces|cooperation|two-way|supply|supply-sharing|troop-access|mutual|milestone|major|fresh|possible|proposed|planned|potential|formal)';
// "the agreement", "a landmark accord", "the military logistics deal": a generic reference.
const GENERIC = new RegExp(
  `\\b(the|this|that|its|their|a|an)\\s+((?:${MODIFIERS}\\s+){0,3})(agreement|pact|deal|accord|treaty)(?![\\w-])`,
  'gi',
);
// "similar accords", "comparable agreements": others of the main agreement's kind.
const FAMILY = new RegExp(
  `\\b(?:similar|comparable)\\s+(?:${MODIFIERS}\\s+){0,3}(agreements?|pacts?|deals?|accords?|arrangements?|treaties|treaty)(?![\\w-])`,
  'gi',
);
// A mention preceded by these is about a different agreement of the same kind.
const OTHER_OF_KIND = /\b(?:similar|comparable|another|other|such)\s+(?:\S+\s+){0,2}$/i;

// What a signing or approval is about when it is not the agreement: "signed a memorandum".
const CUE_OBJECT =
  /^\s+(?:(?:a|an|the|another|its|their|two|three|several)\s+)?(?:[\w-]+\s+){0,3}?(memorand(?:um|a)|MOUs?|MoUs?|declarations?|statements?|letters?|contracts?|loans?|notes|bills?|laws?|orders?|decrees?|communiqu[eé]s?|agreements?|pacts?|deals?|accords?|treat(?:y|ies)|partnerships?|arrangements?|protocols?)\b/;

function countriesSet(hits: CountryHit[]): Set<string> {
  return new Set(hits.map((h) => h.country));
}

function dominantCountries(sentences: SentenceInfo[]): Set<string> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const h of s.countries) counts.set(h.country, (counts.get(h.country) ?? 0) + (s.isTitle ? 2 : 1));
  const top = Math.max(0, ...counts.values());
  const threshold = Math.max(2, Math.ceil(top / 3));
  return new Set([...counts].filter(([, n]) => n >= threshold).map(([c]) => c));
}

function namedGroups(s: SentenceInfo, catalogue: Catalogue, excludeForOthers: Set<string>): void {
  const len = s.text.length;
  // Every alias occurrence, found once.
  const hits: Array<{ ids: string[]; start: number; end: number; plural: boolean }> = [];
  if (catalogue.anyAlias.test(s.text)) {
    for (const alias of catalogue.aliases) {
      alias.re.lastIndex = 0;
      for (const m of s.text.matchAll(alias.re)) {
        hits.push({ ids: alias.agreementIds, start: m.index, end: m.index + m[0].length, plural: Boolean(m.groups?.['pl']) });
      }
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  for (const hit of hits) {
    const { start, end } = hit;
    // Overlapping aliases ("Status of Visiting Forces Agreement" also holds "Visiting Forces
    // Agreement") are one mention, resolved once among all their agreements.
    if (s.groups.some((g) => start < g.span[1] && g.span[0] < end)) continue;
    const ids = new Set<string>();
    let plural = false;
    for (const h of hits) {
      if (h.start < end && start < h.end) {
        for (const id of h.ids) ids.add(id);
        plural ||= h.plural;
      }
    }
    const other = OTHER_OF_KIND.test(s.text.slice(Math.max(0, start - 40), start));
    let cands = [...ids].map((id) => catalogue.byId.get(id)!);
    if (other) cands = cands.filter((c) => !excludeForOthers.has(c.id));
    const members = resolveCandidates(cands, s.ctx, start, plural || other, len);
    if (members.length === 0) continue;
    s.groups.push({ anchor: start, span: [start, end], members });
    if (!other) s.named.push(...members.map((mm) => mm.agreementId));
  }
  for (const ag of catalogue.agreements) {
    for (const re of ag.patterns) {
      re.lastIndex = 0;
      for (const m of s.text.matchAll(re)) {
        if (m[0].length === 0) break;
        const start = m.index;
        const end = start + m[0].length;
        if (s.groups.some((g) => start < g.span[1] && g.span[0] < end)) continue;
        if (OTHER_OF_KIND.test(s.text.slice(Math.max(0, start - 40), start))) continue;
        const members = resolveCandidates([ag], s.ctx, start, false, len);
        if (members.length === 0) continue;
        s.groups.push({ anchor: start, span: [start, end], members });
        s.named.push(ag.id);
      }
    }
  }
}

function nounCompatible(ag: CompiledAgreement, noun: string): boolean {
  const treaty = /^treat/i.test(noun);
  return treaty === ag.treaty || (!treaty && !ag.treaty) || (treaty && ag.treaty);
}

/** Agreements whose parties are all named in the sentence, if exactly one. */
function uniqueByParties(s: SentenceInfo, catalogue: Catalogue, noun: string, exclude: string | null): CompiledAgreement | null {
  const names = countriesSet(s.countries);
  const fits = catalogue.agreements.filter(
    (a) => a.id !== exclude && nounCompatible(a, noun) && a.parties.every((p) => names.has(p)),
  );
  return fits.length === 1 ? fits[0]! : null;
}

const GENERIC_HINT = /agreement|pact|deal|accord|treat|arrangement/i;

function genericGroups(s: SentenceInfo, catalogue: Catalogue, main: CompiledAgreement | null): void {
  if (s.groups.length > 0 || !GENERIC_HINT.test(s.text)) return;
  const len = s.text.length;
  const names = countriesSet(s.countries);
  FAMILY.lastIndex = 0;
  for (const m of s.text.matchAll(FAMILY)) {
    const start = m.index;
    const plural = /s$/i.test(m[1]!);
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
    const noun = m[3]!;
    let chosen: CompiledAgreement | null = null;
    if (main && nounCompatible(main, noun)) {
      // "the deal with Australia": a country the mention is explicitly with or between.
      const tail = s.text.slice(end, end + 40);
      const contrary =
        /^\s+(?:\w+\s+)?(?:with|between|involving|among)\b/.test(tail) &&
        s.countries.some((h) => h.start >= end && h.start <= end + 40 && !main.parties.includes(h.country));
      const partiesHere = main.parties.every((p) => names.has(p));
      const established = resolveCandidates([main], s.ctx, start, false, len).length > 0;
      if (!contrary && established && (definite || partiesHere)) chosen = main;
    }
    if (!chosen) chosen = uniqueByParties(s, catalogue, noun, null);
    if (!chosen) continue;
    s.groups.push({ anchor: start, span: [start, end], members: [{ agreementId: chosen.id, segStart: 0, segEnd: len }] });
    break;
  }
}

/** The group a cue is about: the nearest mention before it, else the nearest after. */
function groupForCue(groups: MentionGroup[], cue: Cue): MentionGroup | null {
  if (groups.length === 1) return groups[0]!;
  const before = groups.filter((g) => g.anchor <= cue.start).sort((a, b) => b.anchor - a.anchor);
  if (before[0]) return before[0];
  const after = groups.filter((g) => g.anchor > cue.start).sort((a, b) => a.anchor - b.anchor);
  return after[0] ?? null;
}

function cueIsAboutSomethingElse(s: SentenceInfo, cue: Cue): boolean {
  if (cue.status !== 'signed' && cue.status !== 'ratified' && cue.status !== 'agreed') return false;
  const m = CUE_OBJECT.exec(s.text.slice(cue.end));
  if (!m) return false;
  const nounAt = cue.end + m[0].length - m[1]!.length;
  return !s.groups.some((g) => nounAt >= g.span[0] && nounAt < g.span[1] + 1);
}

/** The date of a cue: the first date after it (before the next cue), else the last before it. */
function dateForCue(dates: DateSpan[], cues: Cue[], i: number, member: { segStart: number; segEnd: number }, grouped: boolean): DateSpan | null {
  const cue = cues[i]!;
  if (grouped) {
    const inSeg = dates.filter((d) => d.start >= Math.max(member.segStart, cue.start) && d.start < member.segEnd);
    if (inSeg[0]) return inSeg[0];
  }
  const nextStart = cues[i + 1]?.start ?? Infinity;
  const prevEnd = i > 0 ? cues[i - 1]!.end : 0;
  // Dates inside the cue count as after it ("voted on Monday to ratify", "in force since 1999").
  const after = dates.filter((d) => d.start >= cue.start && d.start < nextStart);
  if (grouped) {
    // In "with A and B that took effect this year" the date after the cue serves every member.
    if (after[0]) return after[0];
  } else if (after[0]) return after[0];
  const before = dates.filter((d) => d.end <= cue.start && d.start >= prevEnd);
  return before[before.length - 1] ?? null;
}

/** What an article says about the catalogue's agreements. Pure. */
export function matchArticle(article: ArticleForMatch, catalogue: Catalogue): MatchResult {
  const sentences: SentenceInfo[] = [];
  const title = article.title.trim();
  const titleHits = title ? findCountries(title, catalogue.countries) : [];
  const titleSet = countriesSet(titleHits);
  const emptyCtx = (): PartyContext => ({ sentence: [], paragraphBefore: new Set(), title: titleSet, dominant: new Set() });
  if (title) sentences.push({ text: title, isTitle: true, countries: titleHits, ctx: { ...emptyCtx(), sentence: titleHits }, groups: [], named: [] });
  for (const para of article.paragraphs) {
    const before = new Set<string>();
    for (const text of splitSentences(para)) {
      const hits = findCountries(text, catalogue.countries);
      sentences.push({ text, isTitle: false, countries: hits, ctx: { ...emptyCtx(), sentence: hits, paragraphBefore: new Set(before) }, groups: [], named: [] });
      for (const h of hits) before.add(h.country);
    }
  }
  const dominant = dominantCountries(sentences);
  for (const s of sentences) s.ctx.dominant = dominant;

  // Pass 1: named mentions; they decide the article's main agreement.
  const counts = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  // Agreements named without "similar"/"another" in the article: "similar" mentions exclude them.
  const provisional = new Set<string>();
  sentences.forEach((s) => namedGroups(s, catalogue, provisional));
  sentences.forEach((s, i) => {
    for (const id of s.named) {
      counts.set(id, (counts.get(id) ?? 0) + (s.isTitle ? 2 : 1));
      if (!firstSeen.has(id)) firstSeen.set(id, i);
    }
  });
  // An agreement whose parties the title names is likelier to be the subject.
  for (const [id, n] of counts) {
    const ag = catalogue.byId.get(id);
    if (ag && ag.parties.every((p) => titleSet.has(p))) counts.set(id, n + 1);
  }
  let main: CompiledAgreement | null = null;
  let bestCount = 0;
  for (const [id, n] of counts) {
    const better = n > bestCount || (n === bestCount && main !== null && (firstSeen.get(id) ?? 0) < (firstSeen.get(main.id) ?? 0));
    if (better) {
      main = catalogue.byId.get(id) ?? null;
      bestCount = n;
    }
  }
  // Re-resolve "similar X" alias mentions now that the main agreement is known.
  if (main) {
    const exclude = new Set([main.id]);
    for (const s of sentences) {
      if (!OTHER_OF_KIND.test(s.text)) continue;
      s.groups = [];
      s.named = [];
      namedGroups(s, catalogue, exclude);
    }
  }

  // Pass 2: generic mentions, then the statuses.
  const mentions: Mention[] = [];
  const findings: StatusFinding[] = [];
  const seenMention = new Set<string>();
  const seenFinding = new Set<string>();
  const published = publishedDay(article.publishedAt);
  for (const s of sentences) {
    genericGroups(s, catalogue, main);
    if (s.groups.length === 0) continue;
    for (const g of s.groups) {
      for (const m of g.members) {
        const k = `${m.agreementId}\u0000${s.text}`;
        if (seenMention.has(k)) continue;
        seenMention.add(k);
        mentions.push({ agreementId: m.agreementId, quote: s.text });
      }
    }
    const cues = findCues(s.text, s.isTitle);
    if (cues.length === 0) continue;
    const dates = s.isTitle ? [] : findDates(s.text, article.publishedAt);
    cues.forEach((cue, i) => {
      if (cueIsAboutSomethingElse(s, cue)) return;
      const group = groupForCue(s.groups, cue);
      if (!group) return;
      const grouped = group.members.length > 1;
      for (const member of group.members) {
        const ag = catalogue.byId.get(member.agreementId)!;
        const span = cue.kind === 'scheduled' ? null : dateForCue(dates, cues, i, member, grouped);
        const finding: StatusFinding = {
          agreementId: ag.id,
          status: cue.status,
          date: span ? span.date : published,
          dateSource: span ? 'text' : 'published',
          party: findParty(s.text, s.countries, cue, ag.parties),
          quote: s.text,
        };
        const k = [finding.agreementId, finding.status, finding.date, finding.party, s.text].join('\u0000');
        if (seenFinding.has(k)) continue;
        seenFinding.add(k);
        findings.push(finding);
      }
    });
  }
  return { mentions, findings };
}
