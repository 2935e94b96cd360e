import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/match/index.js';

const dateIn = (s: string, publishedAt: string): string[] => findDates(s, publishedAt).map((d) => d.date);

describe('findDates (past events, against the publication date)', () => {
  const pub = '2026-01-15T07:00:00Z'; // a Thursday
  it.each([
    ['signed on Monday', ['2026-01-12']],
    ['signed on Thursday', ['2026-01-15']],
    ['took effect in September', ['2025-09']],
    ['began in April last year', ['2025-04']],
    ['opened last April', ['2025-04']],
    ['signed last year', ['2025']],
    ['signed in mid-2024', ['2024']],
    ['signed in 2022', ['2022']],
    ['happened earlier this year', ['2026']],
    ['signed in July 2024', ['2024-07']],
    ['signed on July 8, 2024', ['2024-07-08']],
    ['signed on 8 July 2024', ['2024-07-08']],
    ['concurred on Dec. 16', ['2025-12-16']],
    ['signed on July 8 last year', ['2025-07-08']],
    ['ratified this spring', ['2026']],
    ['approved it last month', ['2025-12']],
  ])('%s', (text, want) => {
    expect(dateIn(text, pub)).toEqual(want);
  });

  it('ignores when something was said', () => {
    expect(dateIn('are weighing talks, sources said Wednesday', pub)).toEqual([]);
    expect(dateIn('it will help, the envoy told reporters on Thursday', pub)).toEqual([]);
  });

  it('drops dates after publication and reads "may" as a verb', () => {
    expect(dateIn('it may take effect', pub)).toEqual([]);
    expect(dateIn('signed on March 3, 2027', pub)).toEqual([]);
  });
});
