// Status cues: the words that say an agreement reached a stage, minding tense, modality and
// negation. A cue is kept only when it is affirmative and realised ("signed", "took effect", "the
// signing of X on Thursday"), not when it is negated, conditional, required, hoped for or an
// infinitive ("has yet to sign", "must be ratified", "if signed", "aims to sign", "ahead of the
// signing"). Hand-written because no npm package does English tense/modality for this vocabulary;
// the cue list below is data, the checks after it are generic.
import type { AgreementStatus } from '../types.js';

export interface Cue {
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
}

interface CueDef {
  /** Lower-case substrings one of which the sentence must contain: skips the regex cheaply. */
  hint: string[];
  status: AgreementStatus;
  re: RegExp;
  kind?: 'scheduled';
  /** Only in headlines, whose present tense reports the past ("Japan, Philippines sign pact"). */
  titleOnly?: boolean;
  /** Present tense that reports an event of the day: needs "today" in its clause ("enters into force today"). */
  needsToday?: boolean;
  /** Needs a legislature in the same clause ("approved" alone is not a ratification). */
  needsLegislature?: boolean;
  /** A noun phrase ("the signing of", "entry into force"): other words make it unrealised. */
  nominal?: boolean;
  objectOnly?: boolean;
  partyRequired?: boolean;
  /** "had done so", "followed suit": repeats the status of the cue before it. */
  proform?: boolean;
  present?: boolean;
  /** Says nothing alone: needs talks or negotiations named before it ("talks … were concluded"). */
  needsTalks?: boolean;
}

const TALK_NOUN = '(?:negotiations|talks|discussions)';
const TALKS = `(?:formal\\s+|official\\s+)?${TALK_NOUN}`;
// Up to three words between a determiner and "talks": "a new round of peace treaty talks".
const MODS = "(?:[\\w'’-]+\\s+){0,3}?";
const W = "[\\w'’-]+";
const POSSESSIVE = "(?<=(?:'s|’s|s'|s’)\\s+(?:formal\\s+|final\\s+)?)";

// "the first (of the two countries) to": what follows is a fact, not an aim.
const ORDINAL_TO = "\\b(?:first|latest|second|third|fourth|fifth|newest|last|only)\\s+(?:[\\w'’-]+\\s+){0,4}?to\\s+";

