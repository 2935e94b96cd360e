// Which mentions a status cue is about, and which stated date goes with each. A cue governs the
// mention before it in its clause ("The RAA took effect"), else the chain of objects after it
// ("signed the RAA two years ago and the ACSA on Jan. 15"), else the nearest mention. A mention
// followed in its own clause by a later cue belongs to that cue ("the one Washington signed").
import type { DateSpan } from './dates.js';
import type { GroupMember, MentionGroup } from './resolve.js';
import type { Cue } from './status.js';
import { LEXICON } from './lexicon.js';

// A noun-phrase row ("negotiations on X, which started in 2016") is what a relative clause after it describes.
const NOMINAL = new Set(LEXICON.filter((d) => d.nominal).map((d) => d.id));

const BREAK = /[,;:()—–]|\b(?:which|that|who|whom|while|whereas|but)\b/;
const UPON_SIGNING = /^\s+(?:up)?on\s+(?:its\s+)?(?:signing|signature)\b/i;
const REL_BREAK = /[;:]|\b(?:which|that|who|whom|while|whereas|although|because|but)\b/;
// Between a verb and a mention it governs directly: "ended its participation in the pact".
const DIRECT_OBJECT = /^\s+(?:(?:the|its|their|his|her|this|that|a|an)\s+)?(?:(?:participation|membership|involvement|part)\s+in\s+(?:the\s+)?)?(?:[\w'’-]+\s+){0,2}$/i;

// A proposal's object may be the talks on the agreement: "are weighing talks on a reciprocal access
// agreement", "considering opening talks on", "weighing the start of negotiations on"; or what it
// became ("first proposed what became the Nakamal Agreement").
const TALKS_OBJECT = /^\s+what\s+(?:became|would\s+become|is\s+now)\s+(?:(?:a|an|the)\s+)?$|^\s+(?:(?:opening|starting|launching|formal)\s+|the\s+(?:start|opening|launch)\s+of\s+)?(?:talks|negotiations)\s+(?:on|for|over|about)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}$/i;

const ONE_PARTY_END = /^(?:suspended|terminated)$/;
// What a suspension or an end stops may be the work on the agreement: "ordered a halt to the
// process of preparing the association agreement", "a halt to implementation of the accord".
const WORK_ON_OBJECT = /^\s+(?:(?:the|its|their)\s+)?(?:process\s+of\s+)?(?:preparing|preparations?\s+for|implementing|implementation\s+of)\s+(?:(?:the|its|their|this|that|a|an)\s+)?(?:[\w'’-]+\s+){0,2}$/i;
// ("suspended its obligations under the treaty" does suspend the treaty: those nouns are excepted.)
const UNDER_GAP = /(?<!\b(?:obligations?|commitments?|implementation|participation|compliance|duties|membership|rights)\s+)\b(?:under|within|pursuant\s+to)\s+(?:the\s+|its\s+|their\s+)?$/i;

export interface Governed {
  group: MentionGroup;
  /** Where this group's own stretch of text starts and ends (for its date). */
  window: [number, number];
  /** 'clause': the mention is in the cue's clause (subject, or object after it); 'nearest': the
   *  closest mention across a clause break ("The RAA was signed in July, and it took effect …"). */
  reach: 'clause' | 'nearest';
}

function ownedByLaterCue(text: string, g: MentionGroup, cue: Cue, cues: Cue[]): boolean {
  const next = cues.find((c) => c.start > g.anchor);
  if (!next || next === cue) return false;
  // Inside an elided mention: "the one Washington signed with Port Moresby".
  if (next.start < g.span[1]) return true;
  // A subject or auxiliary between: "the one Tokyo signed", "the ACSA is under negotiation";
  // a bare participle ("the pact signed in 2012") or another verb ("the RAA comes two years after
  // talks began") leaves the mention to the verb before it.
  return OWNER_GAP.test(text.slice(g.span[1], next.start));
}

// Between a mention and the later cue that owns it: a short capitalised subject, or an auxiliary.
const OWNER_GAP =
  /^\s+(?:(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,3}|(?:is|are|was|were|has|have|had|remains?)(?:\s+(?:still|now|already|been|being|not|also))*)\s+$/u;

/** The mentions cue `i` is about, each with its stretch of text. */
export function governedGroups(text: string, groups: MentionGroup[], cues: Cue[], i: number): Governed[] {
  const cue = cues[i]!;
  const nextCue = cues[i + 1]?.start ?? text.length;
  const participle = participleTarget(text, groups, cue);
  if (participle !== undefined) return participle ? [{ group: participle, window: [cue.start, nextCue], reach: 'clause' }] : [];
  const before = groups.filter((g) => g.anchor <= cue.start);
  // Step `another-document-between`: a document the sentence names after the mention and before
  // the cue, that no mention resolved, is what the cue is about ("The FTA was signed on 25
  // December, replacing an earlier temporary pact signed in 2019"; "will replace the interim
  // agreement between the EEU and Iran adopted in Astana on May 17, 2018, which Kazakhstan
  // ratified"): not the mention before it. Objects after the cue are still its own.
  const last = before.length > 0 && !anotherDocumentBetween(text, before[before.length - 1]!, cue) ? before[before.length - 1] : undefined;
  if (!cue.objectOnly && last && (g0Inside(last, cue) || !BREAK.test(text.slice(last.span[1], cue.start)))) {
    return [{ group: last, window: [cue.start, nextCue], reach: 'clause' }];
  }
  // The chain of objects after the cue.
  const chain: MentionGroup[] = [];
  let from = cue.end;
  for (const g of groups) {
    if (g.anchor < cue.end || g.anchor >= nextCue) continue;
    const gap = text.slice(from, g.anchor);
    // "suspended its part in the mechanism set up under the peace agreement": the object is
    // something the agreement created, not the agreement; nothing else in the clause is either.
    if (chain.length === 0 && ONE_PARTY_END.test(cue.status) && UNDER_GAP.test(gap) && !REL_BREAK.test(gap)) return [];
    if (REL_BREAK.test(gap) || (chain.length === 0 && gap.length > 80)) break;
    if (ownedByLaterCue(text, g, cue, cues)) break;
    if (cue.objectOnly && (chain.length > 0 || !(DIRECT_OBJECT.test(gap) || (cue.status === 'proposed' && TALKS_OBJECT.test(gap)) || (ONE_PARTY_END.test(cue.status) && WORK_ON_OBJECT.test(gap))))) break;
    chain.push(g);
    from = g.span[1];
  }
  if (chain.length > 0) {
    return chain.map((g, k) => ({
      group: g,
      window: [k === 0 ? cue.start : g.anchor, chain[k + 1]?.anchor ?? nextCue],
      reach: 'clause' as const,
    }));
  }
  if (cue.objectOnly) return [];
  if (last) return [{ group: last, window: [cue.start, nextCue], reach: 'nearest' }];
  const after = groups.find((g) => g.anchor > cue.start && !ownedByLaterCue(text, g, cue, cues));
  return after ? [{ group: after, window: [cue.start, nextCue], reach: 'nearest' }] : [];
}

// A document noun phrase of its own that the cue hangs on: an article and up to three modifiers
// ("an earlier temporary pact", "the interim agreement"), its sides, place or date ("between the
// EEU and Iran", "in Astana on May 17, 2018"), then the cue right after it (a participle: "signed
// in 2019") or after a relative word and its subject (", which Kazakhstan ratified"). Not after a
// copula or a comma right after the mention: "The ECT is a multilateral agreement that entered into
// force", "The TPP, a free trade agreement among 12 countries, was signed" describe the mention; nor
// after a comma ("Adopted as an FAO agreement in 2009, the accord took effect": the clause's subject).
const ANOTHER_DOCUMENT = new RegExp(
  String.raw`^(?!\s*(?:,|is|was|are|were|remains|became|becomes)\s+(?:an?|the|another)\s).*[^,\s]\s+(?:an?|the|another)\s+(?:[\w'’-]+\s+){0,3}?(?:agreement|pact|deal|accord|treaty|protocol|convention|declaration|memorandum|arrangement)s?` +
    String.raw`(?:\s+(?:between|with|of|in|on|at)\s+[^,;.]{1,60}?)?(?:\s+(?:adopted|signed|concluded|reached|initiall?ed)\s+[^;.]{0,50}?)?(?:,?\s+(?:which|that)\s+(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,3}(?:(?:had|has|have|was|were)\s+)?)?\s*(?<!\b(?:and|or|but)\s*)$`,
  'is',
);

/** Does the text between the mention and the cue name a document of its own that the cue hangs on? */
function anotherDocumentBetween(text: string, g: MentionGroup, cue: Cue): boolean {
  if (g0Inside(g, cue) || cue.start <= g.span[1]) return false;
  return ANOTHER_DOCUMENT.test(text.slice(g.span[1], cue.start));
}

// "…, signed in 2016": a bare participle after a comma modifies the noun right before the comma.
const PARTICIPLE = /^(?:signed|inked|ratified|concluded|initiall?ed|agreed|suspended|terminated|scrapped)$/i;

/**
 * The mention a participle after a comma describes ("with Australia, signed in 2022, and with
 * Britain, signed in 2023"): the member whose stretch holds the comma; null when the noun before
 * the comma is another name ("BECA follows LEMOA, signed in 2016"); undefined when not such a cue.
 */
function participleTarget(text: string, groups: MentionGroup[], cue: Cue): MentionGroup | null | undefined {
  if (!PARTICIPLE.test(text.slice(cue.start, cue.end))) return undefined;
  const before = text.slice(0, cue.start);
  const comma = /,\s*$/.exec(before);
  if (!comma) return undefined;
  const at = comma.index;
  const g = [...groups].reverse().find((x) => x.anchor < at);
  if (g && g.span[1] >= at - 1) return g;
  if (g && g.members.length > 1) {
    const m = g.members.find((x) => x.segStart < at && at <= x.segEnd && x.segStart > g.anchor);
    if (m) return { ...g, members: [m] };
  }
  // Another agreement's acronym right before the comma ("LEMOA, signed in 2016"): about it.
  if (/(?:^|\s)[A-Z][A-Z\d-]{2,}$/.test(before.slice(0, at))) return null;
  return undefined;
}

/** An elided mention that starts where its cue does ("talks with Paris continue"). */
function g0Inside(g: MentionGroup, cue: Cue): boolean {
  return g.anchor <= cue.start && g.span[1] > cue.start;
}

// "took effect on the day it was signed, Nov. 23": the date stated for the other event.
const SAME_DAY = /^\s+(?:on\s+)?the\s+(?:same\s+)?day\b/i;

/**
 * The date for one member of a governed group: a date in its own stretch, else the first later
 * one before the next cue, else the last one before the cue (after the previous cue).
 */
// ", following Brexit on January 1, 2021": an adjunct after a comma that dates what it names.
const GERUND_PHRASE = /\b(?:after|before|while|upon)\s+\w+ing\b[^,;.]*$|,\s+following\s+[^,;.]*$/i;
const FURTHER_REPORTED = /\b(?:and|but)\s+that\b/i;
// "agreed to a two-month truce starting on Saturday", "announced a month-long ceasefire beginning on
// November 9", "a 12-hour ceasefire beginning at about 7:00 a.m. on Tuesday": the day the truce is to
// begin, not the day it was agreed or signed.
const STARTING_PHRASE = /\b(?:starting|beginning|(?:that|which)\s+(?:begins|starts)|(?:to|would|will)\s+(?:begin|start|take\s+effect)|(?:effective|with\s+effect)\s+from)\b[^,;.]*$/i;
// "suspend the Treaty … that it concluded with Spain on 8 October 2002": a relative clause with
// its own subject and verb dates that verb, not the row before it.
// (Also with the relative word left out: "suspended a treaty it had concluded with Spain in 2002";
// and a non-restrictive one of its own verb: "became the 30th party, which allowed the treaty to
// enter into force three months later, on April 28".)
const WHICH_OWN_VERB = /,\s*which\s+(?:\w+ly\s+)?(?:\w+ed|brought|made|meant|led|set|put|began|took)\b[^;.]*$/;
const OWN_RELATIVE = /\b(?:it|they)\s+(?:had|has|have)\s+(?:\w+ly\s+)?\w+(?:ed|ned|lt|nt|ht)\b[^;.]*$|\b(?:that|which)\s+(?:it|they|he|she|we|the\s+two(?:\s+\w+)?|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?\w+(?:ed|ned|gned|lt|nt|ht)\b[^;.]*$/;

export function dateFor(
  text: string,
  dates: DateSpan[],
  cues: Cue[],
  i: number,
  gov: Governed,
  member: GroupMember,
): DateSpan | null {
  const cue = cues[i]!;
  // "put their names to the agreement after reaching Jeddah on Saturday": a date inside a phrase
  // of a subordinator and a gerund after the cue dates the gerund, not the cue; "…, and that the
  // generals would talk again on May 12": a date in a further reported clause is that clause's.
  const foreign = (d: DateSpan): boolean =>
    d.start >= cue.end && (GERUND_PHRASE.test(text.slice(cue.end, d.start)) || ((cue.status === 'agreed' || cue.status === 'signed') && STARTING_PHRASE.test(text.slice(cue.end, d.start))) || FURTHER_REPORTED.test(text.slice(cue.end, d.start)) || OWN_RELATIVE.test(text.slice(cue.end, d.start)) || (!NOMINAL.has(cue.rule) && WHICH_OWN_VERB.test(text.slice(cue.end, d.start))));
  if (dates.some(foreign)) dates = dates.filter((d) => !foreign(d));
  // "decided on Monday to suspend the Sept. 19 military agreement": a date inside the words that
  // name the agreement is its name, no date of the step.
  const [gs, ge] = gov.group.span;
  if (dates.some((d) => d.start >= gs && d.end <= ge && d.start > gs)) dates = dates.filter((d) => !(d.start >= gs && d.end <= ge && d.start > gs));
  if (SAME_DAY.test(text.slice(cue.end))) return dates.find((d) => d.start >= cue.end) ?? null;
  const [winStart, winEnd] = gov.window;
  if (gov.group.members.length > 1) {
    const inSeg = dates.find((d) => d.start >= Math.max(member.segStart, winStart) && d.start < member.segEnd);
    if (inSeg) return inSeg;
  }
  // Dates inside the cue count as after it ("voted on Monday to ratify", "in force since 1999").
  // A date past a semicolon is another clause's ("…to begin talks; today troops train").
  const semi = text.indexOf(';', cue.end);
  const clauseEnd = semi >= 0 ? semi : text.length;
  let own = dates.find((d) => d.start >= winStart && d.start < Math.min(winEnd, clauseEnd));
  // A cue that spans its subject ("Talks opened in June 2017 and were wrapped up in July"): a date
  // inside it before its verb is an earlier step's; the one right after the verb is its own.
  if (own && own.start < cue.end) {
    const after = dates.find((d) => d.start >= cue.end && d.start < Math.min(winEnd, clauseEnd) && !BREAK.test(text.slice(cue.end, d.start)));
    if (after) own = after;
  }
  const prevEnd = i > 0 ? cues[i - 1]!.end : 0;
  // "The Upper House on Friday approved X, clearing the way for it to take effect later this
  // year": a date in the cue's own clause before it beats one past a clause break after it.
  if (own && BREAK.test(text.slice(cue.end, own.start))) {
    const inClause = dates.filter((d) => d.end <= cue.start && d.start >= prevEnd && !BREAK.test(text.slice(d.end, cue.start)));
    const closest = inClause[inClause.length - 1];
    if (closest) return closest;
  }
  if (own || cue.present) return own ?? null;
  const nextCue = cues[i + 1]?.start ?? text.length;
  const later = dates.find((d) => d.start >= winStart && d.start < Math.min(nextCue, clauseEnd));
  if (later) return later;
  // After an earlier cue, a date beyond a clause break is that cue's ("Talks were launched in
  // March 2025, and the deal was finalised in nine months"; "The initiative, signed last year,
  // has lapsed"), unless this cue shares it: a participle clause ("…in March 2024, denouncing
  // the pact") or "took effect upon signing".
  const shares = (gap: string): boolean => !BREAK.test(gap) || (/,\s*$/.test(gap) && /^\w+ing\b/.test(text.slice(cue.start, cue.end))) || UPON_SIGNING.test(text.slice(cue.end));
  const earlier = dates.filter((d) => d.end <= cue.start && d.start >= prevEnd && (i === 0 || shares(text.slice(d.end, cue.start))));
  return earlier[earlier.length - 1] ?? null;
}
