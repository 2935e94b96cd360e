// What a sentence asserts about one occurrence of a lexicon row: the tense, aspect, modality and
// negation of the clause that governs it, read from wink-nlp's part-of-speech tags (its English
// lite model) rather than from hand-written word lists. Chosen by measurement over compromise and
// the hand-written judge it replaced (docs/clause-judge.md). The model loads on the first
// judgement only, so commands that never match do not pay for it.
import { createRequire } from 'node:module';

/** What the grammar of a row occurrence's clause says: each flag withholds or denies the step. */
export interface ClauseGrammar {
  /** "to sign", "to be ratified", "opens the way to joining": an infinitive. */
  infinitive: boolean;
  /** "Did Manila sign the pact?" */
  question: boolean;
  /** "if ratified", "once every parliament has ratified it", "unless": a condition. */
  conditional: boolean;
  /** "will sign", "is to enter into force". */
  future: boolean;
  /** "would", "could", "must be", "has to". */
  modal: boolean;
  /** "has not been ratified", "never signed", "has yet to", "No nation has signed". */
  negated: boolean;
}

/** The one thing a sentence asserts about a row occurrence, for `explain` and for callers that need one word. */
export type ClauseMood = 'asserted' | 'infinitive' | 'question' | 'conditional' | 'future' | 'modal' | 'negated';

export function moodOf(g: ClauseGrammar): ClauseMood {
  if (g.infinitive) return 'infinitive';
  if (g.question) return 'question';
  if (g.conditional) return 'conditional';
  if (g.future) return 'future';
  if (g.modal) return 'modal';
  if (g.negated) return 'negated';
  return 'asserted';
}

// The words whose grammatical role the tagger gives and whose meaning English fixes: which
// auxiliaries are modal or future, which subordinators are conditions, which particles negate.
const CONDITIONAL_WORDS = new Set(['if', 'unless', 'whether', 'once', 'until', 'whenever', 'before']);
const MODAL_AUX = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can', 'ca', "'d"]);
const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'wo']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'none', 'neither', 'nor']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
const PRESENT_OR_BARE = new Set(['is', 'are', 'am', 'has', 'have', 'be', 'being', 'will', 'shall', 'can', 'may', 'must', 'to']);
/** "had to", "needs to": a necessity, like a modal. */
const NECESSITY = new Set(['has', 'have', 'had', 'need', 'needs']);
/** Words and marks that end a clause (walking back from the row). */
const CLAUSE_STOP = new Set([',', ';', ':', '(', ')', '—', '–', '"', '“', '”', 'that', 'which', 'who', 'while', 'but']);
/** A time or reason clause is its own clause: a modal before "after it took effect" is not about it. */
const SUBORDINATORS = new Set(['after', 'since', 'when', 'because', 'as', 'though', 'although']);

interface Tagged {
  text: string;
  /** Lower-cased token values. */
  values: string[];
  /** Universal POS tags. */
  pos: string[];
  /** Each token's offset in the text. */
  at: number[];
}

interface WinkDoc {
  tokens(): { out(f: unknown): string[] };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { value: unknown; pos: unknown; precedingSpaces: unknown };
}

let wink: Wink | null = null;

function tagger(): Wink {
  if (wink) return wink;
  // CommonJS packages loaded on demand: a static import would load the model at start-up.
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Wink;
  // Only the tagger: sentence breaking, negation scope, entities and sentiment are not needed.
  wink = winkNLP(require('wink-eng-lite-web-model'), ['pos']);
  return wink;
}

let last: Tagged | null = null;

/** A stretch's tokens and tags; the last one is kept, as a sentence's rows are judged one after another. */
function tag(text: string): Tagged {
  if (last?.text === text) return last;
  const nlp = tagger();
  const tokens = nlp.readDoc(text).tokens();
  const values = tokens.out(nlp.its.value);
  const pos = tokens.out(nlp.its.pos);
  const spaces = tokens.out(nlp.its.precedingSpaces);
  const at: number[] = [];
  let p = 0;
  values.forEach((v, i) => {
    p += spaces[i]!.length;
    // The tokenizer keeps the text's characters; a normalised one is found just ahead.
    const found = text.indexOf(v, p);
    if (found >= 0 && found - p < 3) p = found;
    at.push(p);
    p += v.length;
  });
  last = { text, values: values.map((v) => v.toLowerCase()), pos, at };
  return last;
}

// The judge looks at most ~22 tokens back from a row (a clause of 16, a governing verb 6 before a
// noun phrase): the text it tags starts this many characters before the row, at a word's start.
const REACH = 200;
// Every word the judge can flag on; a stretch holding none of them is a plain statement, untagged.
// An infinitive's "to" counts only just before the row or its governing verb.
const FLAGGED = /\b(?:if|unless|whether|once|until|whenever|before|would|could|might|may|should|must|can|ca|will|shall|wo|not|never|no|none|neither|nor|yet)\b|n't|'ll|'d\b/i;
const TO_REACH = 80;