const CUES: CueDef[] = [
  // proposed
  { hint: ['consider', 'weigh', 'eye', 'mull', 'explor', 'propos', 'float'], status: 'proposed', re: /\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)|eye(?:s|d|ing)|mull(?:s|ed|ing)?|explor(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|floated|floating)\b/gi },
  // "expected to greenlight negotiations for X": talks are only in prospect, so X is proposed now.
  { hint: ['expected', 'set to', 'poised', 'likely', 'due to'], status: 'proposed', kind: 'scheduled', re: new RegExp(`\\b(?:expected|set|poised|likely|due)\\s+to\\s+(?:greenlight|green-light|green\\s+light|approve|authori[sz]e|endorse|okay|launch|begin|start|open|kick\\s+off)\\s+(?:the\\s+)?(?:(?:launch|start|opening)\\s+of\\s+)?${TALKS}`, 'gi') },
  // negotiating
  { hint: ['agree', 'decided'], status: 'negotiating', re: new RegExp(`\\b(?:agree[ds]?|decided|agreeing)(?:\\s+${W}){0,3}?\\s+to\\s+(?:(?:start|begin|launch|open|hold|resume|commence)\\s+(?:${TALKS}|negotiating)|negotiate)\\b`, 'gi') },
  { hint: ['talks', 'negotiations', 'discussions'], status: 'negotiating', re: new RegExp(`\\b(?:launched|began|begun|started|opened|commenced|resumed|held|holding|hold)\\s+(?:the\\s+|a\\s+|an\\s+)?${MODS}(?:round\\s+of\\s+${MODS})?${TALKS}`, 'gi') },
  { hint: [' of '], status: 'negotiating', re: new RegExp(`\\b(?:launch|start|opening|beginning|commencement)\\s+of\\s+(?:the\\s+)?${TALKS}`, 'gi') },
  { hint: ['began', 'opened', 'started', 'kicked', 'under', 'commenced'], status: 'negotiating', re: /\b(?:negotiations|talks|discussions)\b[^,.;:]{0,50}?\b(?:began|opened|started|kicked\s+off|got\s+under\s+way|got\s+underway|commenced)\b/gi },
  // "talks on X are in their final stage", "negotiations with Paris continue"
  { hint: ['stage', 'phase', 'under', 'ongoing', 'continu', 'progress', 'advanced'], status: 'negotiating', present: true, re: new RegExp(`\\b${TALK_NOUN}\\b[^,.;:]{0,60}?\\b(?:(?:are|is|were|was|remain|remained)\\s+(?:still\\s+)?(?:in\\s+(?:their|the|its|an?)\\s+(?:[\\w-]+\\s+)?(?:stages?|phases?)|under\\s*way|ongoing|continuing|progressing|advanced)|continues?)\\b`, 'gi') },
  { hint: ['in '], status: 'negotiating', re: /\bin\s+(?:formal\s+)?(?:talks|negotiations|discussions)\b/gi },
  { hint: ['under negotiation', 'being negotiated'], status: 'negotiating', present: true, re: /\bunder\s+negotiation\b|\bbeing\s+negotiated\b/gi },
  { hint: ['negotiating'], status: 'negotiating', re: /\b(?:still\s+)?negotiating\b/gi },
  { hint: ['negotiations', 'talks'], status: 'negotiating', re: /\b(?:negotiations|talks)\s+(?:on|for|over)\b/gi },
  { hint: ['round'], status: 'negotiating', re: new RegExp(`\\bround\\s+of\\s+${MODS}${TALK_NOUN}\\b`, 'gi') },
  // agreed: negotiations concluded, text finalised or initialled, agreed in principle, signing scheduled
  { hint: ['to sign', 'to ink'], status: 'agreed', kind: 'scheduled', re: /\b(?:(?:is|are|were|was)\s+)?(?:set|scheduled|due|poised)\s+to\s+(?:sign|ink)\b/gi },
  { hint: ['will'], status: 'agreed', kind: 'scheduled', re: /\bwill\s+(?:sign|ink|witness\s+the\s+signing)\b/gi },
  { hint: ['conclud', 'wrapped', 'complet', 'finali'], status: 'agreed', re: /\b(?:concluded|wrapped\s+up|completed|finali[sz]ed)\s+(?:the\s+)?(?:\w+\s+)?(?:negotiations|talks)\b/gi },
  { hint: ['conclud', 'wrapped', 'complet', 'finali'], status: 'agreed', re: /\b(?:negotiations|talks)\b[^,.;:]{0,60}?\b(?:(?:were|have\s+been|had\s+been|was)\s+)?(?:concluded|wrapped\s+up|completed|finali[sz]ed)\b/gi },
  // "Negotiations on X, which began in 2022, were concluded in August": the passive verb alone.
  { hint: ['conclud', 'wrapped', 'complet', 'finali'], status: 'agreed', needsTalks: true, re: /\b(?:were|have\s+been|had\s+been|was)\s+(?:\w+ly\s+)?(?:concluded|wrapped\s+up|completed|finali[sz]ed)\b/gi },
  // "concluded the UK-India free trade agreement": concluding an agreement is agreeing its text.
  { hint: ['concluded'], status: 'agreed', re: /\bconcluded(?=\s+(?:the|a|an|their|its)\s+(?:[\w'’-]+\s+){0,4}?(?:agreement|pact|deal|accord|treaty)\b)/gi },
  { hint: ['conclusion'], status: 'agreed', re: /\bconclusion\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:negotiations|talks)\b/gi },
  { hint: ['principle'], status: 'agreed', re: /\bagreed\s+in\s+principle\b|\bagreement\s+in\s+principle\b/gi },
  { hint: ['reached'], status: 'agreed', re: /\breached\s+(?:a|an)\s+(?:broad\s+|basic\s+|final\s+|tentative\s+)?(?:agreement|deal)\b/gi },
  { hint: ['text', 'terms', 'wording'], status: 'agreed', re: /\b(?:finali[sz]ed|endorsed|approved|adopted|settled|agreed\s+(?:on|to)|signed\s+off\s+on)\s+(?:the\s+)?(?:final\s+)?(?:text|terms|wording)\b/gi },
  // "clinched the deal", "struck an accord": the terms are agreed (a signature may follow).
  { hint: ['clinch', 'struck'], status: 'agreed', re: /\b(?:clinched|struck)\b(?!\s+(?:down|off|out)\b)/gi },
  // Initialling fixes the negotiated text; the signature comes later.
  { hint: ['initial'], status: 'agreed', re: /\binitiall?(?:ed|ing)\b/gi },
  // signed
  { hint: ['signed', 'inked'], status: 'signed', re: /\b(?:signed|inked)\b(?!\s+off\b)/gi },
  { hint: ['signing', 'signature', 'names to', 'name to', 'pen to paper'], status: 'signed', re: /\bwitnessed\s+the\s+signing\b|\bsigning\s+(?:ceremony\s+)?took\s+place\b|\bput\s+(?:his|her|their)\s+(?:signatures?|names?)\s+to\b|\bput\s+pen\s+to\s+paper\b/gi },
  // "the latest country to sign", "the first to ratify": an infinitive that reports a fact.
  { hint: ['to sign', 'to ink'], status: 'signed', re: new RegExp(`${ORDINAL_TO}(?:sign|ink)\\b`, 'gi') },
  { hint: ['to ratify', 'to approve'], status: 'ratified', re: new RegExp(`${ORDINAL_TO}(?:ratify|approve)\\b`, 'gi') },
  { hint: ['signing of'], status: 'signed', re: /\bsigning\s+(?:today\s+|yesterday\s+|(?:on|last)\s+\w+\s+)?of\b/gi, nominal: true },
  { hint: ['sign', 'ink'], status: 'signed', re: /\b(?:signs?|inks?)\b/gi, titleOnly: true },
  { hint: ['sign', 'ink'], status: 'signed', re: /\b(?:signs?|inks?)\b/gi, needsToday: true },
  // ratified
  { hint: ['ratified'], status: 'ratified', re: /\bratified\b/gi },
  { hint: ['voted'], status: 'ratified', re: /\bvoted\b[^,.;]{0,30}?\bto\s+(?:ratify|approve|concur\s+in|endorse)\b/gi },
  { hint: ['concurred'], status: 'ratified', re: /\bconcurred\s+(?:in|with)\b/gi },
  // A cabinet gives approval too: only a legislature's counts.
  { hint: ['concurrence', 'approval', 'ratification'], status: 'ratified', needsLegislature: true, re: /\b(?:gave|given|granted|obtained|secured|won|received|welcomes?|welcomed)\s+(?:its\s+|their\s+|the\s+)?(?:final\s+|formal\s+|unanimous\s+|overwhelming\s+)?(?:(?:Senate|Senate's|Senate’s|Diet|parliamentary|legislative)\s+)?(?:concurrence|approval|ratification)\b/gi },
  { hint: ['concurrence', 'approval', 'ratification'], status: 'ratified', re: /\b(?:Senate|Diet|parliamentary|legislative|congressional)\s+(?:concurrence|approval|ratification)\b/gi },
  // "the Senate's ratification of X", "Britain's approval of X": a possessor did it.
  { hint: ['ratification'], status: 'ratified', re: new RegExp(`${POSSESSIVE}ratification\\s+of\\b`, 'gi'), nominal: true },
  // A cabinet approves too: "approval of" is a ratification only from a legislature.
  { hint: ['approval', 'concurrence'], status: 'ratified', re: new RegExp(`${POSSESSIVE}(?:approval|concurrence)\\s+(?:on\\s+[^,;]{1,20}?\\s+)?(?:of|to|in)\\b`, 'gi'), nominal: true, needsLegislature: true },
  { hint: ['approving', 'ratifying', 'concurring'], status: 'ratified', needsLegislature: true, re: /\b(?:bill|law|resolution|motion|measure)\s+(?:approving|ratifying|concurring\s+in)\b/gi },
  // "Resolution No. 12, concurring in the ratification of X, was adopted": the act is the adoption.
  { hint: ['adopted', 'passed', 'approved'], status: 'ratified', re: /\b(?:resolution|bill|measure|motion)\b[^;]{0,40}?\b(?:concurring\s+in|approving|ratifying)\b(?=[^;]*?\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:adopted|approved|passed)\b)/gi },
  // "Ratification of X by the Diet on Friday": a nominal whose agent is a legislature.
  { hint: ['ratification'], status: 'ratified', nominal: true, re: new RegExp(`\\bratification\\s+of\\b(?=[^,;]{0,80}?\\bby\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}?${'(?:Senate|Diet|[Pp]arliament|[Ll]egislature|Congress|National\\s+Assembly|Federation\\s+Council|Riksdag|Eduskunta|Bundestag|Duma|Knesset|Sejm|Storting|Folketing)'})`, 'gi') },
  { hint: ['approved', 'endorsed', 'passed', 'cleared'], status: 'ratified', re: /\b(?:approved|endorsed|passed|cleared)\b(?!\s+the\s+way\b)/gi, needsLegislature: true },
  { hint: ['ratifies', 'approves'], status: 'ratified', re: /\b(?:ratifies|approves)\b/gi, titleOnly: true },
  // in force
  { hint: ['effect'], status: 'in-force', re: /\b(?:took|has\s+taken|have\s+taken|had\s+taken)\s+effect\b/gi },
  { hint: ['into'], status: 'in-force', re: /\b(?:entered|came|went)\s+into\s+(?:force|effect)\b/gi },
  { hint: ['effective'], status: 'in-force', re: /\b(?:became|has\s+become|had\s+become)\s+effective\b/gi },
  { hint: ['now'], status: 'in-force', present: true, re: /\b(?:is|are)\s+now\s+(?:(?:officially|formally|fully|legally)\s+)?in\s+(?:force|effect)\b/gi },
  { hint: ['remain'], status: 'in-force', re: /\b(?:remains?|remained)\s+in\s+(?:force|effect)\b/gi },
  { hint: ['since', 'been in'], status: 'in-force', re: /\b(?:in\s+(?:force|effect)|effective)\s+since\b|\bbeen\s+in\s+(?:force|effect)\b/gi },
  { hint: ['entry into'], status: 'in-force', re: /\bentry\s+into\s+(?:force|effect)\b/gi, nominal: true },
  { hint: ['effect', 'into', 'now in'], status: 'in-force', re: /\b(?:takes|take)\s+effect\b|\b(?:enters|comes)\s+into\s+(?:force|effect)\b|\bnow\s+in\s+(?:force|effect)\b/gi, titleOnly: true },
  { hint: ['effect', 'into'], status: 'in-force', re: /\btakes\s+effect\b|\b(?:enters|comes)\s+into\s+(?:force|effect)\b/gi, needsToday: true },
  // suspended / terminated
  { hint: ['suspend'], status: 'suspended', re: /\bsuspend(?:ed|ing)\b/gi },
  { hint: ['suspends'], status: 'suspended', re: /\bsuspends\b/gi, titleOnly: true },
  { hint: ['terminated', 'scrapped', 'abrogated', 'revoked', 'annulled', 'rescinded', 'expired', 'lapsed'], status: 'terminated', re: /\b(?:terminated|scrapped|abrogated|revoked|annulled|rescinded|expired|lapsed)\b/gi },
  { hint: ['withdr', 'pulled'], status: 'terminated', re: /\b(?:withdrew|withdrawn|pulled\s+out)\s+(?:from|of)\b/gi },
  // "pulled the US out of the deal", "took Britain out of": the country named inside leaves.
  { hint: [' out of', ' out from'], status: 'terminated', re: /\b(?:pulled|took|taken)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3}out\s+(?:of|from)\b/g },
  { hint: ['withdrawal', 'exit', 'pullout'], status: 'terminated', re: /\b(?:withdrawal|exit|pull-?out)\s+from\b/gi, nominal: true, objectOnly: true },
  // "denounced" also means "criticised": only the agreement's own party denounces it away.
  { hint: ['denounc'], status: 'terminated', re: /\bdenounc(?:ed|ing)\b/gi, partyRequired: true },
  { hint: ['ended', 'ending'], status: 'terminated', re: /\b(?:ended|ending)\b/gi, objectOnly: true },
  { hint: ['scraps', 'terminates', 'quits', 'exits'], status: 'terminated', re: /\b(?:scraps|terminates|quits|exits)\b/gi, titleOnly: true },
  // elided repetition: "after the Senate had done so in December"
  { hint: ['so', 'suit', 'same'], status: 'signed', re: /\b(?:(?:had|has|have)\s+done|did)\s+so\b|\bfollowed\s+suit\b|\bdid\s+the\s+same\b/gi, proform: true },
];

// Words before a cue (in its clause) that make it unrealised: negation, modality, condition,
// intention, requirement, expectation. Case-sensitive so that "May 1999" is not "may".
const BLOCKERS =
  /\b(?:not|n't|never|no|neither|nor|yet|would|could|might|may|should|must|shall|will|can|cannot|if|If|unless|Unless|whether|Whether|once|Once|until|Until|aims?|aiming|aimed|hopes?|hoping|hoped|plans?|planning|planned|seeks?|seeking|sought|wants?|wanted|intends?|intended|expected|expects|likely|possibly|threaten(?:s|ed)?|failed|refused|without|await(?:s|ed|ing)?|pending|needs?|needed|requires?|required|requiring|be|Should|Would|Could|Will|Must|calls?|called|urged?|proposal|demands?|demanded|whenever|before|Before|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)|mull(?:s|ed|ing)?|ahead|prior)\b|n't\b|\bhas\s+to\b|\bhave\s+to\b/;

// A main clause about the future: "will take effect", "is to enter into force", "can only".
const FUTURE_MAIN = /\b(?:will|shall|would|could|can|must|is\s+to|are\s+to|is\s+expected\s+to|are\s+expected\s+to|is\s+set\s+to|are\s+set\s+to)\b|['’]ll\b/i;

// "after it is approved", "when they have been ratified": a present tense in the time clause.
const PRESENT_PASSIVE = /\b(?:is|are|has\s+been|have\s+been|gets?)\s+(?:\w+ly\s+)?$/;

// Right before a noun-phrase cue: the event is ahead ("ahead of the signing of", "for the entry into force").
const NOMINAL_BLOCKERS =
  /\b(?:ahead|prior|for|towards?|before|await\w*|pending|prepar\w*|expected|planned|scheduled|upcoming|forthcoming|possible|future|eventual|proposed|potential|delay\w*|postpon\w*|cancel\w*|defer\w*|shelv\w*|call\w*\s+off|scrap\w*|block\w*|seek\w*|sought|oppos\w*|against|speed\w*|expedit\w*|push\w*|urg\w*|sett?(?:ing|s)?|fix\w*|pav\w*\s+the\s+way|clear\w*\s+the\s+way|suspend\w*|halt\w*|paus\w*|revers\w*|froze|freez\w*|threaten\w*)\s+(?:(?:of|to|for|on)\s+)?(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}$/i;
// After a noun-phrase cue, in its clause: "the signing of X is scheduled for May", "would".
const NOMINAL_AFTER =
  /^[^,;:.]{0,100}?\b(?:(?:is|are|was|were|remains?|has\s+been|had\s+been)\s+(?:now\s+|again\s+)?(?:expected|scheduled|set|due|planned|likely|slated|pending|awaited|uncertain|unlikely|delayed|stalled|blocked|postponed|put\s+off|called\s+off|cancell?ed|deferred|derailed|suspended|shelved)|will|would|could|may|might|must|should|needs|requires)\b|^[^,;:.]{0,60}?\bfor\s+(?:[A-Z][a-z]{2,8}\.?\s+\d|\d|next|later|early|mid|the\s+(?:end|start|coming))/;

// A present-tense state: "are still in talks", "is negotiating", "remains".
const PRESENT_BEFORE = /\b(?:is|are|am|remains?|still|now)\s+(?:\w+\s+)?$/;

// A present-tense event needs the day named: "today", or a day that must be the publication day.
const SAME_DAY_WORDS = /\btoday\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/i;

// After these, an infinitive is a realised decision ("agreed to explore", "voted to ratify").
const REALISED_INFINITIVE = /\b(?:agreed|decided|voted|moved|agree|agrees|decides)\s+to\s*$/;

// A suspended termination is not a suspension of the agreement.
const SUSPENDED_OBJECT = /^\s+(?:the\s+|its\s+|their\s+)?(?:(?:planned|proposed|announced|intended|threatened|pending|earlier|impending|looming)\s+)?(?:termination|withdrawal|abrogation|decision|notice|plan|abolition|scrapping|review|talks|negotiations|expiry|expiration|lapse)\b/i;

// Words that name a legislature (for "approved", and for the ratifying party).
export const LEGISLATURE =
  /\b(?:Senate|[Ss]enators?|Diet|[Pp]arliament(?:arians)?|[Ll]egislat(?:ure|ures|ors|ive)|[Ll]awmakers|Congress|congressional|National\s+Assembly|Federation\s+Council|House\s+of\s+(?:Representatives|Councillors|Commons|Lords)|[Uu]pper\s+[Hh]ouse|[Ll]ower\s+[Hh]ouse|Riksdag|Eduskunta|Bundestag|Duma|Knesset|Sejm|Storting|Folketing|Majlis|Cortes|Oireachtas)\b/;

const CLAUSE_BREAK = /[,;:()—–“”"]|\bwhich\b|\bthat\b|\bwho\b|\bwhile\b|\bbut\b/g;

const SUBORDINATE = /\b(?:since|after|when|because|as)\s+(?=(?:it|they|the|its|their|this|[A-Z])\b)/g;

const CHANGE_AFTER = /^\s+(?:(?:a|an|the)\s+)?(?:revis(?:e|ing|ion|ions)|amend(?:ing|ment|ments)?|renegotiat(?:e|ing|ion)|chang(?:e|es|ing)\s+(?:to|in)|review(?:ing)?|updat(?:e|ing)|overhaul(?:ing)?|scrapping|ending|suspending)\b/i;

/** The clause before `at`: from the last clause break before it. */
export function clauseBefore(sentence: string, at: number): string {
  const head = sentence.slice(0, at);
  let cut = 0;
  for (const m of head.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return head.slice(cut);
}

function lastWords(text: string, n: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.slice(-n).join(' ');
}

/** The clause around a cue, for finding a legislature. */
function clauseAround(sentence: string, start: number, end: number): string {
  const before = clauseBefore(sentence, start);
  const after = sentence.slice(end);
  const stop = after.search(/[,;:()—–]/);
  return before + sentence.slice(start, end) + (stop >= 0 ? after.slice(0, stop) : after);
}

function blocked(sentence: string, cue: { start: number; end: number }, def: CueDef): boolean {
  const clause = clauseBefore(sentence, cue.start);
  // An infinitive ("to sign", "to formally sign", "to be ratified") is not a realised event
  // unless it follows a decision.
  if (/\bto\s+(?:\w+ly\s+)?$/.test(clause) && !REALISED_INFINITIVE.test(clause)) return true;
  // A negation or modal before "since it took effect" is about the main clause, not this one.
  let own = clause;
  if (/\b(?:since|after|when|because|as)\s/.test(clause)) for (const m of clause.matchAll(SUBORDINATE)) own = clause.slice(m.index);
  const window = lastWords(own, 5).replace(REALISED_INFINITIVE, '');
  // "will enter into force only after it is approved by the Diet": an event the future main
  // clause waits for has not happened yet.
  if (own !== clause && /^(?:after|when)\b/.test(own) && PRESENT_PASSIVE.test(own) && FUTURE_MAIN.test(clause.slice(0, clause.length - own.length))) return true;
  // "had been due to sign": a plan that was not kept.
  if (def.kind === 'scheduled' && /\bhad\s+been\s+$/.test(clause)) return true;
  // "proposed revising X": a change to an existing agreement is proposed, not X.
  if (def.status === 'proposed' && CHANGE_AFTER.test(sentence.slice(cue.end))) return true;
  if (window && BLOCKERS.test(window)) {
    // "will" is the point of a scheduled cue, so it cannot block one.
    if (def.kind === 'scheduled') {
      const w = window.replace(/\b(?:will|Will|is|are|be)\b/g, '');
      if (BLOCKERS.test(w)) return true;
    } else {
      return true;
    }
  }
  if (def.nominal) {
    if (NOMINAL_BLOCKERS.test(sentence.slice(Math.max(0, cue.start - 60), cue.start))) return true;
    if (NOMINAL_AFTER.test(sentence.slice(cue.end))) return true;
  }
  if (def.needsToday && !SAME_DAY_WORDS.test(clauseAround(sentence, cue.start, cue.end))) return true;
  if (def.needsTalks && !/\b(?:negotiations|talks)\b/i.test(sentence.slice(0, cue.start))) return true;
  // "weighing talks on", "considering negotiations for": talks are proposed, not under way.
  if (def.status === 'negotiating' && /\b(?:consider|weigh|eye|mull|explor|propos|float)\w*\s+(?:\w+\s+){0,2}$/i.test(clause)) return true;
  if (def.status === 'suspended' && SUSPENDED_OBJECT.test(sentence.slice(cue.end).replace(/^\s+(?:its|their)\s+participation\s+in\b/i, ''))) return true;
  // "If signed, …", "Once ratified, …": a participle opening a conditional.
  if (/^\s*(?:If|Once|Unless|When|Until)\b/i.test(sentence) && sentence.slice(0, cue.start).split(/\s+/).length <= 3) return true;
  return false;
}

/** The realised status cues of a sentence, in order; overlapping cues keep the longest. */
export function findCues(sentence: string, isTitle: boolean): Cue[] {
  const found: Array<Cue & { def: CueDef }> = [];
  const lower = sentence.toLowerCase();
  for (const def of CUES) {
    if (def.titleOnly && !isTitle) continue;
    if (def.needsToday && isTitle) continue;
    if (!def.hint.some((h) => lower.includes(h))) continue;
    def.re.lastIndex = 0;
    for (const m of sentence.matchAll(def.re)) {
      const start = m.index;
      const end = start + m[0].length;
      let legislature: string | null = null;
      if (def.status === 'ratified' || def.proform) {
        const around = clauseAround(sentence, start, end);
        const leg = LEGISLATURE.exec(around) ?? (def.proform ? null : LEGISLATURE.exec(sentence));
        legislature = leg ? leg[0] : /concur/i.test(m[0]) ? 'Senate' : null;
        if (def.needsLegislature && !LEGISLATURE.test(around)) continue;
      }
      found.push({
        status: def.status,
        start,
        end,
        kind: def.kind ?? 'event',
        legislature,
        objectOnly: def.objectOnly ?? false,
        partyRequired: def.partyRequired ?? false,
        sameDay: def.needsToday ?? false,
        present: def.present ?? (/^(?:negotiating|in-force)$/.test(def.status) && PRESENT_BEFORE.test(clauseBefore(sentence, start))),
        def,
      });
    }
  }
  // Longest first, then drop any cue overlapping one already kept.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Array<Cue & { def: CueDef }> = [];
  for (const c of found) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  const ordered = kept.filter((c) => !blocked(sentence, c, c.def)).sort((a, b) => a.start - b.start);
  const out: Cue[] = [];
  for (const { def, ...cue } of ordered) {
    if (def.proform) {
      // The status of the event it repeats; a legislature doing "so" repeats a ratification.
      const prev = out[out.length - 1];
      if (!prev) continue;
      out.push({ ...cue, status: prev.status, kind: prev.kind, legislature: prev.status === 'ratified' ? cue.legislature : null });
      continue;
    }
    out.push(cue);
  }
  return out;
}
