// HTML fragments shared by the feed entries and the pages: evidence quotes, notices, dates.
// Every value from an article or a feed passes through escapeText/escapeAttr here.
import type { ArticleRef, Evidence, Notice, NoticeKind } from '../types.js';
import { escapeAttr, escapeText, safeHttpUrl } from '../shared/escape.js';
import { articlePath, versionPath } from './urls.js';

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

/**
 * A quote with its source: the publisher's page, and our saved copy of the version the quote was
 * read in (the publisher's page may change or vanish: the very thing pactwatch watches).
 * `ownBase` prefixes our own links: the absolute base in feeds, the base path on pages.
 */
export function evidenceHtml(e: Evidence, feedName: (id: string) => string = (id) => id, ownBase = ''): string {
  const saved =
    e.version !== undefined
      ? ownLinkHtml(ownBase + versionPath(e.url, e.version), `saved copy (version ${e.version})`)
      : ownLinkHtml(ownBase + articlePath(e.url), 'saved versions');
  return (
    `<blockquote>${escapeText(e.quote)}</blockquote>\n` +
    `<p>— ${linkHtml(e.url, e.title || e.url)}, ${escapeText(feedName(e.feed))}, ` +
    `published ${escapeText(formatWhen(e.publishedAt))} · ${saved}</p>`
  );
}

/**
 * The notice's own leading label ("Correction:", "EDITOR'S NOTE —"), when it opens with the label we
 * would put before it: then we bold its own words instead of printing "Correction: Correction: …".
 */
export function ownLabel(n: Notice): string | null {
  const label = NOTICE_LABELS[n.kind];
  const words = label.toLowerCase().replace(/['\u2019]/g, "['\u2019]?").split(/\s+/).join('\\s+');
  const m = new RegExp(`^\\s*\\(?\\s*${words}s?\\s*[:\\-\u2013\u2014]`, 'i').exec(n.note);
  return m ? m[0] : null;
}

export function noticeHtml(n: Notice): string {
  const own = ownLabel(n);
  if (own) return `<p><strong>${escapeText(own.trim())}</strong> ${escapeText(n.note.slice(own.length).trim())}</p>`;
  return `<p><strong>${escapeText(NOTICE_LABELS[n.kind])}:</strong> ${escapeText(n.note)}</p>`;
}

export function articleSourceHtml(a: ArticleRef): string {
  return (
    `<p>Article: ${linkHtml(a.url, a.title || a.url)} — ${escapeText(a.feedName)}, ` +
    `published ${escapeText(formatWhen(a.publishedAt))}</p>`
  );
}
