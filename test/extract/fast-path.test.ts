// The extraction fast path (src/extract/fast): where it answers it gives Readability's article,
// and where the page does something it does not model it says which signal made it unsure and
// Readability reads the page instead. Pages are built here; each is named after the quirk it pins.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticleTraced } from '../../src/extract/article.js';
import { sameTextKey } from '../../src/shared/same-text.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'extract');

const SENTENCES = [
  'The two governments signed the accord in the capital on Monday, after four rounds of talks.',
  'Officials said the text still needs approval from each parliament before it enters into force.',
  'The agreement covers joint training, disaster relief and the exchange of liaison officers.',
  'Analysts expect the first joint exercise under the new rules to take place next spring, weather permitting.',
  'Opposition lawmakers asked for the annexes to be published, and the ministry promised a summary.',
  'A similar arrangement signed three years ago took eleven months to be ratified by both sides.',
];
const article = (n: number): string => Array.from({ length: n }, (_, i) => `<p>${SENTENCES[i % SENTENCES.length]} (${i + 1})</p>`).join('\n');

function page(body: string, head = '<title>Accord signed - Example News</title>'): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

function both(html: string): { fast: ReturnType<typeof extractArticleTraced>; readability: ReturnType<typeof extractArticleTraced> } {
  const url = 'https://news.example/world/accord';
  return { fast: extractArticleTraced(html, url), readability: extractArticleTraced(html, url, undefined, { fast: false }) };
}

const keys = (ps: string[]): string[] => ps.map(sameTextKey);

describe('the fast path answers a plain news page with Readability’s article', () => {
  const html = page(`<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article class="story"><h1>Accord signed</h1>
<div class="byline">By Staff Reporter</div>
${article(8)}
<div class="share"><a href="#">Share</a> <a href="#">Email</a></div>
</article>
<aside class="related-links"><h2>Related coverage</h2><ul><li><a href="/a">Earlier talks stall</a></li><li><a href="/b">Ministers meet</a></li></ul></aside></main>
<footer class="site-footer"><a href="/about">About us</a></footer>`);
  const { fast, readability } = both(html);

  it('answers, with the same title and paragraphs', () => {
    expect(fast.trace).toEqual({ path: 'fast', unsure: null });
    expect(fast.page.title).toBe(readability.page.title);
    expect(keys(fast.page.paragraphs)).toEqual(keys(readability.page.paragraphs));
    expect(fast.page.paragraphs).toHaveLength(8);
  });
});

describe('the fast path falls back, naming its signal', () => {
  it('short: too little text for Readability’s own threshold', () => {
    const { fast } = both(page(`<article>${article(2)}</article>`));
    expect(fast.trace).toEqual({ path: 'readability', unsure: 'short' });
    expect(fast.page.paragraphs.length).toBeGreaterThan(0);
  });

  it('table: the article sits in a table (Readability tells data tables from layout ones)', () => {
    const { fast, readability } = both(page(`<table><tr><td><div class="content">${article(10)}</div><table><tr><td>Score</td><td>3</td></tr></table></td></tr></table>`));
    expect(fast.trace.path).toBe('readability');
    expect(fast.page.paragraphs).toEqual(readability.page.paragraphs);
  });

  it('inline-removal: an author line inside a paragraph (Readability takes the words out of it)', () => {
    const { fast, readability } = both(
      page(`<article><p>Reported by <span class="byline">Jane Roe</span> in the capital.</p>${article(10)}</article>`),
    );
    expect(fast.trace).toEqual({ path: 'readability', unsure: 'inline-removal' });
    expect(fast.page.paragraphs).toEqual(readability.page.paragraphs);
  });

  it('no-body: a bare fragment is left to Readability', () => {
    const { fast } = both(article(10));
    expect(fast.trace).toEqual({ path: 'readability', unsure: 'no-body' });
  });
});

describe('metadata is read from the scan on both paths', () => {
  it('gives the same canonical URL, date and warnings either way on every extract fixture', () => {
    for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(FIXTURES, name), 'utf8');
      const { fast, readability } = both(html);
      expect({ name, c: fast.page.canonicalUrl, p: fast.page.publishedAt, w: fast.page.warnings }).toEqual({
        name,
        c: readability.page.canonicalUrl,
        p: readability.page.publishedAt,
        w: readability.page.warnings,
      });
    }
  });
});
