// Status cues: the words that say an agreement reached a stage, minding tense, modality and
// negation. A cue is kept only when it is affirmative and realised ("signed", "took effect"), not
// when it is negated, conditional, required, hoped for or an infinitive ("has yet to sign",
// "must be ratified", "if signed", "aims to sign"). Hand-written because no npm package does
// English tense/modality for this vocabulary; the cue list is data, the checks are generic.
import type { AgreementStatus } from '../types.js';

export interface Cue {
  status: AgreementStatus;
  start: number;
  end: number;
  /** 'scheduled': a future signing was agreed; its date is the report's, not the future day. */
  kind: 'event' | 'scheduled';
  /** For ratification cues: the text naming the legislature, if any ("Senate", "Diet"). */
  legislature: string | null;
}

interface CueDef {
  /** Lower-case substrings one of which the sentence must contain: skips the regex cheaply. */
  hint: string[];
  status: AgreementStatus;
  re: RegExp;
  kind?: 'scheduled';
  /** Only in headlines, whose present tense reports the past ("Japan, Philippines sign pact"). */
  titleOnly?: boolean;
  /** Needs a legislature in the same clause ("approved" alone is not a ratification). */
  needsLegislature?: boolean;
}

const TALKS = '(?:formal\\s+|official\\s+)?(?:negotiations|talks|discussions)';
const W = "[\\w'’-]+";

