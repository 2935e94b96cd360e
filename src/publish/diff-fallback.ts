// Temporary: renders a TextDiff as HTML until src/diff exports its own renderDiffHtml, which
// replaces this file. Changes are marked both with <del>/<ins> (styled by readers that keep them)
// and with visible text markers [-…-] / {+…+} (for text-only readers such as newsboat).
import type { DiffSegment, TextDiff } from '../types.js';
import { escapeText } from './escape.js';

function segmentHtml(s: DiffSegment): string {
  const t = escapeText(s.text);
  if (s.op === 'removed') return `<del>[-${t}-]</del>`;
  if (s.op === 'added') return `<ins>{+${t}+}</ins>`;
  return t;
}

function segmentsHtml(segs: DiffSegment[]): string {
  return segs.map(segmentHtml).join('');
}

export function renderDiffHtml(d: TextDiff): string {
  const parts: string[] = [];
  if (d.title) parts.push(`<p><strong>Title:</strong> ${segmentsHtml(d.title)}</p>`);
  for (const b of d.blocks) parts.push(`<p>${segmentsHtml(b.segments)}</p>`);
  if (d.coarse) parts.push('<p><em>Rewritten too much for a word-level diff: whole paragraphs shown.</em></p>');
  return parts.join('\n');
}
