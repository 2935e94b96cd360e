// One stored version of an article, as pactwatch saved it: the copy that evidence quotes link to,
// read-only. Every paragraph is article text, so every paragraph is escaped.
import type { FeedStatusView, VersionView } from '../../types.js';
import { escapeText } from '../../shared/escape.js';
import { formatWhen, linkHtml } from '../fragments.js';
import { articlePath, versionPath } from '../urls.js';
import { feedNamer } from './agreement-page.js';
import { page, pathLink } from './layout.js';

export interface VersionPageOptions {
  baseUrl: string;
  feeds?: FeedStatusView[];
}

export function renderVersionPage(v: VersionView, opts: VersionPageOptions): string {
  const feedName = feedNamer(opts.feeds)(v.feed);
  const nav: string[] = [];
  if (v.n > 1) nav.push(pathLink(opts.baseUrl, versionPath(v.url, v.n - 1), '← previous version'));
  if (v.n < v.total) nav.push(pathLink(opts.baseUrl, versionPath(v.url, v.n + 1), 'next version →'));
  const paragraphs = v.paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join('\n');
  const body = `<p class="muted">Saved copy: version ${v.n} of ${v.total}, as seen ${escapeText(formatWhen(v.seenAt))} · ` +
    `${escapeText(feedName)} · ${linkHtml(v.url, 'the publisher\u2019s page')} (it may have changed since) · ` +
    `${pathLink(opts.baseUrl, articlePath(v.url), 'every version and the changes')}</p>
<article>
<h1>${escapeText(v.title || v.url)}</h1>
${paragraphs || '<p class="muted">This version had no text.</p>'}
</article>
<p class="muted"><code>sha256 ${escapeText(v.hash)}</code></p>
${nav.length > 0 ? `<p>${nav.join(' · ')}</p>` : ''}`;
  return page(`${v.title || 'Article'} (version ${v.n})`, body, { baseUrl: opts.baseUrl });
}