const CUES: CueDef[] = [
  // proposed
  { hint: ['consider', 'weigh', 'eye', 'mull', 'explor', 'propos', 'float'], status: 'proposed', re: /\b(?:consider(?:s|ed|ing)?|weigh(?:s|ed|ing)|eye(?:s|d|ing)|mull(?:s|ed|ing)?|explor(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|floated|floating)\b/gi },
  // negotiating
  { hint: ['agree', 'decided'], status: 'negotiating', re: new RegExp(`\\b(?:agree[ds]?|decided|agreeing)(?:\\s+${W}){0,3}?\\s+to\\s+(?:start|begin|launch|open|hold|resume|commence)\\s+${TALKS}`, 'gi') },
  { hint: ['talks', 'negotiations', 'discussions'], status: 'negotiating', re: new RegExp(`\\b(?:launched|began|begun|started|opened|commenced|resumed|held|holding|hold)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:first\\s+|second\\s+|third\\s+|fourth\\s+|fifth\\s+|new\\s+|another\\s+|latest\\s+)?(?:round\\s+of\\s+)?${TALKS}`, 'gi') },
  { hint: [' of '], status: 'negotiating', re: new RegExp(`\\b(?:launch|start|opening|beginning|commencement)\\s+of\\s+(?:the\\s+)?${TALKS}`, 'gi') },
  { hint: ['began', 'opened', 'started', 'kicked', 'under', 'commenced'], status: 'negotiating', re: /\b(?:negotiations|talks|discussions)\b[^,.;:]{0,50}?\b(?:began|opened|started|kicked\s+off|got\s+under\s+way|got\s+underway|commenced)\b/gi },
  { hint: ['in '], status: 'negotiating', re: /\bin\s+(?:formal\s+)?(?:talks|negotiations|discussions)\b/gi },
  { hint: ['negotiating'], status: 'negotiating', re: /\b(?:still\s+)?negotiating\b/gi },
  { hint: ['negotiations', 'talks'], status: 'negotiating', re: /\b(?:negotiations|talks)\s+(?:on|for|over)\b/gi },
  { hint: ['round'], status: 'negotiating', re: /\bround\s+of\s+(?:talks|negotiations|discussions)\b/gi },
  // agreed: negotiations concluded, agreed in principle, signing scheduled
  { hint: ['to sign', 'to ink'], status: 'agreed', kind: 'scheduled', re: /\b(?:(?:is|are|were|was)\s+)?(?:set|scheduled|due|poised)\s+to\s+(?:sign|ink)\b/gi },
  { hint: ['will'], status: 'agreed', kind: 'scheduled', re: /\bwill\s+(?:sign|ink|witness\s+the\s+signing)\b/gi },
  { hint: ['conclud', 'wrapped', 'complet', 'finali'], status: 'agreed', re: /\b(?:concluded|wrapped\s+up|completed|finali[sz]ed)\s+(?:the\s+)?(?:\w+\s+)?(?:negotiations|talks)\b/gi },
  { hint: ['conclud', 'wrapped', 'complet', 'finali'], status: 'agreed', re: /\b(?:negotiations|talks)\s+(?:(?:were|have\s+been|had\s+been|was)\s+)?(?:concluded|wrapped\s+up|completed|finali[sz]ed)\b/gi },
  { hint: ['conclusion'], status: 'agreed', re: /\bconclusion\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:negotiations|talks)\b/gi },
  { hint: ['principle'], status: 'agreed', re: /\bagreed\s+in\s+principle\b|\bagreement\s+in\s+principle\b/gi },
  { hint: ['reached'], status: 'agreed', re: /\breached\s+(?:a|an)\s+(?:broad\s+|basic\s+|final\s+|tentative\s+)?(?:agreement|deal)\b/gi },
  { hint: ['finali'], status: 'agreed', re: /\bfinali[sz]ed\s+(?:the\s+)?(?:text|terms|wording)\b/gi },
  // signed
  { hint: ['signed', 'inked', 'initial'], status: 'signed', re: /\b(?:signed|inked|initialed|initialled)\b/gi },
  { hint: ['signing', 'signature'], status: 'signed', re: /\bwitnessed\s+the\s+signing\b|\bsigning\s+(?:ceremony\s+)?took\s+place\b|\bput\s+(?:his|her|their)\s+signatures?\s+to\b/gi },
  { hint: ['sign', 'ink'], status: 'signed', re: /\b(?:signs?|inks?)\b/gi, titleOnly: true },
  // ratified
  { hint: ['ratified'], status: 'ratified', re: /\bratified\b/gi },
  { hint: ['voted'], status: 'ratified', re: /\bvoted\b[^,.;]{0,30}?\bto\s+(?:ratify|approve|concur\s+in|endorse)\b/gi },
  { hint: ['concurred'], status: 'ratified', re: /\bconcurred\s+(?:in|with)\b/gi },
  { hint: ['concurrence', 'approval', 'ratification'], status: 'ratified', re: /\b(?:gave|given|granted|obtained|secured|won|received|welcomes?|welcomed)\s+(?:its\s+|their\s+|the\s+)?(?:(?:Senate|Senate's|Senate’s|Diet|parliamentary|legislative)\s+)?(?:concurrence|approval|ratification)\b/gi },
  { hint: ['concurrence', 'approval', 'ratification'], status: 'ratified', re: /\b(?:Senate|Diet|parliamentary|legislative|congressional)\s+(?:concurrence|approval|ratification)\b/gi },
  { hint: ['approved', 'endorsed', 'passed', 'cleared'], status: 'ratified', re: /\b(?:approved|endorsed|passed|cleared)\b/gi, needsLegislature: true },
  { hint: ['ratifies', 'approves'], status: 'ratified', re: /\b(?:ratifies|approves)\b/gi, titleOnly: true },
  // in force
  { hint: ['effect'], status: 'in-force', re: /\b(?:took|has\s+taken|have\s+taken|had\s+taken)\s+effect\b/gi },
  { hint: ['into'], status: 'in-force', re: /\b(?:entered|came|went)\s+into\s+(?:force|effect)\b/gi },
  { hint: ['remain'], status: 'in-force', re: /\b(?:remains?|remained)\s+in\s+(?:force|effect)\b/gi },
  { hint: ['since', 'been in'], status: 'in-force', re: /\b(?:in\s+(?:force|effect)|effective)\s+since\b|\bbeen\s+in\s+(?:force|effect)\b/gi },
  { hint: ['effect', 'into', 'now in'], status: 'in-force', re: /\b(?:takes|take)\s+effect\b|\b(?:enters|comes)\s+into\s+(?:force|effect)\b|\bnow\s+in\s+(?:force|effect)\b/gi, titleOnly: true },
  // suspended / terminated
  { hint: ['suspended'], status: 'suspended', re: /\bsuspended\b/gi },
  { hint: ['suspends'], status: 'suspended', re: /\bsuspends\b/gi, titleOnly: true },
  { hint: ['terminated', 'scrapped', 'abrogated', 'revoked', 'annulled', 'rescinded', 'expired', 'lapsed'], status: 'terminated', re: /\b(?:terminated|scrapped|abrogated|revoked|annulled|rescinded|expired|lapsed)\b/gi },
  { hint: ['withdr', 'pulled'], status: 'terminated', re: /\b(?:withdrew|withdrawn|pulled\s+out)\s+(?:from|of)\b/gi },
  { hint: ['scraps', 'terminates', 'quits', 'exits'], status: 'terminated', re: /\b(?:scraps|terminates|quits|exits)\b/gi, titleOnly: true },
];

// Words before a cue (in its clause) that make it unrealised: negation, modality, condition,
// intention, requirement, expectation. Case-sensitive so that "May 1999" is not "may".
const BLOCKERS =
  /\b(?:not|n't|never|no|yet|would|could|might|may|should|must|shall|will|can|cannot|if|If|unless|Unless|whether|Whether|once|Once|until|Until|aims?|aiming|aimed|hopes?|hoping|hoped|plans?|planning|planned|seeks?|seeking|sought|wants?|wanted|intends?|intended|expected|expects|likely|possibly|threaten(?:s|ed)?|failed|refused|without|await(?:s|ed|ing)?|pending|needs?|needed|requires?|required|requiring|be|to|Should|Would|Could|Will|Must|calls?|called|urged?|proposal|demands?|demanded|whenever|before|Before)\b|n't\b|\bhas\s+to\b|\bhave\s+to\b/;

// After these, an infinitive is a realised decision ("agreed to explore", "voted to ratify").
const REALISED_INFINITIVE = /\b(?:agreed|decided|voted|moved|agree|agrees|decides)\s+to\s*$/;

// A suspended termination is not a suspension of the agreement.
const SUSPENDED_OBJECT = /^\s+(?:the\s+|its\s+|their\s+)?(?:termination|withdrawal|abrogation|decision|notice|plan|abolition|scrapping|review)\b/i;

// Words that name a legislature (for "approved", and for the ratifying party).
export const LEGISLATURE =
  /\b(?:Senate|[Ss]enators?|Diet|[Pp]arliament(?:arians)?|[Ll]egislat(?:ure|ures|ors|ive)|[Ll]awmakers|Congress|congressional|National\s+Assembly|House\s+of\s+(?:Representatives|Councillors|Commons|Lords)|upper\s+house|lower\s+house|Riksdag|Eduskunta|Bundestag|Duma|Knesset|Sejm|Storting|Folketing|Majlis|Cortes|Oireachtas)\b/;

const CLAUSE_BREAK = /[,;:()—–]|\bwhich\b|\bthat\b|\bwho\b|\bwhile\b|\bbut\b/g;

/** The clause before `at`: from the last clause break before it. */
function clauseBefore(sentence: string, at: number): string {
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
  // An infinitive ("to sign", "to be ratified") is not a realised event unless it follows a decision.
  if (/\bto\s*$/.test(clause) && !REALISED_INFINITIVE.test(clause)) return true;
  const window = lastWords(clause, 5).replace(REALISED_INFINITIVE, '');
  if (window && BLOCKERS.test(window)) {
    // "will" is the point of a scheduled cue, so it cannot block one.
    if (def.kind === 'scheduled') {
      const w = window.replace(/\b(?:will|Will|is|are|be)\b/g, '');
      if (BLOCKERS.test(w)) return true;
    } else {
      return true;
    }
  }
  // "weighing talks on", "considering negotiations for": talks are proposed, not under way.
  if (def.status === 'negotiating' && /\b(?:consider|weigh|eye|mull|explor|propos|float)\w*\s+(?:\w+\s+){0,2}$/i.test(clause)) return true;
  if (def.status === 'suspended' && SUSPENDED_OBJECT.test(sentence.slice(cue.end))) return true;
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
    if (!def.hint.some((h) => lower.includes(h))) continue;
    def.re.lastIndex = 0;
    for (const m of sentence.matchAll(def.re)) {
      const start = m.index;
      const end = start + m[0].length;
      let legislature: string | null = null;
      if (def.status === 'ratified') {
        const around = clauseAround(sentence, start, end);
        const leg = LEGISLATURE.exec(around) ?? LEGISLATURE.exec(sentence);
        legislature = leg ? leg[0] : /concur/i.test(m[0]) ? 'Senate' : null;
        if (def.needsLegislature && !LEGISLATURE.test(around)) continue;
      }
      found.push({ status: def.status, start, end, kind: def.kind ?? 'event', legislature, def });
    }
  }
  // Longest first, then drop any cue overlapping one already kept.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Array<Cue & { def: CueDef }> = [];
  for (const c of found) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept
    .filter((c) => !blocked(sentence, c, c.def))
    .sort((a, b) => a.start - b.start)
    .map(({ def: _def, ...cue }) => cue);
}
