// Rebuilding either version's text from a diff — the invariant every diff keeps, and what the
// property tests check:
//
//   sideText(diffArticles(a, b), 'old')  equals  bodyText(a)  up to quote style (foldKey)
//   sideText(diffArticles(a, b), 'new')  equals  bodyText(b)  exactly
//
// where a block's side text is the concatenation of its equal segments and its removed (old) or
// added (new) segments, blocks with an empty side text are left out, and blocks are joined with a
// blank line ("\n\n"). A changed block that merges or splits paragraphs carries the paragraph break
// "\n\n" as a segment of its own. Equal words are spelled as in the new version.

import type { DiffBlock, DiffSegment, TextDiff } from '../types.js';
import { PARAGRAPH_SEPARATOR } from './normalize.js';

export type DiffSide = 'old' | 'new';

export function segmentsSideText(segments: readonly DiffSegment[], side: DiffSide): string {
  const keep = side === 'old' ? 'removed' : 'added';
  let s = '';
  for (const seg of segments) if (seg.op === 'equal' || seg.op === keep) s += seg.text;
  return s;
}

export function blockSideText(b: DiffBlock, side: DiffSide): string {
  return segmentsSideText(b.segments, side);
}

/** One version's body text rebuilt from the diff (elided blocks, from compactDiff, are skipped). */
export function sideText(d: TextDiff, side: DiffSide): string {
  const parts: string[] = [];
  for (const b of d.blocks) {
    if (b.elided !== undefined) continue;
    const t = blockSideText(b, side);
    if (t !== '') parts.push(t);
  }
  return parts.join(PARAGRAPH_SEPARATOR);
}

/** One version's paragraphs rebuilt from the diff; an elided run stands as one "…" paragraph. */
export function sideParagraphs(d: TextDiff, side: DiffSide): string[] {
  const out: string[] = [];
  for (const b of d.blocks) {
    if (b.elided !== undefined) {
      out.push('…');
      continue;
    }
    const t = blockSideText(b, side);
    if (t !== '') out.push(...t.split(PARAGRAPH_SEPARATOR));
  }
  return out;
}
