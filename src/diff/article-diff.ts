// diffArticles: what changed between two versions of an article, in two stages.
//
// 1. Paragraphs are aligned with jsdiff's diffArrays on their fold keys (cheap: one string
//    comparison per paragraph), so an unchanged paragraph costs nothing further.
// 2. Each replaced run (old paragraphs removed, new ones added in their place) is paired by
//    similarity (pairing.ts) and only paired paragraphs are diffed word by word.
//
// Time is bounded: every jsdiff call gets the time left of one deadline and an edit-length limit;
// when a call gives up (returns undefined) the affected paragraphs are shown whole and the diff is
// marked `coarse`. Short texts (ALWAYS_FINE_CHARS) are always diffed word by word.

import { diffArrays } from 'diff';
import type { ArticleText, DiffBlock, DiffSegment, TextDiff } from '../types.js';
import { blockFragments, segmentFragments } from './fragments.js';
import { bodyParagraphs, displayForm, foldKey } from './normalize.js';
import { alignRun, MAX_ALIGN_CELLS } from './pairing.js';
import { sentenceSegments, wordSegments, type Bounds } from './segments.js';
import { joinParagraphTokens, tokenizeParagraph } from './tokens.js';

export interface DiffOptions {
  /** Time budget for the whole diff, in ms (default 50). Past it, paragraphs are shown whole. */
  timeoutMs?: number;
  /**
   * Largest edit length (tokens inserted + removed) jsdiff may look for, in every call. Default:
   * no limit for paragraphs; 80 % of the two paragraphs' tokens for a word diff (beyond that the
   * paragraph was rewritten and reads better whole). 0 forces the whole-paragraph fallback.
   */
  maxEditLength?: number;
}

export const DEFAULT_TIMEOUT_MS = 50;

/** Pairs with more tokens than this are aligned by sentences first (see sentenceSegments). */
const SENTENCE_LEVEL_TOKENS = 400;

/** Share of a pair's tokens beyond which a word diff is not worth showing. */
const WORD_EDIT_SHARE = 0.8;

/**
 * Two texts this short (characters, both sides) are diffed whatever the clock says: their cost is
 * bounded by their size, and a wall-clock deadline would only make the result depend on how busy
 * the machine is (a shared CPU turned one-word corrections into whole-paragraph ones).
 */
const ALWAYS_FINE_CHARS = 6_000;

