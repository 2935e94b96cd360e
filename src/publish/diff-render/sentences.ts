// The changed sentences of a diff, each with its change marked: what a correction history shows,
// so a reader sees "the fund is $1.[-2-]{+7+} billion" as "the fund is $[-1.2-]{+1.7+} billion" in
// its sentence rather than a bare "[-2-] {+7+}".
//
// Pure: segments in, segments out. Two passes: numbers made whole (a change inside "1.2" or
// "12,000" takes the whole number on both sides, also in diffs stored before the tokenizer knew),
// then each line with a change cut to the sentences around its changes.
import type { DiffSegment, TextDiff } from '../../types.js';
import { segmentLines } from './layout.js';

/** Characters of unchanged text kept on each side of a change when no sentence break is near. */
const CONTEXT_CHARS = 160;

/** An excerpt at most this long; past it the middle unchanged text is elided. */
const MAX_EXCERPT_CHARS = 900;

/** Excerpts per diff: a rewrite has hundreds of changed sentences; the article page has them all. */
const MAX_EXCERPTS = 12;

const ELLIPSIS = '\u2026';

// The digits of a number left of a change ("1." of "1.2") and right of one (",000" of "12,000").
const NUMBER_TAIL = /\p{N}+(?:[.,]\p{N}+)*[.,]$|\p{N}+$/u;
const NUMBER_HEAD = /^(?:[.,]\p{N}+)+|^\p{N}+/u;

function startsNumeric(s: string): boolean {
  return /^[\p{N}.,]/u.test(s);
}
function endsNumeric(s: string): boolean {
  return /[\p{N}.,]$/u.test(s);
}

/**
 * Widens each run of changes that cuts through a number to the whole number, on both sides:
 * "$1." + [-2-] + [+7+] + " billion" becomes "$" + [-1.2-] + [+1.7+] + " billion".
 */
export function wholeNumbers(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = segments.map((s) => ({ ...s }));
  let i = 0;
  while (i < out.length) {
    if (out[i]!.op === 'equal') {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && out[j]!.op !== 'equal') j++;
    const run = out.slice(i, j);
    const prev = i > 0 ? out[i - 1] : undefined;
    const next = j < out.length ? out[j] : undefined;
    let head = '';
    let tail = '';
    if (prev && run.some((s) => startsNumeric(s.text))) {
      const m = NUMBER_TAIL.exec(prev.text);
      // Only where the number runs into the change ("1." + "2"), not a separate number before a space.
      if (m && (m[0].endsWith('.') || m[0].endsWith(',') || run.every((s) => /^\p{N}/u.test(s.text) || s.text === ''))) head = m[0];
    }
    if (next && run.some((s) => endsNumeric(s.text))) {
      const m = NUMBER_HEAD.exec(next.text);
      if (m && (/^[.,]/.test(m[0]) || run.every((s) => /\p{N}$/u.test(s.text) || s.text === ''))) tail = m[0];
    }
    if (head || tail) {
      if (prev && head) prev.text = prev.text.slice(0, prev.text.length - head.length);
      if (next && tail) next.text = next.text.slice(tail.length);
      const hasRemoved = run.some((s) => s.op === 'removed');
      const hasAdded = run.some((s) => s.op === 'added');
      // A pure insertion or deletion inside a number still shows the number before and after.
      if (!hasRemoved) run.unshift({ op: 'removed', text: '' });
      if (!hasAdded) run.push({ op: 'added', text: '' });
      for (const s of run) s.text = head + s.text + tail;
      out.splice(i, j - i, ...run);
      j = i + run.length;
    }
    i = j;
  }
  return out.filter((s) => s.text !== '' || s.op === 'equal');
}

// Where a sentence ends inside unchanged text: after . ! ? (and a closing quote or bracket) and a space.
const SENTENCE_END = /[.!?\u3002]["'\u201d\u2019)\]]*\s+/gu;

function lastSentenceStart(text: string): number {
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) start = m.index + m[0].length;
  return start;
}

