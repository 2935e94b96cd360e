// matchArticle: which tracked agreements an article mentions, and which status each mention shows.
// Sentence by sentence (title included), in two passes: named mentions (aliases, patterns) first,
// which also tell what the article is mainly about; then elided and generic ones ("another with
// Ottawa", "the pact", "similar accords"). Each cue then gives its status to the mentions it
// governs, with the date nearest it in their stretch of text.
import type { AgreementStatus, ArticleForMatch, MatchResult, Mention, StatusFinding } from '../types.js';
import { accessionGroups, accessionJoiners, isAccession, isAccessionToOrganisation, joinedBlocGroups, namesJoinedBloc, organisationsJoined } from './accession.js';
import { dateFor, governedGroups } from './assign.js';
import type { Catalogue, CompiledAgreement } from './catalogue.js';
import { coveredBy, findCountries, type CountryHit } from './countries.js';
import { anaphoricDates, datelineDay, findDatesDetailed, publishedDay, refDay, type DateSpan } from './dates.js';
import { subjectsOf } from './explicit.js';
import { CEASING, genericGroups, isPeaceAgreement, nameCountries, RELATIONS, TRADE_TALKS } from './generic.js';
import { elidedGroups, findAliasHits, MAY_HOLD_OTHER, namedGroups, presentNames, type PresentNames } from './mentions.js';
import type { AliasHit, SentenceInfo } from './sentence-info.js';
import { intervalBefore, shiftBack } from './interval-after.js';
import { findParties, gappedParties, JOINING_ROWS, legislatureHits, regionalGroupHits } from './party.js';
import type { MentionGroup, PartyContext } from './resolve.js';
import { splitSentences } from './sentences.js';
import { LEXICON } from './lexicon.js';
import { clauseBefore, findCues, type Cue } from './status.js';

