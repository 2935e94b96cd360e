// HTML fragments shared by the feed entries and the pages: evidence quotes, notices, dates.
// Every value from an article or a feed passes through escapeText/escapeAttr here.
import type { ArticleRef, Evidence, Notice, NoticeKind } from '../types.js';
import { escapeAttr, escapeText, safeHttpUrl } from '../shared/escape.js';

export const NOTICE_LABELS: Record<NoticeKind | 'revision', string> = {
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
  'editors-note': "Editor's note",
  retraction: 'Retraction',
  revision: 'Unannounced edit',
};

/** "2024-07-08 06:00 UTC" for a timestamp; anything unparsable is shown as it came. */
export function formatWhen(iso: string | null): string {
  if (!iso) return 'unknown date';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A link when the URL is http(s); otherwise the text alone (a feed may carry any scheme). */
export function linkHtml(url: string, text: string): string {
  const safe = safeHttpUrl(url);
  const t = escapeText(text);
  return safe ? `<a href="${escapeAttr(safe)}">${t}</a>` : t;
}

/** A link to one of our own pages (a path or URL we built, never third-party input). */
export function ownLinkHtml(href: string, text: string): string {
  return `<a href="${escapeAttr(href)}">${escapeText(text)}</a>`;
}

export function evidenceHtml(e: Evidence, feedName: (id: string) => string = (id) => id): string {
  return (
    `<blockquote>${escapeText(e.quote)}</blockquote>\n` +
    `<p>— ${linkHtml(e.url, e.title || e.url)}, ${escapeText(feedName(e.feed))}, ` +
    `published ${escapeText(formatWhen(e.publishedAt))}</p>`
  );
}

export function noticeHtml(n: Notice): string {
  return `<p><strong>${escapeText(NOTICE_LABELS[n.kind])}:</strong> ${escapeText(n.note)}</p>`;
}

export function articleSourceHtml(a: ArticleRef): string {
  return (
    `<p>Article: ${linkHtml(a.url, a.title || a.url)} — ${escapeText(a.feedName)}, ` +
    `published ${escapeText(formatWhen(a.publishedAt))}</p>`
  );
}
