// renderDiffHtml: a diff as an HTML fragment for feed entries and pages.
//
// Convention (documented for readers of the feed): removed text is <del>[-like this-]</del>, added
// text <ins>{+like this+}</ins> — the tags for readers that style them, the wdiff-style brackets for
// readers that show text only (newsboat) or strip styles (Miniflux keeps del/ins but drops style
// and class, so none are used). Whole removed/added paragraphs are labelled "[Removed paragraph]" /
// "[Added paragraph]". Every piece of text is escaped and stripped of XML-invalid characters.

import type { DiffBlock, DiffSegment, TextDiff } from '../../types.js';
import { escapeText as escapeHtml } from '../../shared/escape.js';
import { COARSE_NOTE, elisionLabel, segmentLines, splitOuterSpace } from './layout.js';
import { wholeNumbers } from './sentences.js';

function changeHtml(s: DiffSegment): string {
  const { before, core, after } = splitOuterSpace(s.text);
  if (core === '') return s.op === 'added' ? escapeHtml(s.text) : '';
  const body = escapeHtml(core);
  const marked = s.op === 'removed' ? `<del>[-${body}-]</del>` : `<ins>{+${body}+}</ins>`;
  return escapeHtml(before) + marked + escapeHtml(after);
}

function segmentHtml(s: DiffSegment): string {
  return s.op === 'equal' ? escapeHtml(s.text) : changeHtml(s);
}

/** One line of segments as HTML: <del>[-…-]</del>, <ins>{+…+}</ins>, the rest escaped. */
export function lineHtml(line: readonly DiffSegment[]): string {
  return line.map(segmentHtml).join('');
}

function blockHtml(b: DiffBlock): string[] {
  if (b.elided !== undefined) return [`<p>${escapeHtml(elisionLabel(b.elided))}</p>`];
  // A change inside a number ("1.[-2-]{+7+}") is shown on the whole number.
  const lines = segmentLines(wholeNumbers(b.segments));
  switch (b.kind) {
    case 'removed':
      return lines.map((l) => `<p><strong>[Removed paragraph]</strong> ${lineHtml(l)}</p>`);
    case 'added':
      return lines.map((l) => `<p><strong>[Added paragraph]</strong> ${lineHtml(l)}</p>`);
    default:
      return lines.map((l) => `<p>${lineHtml(l)}</p>`);
  }
}

export function renderDiffHtml(d: TextDiff): string {
  const out: string[] = [];
  if (d.title) out.push(`<p><strong>Headline:</strong> ${lineHtml(wholeNumbers(d.title))}</p>`);
  if (d.coarse) out.push(`<p><em>${escapeHtml(COARSE_NOTE)}</em></p>`);
  for (const b of d.blocks) out.push(...blockHtml(b));
  return out.join('\n');
}
