// One article's history: every version we kept, and for each change the diff and the notices.
import type { ArticleHistoryView, FeedStatusView } from '../../types.js';
import { renderDiffHtml } from '../diff-render/html.js';
import { escapeText } from '../../shared/escape.js';
import { formatWhen, linkHtml, noticeHtml } from '../fragments.js';
import { page } from './layout.js';
import { feedNamer } from './agreement-page.js';

export interface ArticlePageOptions {
  baseUrl: string;
  feeds?: FeedStatusView[];
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
  const body = `<h1>${escapeText(v.title || v.url)}</h1>
<p>${escapeText(feedName)} · ${linkHtml(v.url, 'original article')}</p>
${takenDown}
<h2>Versions</h2>
<div class="scroll"><table><thead><tr><th>#</th><th>Seen</th><th>Title</th><th>Hash</th></tr></thead>
<tbody>${versions.join('\n')}</tbody></table></div>
<h2>Changes</h2>
${changes.length > 0 ? changes.join('\n') : '<p class="muted">No changes seen since the first version.</p>'}`;
  return page(v.title || 'Article history', body, { baseUrl: opts.baseUrl });
}
