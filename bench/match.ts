// Figure 4: articles matched and classified per second (matchArticle: sentences, country and
// alias hits, status cues, dates) against the bundled catalogue.
import { loadBundledConfig } from '../src/config/index.js';
import { compileCatalogue, matchArticle } from '../src/match/index.js';
import type { ArticleForMatch } from '../src/types.js';
import type { Figure } from './lib/figure.js';
import { createRng } from './lib/prng.js';
import { newsArticle } from './lib/prose.js';
import { collect, fmt, median, wallAndCpu } from './lib/stats.js';

const ARTICLES = 300;
const RUNS = 5;
const TARGET = 500;

export const matchFigure: Figure = {
  name: 'match',
  title: 'articles matched and classified per second',
  async run(log) {
    const config = loadBundledConfig();
    const catalogue = compileCatalogue(config.agreements, config.countryNames);
    const rng = createRng(4);
    const articles: ArticleForMatch[] = Array.from({ length: ARTICLES }, (_, i) => {
      const a = newsArticle(rng, 800);
      return { title: a.title, paragraphs: a.paragraphs, publishedAt: new Date(Date.UTC(2025, 0, 1 + i)).toISOString() };
    });
    let findings = 0;
    let mentioning = 0;
    for (const a of articles) {
      const m = matchArticle(a, catalogue);
      findings += m.findings.length;
      if (m.mentions.length > 0 || m.findings.length > 0) mentioning++;
    }
    const rates: number[] = [];
    const cpuRates: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      collect();
      const t = await wallAndCpu(() => {
        for (const a of articles) matchArticle(a, catalogue);
      });
      rates.push((ARTICLES / t.wall) * 1000);
      cpuRates.push((ARTICLES / t.cpu) * 1000);
      log(`match run ${r + 1}: ${fmt(rates.at(-1)!)} articles/s`);
    }
    const rate = median(rates);
    return [
      {
        figure: '4. Articles matched + classified per second',
        value: `${fmt(rate)} articles/s`,
        target: `≥ ${TARGET} articles/s`,
        pass: rate >= TARGET,
        note: `per CPU-second ${fmt(median(cpuRates))} articles; ${RUNS} runs × ${ARTICLES} articles of ~800 words, ${config.agreements.length} agreements; ${mentioning} articles name one, ${findings} findings`,
      },
    ];
  },
};