class Budget {
  coarse = false;
  private readonly deadline: number;
  constructor(
    private readonly opts: DiffOptions,
    small: boolean,
  ) {
    this.deadline = small ? Number.POSITIVE_INFINITY : Date.now() + (opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }
  expired(): boolean {
    return Date.now() > this.deadline;
  }
  bounds(defaultMaxEdit: number): Bounds {
    return {
      timeout: Number.isFinite(this.deadline) ? Math.max(1, this.deadline - Date.now()) : 60_000,
      maxEditLength: this.opts.maxEditLength ?? defaultMaxEdit,
    };
  }
}

function equalBlock(text: string): DiffBlock {
  return { kind: 'equal', segments: [{ op: 'equal', text }] };
}
function removedBlock(text: string): DiffBlock {
  return { kind: 'removed', segments: [{ op: 'removed', text }] };
}
function addedBlock(text: string): DiffBlock {
  return { kind: 'added', segments: [{ op: 'added', text }] };
}

/** Whole paragraphs: the common first and last paragraphs equal, everything between replaced. */
function wholeParagraphs(oldPs: readonly string[], newPs: readonly string[]): DiffBlock[] {
  const oldKeys = oldPs.map(foldKey);
  const newKeys = newPs.map(foldKey);
  let head = 0;
  while (head < oldPs.length && head < newPs.length && oldKeys[head] === newKeys[head]) head++;
  let tail = 0;
  while (
    tail < oldPs.length - head &&
    tail < newPs.length - head &&
    oldKeys[oldPs.length - 1 - tail] === newKeys[newPs.length - 1 - tail]
  )
    tail++;
  return [
    ...newPs.slice(0, head).map(equalBlock),
    ...oldPs.slice(head, oldPs.length - tail).map(removedBlock),
    ...newPs.slice(head, newPs.length - tail).map(addedBlock),
    ...newPs.slice(newPs.length - tail).map(equalBlock),
  ];
}

/** A replaced run: pair similar paragraphs and diff the pairs word by word. */
function replacedRun(oldPs: string[], newPs: string[], budget: Budget, out: DiffBlock[]): void {
  if (oldPs.length === 0 || newPs.length === 0) {
    out.push(...oldPs.map(removedBlock), ...newPs.map(addedBlock));
    return;
  }
  if (oldPs.length * newPs.length > MAX_ALIGN_CELLS || budget.expired()) {
    budget.coarse = true;
    out.push(...oldPs.map(removedBlock), ...newPs.map(addedBlock));
    return;
  }
  const oldTokens = oldPs.map(tokenizeParagraph);
  const newTokens = newPs.map(tokenizeParagraph);
  const steps = alignRun(oldTokens, newTokens, () => budget.expired());
  if (steps === null) {
    budget.coarse = true;
    out.push(...oldPs.map(removedBlock), ...newPs.map(addedBlock));
    return;
  }
  for (const step of steps) {
    const olds = step.old.map((i) => oldPs[i]!);
    const news = step.new.map((j) => newPs[j]!);
    if (olds.length === 0 || news.length === 0) {
      out.push(...olds.map(removedBlock), ...news.map(addedBlock));
      continue;
    }
    const ot = joinParagraphTokens(step.old.map((i) => oldTokens[i]!));
    const nt = joinParagraphTokens(step.new.map((j) => newTokens[j]!));
    const maxEdit = Math.ceil(WORD_EDIT_SHARE * (ot.length + nt.length));
    const segs = budget.expired()
      ? undefined
      : ot.length + nt.length > SENTENCE_LEVEL_TOKENS
        ? sentenceSegments(ot, nt, () => budget.bounds(maxEdit))
        : wordSegments(ot, nt, budget.bounds(maxEdit));
    if (segs === undefined) {
      budget.coarse = true;
      out.push(...olds.map(removedBlock), ...news.map(addedBlock));
    } else {
      out.push({ kind: 'changed', segments: segs });
    }
  }
}

function diffBody(oldPs: string[], newPs: string[], budget: Budget): DiffBlock[] {
  const changes = diffArrays(
    oldPs.map(foldKey),
    newPs.map(foldKey),
    budget.bounds(oldPs.length + newPs.length),
  );
  if (changes === undefined) {
    budget.coarse = true;
    return wholeParagraphs(oldPs, newPs);
  }
  const out: DiffBlock[] = [];
  let oi = 0;
  let ni = 0;
  let runOld: string[] = [];
  let runNew: string[] = [];
  const flush = (): void => {
    if (runOld.length > 0 || runNew.length > 0) replacedRun(runOld, runNew, budget, out);
    runOld = [];
    runNew = [];
  };
  for (const c of changes) {
    if (c.removed) {
      runOld.push(...oldPs.slice(oi, oi + c.count));
      oi += c.count;
    } else if (c.added) {
      runNew.push(...newPs.slice(ni, ni + c.count));
      ni += c.count;
    } else {
      flush();
      // Equal by fold key; shown as the new version spells it.
      for (const p of newPs.slice(ni, ni + c.count)) out.push(equalBlock(p));
      oi += c.count;
      ni += c.count;
    }
  }
  flush();
  return out;
}

function diffTitle(oldTitle: string, newTitle: string, budget: Budget): DiffSegment[] | null {
  const o = displayForm(oldTitle);
  const n = displayForm(newTitle);
  if (foldKey(o) === foldKey(n)) return null;
  const oldTokens = tokenizeParagraph(o);
  const newTokens = tokenizeParagraph(n);
  const segs = wordSegments(oldTokens, newTokens, budget.bounds(oldTokens.length + newTokens.length));
  if (segs !== undefined) return segs;
  budget.coarse = true;
  return [
    ...(o === '' ? [] : [{ op: 'removed' as const, text: o }]),
    ...(n === '' ? [] : [{ op: 'added' as const, text: n }]),
  ];
}

/**
 * The diff of two versions. Paragraphs are compared in display form (NFC, whitespace collapsed,
 * empty ones dropped) with quote style folded. `removed`/`added` list the title's fragments first,
 * then the body's, in order (see fragments.ts for what a fragment is).
 */
export function diffArticles(oldA: ArticleText, newA: ArticleText, opts: DiffOptions = {}): TextDiff {
  const size = [oldA, newA].reduce((n, a) => n + a.title.length + a.paragraphs.reduce((m, p) => m + p.length, 0), 0);
  const budget = new Budget(opts, size <= ALWAYS_FINE_CHARS && opts.timeoutMs === undefined);
  const title = diffTitle(oldA.title, newA.title, budget);
  const blocks = diffBody(bodyParagraphs(oldA), bodyParagraphs(newA), budget);
  const removed = title ? segmentFragments(title, 'removed') : [];
  const added = title ? segmentFragments(title, 'added') : [];
  blockFragments(blocks, 'removed', removed);
  blockFragments(blocks, 'added', added);
  return { title, blocks, removed, added, coarse: budget.coarse };
}
