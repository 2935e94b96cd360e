// Figure 3: article pages extracted per second, the streaming fast path (fast/: one htmlparser2
// scan, Readability's choice made on its counts) beside Readability on linkedom (the fallback) in
// the same run, on typical ~800-word news pages with navigation, a related-links box, an ad slot, a
// "Read more" line, a newsletter form and a long footer. 3q: the fast path's quality on
// Readability's own test pages (real pages), read from a local mirror (lib/readability-pages.ts).
import { extractArticleTraced } from '../src/extract/article.js';
import type { TagBounds } from '../src/extract/index.js';
import { sameTextKey } from '../src/shared/same-text.js';
import type { Figure } from './lib/figure.js';
import { articlePage } from './lib/html.js';
import { createRng } from './lib/prng.js';
import { newsArticle } from './lib/prose.js';
import { readabilityGitDir, readabilityTestPages } from './lib/readability-pages.js';
import { collect, fmt, median, wallAndCpu } from './lib/stats.js';
import type { Row } from './lib/table.js';

const PAGES = 200;
const RUNS = 5;
const TARGET = 1_000;
const QUALITY_TARGET = 0.95;

type Page = { url: string; html: string };

/** The same paragraphs: equal lists of same-text keys (shared/same-text.ts), in order. */
function sameParagraphs(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((p, i) => sameTextKey(p) === sameTextKey(b[i]!));
}

function extract(page: Page, fast: boolean): ReturnType<typeof extractArticleTraced> {
  return extractArticleTraced(page.html, page.url, undefined as TagBounds | undefined, { fast });
}

/** Pages per wall second and per CPU-second over RUNS runs, the two paths alternating. */
async function speeds(pages: Page[], log: (l: string) => void): Promise<Record<'fast' | 'readability', { wall: number[]; cpu: number[] }>> {
  const out = { fast: { wall: [] as number[], cpu: [] as number[] }, readability: { wall: [] as number[], cpu: [] as number[] } };
  for (let r = 0; r < RUNS; r++) {
    for (const path of ['fast', 'readability'] as const) {
      collect();
      const t = await wallAndCpu(() => {
        for (const p of pages) extract(p, path === 'fast');
      });
      out[path].wall.push((pages.length / t.wall) * 1000);
      out[path].cpu.push((pages.length / t.cpu) * 1000);
      log(`extract run ${r + 1} ${path}: ${fmt(out[path].wall.at(-1)!)} pages/s, ${fmt(out[path].cpu.at(-1)!)} per CPU-second`);
    }
  }
  return out;
}

/** 3q: where the fast path answers on Readability's test pages, does it give Readability's paragraphs? */
function quality(log: (l: string) => void): Row {
  const figure = "3q. Fast path's quality on Readability's test pages";
  const dir = readabilityGitDir();
  if (!dir) {
    return { figure, value: 'not measured (no mozilla/readability mirror; set PACTWATCH_READABILITY_GIT)', target: `≥ ${QUALITY_TARGET * 100} % same paragraphs`, pass: null, skipped: true };
  }
  const pages = readabilityTestPages(dir);
  let answered = 0;
  let agree = 0;
  const signals = new Map<string, number>();
  for (const { name, html } of pages) {
    const page = { url: `http://fakehost/test/${name}/`, html };
    const quick = extract(page, true);
    if (quick.trace.path !== 'fast') {
      signals.set(quick.trace.unsure!, (signals.get(quick.trace.unsure!) ?? 0) + 1);
      continue;
    }
    answered++;
    const slow = extract(page, false);
    if (sameParagraphs(quick.page.paragraphs, slow.page.paragraphs) && quick.page.title === slow.page.title) agree++;
    else log(`extract quality: ${name} differs from Readability`);
  }
  const share = answered === 0 ? 0 : agree / answered;
  const fellBack = pages.length - answered;
  const why = [...signals.entries()].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${s} ${n}`).join(', ');
  return {
    figure,
    value: `${fmt(share * 100, 1)} % same paragraphs (${agree}/${answered} pages the fast path answered)`,
    target: `≥ ${QUALITY_TARGET * 100} %`,
    pass: answered > 0 && share >= QUALITY_TARGET,
    alternative: `fell back to Readability on ${fellBack}/${pages.length} (${fmt((fellBack / pages.length) * 100, 0)} %)`,
    note: `mozilla/readability test/test-pages/*/source.html at the mirror's HEAD; same = same title and the same paragraphs by shared/same-text's key, in order; fallback signals: ${why}`,
  };
}

export const extractFigure: Figure = {
  name: 'extract',
  title: 'pages extracted per second (fast path beside Readability) and the fast path quality',
  async run(log) {
    const rng = createRng(3);
    const pages = Array.from({ length: PAGES }, (_, i) => {
      const url = `https://news.example/world/${i}`;
      return { url, html: articlePage(rng, newsArticle(rng, 800), { url, published: '2025-06-01T08:00:00Z', site: 'Example News' }) };
    });
    // Sanity: the figure means nothing if the pages do not yield their article, or if the fast
    // path does not answer them with Readability's paragraphs.
    let fastAnswered = 0;
    let same = 0;
    for (const p of pages) {
      const quick = extract(p, true);
      const slow = extract(p, false);
      if (quick.trace.path === 'fast') fastAnswered++;
      if (sameParagraphs(quick.page.paragraphs, slow.page.paragraphs)) same++;
    }
    const sample = extract(pages[0]!, true).page;
    const words = sample.paragraphs.join(' ').split(/\s+/).length;
    if (words < 600) throw new Error(`extract: the sample page gave only ${words} words`);
    const s = await speeds(pages, log);
    const rate = median(s.fast.wall);
    const cpu = median(s.fast.cpu);
    const alt = median(s.readability.wall);
    const altCpu = median(s.readability.cpu);
    const kb = median(pages.map((p) => p.html.length)) / 1024;
    return [
      {
        figure: '3. Pages extracted per second',
        value: `${fmt(rate)} pages/s (per CPU-second ${fmt(cpu)})`,
        target: `≥ ${fmt(TARGET)} pages/s`,
        pass: rate >= TARGET,
        alternative: `Readability on linkedom (the fallback): ${fmt(alt)} pages/s (per CPU-second ${fmt(altCpu)})`,
        ratio: `${fmt(cpu / altCpu, 1)}× faster (CPU)`,
        note: `${RUNS} runs × ${PAGES} pages, each path in turn; ~${words} words, ${fmt(kb, 1)} KB HTML each; fast path answered ${fastAnswered}/${PAGES}, same paragraphs as Readability on ${same}/${PAGES}`,
      },
      quality(log),
    ];
  },
};
