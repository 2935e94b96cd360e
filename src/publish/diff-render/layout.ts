// Shared by both renderers: a block's segments laid out as display lines (paragraphs).
//
// A changed block that merges or splits paragraphs carries the break "\n\n" inside a segment.
// An unchanged break starts a new line; a removed break (two paragraphs merged) stays inline as a
// removed "¶"; an added break (a paragraph split) shows an added "¶" and starts a new line.

import type { DiffSegment } from '../../types.js';
import { PARAGRAPH_SEPARATOR } from '../../shared/same-text.js';

export const PILCROW = '\u00B6';

export function segmentLines(segments: readonly DiffSegment[]): DiffSegment[][] {
  const lines: DiffSegment[][] = [[]];
  const current = (): DiffSegment[] => lines[lines.length - 1]!;
  for (const s of segments) {
    s.text.split(PARAGRAPH_SEPARATOR).forEach((part, i) => {
      if (i > 0) {
        if (s.op === 'removed') current().push({ op: 'removed', text: PILCROW });
        else {
          if (s.op === 'added') current().push({ op: 'added', text: PILCROW });
          lines.push([]);
        }
      }
      if (part !== '') current().push({ op: s.op, text: part });
    });
  }
  return lines.filter((l) => l.length > 0);
}

/** A change split into its outer whitespace and its words: markers go around the words only. */
export function splitOuterSpace(text: string): { before: string; core: string; after: string } {
  const m = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text)!;
  return { before: m[1] ?? '', core: m[2] ?? '', after: m[3] ?? '' };
}

/** "… 3 paragraphs unchanged …" */
export function elisionLabel(count: number): string {
  return `\u2026 ${count} paragraph${count === 1 ? '' : 's'} unchanged \u2026`;
}

export const COARSE_NOTE =
  'The text changed too much for a word-by-word comparison: whole paragraphs are shown.';
