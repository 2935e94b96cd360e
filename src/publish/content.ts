// The HTML body of a feed entry. Readers strip classes and styles and some show text only, so the
// markup is plain: paragraphs, blockquotes, <del>/<ins> with text markers, absolute links.
import type { Notice, TextDiff, UpdateRecord } from '../types.js';
import { renderDiffHtml } from './diff-render/html.js';
import { escapeText } from '../shared/escape.js';
import { articleSourceHtml, evidenceHtml, noticeHtml, ownLinkHtml } from './fragments.js';
import { agreementPath, articlePath, trimBase } from './urls.js';
import { DEFAULT_LIMITS } from '../config/limits.js';

/** Evidence quotes in one feed entry; the agreement's page has them all. */
const EVIDENCE_IN_ENTRY = DEFAULT_LIMITS.evidencePerEvent;

/**
 * Bytes of one entry's diff: a feed page holds 50 entries, and a rewritten 2000-paragraph article
 * is megabytes of diff. Past it the entry shows the first blocks and says where the rest is.
 */
const DIFF_IN_ENTRY_BYTES = 200_000;

function boundedDiffHtml(diff: TextDiff): string {
  const whole = renderDiffHtml(diff);
  if (whole.length <= DIFF_IN_ENTRY_BYTES) return whole;
  let blocks = diff.blocks.length;
  let html = whole;
  while (blocks > 1 && html.length > DIFF_IN_ENTRY_BYTES) {
    blocks = Math.floor(blocks / 2);
    html = renderDiffHtml({ ...diff, blocks: diff.blocks.slice(0, blocks) });
  }
  const left = diff.blocks.length - blocks;
  return `${html}\n<p>… ${left} more changed passages: the whole diff is on the article's page.</p>`;
}

function sinceText(status: string | null, since: string | null, party: string | null): string {
  if (status === null) return 'no known status';
  let s = status;
  if (party) s += ` by ${party}`;
  if (since) s += ` since ${since}`;
  return s;
}

/** Names for the ids an entry shows: readers see "Kyodo News", not "kyodo". */
export interface EntryNames {
  feedName(id: string): string;
  agreementName(id: string): string;
}

const ID_NAMES: EntryNames = { feedName: (id) => id, agreementName: (id) => id };

/**
 * The diff without the notice itself: the outlet adds its notice as a paragraph of the article,
 * and the entry already shows it above the diff. An added paragraph or added run that is exactly a
 * notice is replaced by a pointer to it, so the notice is not shown twice.
 */
export function withoutNoticeText(diff: TextDiff, notices: Notice[]): TextDiff {
  const notes = new Set(notices.map((n) => n.note.replace(/\s+/g, ' ').trim()).filter((n) => n.length > 0));
  if (notes.size === 0) return diff;
  const isNotice = (text: string) => notes.has(text.replace(/\s+/g, ' ').trim());
  let touched = false;
  const blocks = diff.blocks.map((b) => {
    if (b.kind === 'equal' || !b.segments.some((seg) => seg.op === 'added' && isNotice(seg.text))) return b;
    touched = true;
    return { ...b, segments: b.segments.map((seg) => (seg.op === 'added' && isNotice(seg.text) ? { ...seg, text: NOTICE_POINTER } : seg)) };
  });
  return touched ? { ...diff, blocks } : diff;
}

/** What stands in the diff where the outlet added the notice shown above it. */
export const NOTICE_POINTER = '(the notice shown above)';

/** The entry content for one update, as an HTML fragment (the Atom writer escapes it once more). */
export function renderUpdateContent(update: UpdateRecord, baseUrl: string, names: EntryNames = ID_NAMES): string {
  const base = trimBase(baseUrl);
  const p = update.payload;
  const out: string[] = [];
  switch (p.kind) {
    case 'status': {
      out.push(
        `<p><strong>${escapeText(p.agreementName)}</strong>: ` +
          `<strong>${escapeText(sinceText(p.status, p.since, p.party))}</strong></p>`,
      );
      out.push(`<p>Before: ${escapeText(sinceText(p.previousStatus, p.previousSince, null))}.</p>`);
      if (p.evidence.length > 0) {
        out.push('<p>Evidence:</p>');
        // Bounded here too, for updates recorded before the payload was (a feed entry, not a list).
        for (const e of p.evidence.slice(0, EVIDENCE_IN_ENTRY)) out.push(evidenceHtml(e, names.feedName, base));
        const more = (p.moreEvidence ?? 0) + Math.max(0, p.evidence.length - EVIDENCE_IN_ENTRY);
        if (more > 0) out.push(`<p>… and ${more} more sources.</p>`);
      }
      out.push(`<p>${ownLinkHtml(base + agreementPath(p.agreementId), 'Full timeline')}</p>`);
      break;
    }
    case 'correction':
    case 'revision': {
      if (p.kind === 'correction') {
        for (const n of p.notices) out.push(noticeHtml(n));
      } else {
        out.push('<p><strong>Unannounced edit:</strong> no correction notice was published with this change.</p>');
      }
      out.push(articleSourceHtml(p.article));
      out.push(`<p>Changes from version ${p.fromVersion} to version ${p.toVersion}:</p>`);
      out.push(boundedDiffHtml(p.kind === 'correction' ? withoutNoticeText(p.diff, p.notices) : p.diff));
      out.push(`<p>${ownLinkHtml(base + articlePath(p.article.url), 'Every version of this article')}</p>`);
      break;
    }
    case 'taken-down': {
      out.push(
        `<p><strong>Taken down:</strong> the page now answers HTTP ${p.httpStatus}. ` +
          `Its last version (${p.lastVersion}) is kept.</p>`,
      );
      out.push(articleSourceHtml(p.article));
      out.push(`<p>${ownLinkHtml(base + articlePath(p.article.url), 'Every version of this article')}</p>`);
      break;
    }
    case 'new-article': {
      out.push(articleSourceHtml(p.article));
      if (p.agreementIds.length > 0) {
        const links = p.agreementIds.map((id) => ownLinkHtml(base + agreementPath(id), names.agreementName(id)));
        out.push(`<p>Mentions: ${links.join(', ')}</p>`);
      }
      break;
    }
  }
  return out.join('\n');
}
