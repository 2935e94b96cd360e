// Figure 3: article pages extracted per second (extractArticle: Readability on linkedom, the block
// walk and the boilerplate rules) on typical ~800-word news pages with navigation, a related-links
// box, an ad slot, a "Read more" line, a newsletter form and a long footer.
import { extractArticle } from '../src/extract/index.js';
import type { Figure } from './lib/figure.js';
import { articlePage } from './lib/html.js';
import { createRng } from './lib/prng.js';
import { newsArticle } from './lib/prose.js';
import { collect, fmt, median, wallAndCpu } from './lib/stats.js';

const PAGES = 200;
const RUNS = 5;
const TARGET = 300;

export const extractFigure: Figure = {
  name: 'extract',
  title: 'pages extracted per second',
  async run(log) {
    const rng = createRng(3);
    const pages = Array.from({ length: PAGES }, (_, i) => {
      const url = `https://news.example/world/${i}`;
      return { url, html: articlePage(rng, newsArticle(rng, 800), { url, published: '2025-06-01T08:00:00Z', site: 'Example News' }) };
    });
    // Sanity: the figure means nothing if the pages do not yield their article.
    const sample = extractArticle(pages[0]!.html, pages[0]!.url);
    const words = sample.paragraphs.join(' ').split(/\s+/).length;
    if (words < 600) throw new Error(`extract: the sample page gave only ${words} words`);
    for (const p of pages.slice(0, 40)) extractArticle(p.html, p.url); // warm-up (JIT)
    const rates: number[] = [];
    const cpuRates: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      collect();
      const t = await wallAndCpu(() => {
        for (const p of pages) extractArticle(p.html, p.url);
      });
      rates.push((PAGES / t.wall) * 1000);
      cpuRates.push((PAGES / t.cpu) * 1000);
      log(`extract run ${r + 1}: ${fmt(rates.at(-1)!)} pages/s`);
    }
    const rate = median(rates);
    const kb = median(pages.map((p) => p.html.length)) / 1024;
    return [
      {
        figure: '3. Pages extracted per second',
        value: `${fmt(rate)} pages/s`,
        target: `≥ ${TARGET} pages/s`,
        pass: rate >= TARGET,
        note: `per CPU-second ${fmt(median(cpuRates))} pages; ${RUNS} runs × ${PAGES} pages, ~${words} words, ${fmt(kb, 1)} KB HTML each`,
      },
    ];
  },
};
