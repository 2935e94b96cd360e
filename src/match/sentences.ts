// Sentence splitting. A boundary is a terminator (with any closing quotes or brackets) followed by
// a space and a capital, digit or opening quote, except after the title and month abbreviations
// news uses ("Sen. Imee Marcos", "Dec. 16", "U.S."). A regular expression rather than
// Intl.Segmenter: the segmenter gave the same breaks on news text but was the matcher's costliest
// step (and is quadratic on long strings in Node 20).
import { execAll } from './scan.js';

// Abbreviations after which a capitalised word does not start a new sentence.
const NO_BREAK_AFTER =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Gen|Sen|Sens|Rep|Reps|Gov|Lt|Col|Capt|Adm|Maj|Sgt|Prof|St|Mt|Ft|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|U\.N|D\.C|Jr|Sr|Gov't|Amb|Sec|Pres|Vice|Atty)\.\s*$/;

export interface Sentence {
  text: string;
  /** Index of the paragraph (-1 for the title). */
  paragraph: number;
}

const BOUNDARY = /[.!?…][.!?…"'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\d])/gu;
// A single initial ("John F. Kennedy") is not a sentence end either.
const INITIAL = /(?:^|\s)\p{Lu}\.\s*$/u;

const QUESTION = /^\s*Q\s*[:.]\s.*\?["'”’)]*\s*$/s;
const ANSWER = /^A\s*[:.]\s/;

export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  if (!text) return [];
  const out: string[] = [];
  let from = 0;
  for (const m of execAll(BOUNDARY, text)) {
    const cut = m.index + m[0].length;
    const piece = text.slice(from, cut);
    // Only the piece's tail can hold an abbreviation: testing the whole would rescan a growing
    // piece at every candidate break (quadratic on text full of "Mr." or initials).
    const tail = piece.slice(-16);
    if (NO_BREAK_AFTER.test(tail) || INITIAL.test(tail)) continue;
    // "Q: How old is the VFA? A: It was signed …": an answer is quoted with its question, which
    // holds what its "it" refers to.
    if (QUESTION.test(piece) && ANSWER.test(text.slice(cut))) continue;
    out.push(piece.trim());
    from = cut;
  }
  out.push(text.slice(from).trim());
  return out.filter((s) => s.length > 0);
}
