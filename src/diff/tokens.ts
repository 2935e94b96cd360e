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
// "Japan's" stays one word); anything else is a token of one character. Each match takes the
// whitespace before its token along (one match per token keeps tokenizing cheap on long texts).
const TOKEN =
  /(\s*)(?:([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])|([\p{L}\p{N}\p{M}_]+(?:['\u2019][\p{L}\p{N}\p{M}_]+)*)|([^\s]))/gu;

/** Stands between paragraphs when several are diffed as one (a merge or a split). */
export const PARAGRAPH_TOKEN_KEY = '\u0000para';

const PARAGRAPH_TOKEN: Token = { ws: '', text: PARAGRAPH_SEPARATOR, key: PARAGRAPH_TOKEN_KEY };

export function tokenizeParagraph(p: string): Token[] {
  const out: Token[] = [];
  let end = 0;
  for (const m of p.matchAll(TOKEN)) {
    const ws = m[1] ?? '';
    const text = m[0].slice(ws.length);
    out.push({ ws, text, key: foldKey(text) });
    end = m.index + m[0].length;
  }
  // Trailing whitespace (display forms have none) is kept on an empty token so nothing is lost.
  if (end < p.length) out.push({ ws: p.slice(end), text: '', key: '' });
  return out;
}

/** Several paragraphs' tokens as one stream, with a separator token between them. */
export function joinParagraphTokens(ps: ReadonlyArray<readonly Token[]>): Token[] {
  const out: Token[] = [];
  ps.forEach((tokens, i) => {
    if (i > 0) out.push(PARAGRAPH_TOKEN);
    for (const t of tokens) out.push(t);
  });
  return out;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** Lower-cased word counts, for pairing paragraphs by similarity. */
export function wordBag(tokens: readonly Token[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const t of tokens) {
    if (!WORDLIKE.test(t.text)) continue;
    const w = t.key.toLowerCase();
    bag.set(w, (bag.get(w) ?? 0) + 1);
  }
  return bag;
}
