// Figure 10: feed HTML to paragraphs, the stage of figure 1 that the streaming reader replaced.
// On 2,000 feed items as figure 1b's typical mix writes them (~400 words, one in ten about an
// agreement), pactwatch's feedBodyText (htmlparser2's events, no DOM) against the DOM walk it
// replaced (linkedom's document, then the same block walk and boilerplate rules), in the same
// process: the paragraphs must be identical on every item, and the time is compared.
import { blocksOf } from '../src/extract/blocks.js';
import { articleParagraphs } from '../src/extract/boilerplate.js';
import { boundDocument, parseFragment } from '../src/extract/dom.js';
import { feedBodyText, normaliseArticle } from '../src/extract/index.js';
import type { Figure } from './lib/figure.js';
import { contentHtml } from './lib/html.js';
import { createRng } from './lib/prng.js';
import { newsArticle, otherArticle } from './lib/prose.js';
import { collect, fmt, median, wallAndCpu } from './lib/stats.js';

const ITEMS = 2000;
const RUNS = 5;

function domParagraphs(html: string): string[] {
  const doc = parseFragment(boundDocument(html).html);
  return doc.body ? articleParagraphs(blocksOf(doc.body)) : [];
}

export const feedTextFigure: Figure = {
  name: 'feed-text',
  title: 'feed HTML to paragraphs: streaming reader against the DOM walk',
  async run(log) {
    const rng = createRng(10);
    const items = Array.from({ length: ITEMS }, (_, i) => {
      const a = i % 10 === 0 ? newsArticle(rng, 400) : otherArticle(rng, 400);
      return { title: a.title, html: contentHtml(a) };
    });
    let same = 0;
    for (const it of items) {
      const streamed = feedBodyText(it.title, it.html).text;
      const dom = normaliseArticle({ title: it.title, paragraphs: domParagraphs(it.html) });
      if (JSON.stringify(streamed) === JSON.stringify(dom)) same++;
    }
    const stream: number[] = [];
    const dom: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      collect();
      stream.push(
        (
          await wallAndCpu(() => {
            for (const it of items) feedBodyText(it.title, it.html);
          })
        ).cpu,
      );
      collect();
      dom.push(
        (
          await wallAndCpu(() => {
            for (const it of items) normaliseArticle({ title: it.title, paragraphs: domParagraphs(it.html) });
          })
        ).cpu,
      );
      log(`feed-text run ${r + 1}: stream ${fmt(stream.at(-1)!)} ms, DOM ${fmt(dom.at(-1)!)} ms CPU`);
    }
    const s = median(stream);
    const d = median(dom);
    return [
      {
        figure: '10. Feed HTML → paragraphs (part of figure 1)',
        value: `${fmt((ITEMS / s) * 1000)} items per CPU-second; identical paragraphs on ${fmt(same)}/${fmt(ITEMS)} items`,
        target: 'identical on every item',
        pass: same === ITEMS,
        alternative: `linkedom DOM + block walk: ${fmt((ITEMS / d) * 1000)} items per CPU-second`,
        ratio: `${fmt(d / s, 1)}× faster`,
        note: `${RUNS} runs × ${fmt(ITEMS)} feed items of ~400 words (one in ten about an agreement), CPU time`,
      },
    ];
  },
};
