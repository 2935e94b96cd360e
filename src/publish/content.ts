// The HTML body of a feed entry. Readers strip classes and styles and some show text only, so the
// markup is plain: paragraphs, blockquotes, <del>/<ins> with text markers, absolute links.
import type { UpdateRecord } from '../types.js';
import { renderDiffHtml } from './diff-render/html.js';
import { escapeText } from '../shared/escape.js';
import { articleSourceHtml, evidenceHtml, noticeHtml, ownLinkHtml } from './fragments.js';
import { agreementPath, articlePath, trimBase } from './urls.js';

function sinceText(status: string | null, since: string | null, party: string | null): string {
  if (status === null) return 'no known status';
  let s = status;
  if (party) s += ` by ${party}`;
  if (since) s += ` since ${since}`;
  return s;
}

/** The entry content for one update, as an HTML fragment (the Atom writer escapes it once more). */
export function renderUpdateContent(update: UpdateRecord, baseUrl: string): string {
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
        for (const e of p.evidence) out.push(evidenceHtml(e));
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
      out.push(renderDiffHtml(p.diff));
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
        const links = p.agreementIds.map((id) => ownLinkHtml(base + agreementPath(id), id));
        out.push(`<p>Mentions: ${links.join(', ')}</p>`);
      }
      break;
    }
  }
  return out.join('\n');
}
