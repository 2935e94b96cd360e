// The article title as Readability 0.6 chooses it (JSON-LD, then meta tags, then the <title> trimmed
// of its site name), from the scan's facts, so that both paths give the same title and a page that
// moves between them is not seen as retitled.
import type { PageFacts } from './scan.js';
import { JSON_LD_ARTICLE, textSimilarity } from './rules.js';

const PROPERTY = /\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)\s*/i;
const NAME = /^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?(author|creator|pub-date|description|title|site_name)\s*$/i;
const SCHEMA_ORG = /^https?:\/\/schema\.org\/?$/;

const wordCount = (s: string): number => s.split(/\s+/).length;

/** Readability's _getArticleTitle: the document title without its site part. */
export function documentTitle(facts: PageFacts): string {
  const orig = (facts.title ?? '').trim();
  let cur = orig;
  let hierarchical = false;
  if (/ [|\-\\/>»] /.test(cur)) {
    hierarchical = / [\\/>»] /.test(cur);
    const all = Array.from(orig.matchAll(/ [|\-\\/>»] /gi));
    cur = orig.substring(0, all.pop()!.index);
    if (wordCount(cur) < 3) cur = orig.replace(/^[^|\-\\/>»]*[|\-\\/>»]/gi, '');
  } else if (cur.includes(': ')) {
    const trimmed = cur.trim();
    const match = [...facts.h1, ...facts.h2].some((h) => h.trim() === trimmed);
    if (!match) {
      cur = orig.substring(orig.lastIndexOf(':') + 1);
      if (wordCount(cur) < 3) cur = orig.substring(orig.indexOf(':') + 1);
      else if (wordCount(orig.substring(0, orig.indexOf(':'))) > 5) cur = orig;
    }
  } else if (cur.length > 150 || cur.length < 15) {
    if (facts.h1.length === 1) cur = facts.h1[0]!.trim().replace(/\s{2,}/g, ' ');
  }
  cur = cur.trim().replace(/\s{2,}/g, ' ');
  const count = wordCount(cur);
  if (count <= 4 && (!hierarchical || count !== wordCount(orig.replace(/[|\-\\/>»]+/g, '')) - 1)) cur = orig;
  return cur;
}

interface JsonLdArticle {
  title?: string;
  byline?: boolean;
}

/** Readability's _getJSONLD, the parts that give the title and whether there is an author. */
function jsonLdArticle(facts: PageFacts): JsonLdArticle {
  for (const text of facts.jsonLd) {
    try {
      let parsed = JSON.parse(text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Record<string, unknown> | Array<Record<string, unknown>>;
      if (Array.isArray(parsed)) {
        const found = parsed.find((it) => typeof it?.['@type'] === 'string' && JSON_LD_ARTICLE.test(it['@type']));
        if (!found) continue;
        parsed = found;
      }
      const context = parsed['@context'] as unknown;
      const vocab = typeof context === 'object' && context !== null ? (context as Record<string, unknown>)['@vocab'] : undefined;
      if (!((typeof context === 'string' && SCHEMA_ORG.test(context)) || (typeof vocab === 'string' && SCHEMA_ORG.test(vocab)))) continue;
      if (!parsed['@type'] && Array.isArray(parsed['@graph'])) {
        const found = (parsed['@graph'] as Array<Record<string, unknown>>).find((it) => JSON_LD_ARTICLE.test(String(it?.['@type'] ?? '')));
        if (!found) continue;
        parsed = found;
      }
      if (typeof parsed['@type'] !== 'string' || !JSON_LD_ARTICLE.test(parsed['@type'])) continue;
      const { name, headline, author } = parsed as { name?: unknown; headline?: unknown; author?: unknown };
      const out: JsonLdArticle = {};
      if (typeof name === 'string' && typeof headline === 'string' && name !== headline) {
        const title = documentTitle(facts);
        out.title = textSimilarity(headline, title) > 0.75 && !(textSimilarity(name, title) > 0.75) ? headline : name;
      } else if (typeof name === 'string') out.title = name.trim();
      else if (typeof headline === 'string') out.title = headline.trim();
      const a = author as { name?: unknown } | Array<{ name?: unknown }> | undefined;
      // Readability keeps bylines in the text only when this (or a meta tag) gives a non-empty one.
      if (Array.isArray(a)) out.byline = typeof a[0]?.name === 'string' && a.some((x) => typeof x?.name === 'string' && x.name.trim() !== '');
      else out.byline = typeof a?.name === 'string' && a.name.trim() !== '';
      return out;
    } catch {
      // Readability skips JSON-LD it cannot parse; so do we.
    }
  }
  return {};
}

/** The title Readability would report, and whether its metadata names an author (then it keeps bylines in the text). */
export function articleTitle(facts: PageFacts): { title: string; metaByline: boolean } {
  const values: Record<string, string> = {};
  for (const m of facts.metas) {
    if (!m.content) continue;
    const match = m.property ? m.property.match(PROPERTY) : null;
    if (match) values[match[0].toLowerCase().replace(/\s/g, '')] = m.content.trim();
    if (!match && m.name && NAME.test(m.name)) values[m.name.toLowerCase().replace(/\s/g, '').replace(/\./g, ':')] = m.content.trim();
  }
  const ld = jsonLdArticle(facts);
  const title =
    ld.title ||
    values['dc:title'] ||
    values['dcterm:title'] ||
    values['og:title'] ||
    values['weibo:article:title'] ||
    values['weibo:webpage:title'] ||
    values.title ||
    values['twitter:title'] ||
    values['parsely-title'] ||
    documentTitle(facts);
  const articleAuthor = values['article:author'] !== undefined && !URL.canParse(values['article:author']) ? values['article:author'] : undefined;
  const metaByline = Boolean(ld.byline || values['dc:creator'] || values['dcterm:creator'] || values.author || values['parsely-author'] || articleAuthor);
  return { title, metaByline };
}
