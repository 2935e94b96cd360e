import { it } from 'vitest';
import { diffArticles, bodyParagraphs, foldKey } from '../../src/diff/index.js';
import { diffArrays } from 'diff';
import { tokenizeParagraph } from '../../src/diff/tokens.js';
const tokenizeParagraphs = (ps: string[]) => tokenizeParagraph(ps[0]!);
import { wordSegments } from '../../src/diff/segments.js';
const W = ['japan','philippines','pact','signed','senate','treaty','manila','tokyo','monday','defense','forces','agreement','minister','islands','china','sea','coast','guard','vessels','talks'];
function rnd(seed: number) { let s = seed; return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648; }
function article(seed: number, paras: number, words: number) {
  const r = rnd(seed);
  return { title: 'T', paragraphs: Array.from({ length: paras }, () => Array.from({ length: words }, (_, i) => W[Math.floor(r() * W.length)] + (i % 20 === 19 ? '.' : '')).join(' ') + '.') };
}
function median(f: () => void, n = 50) { const t: number[] = []; for (let i = 0; i < n; i++) { const s = performance.now(); f(); t.push(performance.now() - s); } t.sort((a, b) => a - b); return t[n >> 1]!.toFixed(2); }
it('perf', () => {
  for (const [paras, words] of [[100, 100], [20, 500], [1, 10000], [400, 25]] as const) {
    const a = article(1, paras, words);
    const b = { title: 'T', paragraphs: [...a.paragraphs] };
    for (const k of new Set([Math.min(3, paras - 1), Math.floor(paras / 2), paras - 1])) { const p = b.paragraphs[k]!; b.paragraphs[k] = p.slice(0, 40) + ' newly inserted words here ' + p.slice(60); }
    const c = article(2, paras, words);
    console.log(`${paras}x${words}: 3 edits ${median(() => diffArticles(a, b))} ms; rewrite ${median(() => diffArticles(a, c), 10)} ms coarse=${diffArticles(a, c).coarse}`);
    console.log('  bodyParagraphs', median(() => bodyParagraphs(a)), 'fold', median(() => a.paragraphs.map(foldKey)), 'diffArrays', median(() => diffArrays(a.paragraphs, b.paragraphs)));
    const pa = a.paragraphs[paras - 1]!, pb = b.paragraphs[paras - 1]!;
    console.log('  tokenize', median(() => tokenizeParagraphs([pa])), 'word', median(() => wordSegments(tokenizeParagraphs([pa]), tokenizeParagraphs([pb]), { timeout: 1000, maxEditLength: 100000 })));
  }
});
