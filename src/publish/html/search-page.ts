// Search results over the stored article versions: each links to the saved copy it matched in.
import type { FeedStatusView, SearchHit } from '../../types.js';
import { escapeText } from '../../shared/escape.js';
import { formatWhen } from '../fragments.js';
import { articlePath, versionPath } from '../urls.js';
import { feedNamer } from './agreement-page.js';
import { page, pathLink } from './layout.js';

export interface SearchPageInput {
  term: string;
  hits: SearchHit[];
  baseUrl: string;
  feeds?: FeedStatusView[];
}

export function renderSearchPage(input: SearchPageInput): string {
  const name = feedNamer(input.feeds);
  const rows = input.hits.map((h) => {
    const which = h.latest
      ? `version ${h.version}, the latest`
      : `version ${h.version} — ${pathLink(input.baseUrl, articlePath(h.url), 'changed since')}`;
    return (
      `<article class="row"><h2 class="entry">${pathLink(input.baseUrl, versionPath(h.url, h.version), h.title || h.url)}</h2>\n` +
      `<p class="when">${escapeText(name(h.feed))} · seen ${escapeText(formatWhen(h.seenAt))} · ${which}</p>\n` +
      `<p>${escapeText(h.snippet)}</p></article>`
    );
  });
  const heading = input.term ? `Search: ${input.term}` : 'Search';
  const body = `<h1>${escapeText(heading)}</h1>
<p class="muted">Every version of every tracked article pactwatch saved, one result per article. Words must all occur; put a phrase in "quotes"; word* matches a prefix. Matched words are in [brackets].</p>
${input.term === '' ? '' : rows.length > 0 ? rows.join('\n') : '<p class="muted">Nothing found in the stored versions.</p>'}`;
  return page(heading, body, { baseUrl: input.baseUrl, searchTerm: input.term });
}
