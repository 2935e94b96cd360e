// The fragments of a correction record: what the diff removed and added, without the notice
// lines themselves (the notice is reported separately, as the record's note).

import type { DiffSegment, Notice, TextDiff } from '../types.js';
import { segmentFragments, type Mask } from './fragments.js';
import { furnitureOf } from '../shared/furniture.js';
import { PARAGRAPH_SEPARATOR } from './normalize.js';
import { locateNotices } from './notices.js';
import { segmentsSideText, sideParagraphs, type DiffSide } from './side-text.js';

/** Bloomberg's headline counter "(2)": bookkeeping, neither a notice nor a change of substance. */
const HEADLINE_COUNTER = /\s*\(\d{1,2}\)$/u;

/** A paragraph this short inside a note could be a coincidence, not the notice. */
const MIN_WHOLE_PARAGRAPH = 12;

/**
 * Where notes stand in one side's text: every occurrence, paragraphs a note contains whole, and
 * paragraphs that are page furniture (shared/furniture.ts).
 */
function noticeMask(text: string, notes: readonly string[]): Mask {
  const mask: Array<[number, number]> = [];
  for (const note of notes) {
    if (note === '') continue;
    for (let at = text.indexOf(note); at >= 0; at = text.indexOf(note, at + note.length)) {
      mask.push([at, at + note.length]);
    }
  }
  // A note built from two paragraphs ("Correction: <date>" + "An earlier version …").
  let start = 0;
  for (const p of text.split(PARAGRAPH_SEPARATOR)) {
    const t = p.trim();
    // …and page furniture (a byline one fetch kept and the next did not) is no corrected text.
    if ((t.length >= MIN_WHOLE_PARAGRAPH && notes.some((n) => n.includes(t))) || furnitureOf(t) !== null) {
      mask.push([start, start + p.length]);
    }
    start += p.length + PARAGRAPH_SEPARATOR.length;
  }
  return mask;
}

function titleText(d: TextDiff, side: DiffSide): string {
  return d.title ? segmentsSideText(d.title, side) : '';
}

function fragmentsWithout(d: TextDiff, notes: readonly string[]): { removed: string[]; added: string[] } {
  const removed: string[] = [];
  const added: string[] = [];
  const run = (segments: readonly DiffSegment[]): void => {
    segmentFragments(segments, 'removed', noticeMask(segmentsSideText(segments, 'old'), notes), removed);
    segmentFragments(segments, 'added', noticeMask(segmentsSideText(segments, 'new'), notes), added);
  };
  if (d.title) {
    const title = d.title;
    const mask = (side: DiffSide): Mask => {
      const text = segmentsSideText(title, side);
      const counter = HEADLINE_COUNTER.exec(text);
      return [...noticeMask(text, notes), ...(counter ? [[counter.index, text.length] as const] : [])];
    };
    segmentFragments(title, 'removed', mask('old'), removed);
    segmentFragments(title, 'added', mask('new'), added);
  }
  for (const b of d.blocks) if (b.elided === undefined) run(b.segments);
  return { removed, added };
}

/**
 * The diff's removed and added fragments minus the notice lines, page furniture (bylines, credit
 * lines) and a headline counter "(2)". Masked are the notes of
 * `notices` (pass the new version's notices; passing the old version's too does no harm) and any
 * notice found in either version's text as the diff carries it — so a reworded time stamp
 * ("(Updated 12:58 p.m.)" → "(Updated 3:10 p.m.)") yields no fragments, and a removed old notice
 * is not reported as removed text.
 */
export function correctionFragments(d: TextDiff, notices: readonly Notice[]): { removed: string[]; added: string[] } {
  const notes = new Set(notices.map((n) => n.note));
  for (const side of ['old', 'new'] as const) {
    const paragraphs = sideParagraphs(d, side);
    for (const n of locateNotices({ title: titleText(d, side), paragraphs }, { allHeadlineTags: true })) notes.add(n.note);
  }
  const { removed, added } = fragmentsWithout(d, [...notes]);
  // Separator lines that come with a notice (AP's "___") carry no words: not a change to report.
  const worded = (f: string) => /[\p{L}\p{N}]/u.test(f);
  return { removed: removed.filter(worded), added: added.filter(worded) };
}
