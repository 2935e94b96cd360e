// Figure 5: diffing a 10,000-word article (diffArticles: paragraphs aligned first, words diffed only
// inside replaced paragraphs, one time budget) beside whole-text diffWords from jsdiff, the obvious
// alternative, on the same pairs: (a) three sentences edited, (b) the whole text rewritten.
import { diffWords } from 'diff';
import { diffArticles } from '../src/diff/index.js';
import type { ArticleText } from '../src/types.js';
import type { Figure } from './lib/figure.js';
import { createRng, type Rng } from './lib/prng.js';
import { editSentences, newsArticle } from './lib/prose.js';
import { collect, fmt, median, timeMs } from './lib/stats.js';
import type { Row } from './lib/table.js';

const WORDS = 10_000;
const EDIT_PAIRS = 15;
const REWRITE_PAIRS = 5;
/** Whole-text diffWords on two unrelated texts runs for a long time: it gets this budget. */
const ALT_REWRITE_TIMEOUT_MS = 5_000;
const ALT_REWRITE_RUNS = 2;

function bigArticle(rng: Rng): ArticleText {
  const a = newsArticle(rng, WORDS);
  return { title: a.title, paragraphs: a.paragraphs };
}

const wholeText = (a: ArticleText): string => [a.title, ...a.paragraphs].join('\n\n');

function ratioText(alt: number, ours: number): string {
  return `${fmt(alt / ours, 1)}× faster`;
}

export const diffFigure: Figure = {
  name: 'diff',
  title: 'diff of a 10,000-word article: 3 edited sentences, and a rewrite',
  async run(log) {
    const rng = createRng(5);
    const edits = Array.from({ length: EDIT_PAIRS }, () => {
      const before = bigArticle(rng);
      return { before, after: { title: before.title, paragraphs: editSentences(rng, before.paragraphs, 3) } };
    });
    const words = wholeText(edits[0]!.before).split(/\s+/).length;

    // Warm-up, and a check that the figure measures a real diff.
    const check = diffArticles(edits[0]!.before, edits[0]!.after);
    if (check.coarse || check.added.length === 0) throw new Error('diff: the edit pair did not give a word-level diff');
    diffWords(wholeText(edits[1]!.before), wholeText(edits[1]!.after));

    const ours: number[] = [];
    const alt: number[] = [];
    for (const { before, after } of edits) {
      collect();
      ours.push(timeMs(() => diffArticles(before, after)));
      const a = wholeText(before);
      const b = wholeText(after);
      alt.push(timeMs(() => diffWords(a, b)));
    }
    const oursEdit = median(ours);
    const altEdit = median(alt);
    log(`diff edits: diffArticles ${fmt(oursEdit, 2)} ms, diffWords ${fmt(altEdit, 2)} ms`);

    const rewrites = Array.from({ length: REWRITE_PAIRS }, () => ({ before: bigArticle(rng), after: bigArticle(rng) }));
    const oursRw: number[] = [];
    let coarse = 0;
    for (const { before, after } of rewrites) {
      collect();
      let d: ReturnType<typeof diffArticles> | undefined;
      oursRw.push(timeMs(() => (d = diffArticles(before, after))));
      if (d?.coarse) coarse++;
    }
    const oursRewrite = median(oursRw);
    log(`diff rewrite: diffArticles ${fmt(oursRewrite, 1)} ms (${coarse}/${REWRITE_PAIRS} coarse)`);

    const altRw: number[] = [];
    let gaveUp = 0;
    for (const { before, after } of rewrites.slice(0, ALT_REWRITE_RUNS)) {
      collect();
      const a = wholeText(before);
      const b = wholeText(after);
      let res: unknown;
      altRw.push(timeMs(() => (res = diffWords(a, b, { timeout: ALT_REWRITE_TIMEOUT_MS }))));
      if (res === undefined) gaveUp++;
      log(`diff rewrite: diffWords ${fmt(altRw.at(-1)!, 0)} ms${res === undefined ? ' (gave up)' : ''}`);
    }
    const altRewrite = median(altRw);

    const rows: Row[] = [
      {
        figure: '5a. Diff, 10,000 words, 3 sentences edited',
        value: `${fmt(oursEdit, 2)} ms`,
        target: '≤ 5 ms',
        pass: oursEdit <= 5,
        alternative: `whole-text diffWords: ${fmt(altEdit, 2)} ms`,
        ratio: ratioText(altEdit, oursEdit),
        note: `${EDIT_PAIRS} article pairs of ~${fmt(words)} words`,
      },
      {
        figure: '5b. Diff, 10,000 words, complete rewrite',
        value: `${fmt(oursRewrite, 1)} ms`,
        target: '≤ 100 ms',
        pass: oursRewrite <= 100,
        alternative: `whole-text diffWords: ${gaveUp > ALT_REWRITE_RUNS / 2 ? `gave up after ${fmt(altRewrite)} ms` : `${fmt(altRewrite)} ms`}`,
        ratio: ratioText(altRewrite, oursRewrite),
        note: `${REWRITE_PAIRS} pairs (${coarse} fell back to whole paragraphs); diffWords ${ALT_REWRITE_RUNS} pairs, timeout ${ALT_REWRITE_TIMEOUT_MS / 1000} s`,
      },
    ];
    return rows;
  },
};
