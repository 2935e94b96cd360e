// Word tokens for the word-level stage.
//
// Own tokenizer (rather than jsdiff's diffWords) because the diff must reproduce both texts exactly
// (see sideText) and diffWords rebuilds the whitespace of unchanged words from the new text only.
// Here each token keeps the whitespace that preceded it in its own text, tokens are compared by
// their folded text, and the segments are rebuilt from each side's own whitespace. jsdiff's
// diffArrays still does the actual diffing.

import { foldKey, PARAGRAPH_SEPARATOR } from './normalize.js';

export interface Token {
  /** Whitespace before the token in its own text. */
  ws: string;
  text: string;
  /** What equality is decided on. */
  key: string;
}

// Han, kana and hangul are written without spaces: one character is one token, so a changed
// character does not mark a whole clause. Other letters form words (with inner apostrophes, so
// "Japan's" stays one word); anything else is a token of one character.
const TOKEN =
  /(\s+)|([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])|([\p{L}\p{N}\p{M}_]+(?:['\u2019][\p{L}\p{N}\p{M}_]+)*)|([^])/gu;

/** Stands between paragraphs when several are diffed as one (a merge or a split). */
export const PARAGRAPH_TOKEN_KEY = '\u0000para';

export function tokenizeParagraph(p: string, out: Token[] = []): Token[] {
  let ws = '';
  for (const m of p.matchAll(TOKEN)) {
    if (m[1] !== undefined) {
      ws += m[1];
      continue;
    }
    const text = m[0];
    out.push({ ws, text, key: foldKey(text) });
    ws = '';
  }
  // Trailing whitespace (display forms have none) is kept on an empty token so nothing is lost.
  if (ws !== '') out.push({ ws, text: '', key: '' });
  return out;
}

/** Several paragraphs as one token stream, with a separator token between them. */
export function tokenizeParagraphs(ps: readonly string[]): Token[] {
  const out: Token[] = [];
  ps.forEach((p, i) => {
    if (i > 0) out.push({ ws: '', text: PARAGRAPH_SEPARATOR, key: PARAGRAPH_TOKEN_KEY });
    tokenizeParagraph(p, out);
  });
  return out;
}

/** Lower-cased word counts, for pairing paragraphs by similarity. */
export function wordBag(p: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const m of p.matchAll(TOKEN)) {
    if (m[2] === undefined && m[3] === undefined) continue;
    const w = foldKey(m[0]).toLowerCase();
    bag.set(w, (bag.get(w) ?? 0) + 1);
  }
  return bag;
}
