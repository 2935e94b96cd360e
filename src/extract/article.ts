// A news page to its article. A streaming scan (fast/) reads the page's facts and, where it is
// sure, makes Readability's choice itself on the scan's counts; where it is unsure, Readability
// finds the article on linkedom's document. Either way our block walk turns it into paragraphs and
// the boilerplate rules take out what Readability lets through.
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { sameTextKey } from '../shared/same-text.js';
import type { ArticleText, ExtractedPage } from '../types.js';
import { blocksOf } from './blocks.js';
import { articleParagraphs } from './boilerplate.js';
import { boundDocument, DEFAULT_BOUNDS, type DomDocument, type DomElement, parseDocument, setBase, type TagBounds } from './dom.js';
import { fastArticle, scanPage, type Unsure } from './fast/index.js';
import { baseUrl, pageMetadata } from './metadata.js';
import { normaliseArticle, normaliseText } from './normalise.js';

/** Page furniture that is never the article, removed before the fallback reads a page. */
const FURNITURE = 'script, style, noscript, template, nav, header, footer, aside, form, [role="navigation"], [role="complementary"], [aria-hidden="true"]';

// Readability refuses a document over this many elements; limits.pageElements cuts pages to
// 20,000 by default, so it is only reached when that limit is raised.
const MAX_ELEMENTS = 30_000;

let readabilityClass: typeof ReadabilityClass | null = null;
/** Loaded by the first page extracted: feed polls and read commands never need it. */
function Readability(): typeof ReadabilityClass {
  readabilityClass ??= (createRequire(import.meta.url)('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability;
  return readabilityClass;
}

function readabilityParagraphs(doc: DomDocument): { title: string | null; paragraphs: string[] } {
  try {
    // Readability's types name the DOM lib's Document; linkedom's document is what it runs on.
    // The serializer hands back the article element itself: serialising it to HTML only to
    // parse it again cost a third of the extraction time.
    const result = new (Readability())(doc as unknown as ConstructorParameters<typeof ReadabilityClass>[0], {
      maxElemsToParse: MAX_ELEMENTS,
      serializer: (el) => el as unknown as DomElement,
    }).parse();
    if (!result?.content) return { title: result?.title ?? null, paragraphs: [] };
    return { title: result.title ?? null, paragraphs: articleParagraphs(blocksOf(result.content)) };
  } catch {
    // Readability can throw on odd documents; the fallback below reads the page itself.
    return { title: null, paragraphs: [] };
  }
}

/** When Readability finds nothing: the paragraphs of <article>, <main> or the body. */
function fallbackParagraphs(html: string): string[] {
  const doc = parseDocument(html);
  const root =
    doc.querySelector('article') ?? doc.querySelector('main') ?? doc.querySelector('[role="main"]') ?? doc.body;
  if (!root) return [];
  for (const el of Array.from(root.querySelectorAll(FURNITURE))) el.remove();
  return articleParagraphs(blocksOf(root));
}

/** Drops a first paragraph that only repeats the headline. */
function withoutRepeatedTitle(a: ArticleText): ArticleText {
  const [head, ...rest] = a.paragraphs;
  if (head !== undefined && a.title && sameTextKey(normaliseText(head)).toLowerCase() === sameTextKey(a.title).toLowerCase()) {
    return { title: a.title, paragraphs: rest };
  }
  return a;
}

/** Which path read a page, and why the fast one did not answer (null when it did). */
export interface ExtractionTrace {
  path: 'fast' | 'readability';
  unsure: Unsure | null;
}

/** A page to its article, with the path that read it. */
export function extractArticleTraced(
  page: string,
  url: string,
  bounds: TagBounds = DEFAULT_BOUNDS,
  options: { fast?: boolean } = {},
): { page: ExtractedPage; trace: ExtractionTrace } {
  const { html, warnings } = boundDocument(page, bounds);
  const scan = scanPage(html);
  const meta = pageMetadata(scan.facts, baseUrl(scan.facts, url));
  const fast = options.fast === false ? null : fastArticle(scan);
  let found: { title: string | null; paragraphs: string[] };
  if (fast && fast.unsure === null) {
    found = { title: fast.title, paragraphs: fast.paragraphs };
  } else {
    const doc = parseDocument(html);
    setBase(doc, url);
    found = readabilityParagraphs(doc);
    if (found.paragraphs.length === 0) found = { title: found.title, paragraphs: fallbackParagraphs(html) };
  }
  const title = normaliseText(found.title ?? '') || normaliseText(meta.title ?? '');
  const text = withoutRepeatedTitle(normaliseArticle({ title, paragraphs: found.paragraphs }));
  return {
    page: { ...text, canonicalUrl: meta.canonicalUrl, publishedAt: meta.publishedAt, warnings },
    trace: { path: fast && fast.unsure === null ? 'fast' : 'readability', unsure: fast?.unsure ?? null },
  };
}

/** A page to its article. `warnings`: one line per bound the page hit (it is read up to there). */
export function extractArticle(page: string, url: string, bounds: TagBounds = DEFAULT_BOUNDS): ExtractedPage {
  return extractArticleTraced(page, url, bounds).page;
}
