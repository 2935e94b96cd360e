// One article's history: every version we kept, and for each change the diff and the notices.
import type { ArticleHistoryView, FeedStatusView } from '../../types.js';
import { renderDiffHtml } from '../diff-render/html.js';
import { escapeText } from '../../shared/escape.js';
import { formatWhen, linkHtml, noticeHtml } from '../fragments.js';
import { articlePath } from '../urls.js';
import { fitRows, omittedNote, page, pagerHtml } from './layout.js';
import { feedNamer } from './agreement-page.js';

export interface ArticlePageOptions {
  baseUrl: string;
  feeds?: FeedStatusView[];
  /** Versions per page (the view holds one page of them; see ArticleHistoryView.offset). */
  rowsPerPage?: number;
  /** The byte budget of the page's changes (limits.pageBytes). */
  maxBytes?: number;
}

export function renderArticlePage(v: ArticleHistoryView, opts: ArticlePageOptions = { baseUrl: '' }): string {
  const feedName = feedNamer(opts.feeds)(v.feed);
  const takenDown = v.takenDownAt
    ? `<p class="bad"><strong>Taken down:</strong> the page was gone when checked on ${escapeText(formatWhen(v.takenDownAt))}. The versions below are what we kept.</p>`
    : '';
  const versions = v.versions.map(
    (ver) =>
      `<tr><td>${ver.n}</td><td class="when">${escapeText(formatWhen(ver.seenAt))}</td>` +
      `<td class="wrap">${escapeText(ver.title)}</td><td><code>${escapeText(ver.hash.slice(0, 12))}</code></td></tr>`,
  );
  const changes = v.changes.map((c) => {
    const notices = c.notices.length > 0
      ? c.notices.map(noticeHtml).join('\n')
      : '<p><strong>Unannounced edit:</strong> no notice was published with this change.</p>';
    const d = v.diffs.find((x) => x.from === c.from && x.to === c.to);
    const diff = d
      ? renderDiffHtml(d.diff)
      : [
          ...c.removed.map((s) => `<p><del>[-${escapeText(s)}-]</del></p>`),
          ...c.added.map((s) => `<p><ins>{+${escapeText(s)}+}</ins></p>`),
        ].join('\n');
    return `<section><h3>Version ${c.from} → ${c.to}</h3>\n${notices}\n${diff}</section>`;
  });
  const fitted = fitRows(changes, opts.maxBytes ?? Number.POSITIVE_INFINITY);
  const rows = opts.rowsPerPage ?? Math.max(1, v.versions.length);
  const pageNo = Math.floor((v.offset ?? 0) / rows) + 1;
  const pager = pagerHtml(
    opts.baseUrl,
    pageNo,
    (v.offset ?? 0) + v.versions.length < (v.totalVersions ?? v.versions.length),
    (p) => `${articlePath(v.url)}${p > 1 ? `&page=${p}` : ''}`,
    ['← earlier versions', 'later versions →'],
  );
  const body = `<h1>${escapeText(v.title || v.url)}</h1>
<p>${escapeText(feedName)} · ${linkHtml(v.url, 'original article')}</p>
${takenDown}
<h2>Versions</h2>
<div class="scroll"><table><thead><tr><th>#</th><th>Seen</th><th>Title</th><th>Hash</th></tr></thead>
<tbody>${versions.join('\n')}</tbody></table></div>
${pager}
<h2>Changes</h2>
${changes.length > 0 ? fitted.shown.join('\n') + omittedNote(fitted.omitted, 'changes') : '<p class="muted">No changes seen since the first version.</p>'}
${pager}`;
  return page(v.title || 'Article history', body, { baseUrl: opts.baseUrl });
}
