// Status cues: the words that say an agreement reached a stage, minding tense, modality and
// negation. A cue is kept only when it is affirmative and realised ("signed", "took effect", "the
// signing of X on Thursday"), not when it is negated, conditional, required, hoped for or an
// infinitive ("has yet to sign", "must be ratified", "if signed", "aims to sign", "ahead of the
// signing"). The grammar of the row's clause (tense, modality, negation, condition, question) is
// judged by clause.ts from an NLP library's tags; what no grammar can tell is kept here as named
// data: words of intention or requirement, nominal blockers, undoing and reversal phrases.
import type { AgreementStatus } from '../types.js';
import { clauseGrammar, type ClauseGrammar } from './clause.js';
import { LEXICON as CUES, ORDINAL_TO, type CueDef } from './lexicon.js';
import { ORGAN_ANY } from './organs.js';
import { NeedleSet } from '../shared/needle-set.js';
import { execAll } from './scan.js';

export interface Cue {
  /** The lexicon row that matched. */
  rule: string;
  status: AgreementStatus;
  start: number;
  end: number;
  /**
   * 'scheduled': a future step is announced (a signing, the start of talks); the status holds as of
   * the report, so its date is the report's, not the future day ("at the November summit").
   */
  kind: 'event' | 'scheduled';
  /** For ratification cues: the text naming the legislature, if any ("Senate", "Diet"). */
  legislature: string | null;
  /** Only governs a mention that is its direct object ("ended the pact", not "ended talks"). */
  objectOnly: boolean;
  /** The status holds only when the cue's subject is a party ("Niger denounced", not "China denounced"). */
  partyRequired: boolean;
  /** A present state ("talks are under way"): dated by the text after it or the report, never before it. */
  present: boolean;
  /** A present-tense event ("enters into force on Thursday"): true only of the publication day. */
  sameDay: boolean;
  /** Only governs a mention before it ("the deal expired"). */
  subjectOnly: boolean;
  /** The sentence says the step has not happened ("has not been ratified"). */
  denied: boolean;
  /** The agreement's own end or start ("expired"): no party's step. */
  wholeAgreement: boolean;
  /** The talks' own state ("talks … stalled"): no party's step. */
  talksState: boolean;
}

/** A row that matched but does not count, and why (for `pactwatch explain`). */
export interface StoppedCue {
  rule: string;
  status: string;
  text: string;
  reason: string;
}


/** Why a matched row does not count (shown by `pactwatch explain`). */
export type BlockReason =
  | 'negated'
  | 'modality'
  | 'question'
  | 'leaving-announced-or-approved'
  | 'infinitive'
  | 'future-main-clause'
  | 'plan-not-kept'
  | 'change-proposed'
  | 'nominal-unrealised'
  | 'a-withdrawal-takes-effect'
  | 'present-tense-not-today'
  | 'no-talks-named'
  | 'talks-considered'
  | 'suspension-of-something-else'
  | 'conditional-opening'
  | 'approval-of-leaving'
  | 'entry-condition'
  | 'ratification-reversed'
  | 'ended-without-agreement';

