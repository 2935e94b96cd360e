// The frame of every HTML page: readable on a phone (viewport meta, one narrow column, tables that
// scroll sideways), one small inline stylesheet, no scripts and no external assets, so the server
// can send a Content-Security-Policy of default-src 'none'.
import { escapeAttr, escapeText } from '../../shared/escape.js';
import { basePath } from '../urls.js';

const STYLE = `
:root{color-scheme:light dark;--muted:#666;--line:#ccc;--del:#fdd;--ins:#dfd}
@media (prefers-color-scheme:dark){:root{--muted:#aaa;--line:#444;--del:#5a2222;--ins:#1f4a26}}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:48rem;padding:0 1rem 3rem;overflow-wrap:break-word}
header{border-bottom:1px solid var(--line);padding:.6rem 0;margin-bottom:1rem}
header nav a{margin-right:1rem}
h1{font-size:1.5rem;line-height:1.25}
h2{font-size:1.2rem;margin-top:2rem}
a{color:inherit;text-decoration-thickness:1px}
.muted,.when{color:var(--muted);font-size:.9rem}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
blockquote{margin:.5rem 0;padding-left:.8rem;border-left:3px solid var(--line)}
del{background:var(--del);text-decoration:line-through}
ins{background:var(--ins);text-decoration:underline 2px;text-underline-offset:.15em;font-weight:600}
h2.entry{font-size:1.05rem;margin:.2rem 0}
ul.changes{padding-left:1.2rem}
ul.changes>li{margin:.3rem 0}
.badge{display:inline-block;font-size:.8rem;padding:0 .4rem;border:1px solid var(--line);border-radius:.6rem;white-space:nowrap}
.status{font-weight:600}
.bad{color:#c00}
ol.timeline,ul.list{padding-left:1.2rem}
ol.timeline>li,ul.list>li{margin-bottom:1rem}
.row{border-top:1px solid var(--line);padding:.6rem 0}
form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:1rem 0}
label{display:flex;flex-direction:column;font-size:.9rem}
select,button{font:inherit;padding:.25rem;max-width:100%}
.nowrap{white-space:nowrap}
.wrap{overflow-wrap:anywhere}
label{max-width:100%;min-width:0}
svg text{fill:currentColor;font-size:12px}
svg .lane{stroke:var(--line);stroke-width:1}
svg .axis{stroke:currentColor;stroke-width:1}
svg .step{fill:currentColor}
svg .step.disputed{fill:none;stroke:currentColor;stroke-width:2}
svg .step.now{fill:#1a6fd1;stroke:currentColor}
svg .correction{fill:#d97a00;stroke:currentColor}
figure.timeline-svg{margin:1rem 0}
.search{margin:.5rem 0}
.search input{font:inherit;padding:.25rem;min-width:0;flex:1 1 10rem}
@media (max-width:40rem){
table.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
table.cards,table.cards tbody,table.cards tr{display:block;width:100%}
table.cards tr{border-bottom:1px solid var(--line);padding:.4rem 0}
table.cards td{display:inline-block;border:0;padding:.1rem .6rem .1rem 0;max-width:100%}
table.cards td.main{display:block;font-weight:600}
table.cards td[data-label]::before{content:attr(data-label) ": ";color:var(--muted);font-weight:400}
}
`;

export interface FeedLink {
  title: string;
  /** A path under the base (starts with "/"). */
  path: string;
}

export interface PageOptions {
  baseUrl: string;
  /** Atom feeds for autodiscovery (<link rel="alternate" type="application/atom+xml">). */
  feeds?: FeedLink[];
  /** What the search box shows (the search page's own term). */
  searchTerm?: string;
}

export function page(title: string, body: string, opts: PageOptions): string {
  const bp = basePath(opts.baseUrl);
  const feeds = (opts.feeds ?? [])
    .map(
      (f) =>
        `<link rel="alternate" type="application/atom+xml" title="${escapeAttr(f.title)}" href="${escapeAttr(bp + f.path)}">`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)} · pactwatch</title>
${feeds}
<style>${STYLE}</style>
</head>
<body>
<header><nav><a href="${escapeAttr(bp + '/')}"><strong>pactwatch</strong></a><a href="${escapeAttr(bp + '/corrections')}">Corrections</a><a href="${escapeAttr(bp + '/feed.atom')}">Atom feed</a></nav>
<form class="search" role="search" method="get" action="${escapeAttr(bp + '/search')}"><input type="search" name="q" value="${escapeAttr(opts.searchTerm ?? '')}" aria-label="Search the saved articles" placeholder="Search saved articles"><button type="submit">Search</button></form></header>
<main>
${body}
</main>
</body>
</html>
`;
}

/** A link to one of our pages, given as a path under the base. */
export function pathLink(baseUrl: string, path: string, text: string): string {
  return `<a href="${escapeAttr(basePath(baseUrl) + path)}">${escapeText(text)}</a>`;
}

/**
 * The rows that fit in a byte budget (at least one, so a page is never empty), and how many were
 * left out: a page is bounded by limits.pageBytes however large its rows are.
 */
export function fitRows(rows: string[], maxBytes: number): { shown: string[]; omitted: number } {
  const shown: string[] = [];
  let used = 0;
  for (const row of rows) {
    const size = Buffer.byteLength(row, 'utf8') + 1;
    if (shown.length > 0 && used + size > maxBytes) break;
    shown.push(row);
    used += size;
  }
  return { shown, omitted: rows.length - shown.length };
}

/** The note shown where rows were left out for the byte budget. */
export function omittedNote(omitted: number, what: string): string {
  return omitted > 0
    ? `<p class="muted">${omitted} more ${escapeText(what)} not shown: this page is at its size limit (limits.pageBytes).</p>`
    : '';
}

/**
 * "Newer / older" links between pages of a list. `href(page)` builds the path of page n (1-based);
 * pages are numbered from 1.
 */
export function pagerHtml(baseUrl: string, page: number, hasNext: boolean, href: (page: number) => string, labels = ['← previous', 'next →']): string {
  const links: string[] = [];
  if (page > 1) links.push(pathLink(baseUrl, href(page - 1), labels[0]!));
  if (hasNext) links.push(pathLink(baseUrl, href(page + 1), labels[1]!));
  return links.length > 0 ? `<p class="pager">${links.join(' · ')} <span class="muted">(page ${page})</span></p>` : '';
}
