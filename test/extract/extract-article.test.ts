import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleHash, extractArticle } from '../../src/extract/index.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'extract');
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

const TYPICAL_PARAGRAPHS = [
  'Tokyo and Manila put their names on a reciprocal access deal on Monday, a step that lets each country send troops to the other for training and disaster work.',
  'The ceremony in the Philippine capital was attended by President Ferdinand Marcos Jr., while the documents were signed by Japan’s foreign minister, Yoko Kamikawa, and the Philippine defence chief, Gilberto Teodoro.',
  'Officials on both sides said the accord still needs approval from each legislature before it can enter into force.',
  'Japan already has similar arrangements with Australia and the United Kingdom, and the new pact is its first such deal with a Southeast Asian nation.',
  'Analysts say the agreement should make joint drills with the United States easier to organise, as all three governments worry about Beijing’s conduct at sea.',
];

describe('extractArticle on a typical news page', () => {
  const url = 'https://harbour.example.com/world/asia/raa-signed?utm_source=rss';
  const page = extractArticle(read('news-page-typical.html'), url);

  it('returns exactly the article paragraphs: no nav, ads, share counts, timestamps, teasers or lists', () => {
    expect(page.title).toBe('Japan, Philippines seal troop access pact');
    expect(page.paragraphs).toEqual(TYPICAL_PARAGRAPHS);
  });

  it('reads the canonical URL and the publication time', () => {
    expect(page.canonicalUrl).toBe('https://harbour.example.com/world/asia/raa-signed');
    expect(page.publishedAt).toBe('2024-07-08T06:05:00.000Z');
  });

  it('gives the same hash with another sidebar, ads, share counts, timestamp, nbsp and quote style', () => {
    const other = extractArticle(read('news-page-typical-other-sidebar.html'), url);
    expect(articleHash(other)).toBe(articleHash(page));
  });

  it('gives a different hash when one sentence changes', () => {
    const edited = read('news-page-typical.html').replace(
      'still needs approval from each legislature',
      'still needs approval from the Japanese parliament',
    );
    const changed = extractArticle(edited, url);
    expect(changed.paragraphs[2]).toContain('the Japanese parliament');
    expect(articleHash(changed)).not.toBe(articleHash(page));
  });
});

describe('extractArticle keeps publisher notices', () => {
  it('keeps a Bloomberg-style "(Corrects …)" line at the foot, and the credit line', () => {
    const page = extractArticle(read('bloomberg-correction-footer.html'), 'https://www.bloomberg.example.com/news/x');
    expect(page.paragraphs.at(-1)).toBe(
      '(Corrects the Spratly Islands spelling on the map; removes a description of the Japan-China dispute as century-old.)',
    );
    expect(page.paragraphs).toContain('--With assistance from Ken Mori and Ana Cruz.');
    expect(page.paragraphs[0]).toMatch(/^\(Bloomberg\) -- The Philippines and Japan/);
    expect(page.paragraphs.some((p) => p.includes('Markets'))).toBe(false);
  });

  it('keeps an AP-style "___" separator and "This story has been corrected …"', () => {
    const page = extractArticle(read('ap-corrected-separator.html'), 'https://apnews.example.com/article/x');
    expect(page.paragraphs.slice(-2)).toEqual([
      '___',
      'This story has been corrected to show that the agreement was signed on Thursday, not Wednesday.',
    ]);
    expect(page.canonicalUrl).toBe('https://apnews.example.com/article/japan-philippines-acsa-0123');
    expect(page.publishedAt).toBe('2026-01-15T05:20:00.000Z');
  });

  it('drops bare timestamps but keeps notices, "(Updated 12:58 p.m.)" and a bare "Updated: <date>" alike', () => {
    const page = extractArticle(read('philippine-updated-notice.html'), 'https://ph.example.com/news/senate-raa');
    // One vocabulary with the diff stage: a dated "Updated" line is an update notice, not furniture.
    expect(page.paragraphs).toContain('Updated: Dec 16, 2024 5:00 PM');
    expect(page.paragraphs).not.toContain('3 hours ago');
    expect(page.paragraphs[1]).toMatch(/^\(UPDATED 12:58 p\.m\.\) The Senate on Monday/);
    for (const notice of [
      '(Updated 12:58 p.m.)',
      'First posted at 10:15 a.m.',
      'This article was amended on 17 December 2024 to correct the date of the Senate vote.',
      "EDITOR'S NOTE: An earlier headline misstated the number of senators who voted.",
      'Correction: December 17, 2024',
    ]) {
      expect(page.paragraphs).toContain(notice);
    }
  });
});

describe('extractArticle odd pages', () => {
  it('resolves a relative canonical link and reads a JSON-LD @graph date', () => {
    const page = extractArticle(read('bloomberg-correction-footer.html'), 'https://www.bloomberg.example.com/news/x?ref=1');
    expect(page.canonicalUrl).toBe('https://www.bloomberg.example.com/news/articles/2024-07-08/japan-philippines-sign-pact');
    expect(page.publishedAt).toBe('2024-07-08T06:12:00.000Z');
  });

  it('honours a page’s own relative <base> when resolving', () => {
    const html = read('bloomberg-correction-footer.html').replace('<head>', '<head><base href="/mirror/">').replace(
      'href="/news/articles/2024-07-08/japan-philippines-sign-pact"',
      'href="articles/raa"',
    );
    const page = extractArticle(html, 'https://example.org/a/b');
    expect(page.canonicalUrl).toBe('https://example.org/mirror/articles/raa');
  });

  it('falls back to the page’s <main> when Readability picks only boilerplate', () => {
    const page = extractArticle(read('no-article-fallback.html'), 'https://dfa.example.gov/press/statement');
    expect(page.title).toBe('Statement on security talks');
    expect(page.paragraphs).toEqual([
      'The ministry confirmed that talks on an information security pact continue.',
      'No date has been set for the next round.',
    ]);
    expect(page.canonicalUrl).toBeNull();
    expect(page.publishedAt).toBeNull();
  });

  it('survives empty and non-HTML input', () => {
    expect(extractArticle('', 'https://x.example.com/').paragraphs).toEqual([]);
    expect(extractArticle('plain words only', 'https://x.example.com/').paragraphs).toEqual(['plain words only']);
  });
});

describe('extractArticle on local pages', () => {
  it('reads a page given by path or file: URL, and still finds an absolute og:url', () => {
    const html = read('news-page-typical.html');
    for (const address of ['/srv/pages/raa.html', 'file:///srv/pages/raa.html']) {
      const page = extractArticle(html, address);
      expect(page.paragraphs).toEqual(TYPICAL_PARAGRAPHS);
      expect(page.canonicalUrl).toBe('https://harbour.example.com/world/asia/raa-signed');
    }
  });
});