/** The grammar of the clause that governs the text at [start, end) of a sentence. */
export function clauseGrammar(sentence: string, start: number, end: number): ClauseGrammar {
  const question = /\?["'”’)]*\s*$/.test(sentence);
  let from = Math.max(0, start - REACH);
  if (from > 0) from = sentence.indexOf(' ', from) + 1 || start;
  const stretch = sentence.slice(from, end);
  if (!FLAGGED.test(stretch) && !/\bto\b/i.test(sentence.slice(Math.max(from, start - TO_REACH), end))) return { infinitive: false, question, conditional: false, future: false, modal: false, negated: false };
  const tagged = tag(stretch);
  const values = tagged.values;
  const pos = tagged.pos;
  const at = tagged.at.map((a) => a + from);
  const first = at.findIndex((a, i) => a + values[i]!.length > start);
  if (first < 0) return { infinitive: false, question, conditional: false, future: false, modal: false, negated: false };
  const inRow: number[] = [];
  for (let i = first; i < values.length && at[i]! < end; i++) inRow.push(i);
  // A noun phrase or gerund ("negotiations on", "the signing of", "withdrawing") is judged by the
  // verb that governs it ("could include negotiations on", "would host the signing of").
  const finite = (i: number): boolean => (pos[i] === 'VERB' && !values[i]!.endsWith('ing')) || pos[i] === 'AUX';
  let anchor = first;
  if (!inRow.some(finite)) {
    for (let j = first - 1; j >= 0 && first - j <= 6; j--) {
      if (CLAUSE_STOP.has(values[j]!) || pos[j] === 'PUNCT' || SUBORDINATORS.has(values[j]!)) break;
      if (pos[j] === 'VERB') {
        anchor = j;
        break;
      }
    }
  }
  // Back from there through its clause: a stop word or mark, a time subordinator, or another
  // clause's main verb ("Japan has yet to ratify the pact it signed") ends it.
  // The words between a governing verb and its noun-phrase row belong to the clause ("contains no
  // exit clause"); verbs joined by "and"/"or" share their auxiliaries ("will be cut or scrapped").
  const clause = [...inRow];
  for (let j = anchor; j < first; j++) clause.push(j);
  // A passive participle right after "and"/"or" ("… and concurred in by the Senate") has no
  // auxiliary of its own: it shares the first passive conjunct's, past that verb's complement ("must
  // be ratified by the President and concurred in by the Senate"). A finite verb has its own tense
  // ("could not be renewed and expired in 2021").
  let bareConjunct =
    anchor > 0 && (values[anchor - 1] === 'and' || values[anchor - 1] === 'or') && pos[anchor] === 'VERB' && /^\s+(?:[a-z]+\s+)?by\b/.test(sentence.slice(end));
  for (let j = anchor - 1; j >= 0 && clause.length < 16; j--) {
    if (CLAUSE_STOP.has(values[j]!) || (pos[j] === 'PUNCT' && values[j] !== "'")) break;
    if (SUBORDINATORS.has(values[j]!)) break;
    if (pos[j] === 'VERB' && bareConjunct && values[j - 1] === 'be') {
      bareConjunct = false;
      clause.push(j);
      continue;
    }
    if (pos[j] === 'VERB' && !(values[j + 1] === 'and' || values[j + 1] === 'or')) break;
    clause.push(j);
    if (pos[j] === 'SCONJ') break;
  }
  // An infinitive's "to" comes before the row ("the first to sign" is the row's own words), or
  // before a gerund row ("gave its approval to denouncing the treaty").
  const toBefore = (i: number): number => {
    let k = i - 1;
    while (k >= 0 && pos[k] === 'ADV') k--;
    return k;
  };
  const k = toBefore(anchor);
  const g = toBefore(first);
  // "has yet to secure approval", "has yet to be ratified": not done, so denied, not merely aimed at.
  const yetTo = (values[k] === 'to' && values[k - 1] === 'yet') || (values[k] === 'be' && values[k - 2] === 'yet');
  // A definite noun phrase presupposes its thing: "to bring the negotiations on X to a close"
  // says the talks are on, while "to launch negotiations on X" does not.
  let definite = false;
  for (let j = anchor + 1; j < first; j++) if (pos[j] === 'DET' || pos[j] === 'PRON') definite = true;
  const infinitiveVerb = anchor !== first && definite ? false : values[k] === 'to' || (values[k] === 'be' && values[k - 1] === 'to');
  const has = (f: (j: number) => boolean): boolean => clause.some(f);
  // Row `before-in-the-past`: "before the talks stalled over …", "before it was ratified in 2016":
  // a time clause in the past tense reports what happened then; only a present ("before it is
  // ratified") or a gerund ("before signing") is still ahead.
  const pastBefore = (j: number): boolean => {
    if (values[j] !== 'before') return false;
    const after = values.slice(j + 1, (inRow.at(-1) ?? first) + 1);
    if (after.some((v) => PRESENT_OR_BARE.has(v))) return false;
    return after.some((v) => PAST_AUX.has(v)) || /ed$/.test(values[first]!);
  };
  return {
    infinitive: !yetTo && (infinitiveVerb || (values[g] === 'to' && pos[first] === 'VERB')),
    question,
    conditional: has((j) => CONDITIONAL_WORDS.has(values[j]!) && (pos[j] === 'SCONJ' || pos[j] === 'ADP' || pos[j] === 'ADV') && !pastBefore(j)),
    future: has((j) => pos[j] === 'AUX' && (FUTURE_AUX.has(values[j]!) || (/^(?:is|are)$/.test(values[j]!) && values[j + 1] === 'to'))),
    modal: has((j) => (pos[j] === 'AUX' && MODAL_AUX.has(values[j]!)) || (NECESSITY.has(values[j]!) && values[j + 1] === 'to')),
    // ("no longer a party to", "no longer in force": a change that happened, not a negation of it.)
    negated: yetTo || has((j) => (NEGATIONS.has(values[j]!) && !(values[j] === 'no' && values[j + 1] === 'longer')) || (values[j] === 'yet' && pos[j] === 'ADV')),
  };
}
