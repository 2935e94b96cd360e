// renderDiffText: a diff as unified-style text for the terminal (`pactwatch history`).
//
//   --- <old label>
//   +++ <new label>
//   Headline: Japan, Philippines [-sign-]{+signed+} pact
//     an unchanged paragraph
//   ~ a changed paragraph with [-removed words-] and {+added words+}
//   - a removed paragraph
//   + an added paragraph
//     … 3 paragraphs unchanged …
//
// One line per paragraph; control characters are dropped so article text cannot drive the
// terminal.

import type { DiffBlock, DiffSegment, TextDiff } from '../../types.js';
import { plainText } from '../../shared/escape.js';
import { COARSE_NOTE, elisionLabel, segmentLines, splitOuterSpace } from './layout.js';
import { wholeNumbers } from './sentences.js';

export interface TextRenderOptions {
  oldLabel?: string;
  newLabel?: string;
}

function segmentText(s: DiffSegment): string {
  if (s.op === 'equal') return plainText(s.text);
  const { before, core, after } = splitOuterSpace(s.text);
  if (core === '') return s.op === 'added' ? plainText(s.text) : '';
  const body = plainText(core);
  return plainText(before) + (s.op === 'removed' ? `[-${body}-]` : `{+${body}+}`) + plainText(after);
}

function lineText(line: readonly DiffSegment[]): string {
  return line.map(segmentText).join('');
}

function blockLines(b: DiffBlock): string[] {
  if (b.elided !== undefined) return [`  ${elisionLabel(b.elided)}`];
  // A change inside a number ("1.[-2-]{+7+}") is shown on the whole number.
  const lines = segmentLines(wholeNumbers(b.segments));
  switch (b.kind) {
    case 'removed':
      return lines.map((l) => `- ${l.map((s) => plainText(s.text)).join('')}`);
    case 'added':
      return lines.map((l) => `+ ${l.map((s) => plainText(s.text)).join('')}`);
    case 'changed':
      return lines.map((l) => `~ ${lineText(l)}`);
    default:
      return lines.map((l) => `  ${lineText(l)}`);
  }
}

export function renderDiffText(d: TextDiff, opts: TextRenderOptions = {}): string {
  const out = [`--- ${plainText(opts.oldLabel ?? 'old')}`, `+++ ${plainText(opts.newLabel ?? 'new')}`];
  if (d.title) out.push(`Headline: ${lineText(wholeNumbers(d.title))}`);
  if (d.coarse) out.push(`(${COARSE_NOTE})`);
  for (const b of d.blocks) out.push(...blockLines(b));
  return out.join('\n') + '\n';
}
