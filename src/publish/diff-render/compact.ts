// compactDiff: only what changed, with a little context — for feed entries.

import type { DiffBlock, TextDiff } from '../../types.js';

export const ELLIPSIS = '…';

function elidedBlock(count: number): DiffBlock {
  return { kind: 'equal', segments: [{ op: 'equal', text: ELLIPSIS }], elided: count };
}

/**
 * Keeps changed/added/removed blocks and `contextParagraphs` equal paragraphs before and after
 * each; every other run of equal paragraphs becomes one equal block with text "…" and
 * `elided` = the number of paragraphs it stands for. Title, fragments and `coarse` are kept.
 */
export function compactDiff(d: TextDiff, contextParagraphs = 1): TextDiff {
  const ctx = Math.max(0, Math.floor(contextParagraphs));
  const n = d.blocks.length;
  const keep = new Array<boolean>(n).fill(false);
  d.blocks.forEach((b, i) => {
    if (b.kind === 'equal') return;
    for (let k = Math.max(0, i - ctx); k <= Math.min(n - 1, i + ctx); k++) keep[k] = true;
  });
  const blocks: DiffBlock[] = [];
  let skipped = 0;
  const flush = (): void => {
    if (skipped > 0) blocks.push(elidedBlock(skipped));
    skipped = 0;
  };
  d.blocks.forEach((b, i) => {
    if (keep[i]) {
      flush();
      blocks.push(b);
    } else {
      // An already elided block (compacting twice) still counts its paragraphs.
      skipped += b.elided ?? 1;
    }
  });
  flush();
  return { ...d, blocks };
}