// A main clause about the future: "will take effect", "is to enter into force", "can only".
const FUTURE_MAIN = /\b(?:will|shall|would|could|can|must|is\s+to|are\s+to|is\s+expected\s+to|are\s+expected\s+to|is\s+set\s+to|are\s+set\s+to)\b|['’]ll\b/i;

// "will announce … that their treaty has entered into force": a clause reported by a future or
// planned statement is not yet news (the row's own clause grammar ends at "that").
// Row `reported-would`: a verb of saying, then "that … would": the reported speech's "will".
const REPORTED_WOULD = /\b(?:said|announced|confirmed|stated|added|told\s+\w+|wrote|declared)\s+(?:on\s+\w+\s+)?(?:that\s+)?[^,;.]{0,80}?\bwould\s+(?:\w+\s+){1,4}?signing\b$/i;
const FUTURE_REPORT = /\b(?:will|shall|would|(?:is|are)\s+(?:expected|set|due|scheduled|to)\s+(?:to\s+)?|plans?\s+to|intends?\s+to)\s*(?:\w+ly\s+)?(?:announce|declare|confirm|say|state|proclaim|report|reveal)\b[^.;]{0,200}?\bthat\s+[^.;]*$/i;

// "after it is approved", "when they have been ratified": a present tense in the time clause.
const PRESENT_PASSIVE = /\b(?:is|are|has\s+been|have\s+been|gets?)\s+(?:\w+ly\s+)?$/;

// Right before a noun-phrase cue: the event is ahead ("ahead of the signing of", "for the entry into force").
const NOMINAL_BLOCKERS =
  /\b(?:end\s+of|after|announc\w*|back\w*|discuss\w*|question\s+of|idea\s+of|debat\w*|consider\w*|recommend\w*|propos\w*|ahead|prior|for|towards?|closer|open\w*\s+the\s+way|before|await\w*|pending|prepar\w*|expected|planned|scheduled|upcoming|forthcoming|coming|imminent|trigger\w*|notes\s+on|possible|future|eventual|proposed|potential|delay\w*|postpon\w*|cancel\w*|defer\w*|shelv\w*|call\w*\s+off|scrap\w*|block\w*|seek\w*|sought|oppos\w*|against|speed\w*|expedit\w*|push\w*|urg\w*|sett?(?:ing|s)?|fix\w*|pav\w*\s+the\s+way|clear\w*\s+the\s+way|suspend\w*|halt\w*|paus\w*|revers\w*|froze|freez\w*|threaten\w*)\s+(?:(?:of|to|for|on)\s+)?(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}$/i;
// After a noun-phrase cue, in its clause: "the signing of X is scheduled for May", "would", talks
// that "had been definitively concluded" (no longer under way; talks that "ended in Geneva" were held).
const NOMINAL_AFTER =
  /^[^,;:.]{0,100}?\b(?:(?:is|are|was|were|remains?|has\s+been|had\s+been)\s+(?:now\s+|again\s+|\w+ly\s+)?(?:expected|scheduled|set|due|planned|likely|slated|pending|awaited|imminent|near|close|(?:with)?in\s+(?:sight|reach)|approaching|uncertain|unlikely|delayed|stalled|blocked|postponed|put\s+off|called\s+off|cancell?ed|deferred|derailed|suspended|shelved|supposed|not|concluded|completed|finished|over)|will|would|could|may|might|must|should|needs|requires)\b|^[^,;:.]{0,60}?\bfor\s+(?:[A-Z][a-z]{2,8}\.?\s+\d|\d|next|later|early|mid|the\s+(?:end|start|coming))/;

// A present-tense state: "are still in talks", "is negotiating", "remains".
const PRESENT_BEFORE = /\b(?:is|are|am|remains?|still|now)\s+(?:\w+\s+)?$/;

// A present-tense event needs the day named: "today", or a day that must be the publication day.
const SAME_DAY_WORDS = /\btoday\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/i;

// After these, an infinitive is a realised decision ("agreed to explore", "voted to ratify") or a
// rank among those who did it ("the first two countries to deposit", "the 60th state to ratify").
// ("decided yesterday to officially suspend": a day or an adverb may stand between.)
const REALISED_INFINITIVE = new RegExp(`\\b(?:agreed|decided|voted|moved|agree|agrees|decides)\\s+(?:(?:yesterday|today|on\\s+\\w+\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?|last\\s+\\w+|\\w+ly)\\s+)?to\\s+(?:\\w+ly\\s+)?$|\\b(?:agreed|decided|voted|moved|agree|agrees|decides)\\s+to\\s*$|${ORDINAL_TO}$`);

// A suspended termination is not a suspension of the agreement.
const SUSPENDED_OBJECT = /^\s+(?:the\s+|its\s+|their\s+)?(?:(?:planned|proposed|announced|intended|threatened|pending|earlier|impending|looming)\s+)?(?:termination|withdrawal|abrogation|decision|notice|plans?|abolition|scrapping|review|talks|negotiations|expiry|expiration|lapse)\b/i;

// Words that name a legislature (for "approved", and for the ratifying party): the organ table.
export const LEGISLATURE = ORGAN_ANY;

const CLAUSE_BREAK = /[,;:()—–“”"]|\bwhich\b|\bthat\b|\bwho\b|\bwhile\b|\bbut\b/g;

const SUBORDINATE = /\b(?:since|after|when|because|as)\s+(?=(?:it|they|the|its|their|this|[A-Z])\b)/g;

// "approved leaving the treaty", "passed a motion freezing X", "backed withdrawal": what was
// approved is the undoing, not the agreement. The object may follow a parenthesis ("passed, in its
// third and final reading, a bill revoking"), an adverb ("approved without hesitation"), "to" ("gave
// its approval to denouncing"), a possessive ("Putin's order to pull out of"), and the bill may
// name its author ("a bill from President Vladimir Putin denouncing it").
const UNDOING_AFTER = new RegExp(
  String.raw`^(?:\s*,[^,;.]{1,60},)?\s+(?:(?:without\s+\w+|\w+ly)\s+)?(?:to\s+)?(?:(?:a|an|the|its|their)\s+)?` +
    String.raw`(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+)?` +
    String.raw`(?:(?:bill|law|motion|resolution|measure|decision|decree|order)\s+(?:(?:from|by)\s+(?:[A-Z][\w.'’-]*\s+){1,4})?(?:on\s+|to\s+)?)?` +
    String.raw`(?:the\s+country['’]s\s+)?(?:(?:full|partial|formal|complete|immediate|total)\s+)?(?:leaving|withdraw\w*|exit\w*|quitting|pull(?:ing)?\s+out|revok\w*|revocation|denounc\w*|denunciation|freez\w*|suspend\w*|suspension|halt\w*|terminat\w*|scrap\w*|ending|rescind\w*|annul\w*|de-?ratif\w*)\b`,
  'i',
);
// Row `a-withdrawal-takes-effect`: "its withdrawal took effect", "the decision to pull out … became
// effective": what takes effect is a party's leaving (terminated-withdrawal-took-effect), not the agreement.
const WITHDRAWAL_SUBJECT = /\b(?:withdrawal|exit|pull-?out|departure|denunciation|decision\s+to\s+(?:pull\s+out|withdraw|leave|exit|quit))\b(?:(?!\b(?:after|before|when|since|once|until|that|which|while)\b)[^;]){0,80}$/i;
// "revoke the country's ratification of", "ending Russia's ratification": a ratification undone.
const REVERSAL_BEFORE = /\b(?:revok\w*|revocation\s+of|withdraw\w*|rescind\w*|cancel\w*|annul\w*|repeal\w*|revers\w*|end|ends|ended|ending|undo\w*)\s+(?:(?:the|its|their)\s+)?(?:(?:country|nation|[A-Z][\w.]*)['’]s\s+)?$/;

// Between two participles that share an auxiliary: "approved by the Federation Council and".
const COORDINATED = /^\s+(?:by\s+[^,;.]{1,60}?\s+)?(?:and|or)\s+(?:\w+ly\s+)?$/;

// "talks wrapped up on Friday without a final text being agreed": concluded, but nothing agreed.
const WITHOUT_AGREEMENT = /^[^;.]{0,80}?\b(?:without|with\s+no|failing\s+to\s+(?:reach|agree))\s+(?:(?:a|an|any)\s+)?(?:final\s+|binding\s+)?(?:deal|agreement|accord|text|treaty|consensus|breakthrough)\b/i;

// ("weighing a withdrawal from", "considered delaying ratification": the undoing or delay is proposed.)
const CHANGE_AFTER = /^\s+(?:(?:a|an|the)\s+)?(?:revis(?:e|ing|ion|ions)|amend(?:ing|ment|ments)?|renegotiat(?:e|ing|ion)|chang(?:e|es|ing)\s+(?:to|in)|review(?:ing)?|updat(?:e|ing)|overhaul(?:ing)?|scrapping|ending|suspending|withdraw(?:al|ing)|leaving|exit(?:ing)?|delay(?:ing)?|postpon(?:e|ing|ement)|moving|relocat(?:e|ing|ion))\b/i;

/** The clause before `at`: from the last clause break before it. */
export function clauseBefore(sentence: string, at: number): string {
  const head = sentence.slice(0, at);
  let cut = 0;
  for (const m of execAll(CLAUSE_BREAK, head)) cut = m.index + m[0].length;
  return head.slice(cut);
}

function lastWords(text: string, n: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.slice(-n).join(' ');
}

// Step `clause-over-list`: a comma between names is no clause break ("The parliaments of
// Argentina, Uruguay and Venezuela have approved"): the clause runs back over the list to its head.
const NAME = "(?:the\\s+)?[A-Z][\\w'’.&-]*(?:\\s+(?:and\\s+|of\\s+)?[A-Z][\\w'’.&-]*){0,3}";
// A list item right after the break: a name, then another item or the verb.
const LIST_ITEM_START = new RegExp(`^\\s*(?:and\\s+)?${NAME}(?=\\s*,|\\s+and\\s|\\s+(?:have|has|had|all|both|also|already|now)\\b)`);
// Before it: another item alone, or the list's head ending in a name after "of", "from", "by".
const LIST_ITEM = new RegExp(`^\\s*${NAME}\\s*$`);
const LIST_HEAD = new RegExp(`\\b(?:of|from|by|between)\\s+${NAME}\\s*$`);

/** The clause before `at`, run back over a list of names its first break falls in. */
export function clauseOverList(sentence: string, at: number): string {
  let from = at - clauseBefore(sentence, at).length;
  for (let k = 0; k < 12 && from > 0 && sentence[from - 1] === ','; k++) {
    if (!LIST_ITEM_START.test(sentence.slice(from, from + 60))) break;
    const prev = clauseBefore(sentence, from - 1);
    if (!LIST_ITEM.test(prev) && !LIST_HEAD.test(prev)) break;
    from -= 1 + prev.length;
    if (!LIST_ITEM.test(prev)) break;
  }
  return sentence.slice(from, at);
}

/** The clause around a cue, for finding a legislature. */
function clauseAround(sentence: string, start: number, end: number): string {
  const before = clauseOverList(sentence, start);
  const after = sentence.slice(end);
  const stop = after.search(/[,;:()—–]/);
  return before + sentence.slice(start, end) + (stop >= 0 ? after.slice(0, stop) : after);
}

const LEGISLATURE_G = new RegExp(ORGAN_ANY.source, 'g');

/**
 * The legislature named in the clause around a cue, read in the whole sentence: an organ row may
 * look outside the clause ("the European Parliament ratified it …, and on March 30 the Council
 * gave its approval": the Council after the Parliament is the EU's).
 */
function legislatureAround(sentence: string, start: number, end: number): string | null {
  const around = clauseAround(sentence, start, end);
  const own = LEGISLATURE.exec(around);
  if (own) return own[0];
  if (!/[Cc]ouncil/.test(around)) return null;
  const from = start - clauseOverList(sentence, start).length;
  const to = from + around.length;
  for (const m of execAll(LEGISLATURE_G, sentence)) if (m.index >= from && m.index < to) return m[0];
  return null;
}

// Intention, requirement, expectation, support: words before a row, in its clause, that make the
// step only hoped for, required or proposed. No grammar can tell these: they are data, each a word.
// Row `bare-be`: "be signed", "be formally ratified" (not "to be", which the grammar reads already).
const BARE_BE = /\bbe\s+(?:\w+ly\s+)?$/i;
// (Not the second half of a compound adjective: "the long-awaited ceasefire agreement formally came
// into force", "a much-expected deal".)
const LEAVING_WORD = /^(?:leaving|quitting|exiting|withdrawing|pulling\s+out|walking\s+away|withdrawal|exit|pull-?out)\b/i;
const PROGRESSIVE_BEFORE = /(?:\b(?:is|are|am)|['’](?:s|re))\s+(?:now\s+|formally\s+|officially\s+)?$/;
const APPROVAL_BEFORE = /\b(?:approved|approves|approve|backs|backed|endorsed|endorses|supports|supported|signed\s+off\s+on)\s+(?:(?:the\s+country['’]s|its|their|[A-Z][\w-]*['’]s)\s+)?$/;
const NOTICE_WORD = /\b(?:notified|informed|notice|notification|told)\b/i;
const LEXICAL_BLOCKERS =
  /\b(?<![-–])(?:recommend(?:s|ed|ing)?|idea|backed|backing|supports?|supported|voted\s+against|aims?|aiming|aimed|hopes?|hoping|hoped|plans?|planning|planned|seeks?|seeking|sought|wants?|wanted|intends?|intended|expected|expects|likely|possibly|threaten(?:s|ed)?|failed|refused|without|await(?:s|ed|ing)?|pending|needs?|needed|requires?|required|requiring|calls?|called|urged?|proposal|demands?|demanded|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)|mull(?:s|ed|ing)?|ahead|prior|closer)\b/;

// Row `entry-condition`: "comes into force 60 days after at least eight of the 11 signatories have
// ratified it", "will enter into force six months after a third State deposits its instrument": a
// treaty's rule for its entry into force (present or future), whose ratifications are a count, not
// a step that happened.
const ENTRY_CONDITION =
  /\b(?:takes?|comes?|enters?|will\s+(?:take|come|enter))\s+(?:effect|into\s+force)\b[^.;]{0,60}?\b(?:after|once|when)\s+(?:at\s+least\s+|a\s+|the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|\w+th|third|second|first)\b[^.;]{0,60}$/i;

/** The last few words of the clause that governs a row (after "since/after/when …" if it opens one). */
function ownWindow(sentence: string, start: number): { clause: string; own: string; window: string } {
  const clause = clauseBefore(sentence, start);
  let own = clause;
  if (/\b(?:since|after|when|because|as)\s/.test(clause)) for (const m of execAll(SUBORDINATE, clause)) own = clause.slice(m.index);
  return { clause, own, window: lastWords(own, 5).replace(REALISED_INFINITIVE, '') };
}

/** Judges the clause of a row occurrence at [start, end) of a sentence. */
export type GrammarJudge = (sentence: string, start: number, end: number) => ClauseGrammar;

export function blocked(sentence: string, cue: { start: number; end: number }, def: CueDef, grammar: GrammarJudge = clauseGrammar): BlockReason | null {
  const { clause, own, window } = ownWindow(sentence, cue.start);
  const g = grammar(sentence, cue.start, cue.end);
  // An infinitive ("to sign", "to formally sign", "to be ratified") is not a realised event
  // unless it follows a decision.
  if (g.infinitive && !REALISED_INFINITIVE.test(clause)) return 'infinitive';
  // "has to undergo legal revision, be submitted to the Council, be signed by the EU and Kenya":
  // a participle after a bare "be" is an infinitive or a modal's verb, never a realised step.
  if (BARE_BE.test(sentence.slice(Math.max(0, cue.start - 20), cue.start))) return 'infinitive';
  // "will enter into force only after it is approved by the Diet": an event the future main
  // clause waits for has not happened yet.
  if (own !== clause && /^(?:after|when)\b/.test(own) && PRESENT_PASSIVE.test(own) && FUTURE_MAIN.test(clause.slice(0, clause.length - own.length))) return 'future-main-clause';
  // "had been due to sign": a plan that was not kept.
  if (def.kind === 'scheduled' && /\bhad\s+been\s+$/.test(clause)) return 'plan-not-kept';
  // "proposed revising X": a change to an existing agreement is proposed, not X.
  if (def.status === 'proposed' && CHANGE_AFTER.test(sentence.slice(cue.end))) return 'change-proposed';
  if (g.question) return 'question';
  if (FUTURE_REPORT.test(sentence.slice(Math.max(0, cue.start - 300), cue.start))) return 'modality';
  // A relative clause on the agreement's noun is its own clause: "supported the agreement struck on
  // Christmas Eve" supports the agreement, it does not make its conclusion hoped for.
  const lexical = !def.relative && LEXICAL_BLOCKERS.test(window);
  if (def.kind === 'scheduled') {
    // "will" is the point of a scheduled row, so the future cannot block one; nor can its
    // reported form ("had announced that Pompeo would witness the signing": row `reported-would`).
    const modal = g.modal && !REPORTED_WOULD.test(sentence.slice(Math.max(0, cue.start - 160), cue.end));
    if (lexical || g.conditional || modal || g.negated) return 'modality';
  } else if (g.conditional || g.future || g.modal) return 'modality';
  else if (g.negated) {
    // A plain negation of a realised step ("has not been signed", "No nation has ratified",
    // "has yet to ratify") denies it; with a word of intention it only withholds it.
    // "did not ratify it until 2012": the step happened, then.
    if (/^[^,;.]{0,40}?\buntil\b/.test(sentence.slice(cue.end))) return null;
    return lexical ? 'modality' : 'negated';
  } else if (lexical) return 'modality';
  if (def.status === 'agreed' && WITHOUT_AGREEMENT.test(sentence.slice(cue.end))) return 'ended-without-agreement';
  if (def.status === 'in-force' && WITHDRAWAL_SUBJECT.test(clauseBefore(sentence, cue.start))) return 'a-withdrawal-takes-effect';
  if ((def.status === 'ratified' || def.status === 'signed') && ENTRY_CONDITION.test(sentence.slice(Math.max(0, cue.start - 200), cue.start))) return 'entry-condition';
  if (def.status === 'ratified' && UNDOING_AFTER.test(sentence.slice(cue.end))) return 'approval-of-leaving';
  // Row `leaving-announced-or-approved`: "announced that the UK is withdrawing from the ECT", "Japan
  // is withdrawing from the IWC" (a present progressive announces a withdrawal to come), "have
  // approved leaving the treaty", "government backs leaving", "signed off on the country's
  // withdrawal from" (a decision to leave, not a notice or a denunciation: readers date the
  // withdrawal by those). Not "was quitting the accords" (the decision reported as done).
  if (def.status === 'terminated' && LEAVING_WORD.test(sentence.slice(cue.start, cue.end))) {
    const before = sentence.slice(Math.max(0, cue.start - 50), cue.start);
    // A notice is the formal step ("has informed the United Nations that it is leaving"); a
    // legislature's approval is its denunciation ("lawmakers in Finland and Poland also approved leaving").
    if (PROGRESSIVE_BEFORE.test(before) && /ing\b/i.test(sentence.slice(cue.start, cue.end)) && !NOTICE_WORD.test(sentence.slice(0, cue.start))) return 'leaving-announced-or-approved';
    if (APPROVAL_BEFORE.test(before) && !LEGISLATURE.test(clauseAround(sentence, cue.start, cue.end))) return 'leaving-announced-or-approved';
  }
  if (def.status === 'ratified' && REVERSAL_BEFORE.test(sentence.slice(Math.max(0, cue.start - 40), cue.start))) return 'ratification-reversed';
  if (def.nominal) {
    if (NOMINAL_BLOCKERS.test(sentence.slice(Math.max(0, cue.start - 60), cue.start))) return 'nominal-unrealised';
    // A relative clause after the noun is about something else ("talks on a pact that would …").
    if (NOMINAL_AFTER.test(sentence.slice(cue.end).split(/\b(?:that|which|who)\b/)[0]!)) return 'nominal-unrealised';
  }
  if (def.needsToday && !SAME_DAY_WORDS.test(clauseAround(sentence, cue.start, cue.end))) return 'present-tense-not-today';
  if (def.needsTalks && !/\b(?:negotiations|talks)\b/i.test(sentence.slice(0, cue.start))) return 'no-talks-named';
  // "weighing talks on", "considering negotiations for": talks are proposed, not under way.
  if (def.status === 'negotiating' && /\b(?:consider|weigh|eye|mull|explor|propos|float)\w*\s+(?:\w+\s+){0,2}$/i.test(clause)) return 'talks-considered';
  if (def.status === 'suspended' && SUSPENDED_OBJECT.test(sentence.slice(cue.end).replace(/^\s+(?:its|their)\s+participation\s+in\b/i, ''))) return 'suspension-of-something-else';
  // "If signed, …", "Once ratified, …": a participle opening a conditional.
  if (/^\s*(?:If|Once|Unless|When|Until)\b/i.test(sentence) && sentence.slice(0, cue.start).split(/\s+/).length <= 3) return 'conditional-opening';
  return null;
}

// Every row's hints, found in one pass over the lower-cased sentence (scan.ts's NeedleSet: exactly
// `includes()` for each hint). Of ~100 rows a sentence usually leaves a handful, each then
// confirmed by its expression. (The per-row `hint.some(includes)` this replaces was a third of
// rowHits on the bench's agreement news: ~47 scans of each sentence.)
const HINTS = new NeedleSet([...new Set(CUES.flatMap((d) => d.hint))]);
const HINT_INDEX = new Map(HINTS.needles.map((h, i) => [h, i]));
const ROW_HINTS: number[][] = CUES.map((d) => d.hint.map((h) => HINT_INDEX.get(h)!));

// Every hint starts a word ("withdr", "into force", " out of"): its first three letters from
// there are its key, and each key lists the rows that have a hint with it.
const ROWS_BY_KEY = new Map<string, number[]>();
CUES.forEach((def, r) => {
  for (const h of def.hint) {
    const key = h.trimStart().slice(0, 3);
    const rows = ROWS_BY_KEY.get(key) ?? [];
    if (!rows.includes(r)) rows.push(r);
    ROWS_BY_KEY.set(key, rows);
  }
});

// The same keys by character codes (three ASCII letters, the usual case), so that a sentence's
// word starts are looked up without a slice or a set per sentence.
const ROWS_BY_CODE = new Map<number, number[]>();
for (const [key, rows] of ROWS_BY_KEY) {
  if (key.length === 3 && /^[\x00-\x7f]{3}$/.test(key)) ROWS_BY_CODE.set(key.charCodeAt(0) * 16384 + key.charCodeAt(1) * 128 + key.charCodeAt(2), rows);
}

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;

/**
 * Marks in `tried` the rows with a hint key at a word start of `lower` (the first three characters
 * from where a run of a-z, 0-9 or non-ASCII characters starts), as ROWS_BY_KEY lists them.
 */
function markRowsAtWordStarts(lower: string, tried: Uint8Array): void {
  let prevWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c0 = lower.charCodeAt(i);
    const w = isWordChar(c0);
    if (w && !prevWord) {
      let rows: number[] | undefined;
      if (i + 3 <= lower.length && c0 < 128) {
        const c1 = lower.charCodeAt(i + 1);
        const c2 = lower.charCodeAt(i + 2);
        rows = c1 < 128 && c2 < 128 ? ROWS_BY_CODE.get(c0 * 16384 + c1 * 128 + c2) : ROWS_BY_KEY.get(lower.slice(i, i + 3));
      } else rows = ROWS_BY_KEY.get(lower.slice(i, i + 3));
      if (rows) for (const r of rows) tried[r] = 1;
    }
    prevWord = w;
  }
}

/** A lexicon row's occurrence in a sentence, before its clause is judged. */
export type RowHit = Cue & { def: CueDef };

/** Every lexicon row's occurrence in a sentence, in order; overlapping ones keep the longest. */
export function rowHits(sentence: string, isTitle: boolean): RowHit[] {
  const found: RowHit[] = [];
  const lower = sentence.toLowerCase();
  // Most sentences hold no status word at all: one pass for every row's hints settles them.
  const hinted = HINTS.find(lower);
  if (hinted === null) return [];
  // Only the rows one of whose hints starts like a word of the sentence are tried, and of those
  // only the rows one of whose hints the sentence holds.
  const tried = new Uint8Array(CUES.length);
  markRowsAtWordStarts(lower, tried);
  for (let r = 0; r < CUES.length; r++) {
    if (tried[r] === 0) continue;
    const def = CUES[r]!;
    if (def.titleOnly && !isTitle) continue;
    if (def.needsToday && isTitle) continue;
    if (!ROW_HINTS[r]!.some((k) => hinted[k] === 1)) continue;
    for (const m of execAll(def.re, sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      let legislature: string | null = null;
      if (def.notByLegislature && (LEGISLATURE.test(clauseAround(sentence, start, end)) || /\b(?:resolution|bill|motion|law|reading)\b/i.test(sentence))) continue;
      if (def.status === 'ratified' || def.proform) {
        const own = legislatureAround(sentence, start, end);
        const leg = own ?? (def.proform ? null : (LEGISLATURE.exec(sentence)?.[0] ?? null));
        legislature = leg ?? (/concur/i.test(m[0]) ? 'Senate' : null);
        // "giving its concurrence to ratifying": concurrence is a Senate's word for its approval.
        if (def.needsLegislature && !own && !/concur/i.test(m[0])) continue;
      }
      found.push({
        rule: def.id,
        status: def.status,
        start,
        end,
        kind: def.kind ?? 'event',
        legislature,
        objectOnly: def.objectOnly ?? false,
        partyRequired: def.partyRequired ?? false,
        sameDay: def.needsToday ?? false,
        present: def.present ?? (/^(?:negotiating|in-force)$/.test(def.status) && PRESENT_BEFORE.test(clauseBefore(sentence, start))),
        subjectOnly: def.subjectOnly ?? false,
        denied: false,
        wholeAgreement: def.wholeAgreement ?? false,
        talksState: def.talksState ?? false,
        def,
      });
    }
  }
  // Longest first, then drop any cue overlapping one already kept.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: RowHit[] = [];
  for (const c of found) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The status cues of a sentence, in order; `stopped` collects the rows that matched but do not count. */
export function findCues(sentence: string, isTitle: boolean, stopped?: StoppedCue[]): Cue[] {
  const ordered: Array<Cue & { def: CueDef }> = [];
  let withheld = null as { end: number; reason: BlockReason } | null;
  for (const c of rowHits(sentence, isTitle)) {
    // "still has to be approved by the Council and signed by the president": a participle joined
    // to a withheld one is withheld with it.
    const joined: boolean = withheld !== null && (withheld.reason === 'modality' || withheld.reason === 'infinitive') && COORDINATED.test(sentence.slice(withheld.end, c.start));
    const reason: BlockReason | null = joined ? 'modality' : blocked(sentence, c, c.def);
    withheld = reason === null ? null : { end: c.end, reason };
    if (reason === null) ordered.push(c);
    else if (reason === 'negated' && !c.def.proform && c.kind === 'event') ordered.push({ ...c, denied: true });
    else stopped?.push({ rule: c.rule, status: c.status, text: sentence.slice(c.start, c.end), reason });
  }
  const out: Cue[] = [];
  for (const { def, ...cue } of ordered) {
    if (def.proform) {
      // The status of the event it repeats; a legislature doing "so" repeats a ratification.
      const prev = out[out.length - 1];
      if (!prev) continue;
      out.push({ ...cue, status: prev.status, kind: prev.kind, legislature: prev.status === 'ratified' ? cue.legislature : null, denied: prev.denied });
      continue;
    }
    out.push(cue);
  }
  return out;
}
