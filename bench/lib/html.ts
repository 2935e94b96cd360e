// The documents a news site serves: article pages with the usual furniture (navigation, a
// "related" box, an ad slot, a newsletter form, a long footer) and RSS 2.0 feeds.
import type { ArticleText } from '../../src/types.js';
import type { Rng } from './prng.js';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const SECTIONS = ['World', 'Asia', 'Politics', 'Business', 'Markets', 'Technology', 'Climate', 'Opinion', 'Sport', 'Culture'];
const RELATED = [
  'Coast guard expands patrols near contested shoal',
  'Markets edge higher as central bank holds rates',
  'Typhoon season forecast warns of stronger storms',
  'Parliament debates defence budget increase',
  'Navy receives first of new patrol vessels',
  'Analysis: what the new security ties mean for the region',
  'Fishermen say patrols keep them from traditional grounds',
  'Trade talks resume after a two-year pause',
];

/** An article page of a typical news site; the article is `a`, everything else is furniture. */
export function articlePage(rng: Rng, a: ArticleText, o: { url: string; published: string; site: string }): string {
  const related = Array.from({ length: 5 }, () => rng.pick(RELATED));
  const body = a.paragraphs.map((p, i) => {
    const para = `<p>${esc(p)}</p>`;
    // Inline furniture inside the article body, as real pages have it.
    if (i === 3) return `${para}\n<div class="ad-slot" data-slot="mid-article">Advertisement</div>`;
    if (i === 6) return `${para}\n<p class="read-more">Read more: <a href="/world/${rng.int(1000, 9999)}">${esc(rng.pick(RELATED))}</a></p>`;
    return para;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${esc(a.title)} | ${esc(o.site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="${esc(o.url)}">
<meta property="og:title" content="${esc(a.title)}">
<meta property="article:published_time" content="${o.published}">
<link rel="stylesheet" href="/static/site.css">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({section: 'world'});</script>
</head><body>
<header class="site-header"><a class="logo" href="/">${esc(o.site)}</a>
<nav class="main-nav"><ul>${SECTIONS.map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('')}</ul></nav>
<form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form>
</header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/world">World</a> › <a href="/asia">Asia</a></div>
<main><article class="story">
<h1>${esc(a.title)}</h1>
<div class="byline">By <a href="/authors/${rng.int(1, 99)}">Staff Reporter</a> · <time datetime="${o.published}">${o.published.slice(0, 10)}</time></div>
<figure><img src="/img/${rng.int(1000, 9999)}.jpg" alt="Officials at a signing ceremony"><figcaption>Officials at the ceremony. (Photo: agency)</figcaption></figure>
${body.join('\n')}
<div class="share"><a href="#">Share</a> <a href="#">Post</a> <a href="#">Email</a></div>
</article>
<aside class="related-links"><h2>Related coverage</h2><ul>${related.map((r, i) => `<li><a href="/world/${i}">${esc(r)}</a></li>`).join('')}</ul></aside>
</main>
<aside class="most-read"><h2>Most read</h2><ol>${RELATED.slice(0, 5).map((r, i) => `<li><a href="/most-read/${i}">${esc(r)}</a></li>`).join('')}</ol></aside>
<section class="newsletter"><h2>Get the morning briefing</h2><form action="/subscribe"><input type="email" name="email"><button>Sign up</button></form></section>
<footer class="site-footer"><ul>${SECTIONS.map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('')}</ul>
<p>© ${esc(o.site)}. All rights reserved. <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p></footer>
<script src="/static/app.js" defer></script>
</body></html>
`;
}

export interface RssItem {
  title: string;
  link: string;
  guid: string;
  published: string;
  description: string;
  /** content:encoded, as HTML. */
  content?: string;
}

export function rssFeed(title: string, site: string, items: readonly RssItem[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>${esc(title)}</title>
<link>${esc(site)}</link>
<description>${esc(title)}: latest stories</description>
<language>en</language>
${items
  .map(
    (i) => `<item>
<title>${esc(i.title)}</title>
<link>${esc(i.link)}</link>
<guid isPermaLink="false">${esc(i.guid)}</guid>
<pubDate>${new Date(i.published).toUTCString()}</pubDate>
<description>${esc(i.description)}</description>${
      i.content === undefined ? '' : `\n<content:encoded><![CDATA[${i.content.replace(/]]>/g, ']]]]><![CDATA[>')}]]></content:encoded>`
    }
</item>`,
  )
  .join('\n')}
</channel>
</rss>
`;
}

/** An article body as feed HTML (content:encoded). */
export function contentHtml(a: ArticleText): string {
  return a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
}
