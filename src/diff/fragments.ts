// Fragments: the runs of removed (or added) words a diff reports, e.g. ["century-old"].
//
// Definition: walking one block's segments, text of the chosen op is collected; a fragment ends at
// an equal segment that holds a word (an equal segment of bare whitespace does not end it), at a
// paragraph break, at the end of the block, and at masked text (notice lines, see
// correctionFragments). Segments of the other op are skipped. Each fragment is trimmed; empty ones
// are dropped. A whole removed/added paragraph is therefore one fragment. Trimming also takes the
// commas, semicolons and colons at a fragment's edges (", meanwhile," → "meanwhile").

import type { DiffBlock, DiffSegment } from '../types.js';
import { PARAGRAPH_SEPARATOR } from './normalize.js';

export type ChangeOp = 'removed' | 'added';

/** Half-open character ranges [start, end) of one side's text to leave out of fragments. */
export type Mask = ReadonlyArray<readonly [number, number]>;

const HAS_NON_WS = /\S/u;
/** Trimmed off a fragment: whitespace and the clause punctuation left by the words around it. */
const EDGE = /^[\s,;:]+|[\s,;:]+$/gu;

export function segmentFragments(
  segments: readonly DiffSegment[],
  op: ChangeOp,
  mask: Mask = [],
  out: string[] = [],
): string[] {
  let current = '';
  const flush = (): void => {
    const t = current.replace(EDGE, '');
    if (t !== '') out.push(t);
    current = '';
  };
  const append = (text: string): void => {
    const parts = text.split(PARAGRAPH_SEPARATOR);
    parts.forEach((p, i) => {
      if (i > 0) flush();
      current += p;
    });
  };
  let offset = 0; // position in this side's text (equal + op segments)
  for (const s of segments) {
    if (s.op === 'equal') {
      if (HAS_NON_WS.test(s.text)) flush();
      else current += s.text;
      offset += s.text.length;
      continue;
    }
    if (s.op !== op) continue;
    const start = offset;
    const end = offset + s.text.length;
    offset = end;
    const overlapping = mask.filter(([a, b]) => a < end && b > start);
    if (overlapping.length === 0) {
      append(s.text);
      continue;
    }
    // Keep only the unmasked characters; masked ones end the fragment.
    let pos = start;
    while (pos < end) {
      const hit = overlapping.find(([a, b]) => a <= pos && pos < b);
      if (hit) {
        flush();
        pos = Math.min(end, hit[1]);
        continue;
      }
      const nextMask = Math.min(end, ...overlapping.map(([a]) => (a > pos ? a : end)));
      append(s.text.slice(pos - start, nextMask - start));
      pos = nextMask;
    }
  }
  flush();
  return out;
}

export function blockFragments(blocks: readonly DiffBlock[], op: ChangeOp, out: string[] = []): string[] {
  for (const b of blocks) {
    if (b.elided !== undefined) continue;
    segmentFragments(b.segments, op, [], out);
  }
  return out;
}
