// The second blind part of the real-news corpus (test/fixtures/realnews/held): 124 articles
// labelled by an annotator who saw neither the matcher nor the other parts, scored once when
// issue 13's second round of matcher work was done. The figures of that first run are in the
// README; from then on the set is no longer blind and its findings are pinned by the golden ratchet.
import { describe, expect, it } from 'vitest';
import { loadRealNews } from './labelled-sets.js';
import { precision, recall, reportRealNews, scoreRealNews } from './realnews-score.js';

const files = loadRealNews('held');

describe('real-news held part (second blind part)', () => {
  it('has at least 100 articles', () => {
    expect(files.reduce((n, f) => n + f.articles.length, 0)).toBeGreaterThanOrEqual(100);
  });

  it('prints precision, recall, parties and final statuses (sanity floors only)', () => {
    const s = scoreRealNews(files);
    console.log(reportRealNews('real-news held', s, process.env.BLIND_MISSES === '1'));
    expect(precision(s.all)).toBeGreaterThanOrEqual(0.5);
    expect(recall(s.all)).toBeGreaterThanOrEqual(0.2);
  });
});