function firstSentenceEnd(text: string): number {
  SENTENCE_END.lastIndex = 0;
  const m = SENTENCE_END.exec(text);
  return m ? m.index + m[0].length : text.length;
}

/** Unchanged text before a change: from the start of its sentence, bounded. */
function leadingContext(text: string): string {
  const from = lastSentenceStart(text);
  if (text.length - from > CONTEXT_CHARS) {
    // No sentence start near: cut at a word boundary.
    return `${ELLIPSIS}${text.slice(text.length - CONTEXT_CHARS).replace(/^\S*\s/, '')}`;
  }
  return from > 0 ? `${ELLIPSIS} ${text.slice(from)}` : text;
}

/** Unchanged text after a change: to the end of its sentence, bounded. */
function trailingContext(text: string): string {
  const to = firstSentenceEnd(text);
  if (to > CONTEXT_CHARS) return `${text.slice(0, CONTEXT_CHARS).replace(/\s\S*$/, '')}${ELLIPSIS}`;
  return to < text.length ? `${text.slice(0, to)}${ELLIPSIS}` : text;
}

/** Unchanged text between two changes: kept when short, else its two ends. */
function middleContext(text: string): string {
  if (text.length <= CONTEXT_CHARS * 2) return text;
  return `${trailingContext(text)} ${leadingContext(text)}`;
}

function excerptOf(line: DiffSegment[]): DiffSegment[] {
  const first = line.findIndex((s) => s.op !== 'equal');
  let last = -1;
  for (let k = line.length - 1; k >= 0; k--) if (line[k]!.op !== 'equal') { last = k; break; }
  const out: DiffSegment[] = [];
  line.forEach((s, k) => {
    if (s.op !== 'equal') out.push(s);
    else if (k < first) out.push({ op: 'equal', text: leadingContext(s.text) });
    else if (k > last) out.push({ op: 'equal', text: trailingContext(s.text) });
    else out.push({ op: 'equal', text: middleContext(s.text) });
  });
  // A very long excerpt (a rewritten paragraph) keeps its beginning.
  let used = 0;
  const bounded: DiffSegment[] = [];
  for (const s of out) {
    if (used + s.text.length > MAX_EXCERPT_CHARS) {
      bounded.push({ op: s.op, text: `${s.text.slice(0, Math.max(0, MAX_EXCERPT_CHARS - used))}${ELLIPSIS}` });
      break;
    }
    bounded.push(s);
    used += s.text.length;
  }
  return bounded.filter((s) => s.text !== '');
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The changed sentences of a diff (the headline first when it changed), each change marked.
 * Left out: changes without a letter or digit (a "___" rule, spacing), and a paragraph that is
 * exactly one of `notes` (the outlet's notice, which the history shows on its own already).
 */
export function changedSentences(diff: TextDiff, notes: readonly string[] = []): DiffSegment[][] {
  const out: DiffSegment[][] = [];
  const noticeTexts = new Set(notes.map(squash).filter((n) => n !== ''));
  const worth = (line: DiffSegment[]): boolean => {
    const changed = line.filter((s) => s.op !== 'equal');
    if (!changed.some((s) => /[\p{L}\p{N}]/u.test(s.text))) return false;
    return !changed.every((s) => s.op === 'added' && noticeTexts.has(squash(s.text)));
  };
  if (diff.title) out.push(wholeNumbers(diff.title));
  for (const b of diff.blocks) {
    if (b.kind === 'equal' || b.elided !== undefined) continue;
    for (const line of segmentLines(wholeNumbers(b.segments))) {
      if (!worth(line)) continue;
      out.push(excerptOf(line));
      if (out.length >= MAX_EXCERPTS) return out;
    }
  }
  return out;
}

/** One excerpt as plain text with wdiff markers: "the fund is $[-1.2-]{+1.7+} billion". */
export function sentenceText(segments: readonly DiffSegment[]): string {
  return segments
    .map((s) => (s.op === 'equal' ? s.text : s.op === 'removed' ? `[-${s.text.trim()}-]` : `{+${s.text.trim()}+}`))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
