// Word-level diff of two token streams into segments that reproduce both texts.

import { diffArrays } from 'diff';
import type { DiffSegment } from '../types.js';
import { PARAGRAPH_TOKEN_KEY, type Token } from './tokens.js';

export interface Bounds {
  /** Milliseconds jsdiff may spend on this call. */
  timeout: number;
  maxEditLength: number;
}

/** Appends a segment, merging it into the previous one when the op is the same. */
export function pushSegment(out: DiffSegment[], op: DiffSegment['op'], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/**
 * Segments such that equal+removed texts concatenated give the old tokens' text and equal+added
 * the new tokens' text (equal words are shown as the new text spells them). Undefined when jsdiff
 * gave up within the bounds.
 */
export function wordSegments(
  oldTokens: readonly Token[],
  newTokens: readonly Token[],
  bounds: Bounds,
): DiffSegment[] | undefined {
  const changes = diffArrays(
    oldTokens.map((t) => t.key),
    newTokens.map((t) => t.key),
    { timeout: bounds.timeout, maxEditLength: bounds.maxEditLength },
  );
  if (changes === undefined) return undefined;
  const out: DiffSegment[] = [];
  let oi = 0;
  let ni = 0;
  for (const c of changes) {
    if (c.removed) {
      for (let k = 0; k < c.count; k++) {
        const o = oldTokens[oi++]!;
        pushSegment(out, 'removed', o.ws + o.text);
      }
    } else if (c.added) {
      for (let k = 0; k < c.count; k++) {
        const n = newTokens[ni++]!;
        pushSegment(out, 'added', n.ws + n.text);
      }
    } else {
      for (let k = 0; k < c.count; k++) {
        const o = oldTokens[oi++]!;
        const n = newTokens[ni++]!;
        if (o.ws !== n.ws) {
          // Same word, different spacing ("a.b" / "a. b"): the spacing itself is the change.
          pushSegment(out, 'removed', o.ws);
          pushSegment(out, 'added', n.ws);
          pushSegment(out, 'equal', n.text);
        } else {
          pushSegment(out, 'equal', n.ws + n.text);
        }
      }
    }
  }
  return absorbPunctuation(out);
}

/** Ends a sentence when followed by a space (or by the end). */
const SENTENCE_END = new Set(['.', '!', '?', '\u3002', '\uFF01', '\uFF1F']);

/** Splits a token stream after sentence ends and around paragraph breaks. */
function sentences(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  tokens.forEach((t, i) => {
    if (t.key === PARAGRAPH_TOKEN_KEY) {
      if (cur.length > 0) out.push(cur);
      out.push([t]);
      cur = [];
      return;
    }
    cur.push(t);
    const next = tokens[i + 1];
    if (SENTENCE_END.has(t.text) && (next === undefined || next.ws !== '')) {
      out.push(cur);
      cur = [];
    }
  });
  if (cur.length > 0) out.push(cur);
  return out;
}

/** Whitespace is part of a sentence's key, so equal sentences reproduce both texts exactly. */
function sentenceKey(ts: readonly Token[]): string {
  let k = '';
  for (const t of ts) k += t.ws + t.key;
  return k;
}

/**
 * Long texts (a 10,000-word paragraph) are first aligned sentence by sentence, and only the
 * replaced sentences are diffed word by word: the same two stages as for paragraphs, one level
 * down, so a few edited sentences cost a few sentences' work. Undefined when jsdiff gave up.
 */
export function sentenceSegments(
  oldTokens: readonly Token[],
  newTokens: readonly Token[],
  bounds: () => Bounds,
): DiffSegment[] | undefined {
  const olds = sentences(oldTokens);
  const news = sentences(newTokens);
  const b = bounds();
  const changes = diffArrays(olds.map(sentenceKey), news.map(sentenceKey), {
    timeout: b.timeout,
    maxEditLength: Math.min(b.maxEditLength, olds.length + news.length),
  });
  if (changes === undefined) return undefined;
  const out: DiffSegment[] = [];
  let oi = 0;
  let ni = 0;
  let runOld: Token[] = [];
  let runNew: Token[] = [];
  let failed = false;
  const flush = (): void => {
    if (runOld.length === 0 && runNew.length === 0) return;
    const segs = failed ? undefined : wordSegments(runOld, runNew, bounds());
    if (segs === undefined) failed = true;
    else for (const s of segs) pushSegment(out, s.op, s.text);
    runOld = [];
    runNew = [];
  };
  for (const c of changes) {
    if (c.removed) {
      for (let k = 0; k < c.count; k++) runOld.push(...olds[oi++]!);
    } else if (c.added) {
      for (let k = 0; k < c.count; k++) runNew.push(...news[ni++]!);
    } else {
      flush();
      for (let k = 0; k < c.count; k++) {
        oi++;
        for (const t of news[ni++]!) pushSegment(out, 'equal', t.ws + t.text);
      }
    }
  }
  flush();
  return failed ? undefined : absorbPunctuation(out);
}

const WORDLESS = /^[^\p{L}\p{N}]*$/u;

/**
 * An unchanged bit of bare punctuation between two changes ("12[:]58" → "3[:]10") is taken into
 * both: "[-12:58-]{+3:10+}" reads as one change, and the fragments stay whole ("12:58", not "12"
 * and "58"). Both texts are still reproduced: the old side gets it as removed, the new as added.
 */
function absorbPunctuation(segs: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!;
    const prev = segs[i - 1];
    const next = segs[i + 1];
    if (s.op === 'equal' && prev && next && prev.op !== 'equal' && next.op !== 'equal' && WORDLESS.test(s.text)) {
      // Keep removed before added: fold the text into the run on both sides of the boundary.
      pushChange(out, 'removed', s.text);
      pushChange(out, 'added', s.text);
      continue;
    }
    pushChange(out, s.op, s.text);
  }
  return out;
}

/**
 * Appends to a change run that may end "removed, added": removed text goes to the run's removed
 * segment, added text to its added segment, so the run stays one removed and one added segment.
 */
function pushChange(out: DiffSegment[], op: DiffSegment['op'], text: string): void {
  const last = out[out.length - 1];
  const before = out[out.length - 2];
  if (op === 'removed' && last?.op === 'added' && before?.op === 'removed') {
    before.text += text;
    return;
  }
  pushSegment(out, op, text);
}
