// Issue 14, findings 5 and 6 (pages): nesting and size are bounded BEFORE a DOM is built. 400k
// nested <div>s cost a linear scan, not minutes in linkedom; 20k nested <b> in an item title
// neither overflow the stack nor lose the feed's good items; a 4 MB page of 300k paragraphs is cut
// at limits.pageElements and its article at limits.paragraphsPerArticle, without a gigabyte peak.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundHtml, extractArticle } from '../../src/extract/index.js';
import { parseFeed } from '../../src/parse/index.js';
import { makeWorld, newsPage, rssFeed, type World } from '../helpers/world.js';
import { ROOT } from '../faults/support.js';

const SENTENCE = 'Japan and the Philippines signed the Reciprocal Access Agreement on Monday.';
const deepDivs = (n: number) =>
  `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(n)}<article><p>${SENTENCE}</p></article>${'</div>'.repeat(n)}</body></html>`;
const timed = <T>(fn: () => T): { value: T; ms: number } => {
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t };
};

describe('the tag scan before any DOM', () => {
  it('400k nested <div>s: linear, the deep tags dropped, the text kept', () => {
    const { value, ms } = timed(() => boundHtml(deepDivs(400_000), { maxElements: 20_000, maxDepth: 200 }));
    console.log(`finding 5: tag scan of 400k nested divs (${(deepDivs(400_000).length / 1e6).toFixed(1)} MB): ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(3000);
    expect(value.droppedDeep).toBeGreaterThan(399_000);
    expect(value.html).toContain(SENTENCE);
    expect((value.html.match(/<div>/g) ?? []).length).toBeLessThanOrEqual(200);
  });

  it('stays linear on tags that never end, unterminated comments and stray end tags', () => {
    for (const hostile of ['<a'.repeat(500_000), '<!--'.repeat(500_000), '</b>'.repeat(500_000), '<p>'.repeat(500_000), `${'<script>'.repeat(200_000)}x`]) {
      const { ms } = timed(() => boundHtml(hostile, { maxElements: 20_000, maxDepth: 200 }));
      expect(ms).toBeLessThan(2000);
    }
  });

  it('cuts a document at maxElements, keeping what comes before', () => {
    const html = `<body>${Array.from({ length: 1000 }, (_, i) => `<p>p${i}</p>`).join('')}</body>`;
    const b = boundHtml(html, { maxElements: 101, maxDepth: 200 });
    expect(b.cut).toBe(true);
    expect(b.html).toContain('<p>p99</p>');
    expect(b.html).not.toContain('p100<');
  });

  it('leaves an ordinary page exactly as it is', () => {
    const page = newsPage({ title: 'T', paragraphs: [SENTENCE, 'Second paragraph.'] });
    expect(boundHtml(page, { maxElements: 20_000, maxDepth: 200 }).html).toBe(page);
  });
});

describe('extractArticle on hostile pages', () => {
  it('400k nested <div>s around the article: seconds, not minutes, and the article is read', () => {
    const { value, ms } = timed(() => extractArticle(deepDivs(400_000), 'http://127.0.0.1/deep'));
    console.log(`finding 5: extractArticle, 400k nested divs: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(10_000);
    expect(value.paragraphs).toContain(SENTENCE);
    expect(value.warnings.join(' ')).toMatch(/limits\.pageDepth/);
  });

  it('a 4 MB page of 300k paragraphs: cut at limits.pageElements, peak memory far from a gigabyte', () => {
    // In a process of its own, so its peak (maxRSS) is this page's alone.
    const script = `
      import { extractArticle } from ${JSON.stringify(path.join(ROOT, 'dist/src/extract/index.js'))};
      const html = '<!doctype html><html><body><article>' + Array.from({ length: 300000 }, (_, i) => '<p>p ' + i + '</p>').join('') + '</article></body></html>';
      const t = Date.now();
      const page = extractArticle(html, 'http://127.0.0.1/many');
      console.log(JSON.stringify({ bytes: html.length, ms: Date.now() - t, paragraphs: page.paragraphs.length, warnings: page.warnings, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { bytes: number; ms: number; paragraphs: number; warnings: string[]; maxRssMb: number };
    console.log(`finding 6: ${(out.bytes / 1e6).toFixed(1)} MB page of 300k paragraphs: ${out.ms} ms, peak RSS ${out.maxRssMb.toFixed(0)} MB`);
    expect(out.bytes).toBeGreaterThan(4_000_000);
    expect(out.warnings.join(' ')).toMatch(/limits\.pageElements/);
    expect(out.paragraphs).toBeLessThanOrEqual(20_000);
    expect(out.maxRssMb).toBeLessThan(400);
  }, 90_000);
});

describe('20k nested <b> in an item title', () => {
  const deepTitle = `${'<b>'.repeat(20_000)}Deep title${'</b>'.repeat(20_000)}`;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const feed = (title: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>Good one</title><link>http://example.test/1</link></item>
<item><title>${title}</title><link>http://example.test/2</link></item>
<item><title>Good two</title><link>http://example.test/3</link></item></channel></rss>`;

  it('as escaped HTML and as raw XML elements: no stack overflow, every good item kept', async () => {
    for (const title of [esc(deepTitle), deepTitle]) {
      const t = performance.now();
      const parsed = await parseFeed(feed(title), 'http://example.test/feed');
      console.log(`finding 5: feed with a 20k-deep title parsed in ${(performance.now() - t).toFixed(0)} ms`);
      expect(parsed.items.map((i) => i.title)).toEqual(['Good one', 'Deep title', 'Good two']);
    }
  });
});

describe('a run over hostile documents', () => {
  let w: World;
  let report: Awaited<ReturnType<World['run']>>;
  const many = Array.from({ length: 3000 }, (_, i) => `Paragraph number ${i} of a very long article.`);

  beforeAll(async () => {
    w = await makeWorld(
      [
        { id: 'deep-title', name: 'Deep title', path: '/deep-title.xml', fullText: false },
        { id: 'deep-page', name: 'Deep page', path: '/deep-page.xml', fullText: true },
        { id: 'long-page', name: 'Long page', path: '/long-page.xml', fullText: true },
        { id: 'good', name: 'Good', path: '/good.xml', fullText: false },
      ],
      { fetch: { timeoutSeconds: 30, maxBytes: 10_000_000, concurrency: 4 }, limits: { paragraphsPerArticle: 2000 } },
    );
    w.news.set(
      '/deep-title.xml',
      rssFeed([
        { title: 'Fine item', link: 'http://example.test/fine', content: `<p>${SENTENCE}</p>` },
        { title: `${'<b>'.repeat(20_000)}Deep${'</b>'.repeat(20_000)}`, link: 'http://example.test/deep' },
      ]),
    );
    w.news.set('/deep-page.xml', rssFeed([{ title: 'Deep page', link: w.news.url('/deep.html') }]));
    w.news.set('/deep.html', deepDivs(400_000));
    w.news.set('/long-page.xml', rssFeed([{ title: 'Long page', link: w.news.url('/long.html') }]));
    w.news.set('/long.html', newsPage({ title: 'Long page', paragraphs: many }));
    w.news.set('/good.xml', rssFeed([{ title: 'Pact signed', link: 'http://example.test/a', content: `<p>${SENTENCE}</p>` }]));
    const t = performance.now();
    report = await w.run();
    console.log(`findings 5/6: run over the hostile documents: ${(performance.now() - t).toFixed(0)} ms`);
  }, 120_000);
  afterAll(() => w.close());

  it('processes every feed, the good items of the hostile ones included', () => {
    for (const f of report.feeds) expect(f.status, `${f.id}: ${f.error}`).toBe('ok');
    expect(report.feeds.find((f) => f.id === 'deep-title')!.newArticles).toBe(2);
    expect(report.feeds.find((f) => f.id === 'good')!.newArticles).toBe(1);
  });

  it('reads the article under 400k nested divs, and says the depth was cut', () => {
    const deep = report.feeds.find((f) => f.id === 'deep-page')!;
    expect(deep.newVersions).toBe(1);
    expect(deep.warnings.join(' ')).toMatch(/limits\.pageDepth/);
  });

  it('keeps limits.paragraphsPerArticle paragraphs of a longer article, with a warning', () => {
    const long = report.feeds.find((f) => f.id === 'long-page')!;
    expect(long.warnings.join(' ')).toMatch(/3000 paragraphs; kept the first 2000 \(limits\.paragraphsPerArticle\)/);
    const article = w.store.articles.byUrl(w.news.url('/long.html'))!;
    expect(w.store.articles.latestVersion(article.id)!.paragraphs).toHaveLength(2000);
  });
});
