import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/match/index.js';
import { findDatesDetailed } from '../../src/match/dates.js';

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
    ['signed in June of 2019', ['2019-06']],
    // Row `name-date`: a date in a document's name dates nothing.
    ['the UK signed the Hague Convention of 2019 on Friday', ['2026-01-09']],
    ['signed the Convention of 2 July 2019 on the Recognition of Judgments today', ['2026-01-15']],
    ['enacting Presidential Regulation No. 20 of 2020', []],
    ['ratified the Violence and Harassment Convention, 2019 (No. 190) in 2023', ['2023']],
    ['signed on July 8, 2024', ['2024-07-08']],
    ['signed on 8 July 2024', ['2024-07-08']],
    ['concurred on Dec. 16', ['2025-12-16']],
    ['signed on July 8 last year', ['2025-07-08']],
    ['ratified this spring', ['2026']],
    ['approved it last month', ['2025-12']],
    ['signed on the 12th', ['2026-01-12']],
    ['signed on the 20th', ['2025-12-20']],
    ['signed on Monday, July 8, 2024', ['2024-07-08']],
    ['signed on the 8th of July', ['2025-07-08']],
    ['signed in July 2024 and ratified five months later', ['2024-07', '2024-12']],
    ['signed on 3 March 2025 and in force a year later', ['2025-03-03', '2026']],
    ['signed on Dec. 2, 2025, and in force two weeks later', ['2025-12-02', '2025-12-16']],
    ['held the 8th round of talks', []],
  ])('%s', (text, want) => {
    expect(dateIn(text, pub)).toEqual(want);
  });

  it('keeps apart the day something was said', () => {
    const { dates, said } = findDatesDetailed('officials said on Monday they had signed it', pub);
    expect(dates).toEqual([]);
    expect(said.map((d) => d.date)).toEqual(['2026-01-12']);
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

describe('datelineDay', () => {
  it('reads the day a dateline gives, against the publication', async () => {
    const { datelineDay } = await import('../../src/match/dates.js');
    expect(datelineDay('London, July 24, 2025 — Modi ended his trip.', '2025-07-25T01:00:00Z')).toBe('2025-07-24');
    expect(datelineDay('WASHINGTON, Jan 24 (FAM) – Local media reported.', '2017-01-25T03:00:00Z')).toBe('2017-01-24');
    expect(datelineDay('SHARM EL-SHEIKH, Egypt, Oct 14 — The summit opened.', '2025-10-15T00:00:00Z')).toBe('2025-10-14');
    expect(datelineDay('Officials said on July 24 that it was signed.', '2025-07-25T01:00:00Z')).toBeNull();
  });
});

describe('numeric days (rule numeric-day, branch h13g)', () => {
  const pub = '2026-01-15T07:00:00Z';
  it('reads a day first where a part over 12 tells the order, and the year-first form', () => {
    expect(dateIn('announced on Thursday (20/03/2022) that talks were starting', pub)).toEqual(['2022-03-20']);
    expect(dateIn('signed on 03.20.2022', pub)).toEqual(['2022-03-20']);
    expect(dateIn('signed on 2022-03-20', pub)).toEqual(['2022-03-20']);
  });
  it('reads nothing when day and month could be either, nor a version or a score', () => {
    expect(dateIn('signed on 03/04/2022', pub)).toEqual([]);
    expect(dateIn('version 1.2.2022 of the text', pub)).toEqual([]);
  });
});

describe('a span of years (rule year-span-start, branch h13g)', () => {
  it('"between 2006 and 2014" is its first year, as "from 2006 to 2014" is', () => {
    expect(dateIn('it was suspended between 2006 and 2014', '2024-11-13T10:00:00Z')).toEqual(['2006']);
    expect(dateIn('it was suspended from 2006 to 2014', '2024-11-13T10:00:00Z')).toEqual(['2006']);
  });
});

describe('a date in an adjunct after a comma dates what it names (assign.ts GERUND_PHRASE)', () => {
  it('", following Brexit on January 1, 2021" does not date the talks the clause reports', async () => {
    const { compileCatalogue, matchArticle } = await import('../../src/match/index.js');
    const catalogue = compileCatalogue([{ id: 'ke-tz-fta', name: 'Kenya–Tanzania Free Trade Agreement', parties: ['Kenya', 'Tanzania'], aliases: ['Kenya-Tanzania FTA'], patterns: [] }]);
    const got = matchArticle(
      { title: 'News', paragraphs: ['Kenya and Tanzania announced on Thursday (20/03/2022) that Kenya-Tanzania FTA negotiations were starting, following the election on January 1, 2021.'], publishedAt: '2022-03-25T06:00:00Z' },
      catalogue,
    ).findings.map((f) => `${f.status} ${f.date}`);
    expect(got).toContain('negotiating 2022-03-20');
    expect(got).not.toContain('negotiating 2021-01-01');
  });
});
