// Pairs the paragraphs of a replaced run (old paragraphs removed, new ones added in their place)
// so that only similar paragraphs are diffed word by word. A monotone alignment by dynamic
// programming: each step pairs 1:1, merges two old paragraphs into one new (2:1) or splits one old
// into two new (1:2), or leaves a paragraph unpaired (a whole removed/added paragraph).
//
// Own code: jsdiff aligns equal items only, not similar ones.

import { wordBag, type Token } from './tokens.js';

export interface AlignStep {
  /** Indices into the run's old paragraphs (0, 1 or 2 of them). */
  old: number[];
  /** Indices into the run's new paragraphs (0, 1 or 2 of them). */
  new: number[];
}

/** Above this many old×new cells the run is not paired (bounded time on a rewrite). */
export const MAX_ALIGN_CELLS = 40_000;

type Bag = Map<string, number>;

function size(b: Bag): number {
  let n = 0;
  for (const c of b.values()) n += c;
  return n;
}

function shared(a: Bag, b: Bag): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const [w, c] of small) {
    const d = large.get(w);
    if (d !== undefined) n += Math.min(c, d);
  }
  return n;
}

function merged(a: Bag, b: Bag): Bag {
  const m = new Map(a);
  for (const [w, c] of b) m.set(w, (m.get(w) ?? 0) + c);
  return m;
}

interface Side {
  bags: Bag[];
  sizes: number[];
  /** bags[i] + bags[i+1] */
  pairBags: Bag[];
  pairSizes: number[];
}

function side(paragraphs: ReadonlyArray<readonly Token[]>): Side {
  const bags = paragraphs.map(wordBag);
  const pairBags: Bag[] = [];
  for (let i = 0; i + 1 < bags.length; i++) pairBags.push(merged(bags[i]!, bags[i + 1]!));
  return { bags, sizes: bags.map(size), pairBags, pairSizes: pairBags.map(size) };
}

/**
 * Score of pairing two texts: 2·shared − unshared words (= 4·shared − total). Positive exactly when
 * the Dice similarity exceeds 0.5, so weak pairs are never taken, and merging in an unrelated
 * paragraph costs its words: a merge wins only when the extra paragraph really is in the pair.
 */
function score(a: Bag, sa: number, b: Bag, sb: number): number {
  if (sa === 0 || sb === 0) return -1;
  return 4 * shared(a, b) - (sa + sb);
}

/** The alignment of a replaced run, or null when the run is too large to pair in bounded time. */
export function alignRun(
  oldPs: ReadonlyArray<readonly Token[]>,
  newPs: ReadonlyArray<readonly Token[]>,
): AlignStep[] | null {
  const m = oldPs.length;
  const n = newPs.length;
  if (m * n > MAX_ALIGN_CELLS) return null;
  const o = side(oldPs);
  const w = side(newPs);
  const W = n + 1;
  const best = new Float64Array((m + 1) * W);
  // How each cell was reached: di*4+dj packed (di, dj ∈ {0,1,2}).
  const from = new Uint8Array((m + 1) * W);
  for (let i = 0; i <= m; i++) {
    for (let j = 0; j <= n; j++) {
      if (i === 0 && j === 0) continue;
      let b = -Infinity;
      let f = 0;
      const consider = (di: number, dj: number, gain: number): void => {
        const v = best[(i - di) * W + (j - dj)]! + gain;
        if (v > b) {
          b = v;
          f = di * 4 + dj;
        }
      };
      // Pairs first so that ties go to the richer alignment.
      if (i >= 1 && j >= 1) {
        const s = score(o.bags[i - 1]!, o.sizes[i - 1]!, w.bags[j - 1]!, w.sizes[j - 1]!);
        if (s > 0) consider(1, 1, s);
      }
      if (i >= 2 && j >= 1) {
        const s = score(o.pairBags[i - 2]!, o.pairSizes[i - 2]!, w.bags[j - 1]!, w.sizes[j - 1]!);
        if (s > 0) consider(2, 1, s);
      }
      if (i >= 1 && j >= 2) {
        const s = score(o.bags[i - 1]!, o.sizes[i - 1]!, w.pairBags[j - 2]!, w.pairSizes[j - 2]!);
        if (s > 0) consider(1, 2, s);
      }
      if (i >= 1) consider(1, 0, 0);
      if (j >= 1) consider(0, 1, 0);
      best[i * W + j] = b;
      from[i * W + j] = f;
    }
  }
  const steps: AlignStep[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const f = from[i * W + j]!;
    const di = f >> 2;
    const dj = f & 3;
    const step: AlignStep = { old: [], new: [] };
    for (let k = i - di; k < i; k++) step.old.push(k);
    for (let k = j - dj; k < j; k++) step.new.push(k);
    steps.push(step);
    i -= di;
    j -= dj;
  }
  steps.reverse();
  return orderUnpaired(steps);
}

/** Between two pairs, list the unpaired old paragraphs before the unpaired new ones. */
function orderUnpaired(steps: AlignStep[]): AlignStep[] {
  const out: AlignStep[] = [];
  let olds: AlignStep[] = [];
  let news: AlignStep[] = [];
  const flush = (): void => {
    out.push(...olds, ...news);
    olds = [];
    news = [];
  };
  for (const s of steps) {
    if (s.old.length > 0 && s.new.length > 0) {
      flush();
      out.push(s);
    } else if (s.old.length > 0) olds.push(s);
    else news.push(s);
  }
  flush();
  return out;
}
