// The blind parts of the real-news corpus share one test shape: a size check and the printed
// figures with floors at the figures reached (their findings are pinned by the golden ratchet, golden.test.ts).
import { describe, expect, it } from 'vitest';
import { loadRealNews, type RealNewsPart } from './labelled-sets.js';
import { precision, recall, reportRealNews, scoreRealNews } from './realnews-score.js';

export function describeBlindPart(part: RealNewsPart, title: string, floors: { precision: number; recall: number }): void {
  const files = loadRealNews(part);
  describe(title, () => {
    it('has at least 100 articles', () => {
      expect(files.reduce((n, f) => n + f.articles.length, 0)).toBeGreaterThanOrEqual(100);
    });

    it('prints precision, recall, parties and final statuses (floors at the figures reached)', () => {
      const s = scoreRealNews(files);
      console.log(reportRealNews(`real-news ${part}`, s, process.env.BLIND_MISSES === '1'));
      expect(precision(s.all)).toBeGreaterThanOrEqual(floors.precision);
      expect(recall(s.all)).toBeGreaterThanOrEqual(floors.recall);
    });
  });
}
