// The real-news development corpus (test/fixtures/realnews/dev): figures printed on every run,
// with every miss; the golden ratchet (golden.test.ts) pins each article's findings.
import { describe, expect, it } from 'vitest';
import { loadRealNews } from './labelled-sets.js';
import { recall, precision, reportRealNews, scoreRealNews } from './realnews-score.js';

const files = loadRealNews('dev');

describe('real-news development corpus', () => {
  it('every label names an agreement of its file and quotes the article', () => {
    for (const f of files) {
      const ids = new Set(f.agreements.map((a) => a.id));
      for (const a of f.articles) {
        const text = [a.title, ...a.paragraphs].join('\n');
        for (const e of a.events ?? []) {
          expect(ids.has(e.agreement), `${a.id}: ${e.agreement}`).toBe(true);
          if (e.quote) expect(text.includes(e.quote.trim()) || text.replace(/\s+/g, ' ').includes(e.quote.trim().replace(/\s+/g, ' ')), `${a.id} quote`).toBe(true);
        }
      }
    }
  });

  it('prints precision, recall, parties and final statuses (floors at the figures reached)', () => {
    const s = scoreRealNews(files);
    console.log(reportRealNews('real-news dev', s));
    expect(precision(s.all)).toBeGreaterThanOrEqual(0.83);
    expect(recall(s.all)).toBeGreaterThanOrEqual(0.75);
  });
});
