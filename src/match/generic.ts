// Generic mentions: "the pact", "a landmark accord", "similar accords", "the agreements with
// Australia and Britain". They refer to the article's main agreement, to its family (agreements
// sharing an alias with it), or to the one agreement whose parties the sentence names.
import type { Catalogue, CompiledAgreement } from './catalogue.js';
import { coveredBy, findCountries, type CountryHit } from './countries.js';
import { explicitParties, fitExplicit, hitsIn, subjectsOf } from './explicit.js';
import { ELIDED_HEAD, OTHER_OF_KIND } from './mentions.js';
import { familyOf, resolveCandidates } from './resolve.js';
import type { SentenceInfo } from './sentence-info.js';
import { clauseBefore } from './status.js';
import { execAll } from './scan.js';

const MODIFIERS =
  '(?:new|key|landmark|historic|bilateral|defen[cs]e|military|security|logistic(?:s|al)?|reciprocal|access|troop|troops|visiting|forces|cooperation|two-way|supply|supply-sharing|troop-access|mutual|milestone|major|fresh|possible|proposed|planned|potential|formal)';
// "the agreement", "a landmark accord", "the 2015 nuclear deal", "the UN treaty banning mines": a
// reference by kind. Up to five plain words between the determiner and the head noun; two of them
// may be joined by "and" ("the defence and economic cooperation deal", "a trade and investment
// pact"); a ceasefire or truce noun takes the agreement noun after it ("a permanent ceasefire
// agreement", "a truce deal"), so that noun is no other document.
const GENERIC = /\b(the|this|that|its|their|a|an)\s+((?:(?!(?:the|a|an|this|that|its|their|and|or|but|to|of|in|on|at|for|with|by|from|as|has|have|had|is|are|was|were|be|been|will|would|can|could|may|might|must|should|said|says|say|which|who|whose|expects?|expected|wants?|hopes?|sign|signs|signed|ink|inks|inked|ratify|ratifies|ratified|approve|approves|approved|back|backs|seal|seals|strike|strikes|reach|reaches|agree|agrees)\b)["“”‘’\w'’.–-]+\s+(?:and\s+)?){0,5}?)(agreement|pact|deal|accord|accords|treaty|convention|protocol|arrangement|initiative|FTA|ceasefire|cease-fire|truce|declaration|memorandum|MoU|statement|framework)(?:(?<=ceasefire|cease-fire|truce)\s+(?:agreement|deal|accord|pact|arrangement))?(?![\w-])/gi;
// A headline drops its articles ("France and Poland sign mutual defence treaty"): the same
// reference without a determiner (group 1 empty), read as definite.
const HEADLINE_GENERIC = new RegExp(GENERIC.source.replace('(the|this|that|its|their|a|an)\\s+', '()'), 'gi');
// "the two", "both sides": the sides of the bilateral agreement the passage is about.
const BOTH_SIDES = /\b(?:the\s+two|both)\s+(?:countries|sides|nations|leaders|governments|neighbou?rs|republics|parties|ministers|presidents|prime\s+ministers|men|delegations)\b|\bthe\s+two\s+(?=(?:\w+ly\s+)?(?:signed|agreed|inked|initiall?ed|have|had|will|were|are)\b)/i;
// "similar accords", "comparable agreements", "the agreements with Australia and Britain": others
// of the main agreement's kind.
const FAMILY = new RegExp(
  `\\b(?:(?:similar|comparable)\\s+(?:${MODIFIERS}\\s+){0,3}(agreements?|pacts?|deals?|accords?|arrangements?|treaties|treaty)|(?:the|those|its|their)\\s+(?:${MODIFIERS}\\s+){0,3}(agreements|pacts|deals|accords|arrangements|treaties)(?=\\s+with\\b))(?![\\w-])`,
  'gi',
);
const EARLIER = /\b(?:earlier|previous|former|predecessor|old|older|prior|existing)\b/i;
// An indefinite "an agreement" after these is a further instrument, not the one the article is about.
const ADDITIONAL = /\b(?:also|separately|additionally|further|likewise)\b/i;

function countriesSet(hits: CountryHit[]): Set<string> {
  return new Set(hits.map((h) => h.country));
}

/**
 * Whether a head noun may refer to the agreement: "the treaty" and "the convention" only to
 * treaties (so named, or open to all states), "the initiative" and "the protocol" only to ones so
 * named, "the FTA" only to a free trade agreement; "agreement", "deal", "pact", "accord" to any.
 */
function nounCompatible(ag: CompiledAgreement, noun: string): boolean {
  const n = noun.toLowerCase();
  const vocab = ag.vocabulary;
  if (n === 'treaty' || n === 'convention') return ag.treaty || ag.parties.length === 0 || vocab.includes(n);
  // A declaration is mostly another document signed alongside: only one so named is the agreement.
  if (n === 'initiative' || n === 'protocol' || n === 'declaration') return vocab.includes(n);
  if (n === 'fta') return /free[\s-]trade|\bfta\b/.test(vocab);
  // "the memorandum", "the joint statement", "a 12-point framework": only one so named (an MoU is
  // mostly another paper signed alongside).
  if (n === 'memorandum' || n === 'mou') return /memorandum|\bmou\b/.test(vocab);
  if (n === 'statement' || n === 'framework') return vocab.includes(n);
  // "the ceasefire", "a truce": only an agreement that is one.
  if (n === 'ceasefire' || n === 'cease-fire' || n === 'truce') return /ceasefire|cease-fire|truce|cessation|armistice/.test(vocab);
  return true;
}

/** Agreements whose parties are all named in the sentence, if exactly one. */
function uniqueByParties(s: SentenceInfo, catalogue: Catalogue, noun: string, modifier: string): CompiledAgreement | null {
  const names = countriesSet(s.countries);
  // A treaty open to all states has no parties to name: only its own names find it.
  let fits = catalogue.agreements.filter((a) => a.parties.length > 0 && nounCompatible(a, noun) && a.parties.every((p) => names.has(p)));
  // Step `peace-in-its-country`: a peace agreement with no state among its parties (the sides of a
  // civil war: "Agreement for a Complete and Permanent Ceasefire in Libya") is the one of the country
  // its name holds: "the two Libyan delegations signed a permanent ceasefire agreement".
  if (fits.length === 0 && PEACE_NOUN.test(noun + ' ' + modifier)) {
    fits = catalogue.agreements.filter((a) => a.parties.length === 0 && isPeaceAgreement(a) && nounCompatible(a, noun) && placeOf(a, catalogue).some((c) => names.has(c)));
  }
  if (fits.length === 1) return fits[0]!;
  if (fits.length === 0) return null;
  // Step `generic-all-named-sides`: of agreements whose parties the sentence names, the one whose
  // parties are every state it names ("the agreement between Tajikistan, Kyrgyzstan and Uzbekistan",
  // not the Kyrgyz–Tajik border treaty).
  const all = fits.filter((a) => [...names].every((n) => coveredBy(n, a.parties)));
  if (all.length === 1) return all[0]!;
  const byWords = byNameWords(fits, modifier);
  if (byWords) return byWords;
  // Same parties, several documents (a declaration, then the agreement: Asmara and Jeddah): "a
  // peace deal" is the one named an agreement, not the one named only a declaration.
  if (AGREEMENT_HEAD.test(noun)) {
    const agreements = fits.filter((a) => !DECLARATION_ONLY(a));
    if (agreements.length === 1 && agreements.length < fits.length) return agreements[0]!;
  }
  return null;
}

// The countries an agreement's own name holds ("… Ceasefire in Libya", "… the Republic of South
// Sudan", "Kigali" in the Kigali Amendment, both sides of "UK–Rwanda Treaty"), computed once per agreement.
const NAME_COUNTRIES = new WeakMap<CompiledAgreement, Set<string>>();
export function nameCountries(a: CompiledAgreement, catalogue: Catalogue): Set<string> {
  let c = NAME_COUNTRIES.get(a);
  if (!c) {
    c = new Set(findCountries(a.name, catalogue.countries).map((h) => h.country));
    NAME_COUNTRIES.set(a, c);
  }
  return c;
}

/**
 * Step `peace-by-place-of-conflict`: peace and ceasefire agreements with fewer than two state sides
 * (the armed group, rebel movement or faction is no state, so config has only the state's side, or
 * none). The one such agreement whose state side, or the country its name places it in, the
 * sentence names, when every state named before the reference is one of those (a state named
 * before it that is not marks another conflict; one after it is where it was signed).
 */
function uniqueByPlace(s: SentenceInfo, catalogue: Catalogue, noun: string, at: number): CompiledAgreement | null {
  if (s.countries.length === 0 || !/^(?:agreement|pact|deal|accord|ceasefire|cease-fire|truce)$/i.test(noun)) return null;
  // "suspends truce talks": the talks, not the truce.
  if (/^\s+(?:talks|negotiations|discussions|process)\b/i.test(s.text.slice(at).replace(/^[^\s]+(?:\s+(?:agreement|deal))?/i, ''))) return null;
  let found: CompiledAgreement | null = null;
  for (const a of catalogue.agreements) {
    if (a.parties.length >= 2 || !nounCompatible(a, noun) || !isPeaceAgreement(a)) continue;
    const sides = new Set([...a.parties, ...nameCountries(a, catalogue)]);
    if (sides.size === 0) continue;
    if (!s.countries.some((h) => coveredBy(h.country, [...sides]))) continue;
    if (s.countries.some((h) => h.start < at && !coveredBy(h.country, [...sides]))) continue;
    if (found) return null;
    found = a;
  }
  return found;
}

// Words of a reference that say nothing of which agreement it is.
const PLAIN_WORDS = new Set(['new', 'key', 'landmark', 'historic', 'bilateral', 'ambitious', 'modern', 'balanced', 'comprehensive', 'major', 'possible', 'proposed', 'planned', 'potential', 'formal', 'fresh', 'first', 'two-way', 'long-awaited', 'much-anticipated', 'important', 'broad', 'wide-ranging', 'milestone', 'so-called', 'and', 'the']);

/**
 * Step `generic-same-parties-by-name-words`: of several agreements of the same parties (a trade
 * continuity agreement and the free trade agreement that replaces it), the reference "a free trade
 * deal" is the one whose names hold more of its words; none when no word tells them apart.
 */
export function byNameWords(fits: CompiledAgreement[], modifier: string): CompiledAgreement | null {
  // Only words no family holds ("free" in "free trade"): "a peace accord" says what every peace
  // document of the two sides is, not which one.
  const words = modifier.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length > 1 && !PLAIN_WORDS.has(w) && !FAMILY_OF.has(w));
  if (words.length === 0) return null;
  let best: CompiledAgreement | null = null;
  let bestScore = 0;
  let tie = false;
  for (const a of fits) {
    const own = new Set(a.vocabulary.split(/[^\p{L}\d]+/u));
    const score = words.filter((w) => own.has(w)).length;
    if (score > bestScore) {
      best = a;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return best && !tie ? best : null;
}

const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * The one agreement whose names hold a capitalised word of the reference that is no country and no
 * plain or family word ("Ottawa" in "the Ottawa landmine convention"); null when none or several do.
 */
function byProperWord(catalogue: Catalogue, modifier: string): CompiledAgreement | null {
  const words = [...modifier.matchAll(/(?<![\p{L}\d'’-])\p{Lu}\p{Ll}{2,}(?![\p{L}\d])/gu)]
    .map((m) => m[0])
    .filter((w) => !CALENDAR_WORD.test(w) && !PLAIN_WORDS.has(w.toLowerCase()) && !FAMILY_OF.has(w.toLowerCase()));
  if (words.length === 0) return null;
  let found: CompiledAgreement | null = null;
  for (const a of catalogue.agreements) {
    const own = ownWords(a);
    // A place in the name ("Ottawa", "Washington") is a name word; a side's name says only whose it is.
    const place = (w: string): boolean => {
      const c = catalogue.countries.forms.get(w);
      return c === undefined || (a.parties.length > 0 && !coveredBy(c, a.parties)) || a.parties.length === 0;
    };
    if (!words.every((w) => own.has(w.toLowerCase()) && place(w))) continue;
    if (found) return null;
    found = a;
  }
  return found;
}

const OWN_WORDS = new WeakMap<CompiledAgreement, Set<string>>();
function ownWords(a: CompiledAgreement): Set<string> {
  let w = OWN_WORDS.get(a);
  if (!w) {
    w = new Set(a.vocabulary.split(/[^\p{L}\d]+/u));
    OWN_WORDS.set(a, w);
  }
  return w;
}

// "on alliance", "of friendship": a lower-case topic word right after the head noun.
const TOPIC_AFTER_NOUN = /^\s+(?:on|of)\s+(?:the\s+)?(\p{Ll}[\p{Ll}-]{3,})\b/u;

const AGREEMENT_HEAD = /^(?:agreement|pact|deal|accord)$/i;
const DECLARATION_ONLY = (a: CompiledAgreement): boolean => /\bdeclaration\b/.test(a.vocabulary) && !/\b(?:agreement|accord|pact|deal|treaty)\b/.test(a.vocabulary);

const GENERIC_HINT = /agreement|pact|deal|accord|treat|arrangement|convention|protocol|initiative|FTA|ceasefire|cease-fire|truce|declaration|memorandum|MoU|statement|framework/i;

/**
 * Generic references in a sentence with no named one. `salient`: the agreements named in the
 * sentences just before, most recent first (the passage's topic); `before`: the sentence before.
 */
export function genericGroups(s: SentenceInfo, catalogue: Catalogue, main: CompiledAgreement | null, salient: string[] = [], before = ''): void {
  if (s.groups.length > 0) return;
  // "Sweden signed one with the United States": no agreement noun at all.
  if (main) passageElided(s, catalogue, main);
  if (s.groups.length > 0) return;
  if (!GENERIC_HINT.test(s.text)) {
    ceasingGroup(s, catalogue, main, salient);
    if (s.groups.length === 0) relationsGroup(s, catalogue, main, salient);
    if (s.groups.length === 0) tradeTalksGroup(s, catalogue);
    return;
  }
  const len = s.text.length;
  const names = countriesSet(s.countries);
  for (const m of execAll(FAMILY, s.text)) {
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
  // A family mention leaves the sentence's own subject before it to the steps below ("The 10-year
  // agreement was signed …, following similar arrangements with Finland and Sweden").
  const familyAt = s.groups.length > 0 ? s.groups[0]!.anchor : null;
  let refs = execAll(GENERIC, s.text);
  if (familyAt !== null) refs = refs.filter((m) => m.index < familyAt && !/^an?$/i.test(m[1]!));
  if (s.isTitle && refs.length === 0) refs = execAll(HEADLINE_GENERIC, s.text);
  // "the two signed …": the sides of a bilateral main agreement are named here.
  if (main && main.parties.length === 2 && BOTH_SIDES.test(s.text)) for (const p of main.parties) names.add(p);
  // A reference skipped as another document ("A previous peace deal signed in 2015 …, and the new
  // accord …"): the sentence speaks of two, which the place of the conflict does not tell apart.
  let another = false;
  for (const m of refs) {
    if (OTHER_OF_KIND.test(s.text.slice(Math.max(0, m.index - 30), m.index + m[0].length - m[3]!.length)) || EARLIER.test(m[2]!)) s.others.push([m.index, m.index + m[0].length]);
  }
  for (const m of refs) {
    const start = m.index;
    const end = start + m[0].length;
    if (OTHER_OF_KIND.test(s.text.slice(Math.max(0, start - 30), end - m[3]!.length))) {
      another = true;
      continue;
    }
    // "that earlier agreement", "the previous treaty": one the main agreement followed.
    if (EARLIER.test(m[2]!)) {
      another = true;
      continue;
    }
    const definite = !/^an?$/i.test(m[1]!);
    if (!definite && ADDITIONAL.test(clauseBefore(s.text, start))) continue;
    const noun = m[3]!;
    const modifier = m[2]!;
    // Countries inside the reference name its sides too ("the US-India civil nuclear deal").
    // (Computed only when a candidate got that far: it is the costly check.)
    let explicitSides: string[][] | null = null;
    const explicit = (): string[][] => {
      const inside = s.countries.filter((h) => h.start >= start && h.end <= end - noun.length).map((h) => h.country);
      explicitSides ??= [...explicitParties(s, start, end), inside];
      return explicitSides;
    };
    const proper = properModifiers(s, start + m[0].indexOf(modifier, m[1]!.length), modifier);
    // Step `generic-topic-after`: "the treaty on alliance", "the protocol on exchanging …": a topic
    // after the noun that the agreement's own names do not hold makes it another document.
    const topicWord = TOPIC_AFTER_NOUN.exec(s.text.slice(end))?.[1]?.toLowerCase();
    const topicFits = (a: CompiledAgreement): boolean => topicWord === undefined || ownWords(a).has(topicWord);
    const fitsHere = (a: CompiledAgreement): boolean =>
      nounCompatible(a, noun) && describes(a, modifier) && namedBy(a, proper) && topicFits(a) && fitExplicit([a], explicit(), false).length > 0;
    let chosen: CompiledAgreement | null = null;
    // 1. The agreement the passage is about: the one named last before (or the article's main
    //    one), when this reference's words and named sides fit it. A definite reference only.
    if (definite) {
      for (const id of salient) {
        const a = catalogue.byId.get(id);
        if (a && fitsHere(a)) {
          chosen = a;
          break;
        }
      }
      // Step `bare-treaty-in-passage`: a bare "the treaty" in a passage about an agreement not named
      // one ("The Paraguayan Senate approved the treaty" of a status of forces agreement) is that
      // agreement, when no agreement the passage named is a treaty and neither this sentence nor the
      // one before names a treaty of its own ("… under the Indus Waters Treaty. India replied that
      // Pakistan had breached the treaty's conditions").
      const topic = catalogue.byId.get(salient[0] ?? '');
      if (
        !chosen &&
        topic &&
        noun === 'treaty' &&
        modifier.trim() === '' &&
        /^the$/i.test(m[1]!) &&
        !/\bTreaty\b/.test(s.text + ' ' + before) &&
        salient.every((id) => !catalogue.byId.get(id)?.treaty) &&
        fitExplicit([topic], explicit(), false).length > 0
      )
        chosen = topic;
    }
    if (!chosen && main && nounCompatible(main, noun) && describes(main, modifier) && namedBy(main, proper) && topicFits(main) && fitExplicit([main], explicit(), false).length > 0) {
      const partiesHere = main.parties.length > 0 && main.parties.every((p) => names.has(p));
      // Step `definite-main-loose`: "the ten-year nuclear agreement with world powers" is the
      // article's main agreement of many parties (or a name of its own) although the article names
      // few of them, as its name would be: only when the sentence names no other state.
      const established =
        resolveCandidates([main], s.ctx, start, false, len).length > 0 || (definite && main.loose && s.countries.every((h) => coveredBy(h.country, main.parties)));
      // "… signed an accord in September": an indefinite reference with a verb of status, in a
      // sentence naming no side but the main agreement's, introduces that agreement.
      const onlyItsSides = s.cues.length > 0 && [...names].every((n) => coveredBy(n, main.parties));
      if (established && (definite || partiesHere || onlyItsSides)) chosen = main;
    }
    // 2. The one agreement whose parties the sentence names ("India and Britain concluded a free
    //    trade agreement").
    if (!chosen) {
      const unique = uniqueByParties(s, catalogue, noun, modifier);
      if (unique && describes(unique, modifier) && namedBy(unique, proper) && fitExplicit([unique], explicit(), false).length > 0) chosen = unique;
    }
    // 2b. Step `peace-by-place-of-conflict`: a ceasefire or peace agreement one of whose sides is
    //     no state ("South Sudan's President Salva Kiir and rebel leader Riek Machar signed a peace
    //     agreement", "Yemen's warring sides", "the two Libyan delegations … signed a permanent
    //     ceasefire agreement"): the one whose state sides, or the country its name places it in, the
    //     sentence names.
    if (!chosen && !another) {
      const placed = uniqueByPlace(s, catalogue, noun, start);
      if (placed && describes(placed, modifier) && namedBy(placed, proper)) chosen = placed;
    }
    // 3. Step `generic-by-name-word`: "the Ottawa landmine convention" is the one agreement whose own
    //    names hold the reference's proper word ("Ottawa Convention").
    if (!chosen && !s.isTitle) {
      const byWord = byProperWord(catalogue, modifier);
      if (byWord && nounCompatible(byWord, noun) && describes(byWord, modifier) && fitExplicit([byWord], explicit(), false).length > 0) chosen = byWord;
    }
    if (!chosen) continue;
    s.groups.push({ anchor: start, span: [start, end], members: [{ agreementId: chosen.id, segStart: 0, segEnd: len }] });
    s.groups.sort((a, b) => a.anchor - b.anchor);
    break;
  }
  if (s.groups.length === 0) ceasingGroup(s, catalogue, main, salient);
  if (s.groups.length === 0) relationsGroup(s, catalogue, main, salient);
  if (s.groups.length === 0) tradeTalksGroup(s, catalogue);
}

// Talks named by their kind, with no agreement noun: "free trade negotiations", "post-Brexit trade
// talks", "FTA talks"; "nuclear talks", "negotiations over Tehran's nuclear programme". Each kind
// with the words an agreement's names must hold to be of that kind. (The union is exported for the
// article gate in match-article.ts.)
const KINDS_OF_TALKS: Array<{ talks: RegExp; vocabulary: RegExp }> = [
  { talks: /\b(?:free[\s-]trade|trade|FTA)\s+(?:talks|negotiations)\b/gi, vocabulary: /\btrade\b|\bfta\b|economic\s+partnership|\bcepa\b/ },
  { talks: /\bnuclear\s+(?:talks|negotiations|diplomacy)\b|\b(?:talks|negotiations)\s+(?:on|over|about)\s+(?:[\w'’-]+\s+){0,3}?nuclear\s+(?:programme|program|deal|agreement|file|issue)\b/gi, vocabulary: /\bnuclear\b/ },
];
export const TRADE_TALKS = new RegExp(KINDS_OF_TALKS.map((k) => k.talks.source).join('|'), 'gi');

/**
 * Step `talks-of-kind-by-parties`: "the European Union and the Philippines are resuming their free
 * trade negotiations", "has called off post-Brexit trade talks with Canada", "Nuclear talks between
 * Iran and the United States": the talks on the one agreement of that kind whose parties the
 * sentence names, all of them (a demonym counts: "the British government"). Of two such agreements
 * of those parties, the one whose names hold the talks' words ("free"), else none.
 */
function tradeTalksGroup(s: SentenceInfo, catalogue: Catalogue): void {
  if (s.countries.length < 2 || !/\b(?:talks|negotiations|diplomacy)\b/i.test(s.text)) return;
  const names = countriesSet(s.countries);
  for (const kind of KINDS_OF_TALKS) {
    const m = execAll(kind.talks, s.text)[0];
    if (!m) continue;
    const fits = catalogue.agreements.filter((a) => a.parties.length === 2 && kind.vocabulary.test(a.vocabulary) && a.parties.every((p) => names.has(p)));
    // Of a continuity agreement and a free trade agreement, "free trade talks" are the latter's
    // (step generic-same-parties-by-name-words); bare "trade talks" tell none apart.
    const chosen = fits.length === 1 ? fits[0]! : byNameWords(fits, m[0]);
    if (!chosen) continue;
    s.groups.push({ anchor: m.index, span: [m.index, m.index + m[0].length], members: [{ agreementId: chosen.id, segStart: 0, segEnd: s.text.length }] });
    return;
  }
}

/**
 * Step `elided-one-in-passage`: "Sweden signed one with the United States" in an article about the
 * Finland–US defence agreement, with no name in the sentence: the member of the main agreement's
 * family whose parties are the subject and the partner after "with".
 */
function passageElided(s: SentenceInfo, catalogue: Catalogue, main: CompiledAgreement): void {
  if (s.countries.length === 0 || !/\b(?:one|another)\b/.test(s.text) || !/\bwith\b/.test(s.text)) return;
  const family = familyOf(main, catalogue);
  if (family.length === 0) return;
  for (const h of s.countries) {
    const windowStart = Math.max(0, h.start - 60);
    const head = ELIDED_HEAD.exec(s.text.slice(windowStart, h.start).replace(/\bthe\s+$/, ''));
    if (!head || /^(?:talks|negotiations|discussions)/i.test(head[0])) continue;
    const start = windowStart + head.index;
    const inner = hitsIn(s.countries, start, h.start).map((x) => x.country);
    const subjects = inner.length > 0 ? [] : subjectsOf(s, start);
    // Both sides named: the partner alone would fit every member of the family.
    if (inner.length === 0 && subjects.length === 0) continue;
    const sides = inner.length > 0 ? [[...inner, h.country]] : [[h.country], subjects];
    const cands = fitExplicit(family, sides, false);
    if (cands.length !== 1) continue;
    s.groups.push({ anchor: start, span: [start, h.end], members: [{ agreementId: cands[0]!.id, segStart: 0, segEnd: s.text.length }] });
    return;
  }
}

// "agreed to stop fighting", "to end all hostilities": words that name no agreement but say what
// a ceasefire or peace agreement does.
// "cease fire", "stop all firing and military action", "halt all military activity" too.
export const CEASING = /\b(?:stop|end|cease|halt)\s+(?:all\s+)?(?:the\s+)?(?:fighting|hostilities|combat|fire|firing|military\s+(?:action|activity|activities|operations))\b/i;

// A reference that says it is a peace or ceasefire agreement (not any "agreement").
const PEACE_NOUN = /\b(?:peace|ceasefire|cease-fire|truce|armistice|hostilities)\b/i;

// The countries an agreement's own name holds by their name or demonym (not a capital: "Paris
// Agreement", "Minsk agreements" are named after a place of signing).
const PLACES = new WeakMap<CompiledAgreement, string[]>();
function placeOf(a: CompiledAgreement, catalogue: Catalogue): string[] {
  let out = PLACES.get(a);
  if (!out) {
    out = findCountries(a.name, catalogue.countries)
      .filter((h) => {
        const form = a.name.slice(h.start, h.end).toLowerCase();
        const c = h.country.toLowerCase();
        return form.includes(c) || c.includes(form);
      })
      .map((h) => h.country);
    PLACES.set(a, out);
  }
  return out;
}

/** A ceasefire, truce or peace agreement, by its names. */
export function isPeaceAgreement(a: CompiledAgreement): boolean {
  return nounCompatible(a, 'ceasefire') || ownFamilies(a).has('peace');
}

/** A ceasing phrase refers to the passage's peace or ceasefire agreement, or the one whose parties the sentence names. */
function ceasingGroup(s: SentenceInfo, catalogue: Catalogue, main: CompiledAgreement | null, salient: string[]): void {
  const m = CEASING.exec(s.text);
  if (!m) return;
  const candidates = [...salient.map((id) => catalogue.byId.get(id)), main];
  let chosen = candidates.find((a): a is CompiledAgreement => a !== undefined && a !== null && isPeaceAgreement(a)) ?? null;
  if (!chosen) {
    const names = countriesSet(s.countries);
    const fits = catalogue.agreements.filter((a) => a.parties.length > 0 && isPeaceAgreement(a) && a.parties.every((p) => names.has(p)));
    if (fits.length === 1) chosen = fits[0]!;
  }
  if (!chosen) return;
  s.groups.push({ anchor: m.index, span: [m.index, m.index + m[0].length], members: [{ agreementId: chosen.id, segStart: 0, segEnd: s.text.length }] });
}

// "agreed to restore diplomatic relations", "to re-establish their diplomatic ties", "to establish
// full diplomatic relations": words that name no agreement but say what a normalisation agreement does.
export const RELATIONS = /\b(?:establish|re-?establish|restore|resume|normali[sz]e)\s+(?:(?:their|full|formal|official|diplomatic)\s+){0,3}(?:relations|ties)\b/i;
const RELATIONS_VOCABULARY = /normali[sz]|\brelations\b|\bdiplomatic\b/;

/**
 * Step `relations-phrase`: a phrase of restoring relations refers to the passage's normalisation
 * agreement, or to the one such agreement two or more of whose parties the sentence names (a broker
 * among its parties is often left out: "Israel and Morocco have agreed to establish full diplomatic
 * relations"), when the sentence names no other state before the phrase.
 */
function relationsGroup(s: SentenceInfo, catalogue: Catalogue, main: CompiledAgreement | null, salient: string[]): void {
  const m = RELATIONS.exec(s.text);
  if (!m) return;
  const fits = (a: CompiledAgreement | null | undefined): a is CompiledAgreement => !!a && a.parties.length >= 2 && RELATIONS_VOCABULARY.test(a.vocabulary);
  let chosen = [...salient.map((id) => catalogue.byId.get(id)), main].find(fits) ?? null;
  if (!chosen) {
    const before = s.countries.filter((h) => h.start < m.index);
    const named = countriesSet(s.countries);
    const cands = catalogue.agreements.filter(
      (a) => fits(a) && a.parties.filter((p) => named.has(p)).length >= 2 && before.every((h) => coveredBy(h.country, a.parties)),
    );
    if (cands.length === 1) chosen = cands[0]!;
  }
  if (!chosen) return;
  s.groups.push({ anchor: m.index, span: [m.index, m.index + m[0].length], members: [{ agreementId: chosen.id, segStart: 0, segEnd: s.text.length }] });
}

// Words that say what an agreement is about, in families: a reference using one ("the trade
// deal", "the nuclear treaty") refers only to an agreement whose own names are of that family
// (or say nothing of what it is about).
const FAMILIES: Record<string, string[]> = {
  trade: ['trade', 'commerce', 'commercial', 'economic', 'investment', 'tariff', 'tariffs', 'customs', 'free-trade'],
  defence: ['defence', 'defense', 'security', 'military', 'troop', 'troops', 'visiting', 'forces', 'access', 'logistics', 'logistical', 'intelligence', 'information', 'naval', 'submarine', 'submarines', 'posture', 'cooperation'],
  nuclear: ['nuclear', 'arms', 'missile', 'missiles', 'weapons', 'test', 'non-proliferation'],
  peace: ['peace', 'ceasefire', 'truce'],
  grain: ['grain', 'food'],
  minerals: ['minerals', 'mineral', 'resources'],
  fisheries: ['fisheries', 'fishing'],
  climate: ['climate', 'emissions'],
  ocean: ['ocean', 'oceans', 'seas', 'marine'],
  health: ['pandemic', 'health'],
  water: ['water', 'waters', 'river', 'rivers'],
  mines: ['mine', 'mines', 'landmine', 'landmines'],
};
const FAMILY_OF = new Map<string, string>(Object.entries(FAMILIES).flatMap(([f, ws]) => ws.map((w) => [w, f] as [string, string])));

// An agreement's families, computed once per compiled agreement.
const OWN_FAMILIES = new WeakMap<CompiledAgreement, Set<string>>();
function ownFamilies(a: CompiledAgreement): Set<string> {
  let f = OWN_FAMILIES.get(a);
  if (!f) {
    f = familiesIn(a.vocabulary);
    OWN_FAMILIES.set(a, f);
  }
  return f;
}

function familiesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(/[^\p{L}-]+/u)) {
    const f = FAMILY_OF.get(w) ?? FAMILY_OF.get(w.replace(/-/g, ''));
    if (f) out.add(f);
  }
  return out;
}

/**
 * Step `generic-place-modifier`: a plain proper noun that opens a reference and names no country
 * ("Kars" in "The Kars peace treaty", "Bishkek" in "the Bishkek peace deal") is the place or person
 * the agreement is named after: only an agreement whose names hold it (as the name step reads such
 * a word before an alias).
 */
function properModifiers(s: SentenceInfo, at: number, modifier: string): string[] {
  // One such word right after the determiner, before plain words: not a longer proper name
  // ("the United Nations convention", "a Cold War-era treaty"), which says what kind it is.
  const m = /^(\p{Lu}\p{Ll}+)\s+(?=\p{Ll})/u.exec(modifier);
  if (!m || CALENDAR_WORD.test(m[1]!)) return [];
  if (s.countries.some((h) => at < h.end && h.start < at + m[1]!.length)) return [];
  return [m[1]!.toLowerCase()];
}

/** Whether the agreement's own names hold every such proper noun of the reference. */
function namedBy(a: CompiledAgreement, proper: string[]): boolean {
  return proper.every((w) => a.vocabulary.includes(w));
}

/** The reference's words say nothing of what it is about that the agreement's names contradict. */
function describes(a: CompiledAgreement, modifier: string): boolean {
  const wanted = familiesIn(modifier);
  if (wanted.size === 0) return true;
  const own = ownFamilies(a);
  // "free trade" also names trade agreements whose names say only "partnership".
  if (own.size === 0) return true;
  return [...wanted].every((f) => own.has(f));
}
