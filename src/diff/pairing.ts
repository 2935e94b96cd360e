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

/** Above this many old×new cells the run is not paired (bounded time on a rewrite). Also
 *  bounded by the diff's deadline, checked once a row. */
export const MAX_ALIGN_CELLS = 40_000;

/** A paragraph's words as sorted word ids with counts: shared() is then a merge walk. */
interface Bag {
  ids: Int32Array;
  counts: Int32Array;
  size: number;
}

function toBag(words: Map<string, number>, intern: Map<string, number>): Bag {
  const entries: Array<[number, number]> = [];
  let size = 0;
  for (const [w, c] of words) {
    let id = intern.get(w);
    if (id === undefined) {
      id = intern.size;
      intern.set(w, id);
    }
    entries.push([id, c]);
    size += c;
  }
  entries.sort((x, y) => x[0] - y[0]);
  return { ids: Int32Array.from(entries, (e) => e[0]), counts: Int32Array.from(entries, (e) => e[1]), size };
}

function shared(a: Bag, b: Bag): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) n += Math.min(a.counts[i++]!, b.counts[j++]!);
    else if (x < y) i++;
    else j++;
  }
  return n;
}

function merged(a: Bag, b: Bag): Bag {
  const ids: number[] = [];
  const counts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity;
    const y = j < b.ids.length ? b.ids[j]! : Infinity;
    if (x === y) {
      ids.push(x);
      counts.push(a.counts[i++]! + b.counts[j++]!);
    } else if (x < y) {
      ids.push(x);
      counts.push(a.counts[i++]!);
    } else {
      ids.push(y);
      counts.push(b.counts[j++]!);
    }
  }
  return { ids: Int32Array.from(ids), counts: Int32Array.from(counts), size: a.size + b.size };
}

interface Side {
  bags: Bag[];
  /** bags[i] + bags[i+1] */
  pairBags: Bag[];
}

function side(paragraphs: ReadonlyArray<readonly Token[]>, intern: Map<string, number>): Side {
  const bags = paragraphs.map((p) => toBag(wordBag(p), intern));
  const pairBags: Bag[] = [];
  for (let i = 0; i + 1 < bags.length; i++) pairBags.push(merged(bags[i]!, bags[i + 1]!));
  return { bags, pairBags };
}

/**
 * Score of pairing two texts: 2·shared − unshared words (= 4·shared − total). Positive exactly when
 * the Dice similarity exceeds 0.5, so weak pairs are never taken, and merging in an unrelated
 * paragraph costs its words: a merge wins only when the extra paragraph really is in the pair.
 */
function score(a: Bag, b: Bag): number {
  const total = a.size + b.size;
  // shared ≤ the smaller size, so a pair this lopsided can never score above 0.
  if (a.size === 0 || b.size === 0 || 3 * Math.min(a.size, b.size) <= Math.max(a.size, b.size)) return -1;
  return 4 * shared(a, b) - total;
}

/** The alignment of a replaced run, or null when the run is too large to pair in bounded time. */
export function alignRun(
  oldPs: ReadonlyArray<readonly Token[]>,
  newPs: ReadonlyArray<readonly Token[]>,
  expired: () => boolean = () => false,
): AlignStep[] | null {
  const m = oldPs.length;
  const n = newPs.length;
  if (m * n > MAX_ALIGN_CELLS) return null;
  const intern = new Map<string, number>();
  const o = side(oldPs, intern);
  const w = side(newPs, intern);
  const W = n + 1;
  const best = new Float64Array((m + 1) * W);
  // How each cell was reached: di*4+dj packed (di, dj ∈ {0,1,2}).
  const from = new Uint8Array((m + 1) * W);
  for (let i = 0; i <= m; i++) {
    if (expired()) return null;
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
        const s = score(o.bags[i - 1]!, w.bags[j - 1]!);
        if (s > 0) consider(1, 1, s);
      }
      // A merge or split needs words on both parts: a bare separator ("___") joins nothing.
      if (i >= 2 && j >= 1 && o.bags[i - 2]!.size > 0 && o.bags[i - 1]!.size > 0) {
        const s = score(o.pairBags[i - 2]!, w.bags[j - 1]!);
        if (s > 0) consider(2, 1, s);
      }
      if (i >= 1 && j >= 2 && w.bags[j - 2]!.size > 0 && w.bags[j - 1]!.size > 0) {
        const s = score(o.bags[i - 1]!, w.pairBags[j - 2]!);
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