// What a signing or approval is about when it is not the agreement: "signed a memorandum".
const CUE_OBJECT =
  /^\s+(?:(?:a|an|the|another|its|their|two|three|several)\s+)?(?:(?!(?:alongside|with|in|at|on|by|after|before|under|for|from|during|as|into|together)\s)[\w'’-]+\s+){0,3}?(memorand(?:um|a)|MOUs?|MoUs?|declarations?|statements?|letters?|contracts?|loans?|notes|bills?|laws?|orders?|decrees?|communiqu[eé]s?|extensions?|amendments?|applications?|studies|study|resolutions?|motions?|agreements?|pacts?|deals?|accords?|treat(?:y|ies)|partnerships?|arrangements?|protocols?)\b/i;

// After "the bill": words that make it the law enacting what follows ("passed a bill on Sweden's
// application to join NATO", "the bill on ratifying the agreement": a bill on the agreement).
const ENACTING = /^\s+(?:on\s+(?:(?:the\s+)?ratification\s+of\s+|ratifying\s+|approving\s+)?(?![^,;.]{0,30}?\b(?:withdrawal|withdrawing|denunciation|denouncing|exit|suspension|suspending|termination|terminating|revoking|leaving)\b)|(?:that\s+|which\s+)?(?:gives?|giving)\s+(?:legal\s+)?effect\s+to|(?:that\s+|which\s+)?(?:implements?|implementing|approves?|approving|ratif(?:ies|ying)|enact(?:s|ing)|allow(?:s|ing)|let(?:s|ting)|enabl(?:es|ing)|authori[sz](?:es|ing))|to\s+(?:ratify|approve|implement|enact))\b/i;

// Steps one party reaches alone, whose gapped lists name a party each.
const PARTY_STEPS = new Set<AgreementStatus>(['ratified', 'suspended', 'terminated']);

// Statuses whose date, when the sentence gives none, is the day a source reported them
// ("said on Saturday they had revoked …") rather than the publication day.
const REPORTED_EVENTS = new Set<AgreementStatus>(['signed', 'ratified', 'in-force', 'suspended', 'terminated']);

// Step `mediator-is-no-side`: "the US-brokered peace deal with Cambodia", "Norway-mediated talks",
// "UN-sponsored talks": the state in such a compound brought the sides together; it is no side
// of the agreement, and no party or subject of what the sentence reports.
const MEDIATOR_AFTER = /^[-‐‑–]\s?(?:brokered|mediated|backed|sponsored|hosted|facilitated|led)\b/i;

/** The countries a sentence names, also through a legislature's own name ("Riksdag") or a regional group's ("the Baltic states"). */
function countriesIn(text: string, catalogue: Catalogue): CountryHit[] {
  const found = findCountries(text, catalogue.countries);
  const hits = found.some((h) => MEDIATOR_AFTER.test(text.slice(h.end, h.end + 14))) ? found.filter((h) => !MEDIATOR_AFTER.test(text.slice(h.end, h.end + 14))) : found;
  const more = [...legislatureHits(text, hits), ...regionalGroupHits(text)];
  return more.length === 0 ? hits : [...hits, ...more].sort((a, b) => a.start - b.start);
}

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

// Between a subject and its verb: auxiliaries, adverbs, a parenthetical between commas.
// A relative word too: the head of "a truce deal that ran out on Sunday", "its ceasefire, which ran
// out on December 9" is the relative clause's subject.
const SUBJECT_TO_VERB = /^(?:['’]s)?\s*(?:,[^,;]{0,120},\s*)?(?:,?\s*(?:that|which)\s+)?(?:(?:has|have|had|was|were|is|are|been|now|finally|formally|officially|effectively|already|also|then|itself|quietly)\s+)*$/i;

// A subject's own postmodifier, between its head and the verb: "the transit agreement between
// Russia and Ukraine ran out", "the pact with Moscow expired", "the deal signed in 2019 lapsed".
// Also with an apposition after it ("The fisheries deal between the EU and Morocco, worth millions of
// euros, expired") or a participle ("The arrangement allowing Ukraine to ship grain … lapsed").
const SUBJECT_POSTMODIFIER = /^\s+(?:(?:between|with|of|among|signed|agreed|concluded)\s+[^,;:()]{1,60}?|(?:allowing|letting|permitting|governing|covering)\s+[^,;:()]{1,90}?)\s*(?:,[^,;:()]{1,60},\s*)?(?:(?:has|have|had|was|were|is|are|been|now|finally|formally|officially|effectively|already|also|then|quietly)\s+)*$/i;

// "the deadline for a referendum on the pact had lapsed": a mention after a preposition is
// another noun's complement, not the subject of the verb after it.
const PREPOSITION_BEFORE = /\b(?:of|on|for|in|under|to|about|over|against)\s+$/i;

// "Political talks on modernising the EU-Mexico Global Agreement, under way since 2016, came to an
// end": the talks are the subject, the agreement their topic.
const TALKS_ON_BEFORE = /\b(?:talks|negotiations|discussions)\s+(?:on|over|about|for)\b[^,;]*$/i;

/** The mention ending at `end` is the subject of the verb at `at` ("the deal expired"). */
function isSubjectOf(text: string, end: number, at: number): boolean {
  return end <= at && (SUBJECT_TO_VERB.test(text.slice(end, at)) || SUBJECT_POSTMODIFIER.test(text.slice(end, at)));
}

// The object right after a verb of signing: a determiner and the words up to a preposition,
// a relative word or punctuation.
const SIGNED_OBJECT = /^\s+(?:a|an|the|its|their|his|her)\s+((?:(?!(?:in|on|at|with|to|for|by|from|that|which|who|and|allowing|to)\b)[\w'’.-]+\s*){1,6})/;
const AGREEMENT_WORD = /\b(?:agreements?|pacts?|deals?|accords?|treat(?:y|ies)|conventions?|protocols?|arrangements?|partnerships?|charters?|frameworks?|phase|text|version|upgrade|FTAs?|initiative|declaration|documents?|instruments?)\b/i;
// The noun a participle "signed" (or a relative "he signed") follows, when it is another document.
// Between another document's reference and its own verb: auxiliaries and adverbs only.
const OTHER_THEN_VERB = /^\s*(?:(?:was|were|had|has|have|been|being|is|are|first|later|also|then|originally|\w+ly)\s+){0,3}$/i;
const SIGNED_HEAD = /\b(?:decrees?|(?:executive\s+)?orders?|laws?|bills?|letters?|memorand(?:um|a)|statements?|communiqu[eé]s?|instruments?\s+returning|contracts?)\s+(?:(?:he|she|they|it|was|were|had|has|been|first|later|jointly|also)\s+){0,2}$/i;
// An acronym ending in A (DCA, IA-CEPA, SOVFA) names an Agreement, Accord or Arrangement.
const AGREEMENT_ACRONYM = /\b(?:[A-Z]{1,6}-)?[A-Z]{1,6}A(?:s|['’]s)?\b/;

function cueIsAboutSomethingElse(s: SentenceInfo, cue: Cue): boolean {
  // Step `other-document-before-the-verb`: "A previous peace deal signed in 2015 collapsed …, and
  // the new agreement …": the participle or verb right after a reference to another document is
  // that document's, not the passage's agreement named later in the sentence.
  if (s.others.some(([, end]) => end <= cue.start && OTHER_THEN_VERB.test(s.text.slice(end, cue.start)))) return true;
  if (cue.status !== 'signed' && cue.status !== 'ratified' && cue.status !== 'agreed') return false;
  // "signed a federal hiring freeze": an object whose head is no agreement noun and no mention.
  if (cue.status === 'signed' && /^(?:signed|inked|signs|inks)$/i.test(s.text.slice(cue.start, cue.end))) {
    // "under a decree signed by the president", "an executive order signed on January 20", "the law
    // he signed on Monday": the participle's (or relative clause's) head is another document.
    const head = SIGNED_HEAD.exec(s.text.slice(Math.max(0, cue.start - 40), cue.start));
    if (head) {
      const at = cue.start - (Math.min(40, cue.start) - head.index);
      if (!s.groups.some((g) => at >= g.span[0] && at < g.span[1] + 1)) return true;
    }
    // "signed into law a bill …": a law, which ratification rows read for themselves.
    if (/^\s+(?:\w+\s+)?into\s+law\b/i.test(s.text.slice(cue.end))) return true;
    const o = SIGNED_OBJECT.exec(s.text.slice(cue.end));
    if (o && !AGREEMENT_WORD.test(o[1]!) && !AGREEMENT_ACRONYM.test(o[1]!)) {
      const from = cue.end;
      const to = cue.end + o[0].length;
      if (!s.groups.some((g) => g.span[0] < to && g.span[1] > from)) return true;
    }
  }
  const m = CUE_OBJECT.exec(s.text.slice(cue.end));
  if (!m) return false;
  const nounAt = cue.end + m[0].length - m[1]!.length;
  // "ratified the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP)":
  // the name the mention abbreviates in brackets is the mention's.
  const named = /^[^.;,()]{0,100}?\(\s*/.exec(s.text.slice(nounAt, nounAt + 120));
  if (named && s.groups.some((g) => g.span[0] === nounAt + named[0].length)) return false;
  // "for ratification of the Montreal Protocol's Kigali Amendment": a possessor, not the object's head.
  if (/^['’]s?\s/.test(s.text.slice(nounAt + m[1]!.length, nounAt + m[1]!.length + 3))) return false;
  // "passed the bill giving effect to the DCA": a law that enacts the agreement is its approval.
  const rest = s.text.slice(cue.end + m[0].length);
  const enacts = ENACTING.exec(rest);
  if (enacts && /^(?:bills?|laws?|resolutions?|measures?|motions?)$/i.test(m[1]!)) {
    const at = cue.end + m[0].length + enacts[0].length;
    if (s.groups.some((g) => g.anchor >= at && g.anchor - at < 30)) return false;
  }
  return !s.groups.some((g) => nounAt >= g.span[0] && nounAt < g.span[1] + 1);
}

/**
 * A sentence as the matcher works on it. A class rather than an object literal with a getter:
 * V8 keeps such a literal in dictionary mode, and every step of the matcher reads these fields.
 */
class Sentence implements SentenceInfo {
  /**
   * One sentence kept for the life of the process. V8 holds the hidden classes a class's instances
   * pass through only weakly: once no sentence is alive (between two articles), a full collection
   * frees them, and every optimised step that read a sentence's fields is thrown away with them
   * (~60 deoptimisations per collection on the bench, and the steps unoptimised until compiled
   * again). A live instance keeps them.
   */
  static readonly keepsTheShape = new Sentence('', false, [], { sentence: [], paragraphBefore: new Set(), title: new Set(), dominant: new Set() }, { aliases: [], patterns: [] });

  groups: MentionGroup[] = [];
  named: string[] = [];
  others: Array<[number, number]> = [];
  readonly aliasHits: AliasHit[];
  private found: Cue[] | null = null;

  constructor(
    readonly text: string,
    readonly isTitle: boolean,
    public countries: CountryHit[],
    public ctx: PartyContext,
    present: PresentNames,
  ) {
    this.aliasHits = present.aliases.length > 0 ? findAliasHits(text, present) : [];
  }

  /** Cues are looked for only in sentences that mention an agreement (most do not). */
  get cues(): Cue[] {
    // A timeline entry ("2011: New START enters into force on Feb. 5") reports the past in the
    // present tense, as a headline does.
    this.found ??= findCues(this.text, this.isTitle || TIMELINE_ENTRY.test(this.text) || FLASH.test(this.text));
    return this.found;
  }
}

function sentenceInfo(text: string, isTitle: boolean, present: PresentNames, ctx: PartyContext, hits: CountryHit[]): SentenceInfo {
  return new Sentence(text, isTitle, hits, ctx, present);
}

/** The article's main agreement: the one named most (title counts double), earliest on a tie. */
function mainAgreement(sentences: SentenceInfo[], catalogue: Catalogue, titleSet: Set<string>): CompiledAgreement | null {
  const counts = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  sentences.forEach((s, i) => {
    for (const id of s.named) {
      counts.set(id, (counts.get(id) ?? 0) + (s.isTitle ? 2 : 1));
      if (!firstSeen.has(id)) firstSeen.set(id, i);
    }
  });
  // An agreement whose parties the title names is likelier to be the subject.
  for (const [id, n] of counts) {
    const ag = catalogue.byId.get(id);
    if (ag?.parties.every((p) => titleSet.has(p))) counts.set(id, n + 1);
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
  return main;
}

/**
 * "2011: …", "• March 2016: …", "2007 – …": a dated timeline or bullet entry; its year is the
 * reference for its dates.
 */
const TIMELINE_ENTRY = /^(?:[•·▪*‣-]\s*)?(?:[A-Z][a-z]+\.?\s+)?((?:1[89]|20)\d{2})(?::|\s+[–—-])\s/;

/** "JUST IN: …", "BREAKING: …": a live-blog flash, whose present tense reports the day's events. */
const FLASH = /^(?:JUST\s+IN|BREAKING(?:\s+NEWS)?|UPDATE|LATEST|NEW|DEVELOPING)\s*[:—–-]\s/;

/** The reference time for a sentence's dates: a timeline entry's year end, else the publication. */
function referenceFor(text: string, publishedAt: string): string {
  // A dateline's day is the report's day: "Oct 14 — Monday's opening …" is the 13th.
  const day = datelineDay(text, publishedAt);
  if (day) {
    const end = `${day}T23:59:59Z`;
    return end < publishedAt ? end : publishedAt;
  }
  const m = TIMELINE_ENTRY.exec(text);
  if (!m) return publishedAt;
  const end = `${m[1]}-12-31T23:59:59Z`;
  return end < publishedAt ? end : publishedAt;
}

// "It was signed in New Delhi on Wednesday": a sentence opening on "it" and a verb of status.
const QA_PRONOUN = /\?["'”’)]*\s+A\s*[:.]\s+It\s/;
const PRONOUN_SUBJECT = /^(?:A\s*[:.]\s+)?It\s+(?:(?:was|has|had|is|have|also|then|later|formally|officially|finally|been|now)\s+)*(?=[a-z])/;

/**
 * A subject pronoun refers to the agreement the sentence before (in its paragraph) named, when it
 * named exactly one; the pronoun becomes that mention.
 */
function pronounGroup(s: SentenceInfo, prev: SentenceInfo | undefined): void {
  if (s.isTitle) return;
  // "Q: How old is the VFA? A: It was signed …": the answer's "it" is the question's agreement.
  const qa = QA_PRONOUN.exec(s.text);
  if (qa) {
    const at = qa.index + qa[0].length - 3;
    const ids = new Set(s.groups.filter((g) => g.anchor < at).flatMap((g) => g.members.map((x) => x.agreementId)));
    if (ids.size === 1) {
      s.groups.push({ anchor: at, span: [at, at + 2], members: [{ agreementId: [...ids][0]!, segStart: at, segEnd: s.text.length }] });
      s.groups.sort((a, b) => a.anchor - b.anchor);
    }
    return;
  }
  if (!prev) return;
  if (s.groups.length > 0 || s.isTitle) return;
  const ids = new Set(prev.groups.flatMap((g) => g.members.map((x) => x.agreementId)));
  if (ids.size !== 1) return;
  const id = [...ids][0]!;
  const m = PRONOUN_SUBJECT.exec(s.text);
  if (m) {
    const at = m[0].indexOf('It');
    s.groups.push({ anchor: at, span: [at, at + 2], members: [{ agreementId: id, segStart: 0, segEnd: s.text.length }] });
    return;
  }
  // "The Senate ratified it in December": "it" as the object of a status verb.
  if (!/\bit\b/.test(s.text)) return;
  for (const cue of s.cues) {
    const obj = PRONOUN_OBJECT.exec(s.text.slice(cue.end));
    if (!obj) continue;
    // "The Rada passed the bill …, and the president signed it": "it" is the nearer document.
    if (OTHER_DOCUMENT.test(s.text.slice(0, cue.start))) continue;
    const at = cue.end + obj[0].length - 2;
    s.groups.push({ anchor: at, span: [at, at + 2], members: [{ agreementId: id, segStart: 0, segEnd: s.text.length }] });
    return;
  }
}

/**
 * A status sentence that names no agreement at all, right after one that named exactly one, goes
 * on about it ("Australia and New Zealand completed ratification of RCEP. With China and Japan
 * having ratified earlier, …"). Not when it names any agreement noun of its own (then it is about
 * something the passage has not resolved), nor in a headline.
 */
function implicitGroup(s: SentenceInfo, prev: SentenceInfo | undefined, topic: string | undefined, catalogue: Catalogue, passage?: string): void {
  if (s.isTitle || s.groups.length > 0 || s.text.length > 400) return;
  if (AGREEMENT_NOUN.test(s.text) || /\b(?:convention|protocol|initiative|memorandum|MOU|law|bill|[Pp]artnership|Phase|armistice)\b/.test(s.text)) return;
  const ids = prev && !prev.isTitle ? new Set(prev.groups.flatMap((g) => g.members.map((x) => x.agreementId))) : new Set<string>();
  // Bare "talks" in an article about one agreement are its talks ("Talks opened in 2017 and were
  // wrapped up in July").
  // Step `talks-in-passage`: so are talks a talks row names anywhere in the sentence ("negotiations
  // with Thailand were launched in Iceland in June 2022", "had entered negotiations with the US",
  // "have been in talks since 2016").
  const talks =
    ids.size !== 1 &&
    topic !== undefined &&
    (/^(?:(?:Formal|Official|Bilateral|The)\s+)?(?:[Tt]alks|[Nn]egotiations)\b/.test(s.text) || (s.cues.some((c) => TALKS_NOUN.test(s.text.slice(c.start, c.end))) && onlyItsSides(s, catalogue.byId.get(topic))));
  const cues = s.cues;
  if (cues.length === 0) return;
  // Step `passage-late-step`: a sentence whose every row is a late step (ratified, in force,
  // suspended, terminated) that needs no grammatical role of the agreement continues the passage
  // about the agreement named in the last three sentences, even across a sentence that named none
  // ("… Its entry into force follows Angola's deposit. The announcement was made at … . Magosi said
  // the states that have deposited instruments of ratification are A, B, …").
  // (Not when the sentence names a document by an acronym no alias matched: "Canada's CETA with the
  // EU has been provisionally applied since 2017", "have had a SOVFA in force".)
  // (Nor a suspension or end with an object of its own: "suspended all visas issued to …".)
  if (ids.size !== 1 && !talks && passage !== undefined && !AGREEMENT_ACRONYM.test(s.text) && cues.every((c) => LATE.has(c.status) && !c.subjectOnly && !c.objectOnly && !(ONE_PARTY_END.has(c.status) && OWN_OBJECT.test(s.text.slice(c.end))))) {
    const at = cues[0]!.start;
    s.groups.push({ anchor: at, span: [at, at], members: [{ agreementId: passage, segStart: 0, segEnd: s.text.length }] });
    return;
  }
  if (ids.size !== 1 && !talks) return;
  // (Their lifecycle only: opened, stalled, wrapped up.)
  if (talks && !cues.every((c) => c.status === 'negotiating' || c.status === 'agreed' || c.status === 'suspended')) return;
  const at = cues[0]!.start;
  s.groups.push({ anchor: at, span: [at, at], members: [{ agreementId: talks ? topic! : [...ids][0]!, segStart: 0, segEnd: s.text.length }] });
}

const TALKS_NOUN = /\b(?:talks|negotiations)\b/i;

/** The sentence names no state but the agreement's own sides ("The EU opened negotiations with Ukraine" is another's talks). */
function onlyItsSides(s: SentenceInfo, ag: CompiledAgreement | undefined): boolean {
  if (!ag) return false;
  return ag.parties.length === 0 ? s.countries.length === 0 : s.countries.every((h) => coveredBy(h.country, ag.parties));
}

/** The sentence's and article's states as step `party-organ-of-the-passage` reads them: not inside a mention, not of the agreement's name. */
function passageOf(s: SentenceInfo, ag: CompiledAgreement, catalogue: Catalogue): PartyContext {
  // The states its own name holds: no organ of the passage is theirs by that name alone.
  const named = nameCountries(ag, catalogue);
  const keep = (c: string): boolean => !named.has(c);
  return {
    sentence: s.countries.filter((h) => keep(h.country) && !s.groups.some((g) => h.start >= g.span[0] && h.end <= g.span[1])),
    paragraphBefore: new Set([...s.ctx.paragraphBefore].filter(keep)),
    title: new Set([...s.ctx.title].filter(keep)),
    dominant: new Set([...s.ctx.dominant].filter(keep)),
  };
}

// The steps after a signature: a sentence of them alone may continue a passage (`passage-late-step`).
const LATE = new Set<AgreementStatus>(['ratified', 'in-force', 'suspended', 'terminated']);
const ONE_PARTY_END = new Set<AgreementStatus>(['suspended', 'terminated']);
// A noun phrase right after the verb: its object, which is then not the passage's agreement.
const OWN_OBJECT = /^\s+(?:all|the|a|an|its|their|his|her|some|any|every)\s+(?!(?:same|agreement|treaty|pact|deal|accord)\b)\w/i;
// A document of the sentence's own that an object "it" after it refers to rather than the agreement.
const OTHER_DOCUMENT = /\b(?:the|a|this)\s+(?:\w+\s+)?(?:bill|law|decree|legislation|resolution|motion)\b/i;

// Right after a status verb: its object is "it" ("ratified it", "signed it into law").
const PRONOUN_OBJECT = /^\s+(?:(?:formally|officially)\s+)?it(?=\b)/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const HEADLINE_MONTH = /\b(?:in|from|on|by)\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b/;

/** A headline naming a later day than its publication ("RAA takes effect in September"). */
function headlineAnnounces(title: string, publishedAt: string, published: string): boolean {
  // A day given without a year reads as the last one past ("on 25 June" in a 21 June headline is a
  // year back): a headline's is this year's, ahead ("EU confirms launch of accession negotiations …
  // on 25 June").
  const yearless = !/\b\d{4}\b/.test(title);
  if (findDatesDetailed(title, publishedAt).dates.some((d) => d.date.slice(0, 7) > published.slice(0, 7) || (yearless && d.date.length === 10 && d.date.slice(0, 4) < published.slice(0, 4) && d.date.slice(5) > published.slice(5)))) return true;
  const m = HEADLINE_MONTH.exec(title);
  return m !== null && MONTHS.indexOf(m[1]!.toLowerCase()) + 1 > Number(published.slice(5, 7));
}

const SIDE_REMARK = /\b(?:separately|similar|another\s+(?:agreement|pact|deal|accord|treaty)|also\s+(?:in\s+talks|negotiating))\b/i;

/** Any word a generic mention is made of (see generic.ts): cheap to look for in a whole article. */
const AGREEMENT_NOUN = /\b(?:agreements?|pacts?|deals?|accords?|arrangements?|treaty|treaties|ceasefires?|cease-fires?|truces?)\b/i;
// An accession named by its joiner alone ("approved the Protocol of Accession of Timor-Leste",
// "approved Bolivia as a member", "launched accession talks with Albania", "candidate status"): no agreement noun, no alias, yet an accession's mention (accession.ts).
const ACCESSION_WORDS = /\b(?:protocols?|instruments?|treaty)\s+(?:of|for|on)\s+(?:the\s+)?(?:accession|admission)\s+of\b|\bas\s+(?:a\s+|an\s+)?(?:full\s+|new\s+)?member\b|\b(?:applied|apply)\s+(?:formally\s+|officially\s+)?(?:to\s+join|for\s+(?:full\s+)?membership)\b|\b(?:accession|membership)\s+(?:talks|negotiations)\s+with\b|\bcandidate(?:\s+country)?\s+status\b/i;
// "agreed to admit East Timor": a state admitted by name.
const ADMITS_STATE = /\badmit(?:s|ted|ting)?\s+(?:the\s+)?[A-Z]/;

/**
 * Step `date-in-name`: a date inside an agreement's name ("signed the Convention of 2 July 2019 on
 * the Recognition … of Foreign Judgments", "the Hague Convention of 2019 on …") names the text, not the
 * step of a verb: with another date in the sentence ("Today, 12 January 2024, …"), that one dates
 * it. (Not a noun phrase's: "the signing of the tripartite statement of November 9, 2020".)
 */
// "of" then the date right after the name: the date's own span may or may not hold the "of".
const NAME_OF = (gap: string, date: string): boolean => /^\s+of\s+$/.test(gap) || (/^\s+$/.test(gap) && /^of\s/i.test(date));
function outsideNames(text: string, dates: DateSpan[], hits: AliasHit[]): DateSpan[] {
  // Also right after the name: "the Hague Convention of 2019 on the Recognition …".
  const inName = (d: DateSpan): boolean => hits.some((h) => (d.start >= h.start && d.end <= h.end) || (d.start >= h.end && NAME_OF(text.slice(h.end, d.start), text.slice(d.start, d.end))));
  const outside = dates.filter((d) => !inName(d));
  return outside.length > 0 && outside.length < dates.length ? outside : dates;
}

/** Talks named by their kind ("free trade negotiations"), which step `talks-of-kind-by-parties` may resolve. */
function tradeTalksNamed(text: string): boolean {
  TRADE_TALKS.lastIndex = 0;
  return TRADE_TALKS.test(text);
}

/** Hard bounds that keep matching linear in the text, whatever a feed sends. */
export interface MatchLimits {
  /** A longer sentence (run-on text, a list without stops) is skipped. */
  maxSentenceChars: number;
  /** Text past this many characters of an article is not read. */
  maxArticleChars: number;
}

export const DEFAULT_MATCH_LIMITS: MatchLimits = { maxSentenceChars: 2000, maxArticleChars: 200_000 };

/** What the matcher made of one sentence: for `pactwatch explain`. */
export interface SentenceTrace {
  text: string;
  isTitle: boolean;
  /** The agreements it names or refers to, with the words that do. */
  mentions: Array<{ agreementId: string; text: string }>;
  findings: StatusFinding[];
  /** Lexicon rows that matched and why each gave nothing. */
  stopped: Array<{ rule: string; status: string; text: string; reason: string }>;
}

/** The article's text within the bounds: paragraphs cut at `maxArticleChars` in all. */
function bounded(article: ArticleForMatch, limits: MatchLimits): ArticleForMatch {
  let left = limits.maxArticleChars - article.title.length;
  const paragraphs: string[] = [];
  for (const p of article.paragraphs) {
    if (left <= 0) break;
    paragraphs.push(p.length <= left ? p : p.slice(0, left));
    left -= p.length;
  }
  return paragraphs.length === article.paragraphs.length && left >= 0 ? article : { ...article, paragraphs };
}

/** What an article says about the catalogue's agreements. Pure; linear in the text (see MatchLimits). */
export function matchArticle(article: ArticleForMatch, catalogue: Catalogue, limits: MatchLimits = DEFAULT_MATCH_LIMITS): MatchResult {
  return analyse(article, catalogue, limits, null);
}

/** Sentence by sentence, what the matcher found and why (the findings are those of matchArticle). */
export function explainArticle(article: ArticleForMatch, catalogue: Catalogue, limits: MatchLimits = DEFAULT_MATCH_LIMITS): SentenceTrace[] {
  const trace: SentenceTrace[] = [];
  analyse(article, catalogue, limits, trace);
  return trace;
}

function analyse(input: ArticleForMatch, catalogue: Catalogue, limits: MatchLimits, trace: SentenceTrace[] | null): MatchResult {
  const article = bounded(input, limits);
  const sentences: SentenceInfo[] = [];
  const title = article.title.trim().slice(0, limits.maxSentenceChars);
  const present = presentNames([title, ...article.paragraphs].join('\n'), catalogue);
  // Every mention starts from a name, or from an agreement noun resolved by its parties ("a
  // defence pact" between Britain and Japan): an article with neither, most of any news feed,
  // needs no further work.
  const whole = article.title + '\n' + article.paragraphs.join('\n');
  if (present.aliases.length === 0 && present.patterns.length === 0 && !AGREEMENT_NOUN.test(whole) && !ACCESSION_WORDS.test(whole) && !ADMITS_STATE.test(whole) && !CEASING.test(whole) && !RELATIONS.test(whole) && !tradeTalksNamed(whole) && !namesJoinedBloc(whole, catalogue)) {
    return { mentions: [], findings: [] };
  }
  const titleHits = title ? countriesIn(title, catalogue) : [];
  const titleSet = countriesSet(titleHits);
  const emptyCtx = (): PartyContext => ({ sentence: [], paragraphBefore: new Set(), title: titleSet, dominant: new Set() });
  // Each sentence's paragraph (-1 for the title), for pronouns that look back within one.
  const paragraphOf: number[] = [];
  if (title) {
    sentences.push(sentenceInfo(title, true, present, { ...emptyCtx(), sentence: titleHits }, titleHits));
    paragraphOf.push(-1);
  }
  for (const [p, para] of article.paragraphs.entries()) {
    const before = new Set<string>();
    for (const text of splitSentences(para)) {
      if (text.length > limits.maxSentenceChars) {
        trace?.push({ text: text.slice(0, 200) + '…', isTitle: false, mentions: [], findings: [], stopped: [{ rule: '-', status: '-', text: '', reason: `sentence-over-${limits.maxSentenceChars}-chars` }] });
        continue;
      }
      const hits = countriesIn(text, catalogue);
      sentences.push(sentenceInfo(text, false, present, { ...emptyCtx(), sentence: hits, paragraphBefore: new Set(before) }, hits));
      paragraphOf.push(p);
      for (const h of hits) before.add(h.country);
    }
  }
  const dominant = dominantCountries(sentences);
  for (const s of sentences) s.ctx.dominant = dominant;

  // Pass 1: named mentions; they decide the article's main agreement.
  for (const s of sentences) namedGroups(s, catalogue, present, new Set());
  const main = mainAgreement(sentences, catalogue, titleSet);
  // Re-resolve "similar X" / "a separate X" mentions now that the main agreement is known.
  if (main) {
    const exclude = new Set([main.id]);
    for (const s of sentences) {
      if (!MAY_HOLD_OTHER.test(s.text)) continue;
      s.groups = [];
      s.named = [];
      namedGroups(s, catalogue, present, exclude);
    }
  }

  // Pass 2: elided and generic mentions, then the statuses.
  const mentions: Mention[] = [];
  const findings: StatusFinding[] = [];
  // Findings in the simple past that only the publication dates (withNewsDay).
  const newsDayCandidates = new Set<StatusFinding>();
  const seenMention = new Set<string>();
  const seenFinding = new Set<string>();
  let current: SentenceTrace | null = null;
  const add = (f: StatusFinding): void => {
    const k = [f.agreementId, f.status, f.date, f.party, f.quote].join('\u0000');
    if (seenFinding.has(k)) return;
    seenFinding.add(k);
    findings.push(f);
    current?.findings.push(f);
  };
  const published = publishedDay(article.publishedAt);
  const titleContext = title ? { text: title, hits: titleHits } : null;
  // The agreements named most recently, newest first: what "the treaty" in the next sentences is about.
  let salient: string[] = [];
  const recent: Array<Set<string>> = [];
  // Without a named one, the agreement the headline or the lead refers to by kind ("France and
  // Poland sign mutual defence treaty") is the article's topic.
  let topic = main;
  for (const [i, s] of sentences.entries()) {
    elidedGroups(s, catalogue);
    accessionGroups(s, catalogue);
    joinedBlocGroups(s, catalogue);
    genericGroups(s, catalogue, topic, salient, sentences[i - 1]?.text);
    if (!topic && i <= 1 && s.groups.length === 1 && s.groups[0]!.members.length === 1) topic = catalogue.byId.get(s.groups[0]!.members[0]!.agreementId) ?? null;
    const prev = sentences[i - 1];
    pronounGroup(s, prev && (paragraphOf[i - 1] === paragraphOf[i] || paragraphOf[i - 1] !== -1) ? prev : undefined);
    implicitGroup(s, prev, salient[0], catalogue, salient[0] !== undefined && recent.some((r) => r.has(salient[0]!)) ? salient[0] : undefined);
    // A side remark ("is separately in talks for agreements with France and Canada") or a plural
    // mention does not change what the passage is about.
    const here = SIDE_REMARK.test(s.text) ? [] : s.groups.filter((g) => g.members.length === 1).map((g) => g.members[0]!.agreementId);
    recent.push(new Set(here));
    if (recent.length > 3) recent.shift();
    if (here.length > 0) salient = [...new Set([...here.reverse(), ...salient])];
    // The article's main agreement stays the topic while it was named in the last few sentences.
    if (main && salient[0] !== main.id && recent.some((r) => r.has(main.id))) salient = [main.id, ...salient.filter((x) => x !== main.id)];
    const t: SentenceTrace | null = trace ? { text: s.text, isTitle: s.isTitle, mentions: [], findings: [], stopped: [] } : null;
    current = t;
    if (t) {
      trace!.push(t);
      for (const g of s.groups) for (const m of g.members) t.mentions.push({ agreementId: m.agreementId, text: s.text.slice(g.span[0], g.span[1]) });
      findCues(s.text, s.isTitle || TIMELINE_ENTRY.test(s.text) || FLASH.test(s.text), t.stopped);
    }
    const stop = (cue: Cue, reason: string): void => {
      t?.stopped.push({ rule: cue.rule, status: cue.status, text: s.text.slice(cue.start, cue.end), reason });
    };
    if (s.groups.length === 0) {
      for (const cue of t ? s.cues : []) stop(cue, 'no-agreement-named-or-referred-to');
      continue;
    }
    for (const g of s.groups) {
      for (const m of g.members) {
        const k = `${m.agreementId}\u0000${s.text}`;
        if (seenMention.has(k)) continue;
        seenMention.add(k);
        mentions.push({ agreementId: m.agreementId, quote: s.text });
      }
    }
    const cues = s.cues;
    if (cues.length === 0) continue;
    // A headline's present tense reports the day's news, so its dates are not the event's; but
    // a headline naming a later day announces ("RAA takes effect in September").
    if (s.isTitle && headlineAnnounces(s.text, article.publishedAt, published)) {
      for (const cue of cues) stop(cue, 'headline-announces-a-later-day');
      continue;
    }
    const { dates: allDates, said } = s.isTitle ? { dates: [] as DateSpan[], said: [] as DateSpan[] } : findDatesDetailed(s.text, referenceFor(s.text, article.publishedAt));
    if (!s.isTitle && SAME_UNIT.test(s.text)) withAnaphoric(allDates, s.text, () => previousDate(sentences, i, article.publishedAt));
    const dates = outsideNames(s.text, allDates, s.aliasHits);
    cues.forEach((rowCue, i) => {
      if (cueIsAboutSomethingElse(s, rowCue)) {
        stop(rowCue, 'object-is-another-document');
        return;
      }
      const governed = governedGroups(s.text, s.groups, cues, i);
      if (governed.length === 0) stop(rowCue, 'governs-no-mention');
      // Across a clause break, a clause with its own subject is about that subject's affairs:
      // "…, and Manila is now in talks with Paris" says nothing of Japan's pact with Australia.
      const subjects = governed.some((g) => g.reach === 'nearest') ? subjectsOf(s, rowCue.start) : [];
      for (const gov of governed) {
        for (const member of gov.group.members) {
          const ag = catalogue.byId.get(member.agreementId)!;
          if (gov.reach === 'nearest' && subjects.some((c) => !coveredBy(c, ag.parties))) {
            stop(rowCue, `clause-subject-is-not-a-party-of-${ag.id}`);
            continue;
          }
          // "will join" is an agreed accession; of any other agreement it says nothing.
          // "Türkiye approved Finland's bid": a member state's approval is its ratification, not the bloc's decision.
          // ("the only NATO member that has not approved Sweden's application": one member too.)
          // A passive's decision-makers are its agent ("Indonesia's bid had been approved at a 2023
          // summit" names none), not its subject.
          // The joiner as subject is the one admitted ("Bosnia was granted candidate status"), no decider.
          if (ACCESSION_ONLY.has(rowCue.rule) && (deciders(s, rowCue).some((c) => !organisationsJoined(ag, catalogue).includes(c) && !accessionJoiners(ag, catalogue).includes(c)) || ONE_MEMBER.test(s.text.slice(Math.max(0, rowCue.start - 60), rowCue.start)))) {
            stop(rowCue, 'a-member-state-approves-no-admission');
            continue;
          }
          if ((rowCue.rule === 'agreed-will-join' || ACCESSION_ONLY.has(rowCue.rule) || BY_JOINER.has(rowCue.rule)) && !isAccession(ag, catalogue)) {
            stop(rowCue, 'joining-is-no-step-of-a-non-accession');
            continue;
          }
          // A state that joins a bloc has its accession in force; joining a treaty is ratifying it.
          const blocStatus = BLOC_STATUS.get(rowCue.rule);
          const peaceStatus = PEACE_STATUS.get(rowCue.rule);
          const cue: Cue =
            blocStatus && isAccessionToOrganisation(ag, catalogue)
              ? { ...rowCue, status: blocStatus }
              : peaceStatus && isPeaceAgreement(ag)
                ? { ...rowCue, status: peaceStatus }
                : rowCue;
          // "celebrates joining Mercosur": a gerund names the accession, it does not report it taking effect.
          if (cue !== rowCue && blocStatus && /^joining\b/i.test(s.text.slice(cue.start, cue.end))) {
            stop(cue, 'a-gerund-reports-no-accession-in-force');
            continue;
          }
          // "agreed to stop fighting" is a ceasefire: of a trade agreement it says nothing.
          if (PEACE_ONLY.has(cue.rule) && !isPeaceAgreement(ag)) {
            stop(cue, 'ceasing-is-no-step-of-a-non-peace-agreement');
            continue;
          }
          if (cue.subjectOnly && (!isSubjectOf(s.text, gov.group.span[1], cue.start) || PREPOSITION_BEFORE.test(s.text.slice(Math.max(0, gov.group.span[0] - 12), gov.group.span[0])) || TALKS_ON_BEFORE.test(s.text.slice(Math.max(0, gov.group.span[0] - 40), gov.group.span[0])))) {
            stop(cue, 'needs-the-agreement-as-subject');
            continue;
          }
          // A noun phrase's name date is its own ("the anniversary of the signing of the statement of November 9, 2020").
          let span = cue.kind === 'scheduled' ? null : dateFor(s.text, NOMINAL_ROWS.has(cue.rule) ? allDates : dates, cues, i, gov, member);
          if (!span && REPORTED_EVENTS.has(cue.status)) span = [...said].reverse().find((d) => d.end <= cue.start) ?? null;
          // "2007 – Manila and Canberra sign …": the entry's own year dates its event.
          const entryYear = span || cue.kind === 'scheduled' ? null : TIMELINE_ENTRY.exec(s.text)?.[1];
          if (entryYear) span = { date: entryYear, start: 0, end: 4 } as DateSpan;
          // "takes effect on Thursday" reports today's event only when Thursday is today.
          if (cue.sameDay && span?.date !== published) {
            stop(cue, 'present-tense-of-another-day');
            continue;
          }
          // "Lithuania joined it in 2003, Estonia in 2004": the left-out verb's other parties.
          if (PARTY_STEPS.has(cue.status) && span && !cue.denied && !cue.wholeAgreement && !cue.talksState) {
            const joining = JOINING_ROWS.test(cue.rule) || ag.parties.length === 0;
            for (const g of gappedParties(s.text, s.countries, cue, dates, (c) => joining || coveredBy(c, ag.parties))) {
              add({
                agreementId: ag.id,
                status: cue.status,
                date: g.date.date,
                dateSource: 'text',
                party: g.party,
                quote: s.text,
                rule: cue.rule,
                partyRow: 'party-gapped-list',
                mention: s.text.slice(gov.group.span[0], gov.group.span[1]),
                datePhrase: s.text.slice(g.date.start, g.date.end),
              });
            }
          }
          // "the transit agreement between Russia and Ukraine expired": the agreement's own end, no
          // party's withdrawal; a party named before the agreement still declares it over.
          // Step `party-not-in-the-name`: the states an agreement's own name joins ("the UK-Rwanda
          // Treaty has been ratified") are no subject of its step; a joiner's possessive is ("Helsinki's accession papers").
          const [ms, me] = gov.group.span;
          const inName = (h: CountryHit): boolean => h.start >= ms && h.end <= me && !/^['’]s?\s/.test(s.text.slice(h.end, h.end + 3)) && cue.start >= me;
          const partyHits = s.countries.some(inName) ? s.countries.filter((h) => !inName(h)) : s.countries;
          const found = findParties(s.text, partyHits, cue, ag.parties, titleContext, passageOf(s, ag, catalogue));
          // Stalled talks are the sides' together: one event, no party ("talks between EFTA and Thailand stalled").
          // A court's ruling is no party's step either (`terminated-declared-void`).
          const picks = cue.talksState || BY_COURT.has(cue.rule)
            ? [{ party: null, row: null }]
            : cue.wholeAgreement
              ? found.map((p) => (p.party && s.countries.some((h) => h.country === p.party && h.end <= gov.group.span[0]) ? p : { party: null, row: null }))
              : found;
          const dateline = span ? null : datelineDay(s.text, article.publishedAt);
          // Step `interval-after-anchor`: "a day after Jamaica and Nauru lodged theirs" is the day
          // before the date of the clause it hangs on (a date inside the phrase is its own).
          const interval = intervalBefore(s.text, cue.start);
          const anchored = interval && (!span || span.end <= interval.start) ? interval : null;
          // With no date of its own, the anchor is the last date stated before the phrase.
          const anchorSpan = anchored && !span ? [...dates].reverse().find((d) => d.end <= anchored.start) : span;
          const anchorDate = anchorSpan ? anchorSpan.date : (dateline ?? published);
          for (const { party, row } of picks) {
            if (cue.partyRequired && !party) {
              stop(cue, 'needs-a-party-as-subject');
              continue;
            }
            // "Mercosur approves Bolivia's entry", "the Council's approval": the bloc a state joins
            // admits it; its members, not the bloc, ratify the accession.
            if (cue.status === 'ratified' && party && organisationsJoined(ag, catalogue).includes(party)) {
              stop(cue, 'the-bloc-joined-ratifies-no-accession');
              continue;
            }
            const f: StatusFinding = {
              agreementId: ag.id,
              status: cue.status,
              date: anchored ? shiftBack(anchorDate, anchored.days) : anchorDate,
              // (Shifted from the publication day, it still yields to a step the text dates.)
              dateSource: anchorSpan ? 'text' : 'published',
              party,
              quote: s.text,
              ...(cue.denied ? { denied: true } : {}),
              rule: cue.rule,
              ...(party && row ? { partyRow: row } : {}),
              mention: s.text.slice(gov.group.span[0], gov.group.span[1]),
              datePhrase: anchored
                ? [anchorSpan ? s.text.slice(anchorSpan.start, anchorSpan.end) : null, s.text.slice(anchored.start, anchored.end)].filter(Boolean).join(' … ')
                : span ? s.text.slice(span.start, span.end) : null,
            };
            add(f);
            if (!span && !dateline && !anchored && !s.isTitle && (NEWS_DAY_STEPS.has(cue.status) || NEWS_DAY_ROWS.has(cue.rule)) && cue.kind !== 'scheduled' && !cue.present && !cue.denied && !NOMINAL_ROWS.has(cue.rule) && !notSimplePast(s.text, cue)) newsDayCandidates.add(f);
          }
        }
      }
    });
  }
  const kept = consolidate(oneStepOneDate(withoutApprovalToSign(findings)), title);
  // Once the news day dates a step, the same step's other undated reports yield to it too.
  if (withNewsDay(kept.filter((f) => newsDayCandidates.has(f)), sentences, article.publishedAt, published)) return { mentions, findings: consolidate(kept, title) };
  return { mentions, findings: kept };
}

// A present perfect reports the step as news of the publication ("have successfully closed talks",
// "six more have signed since"): only a simple past takes the news day.
const PERFECT = /\b(?:has|have|['’]ve)\s+(?:(?:\w+ly|now|just|also|already|been|at\s+last|since)\s+)*$/i;
// ("talks are now substantially concluded": a present state is the publication's news too; "with
// the negotiations concluded": an absolute participle says nothing of when.)
const notSimplePast = (text: string, cue: Cue): boolean => {
  const before = clauseBefore(text, cue.start);
  return /\b(?:has|have|is|are)\b/i.test(text.slice(cue.start, cue.end)) || PERFECT.test(before) || /\b(?:is|are)\s+(?:(?:\w+ly|now|still)\s+)*$/i.test(before) || /^\s*with\b/i.test(before);
};
// Noun phrases ("the signing of", "entry into force") carry no tense.
const ONE_MEMBER = /\b(?:member|ally|country|state)\s+(?:that|which|who)\b/i;
const ACCESSION_ONLY = new Set(LEXICON.filter((d) => d.accessionOnly).map((d) => d.id));
const BY_JOINER = new Set(LEXICON.filter((d) => d.byJoiner).map((d) => d.id));
const PASSIVE_ROW = /\b(?:was|were|been|be)\s/i;
const AGENT = /^[^,;.]{0,40}?\bby\s+$/i;

/** Who makes a bloc's decision: the row's subject, or in a passive its agent ("approved by Türkiye"). */
function deciders(s: SentenceInfo, cue: Cue): string[] {
  if (!PASSIVE_ROW.test(s.text.slice(cue.start, cue.end))) return subjectsOf(s, cue.start);
  return s.countries.filter((h) => h.start >= cue.end && h.start - cue.end <= 60 && AGENT.test(s.text.slice(cue.end, h.start).replace(/\bthe\s+$/i, ''))).map((h) => h.country);
}
const BY_COURT = new Set(LEXICON.filter((d) => d.byCourt).map((d) => d.id));
const PEACE_ONLY = new Set(LEXICON.filter((d) => d.peaceOnly).map((d) => d.id));
const PEACE_STATUS = new Map(LEXICON.filter((d) => d.statusOfPeaceAgreement).map((d) => [d.id, d.statusOfPeaceAgreement!]));
const BLOC_STATUS = new Map(LEXICON.filter((d) => d.statusOfBlocAccession).map((d) => [d.id, d.statusOfBlocAccession!]));
const NOMINAL_ROWS = new Set(LEXICON.filter((d) => d.nominal || d.tenseless).map((d) => d.id));

// Steps a report dates by the day its news broke when it gives them no date of their own.
const NEWS_DAY_STEPS = new Set<AgreementStatus>(['agreed', 'signed', 'in-force', 'suspended', 'terminated']);
// A deposit is an act of one day like a signing ("handing Helsinki's accession papers to
// Blinken"), unlike a ratification reported as a state reached ("has ratified").
const NEWS_DAY_ROWS = new Set(['ratified-deposited-instrument', 'ratified-deposited-ratification', 'ratified-deposited-papers']);
const NEWS_DAY_LEAD = 3;
const NEWS_DAY_MAX_AGE_DAYS = 7;
const AHEAD = /\b(?:will|due\s+to|set\s+to|scheduled|expected|is\s+to|are\s+to|to\s+be\s+signed|next)\b|['’]ll\b/i;

/**
 * The day an article's news broke: the first exact day its lead states (its first sentences:
 * "the two foreign ministries said on Thursday", "signed in Jakarta on Monday"), if within a week
 * before publication. A report that gives a step no date of its own ("Rasmussen and Blinken signed
 * the agreement in Washington") tells that day's news, not the publication's.
 */
function newsDay(sentences: SentenceInfo[], publishedAt: string, published: string): DateSpan & { text: string } | null {
  const oldest = new Date(Date.parse(`${published}T00:00:00Z`) - NEWS_DAY_MAX_AGE_DAYS * 86_400_000).toISOString().slice(0, 10);
  // A late publication's local next day may be the news day (dates.ts, rule `local-next-day`).
  const latest = refDay(publishedAt).late ? new Date(Date.parse(`${published}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : published;
  let seen = 0;
  for (const s of sentences) {
    if (s.isTitle) continue;
    if (seen++ >= NEWS_DAY_LEAD) break;
    const { dates, said } = findDatesDetailed(s.text, referenceFor(s.text, publishedAt));
    // A clause that announces ("are due to sign on Monday") names a day ahead, not the news day.
    const day = [...dates, ...said]
      .sort((a, b) => a.start - b.start)
      .find((d) => d.date.length === 10 && d.date >= oldest && d.date <= latest && !AHEAD.test(clauseBefore(s.text, d.start)));
    if (day) return { ...day, text: s.text };
  }
  return null;
}

/** Gives the news day to the body's steps in the simple past that only the publication dated. */
function withNewsDay(undated: StatusFinding[], sentences: SentenceInfo[], publishedAt: string, published: string): boolean {
  if (undated.length === 0) return false;
  const day = newsDay(sentences, publishedAt, published);
  if (!day || day.date === published) return false;
  for (const f of undated) {
    f.date = day.date;
    f.dateSource = 'text';
    f.datePhrase = day.text.slice(day.start, day.end);
  }
  return true;
}

const SAME_UNIT = /\bsame\s+(?:day|date|month|year)\b/i;

/** The last date stated in the two sentences before sentence `i` (not the headline), if any. */
function previousDate(sentences: SentenceInfo[], i: number, publishedAt: string): string | null {
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    const p = sentences[k]!;
    if (p.isTitle) break;
    const found = findDatesDetailed(p.text, referenceFor(p.text, publishedAt)).dates;
    if (found.length > 0) return found[found.length - 1]!.date;
  }
  return null;
}

/**
 * Adds "the same day", "the same year" as dates: the date stated before them in the sentence, else
 * in the sentences just before (`before`, computed only when needed). Keeps `dates` in order.
 */
function withAnaphoric(dates: DateSpan[], text: string, before: () => string | null): void {
  const m = SAME_UNIT.exec(text);
  if (!m) return;
  const inSentence = dates.filter((d) => d.end <= m.index);
  const base = inSentence.length > 0 ? inSentence[inSentence.length - 1]!.date : before();
  for (const d of anaphoricDates(text, base)) {
    if (dates.some((x) => x.start < d.end && d.start < x.end)) continue;
    dates.push(d);
  }
  dates.sort((a, b) => a.start - b.start);
}

const SCHEDULED_ROWS = new Set(LEXICON.filter((d) => d.kind === 'scheduled' && d.status === 'agreed').map((d) => d.id));

/**
 * Step `cabinet-approval-before-signing`: a government's approval in an article that schedules the
 * agreement's signing and reports none is its approval to sign ("the signing is set for Jan 23 … The cabinet
 * approved the agreement on Jan 13"), no ratification.
 */
function withoutApprovalToSign(findings: StatusFinding[]): StatusFinding[] {
  if (!findings.some((f) => f.rule === 'ratified-cabinet-approved')) return findings;
  const signed = new Set(findings.filter((f) => f.status === 'signed' && !f.denied).map((f) => f.agreementId));
  const ahead = new Set(findings.filter((f) => SCHEDULED_ROWS.has(f.rule ?? '') && !f.denied && !signed.has(f.agreementId)).map((f) => f.agreementId));
  return ahead.size === 0 ? findings : findings.filter((f) => f.rule !== 'ratified-cabinet-approved' || !ahead.has(f.agreementId));
}

/**
 * Step `sentence-one-step-date`: one sentence that reports a party's step undated and the same
 * step dated with no party ("Belize and Switzerland have become the 13th and 14th members to
 * ratify, submitting their instruments of acceptance on 2 September") reports one step: the
 * parties take the date, and the unnamed finding goes.
 */
function oneStepOneDate(findings: StatusFinding[]): StatusFinding[] {
  const unnamed = findings.filter((f) => f.party === null && f.dateSource === 'text' && !f.denied && (f.status === 'ratified' || f.status === 'terminated'));
  if (unnamed.length === 0) return findings;
  const drop = new Set<StatusFinding>();
  for (const u of unnamed) {
    const same = (f: StatusFinding): boolean => f.quote === u.quote && f.agreementId === u.agreementId && f.status === u.status && !f.denied;
    const named = findings.filter((f) => same(f) && f.party !== null);
    if (named.length === 0 || named.some((f) => f.dateSource === 'text')) continue;
    if (unnamed.some((o) => o !== u && same(o) && o.date !== u.date)) continue;
    for (const f of named) {
      f.date = u.date;
      f.dateSource = 'text';
      f.datePhrase = u.datePhrase ?? null;
    }
    drop.add(u);
  }
  return drop.size === 0 ? findings : findings.filter((f) => !drop.has(f));
}

/**
 * One article's findings about one step, once: a report dated only by the publication (a headline's
 * "sign", "has ratified") is dropped when the same article dates that step in its text.
 */
const RESUMPTION = /\b(?:resum|reopen|relaunch|reviv|restart)\w*/i;

function consolidate(findings: StatusFinding[], title: string): StatusFinding[] {
  const dated = new Set(findings.filter((f) => f.dateSource === 'text' && !f.denied).map((f) => `${f.agreementId}|${f.status}|${f.party ?? ''}`));
  // The headline sums up what the body reports with its day: a step the body states too (for
  // whichever party) is the body's.
  // (A headline naming a party the body does not name for that step keeps it.)
  const body = findings.filter((f) => f.quote !== title && !f.denied);
  const inBody = new Set([...body.map((f) => `${f.agreementId}|${f.status}|*`), ...body.map((f) => `${f.agreementId}|${f.status}|${f.party ?? ''}`)]);
  return findings.filter((f) => {
    if (f.denied) return true;
    if (f.quote === title && f.dateSource !== 'text' && inBody.has(`${f.agreementId}|${f.status}|${f.party ?? '*'}`)) return false;
    // Talks stop and resume: "are resuming negotiations" is news of its own beside "talks began in 2015".
    if (f.status === 'negotiating' && f.quote !== title && RESUMPTION.test(f.quote)) return true;
    return f.dateSource === 'text' || !dated.has(`${f.agreementId}|${f.status}|${f.party ?? ''}`);
  });
}
