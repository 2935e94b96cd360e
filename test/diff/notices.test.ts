import { describe, expect, it } from 'vitest';
import { findNotices, locateNotices, newNotices, noticeParagraphs } from '../../src/diff/index.js';
import type { Notice } from '../../src/types.js';
import { loadArticle } from './fixtures.js';

// Each fixture in an outlet's style, with the notices it must yield (kind and note as published).
const CASES: Array<[fixture: string, expected: Notice[]]> = [
  [
    'bloomberg-correction-footer.v2.txt',
    [
      {
        kind: 'correction',
        note: '(Corrects spelling of the Spratly Islands on the map, and drops the description of the Japan-China island quarrel as century-old.)',
      },
    ],
  ],
  ['bloomberg-correction-footer.v1.txt', []],
  ['bloomberg-credit-line-not-notice.txt', []],
  // The CORRECTED- headline tag only flags the body's line: one notice.
  ['reuters-corrected-top-line.txt', [{ kind: 'correction', note: '(Corrects name of Philippine defence chief in paragraph 3)' }]],
  [
    'reuters-corrects-inside-first-paragraph.txt',
    [
      // "UPDATE 1-" has no body notice of its kind, so it stands.
      { kind: 'update', note: 'UPDATE 1-' },
      { kind: 'correction', note: '(Corrects date of vote in paragraph 2)' },
    ],
  ],
  ['reuters-update-headline.txt', [{ kind: 'update', note: '(Adds comments from Japanese defence minister in paragraphs 4-5)' }]],
  ['reuters-refile-headline.txt', [{ kind: 'update', note: 'REFILE-' }]],
  [
    'reuters-story-withdrawn.txt',
    [
      { kind: 'retraction', note: 'STORY WITHDRAWN' },
      {
        kind: 'retraction',
        note: 'Please note that the story headlined "Japan, Philippines delay pact signing" has been withdrawn. It was published in error. There will be no replacement story.',
      },
    ],
  ],
  ['ap-corrected-footer.txt', [{ kind: 'correction', note: 'This story has been corrected to show that the accord was signed in Manila, not in Tokyo.' }]],
  ['ap-updated-footer.txt', [{ kind: 'update', note: 'This story has been updated to include comments from the Canadian defence minister.' }]],
  [
    'ap-editors-note.txt',
    [{ kind: 'editors-note', note: "EDITOR'S NOTE: This story is part of a series examining security agreements in the Indo-Pacific." }],
  ],
  [
    'guardian-amended-correct.txt',
    [{ kind: 'correction', note: 'This article was amended on 23 November 2026 to correct the date on which the upper house vote took place.' }],
  ],
  [
    'guardian-amended-clarify.txt',
    [
      {
        kind: 'clarification',
        note: 'This article was amended on 24 November 2026 to clarify that the Philippine Senate had already given its concurrence.',
      },
    ],
  ],
  [
    'nyt-correction-two-lines.txt',
    [
      {
        kind: 'correction',
        note: 'Correction: July 10, 2024 An earlier version of this article misstated the month in which the two countries began negotiating. It was November, not October.',
      },
    ],
  ],
  [
    'nyt-referred-imprecisely.txt',
    [
      {
        kind: 'clarification',
        note: 'Correction: July 11, 2024 An earlier version of this article referred imprecisely to the role of the Philippine Senate. It must concur with the treaty; it does not sign it.',
      },
    ],
  ],
  ['philstar-update-headline.txt', [{ kind: 'update', note: '(UPDATE)' }]],
  ['philstar-2nd-update-headline.txt', [{ kind: 'update', note: '(2ND UPDATE)' }]],
  ['inquirer-updated-time.v1.txt', [{ kind: 'update', note: '(Updated 12:58 p.m.)' }]],
  ['inquirer-first-posted-only.txt', []],
  [
    'inquirer-updated-colon.txt',
    // The headline's "UPDATED:" flags the same update the time stamp line tells: one notice.
    [{ kind: 'update', note: 'First posted 02:10 PM, January 15, 2026 | Updated 04:45 PM, January 15, 2026' }],
  ],
  [
    'retraction-article-retracted.txt',
    [
      {
        kind: 'retraction',
        note: 'This article has been retracted because its central claim, that an intelligence-sharing pact would be signed next week, could not be verified.',
      },
    ],
  ],
  [
    'cnn-correction-colon.txt',
    [{ kind: 'correction', note: 'Correction: A previous version of this story misidentified the Philippine official who signed the agreement.' }],
  ],
  [
    'bbc-correction-dated.txt',
    [
      {
        kind: 'correction',
        note: 'Correction 12 September 2025: An earlier version of this story said the pact took effect in August. It came into force on 11 September.',
      },
    ],
  ],
  [
    'clarification-label.txt',
    [
      {
        kind: 'clarification',
        note: 'Clarification: This story has been changed to make clear that the pact still requires ratification by the Philippine Senate.',
      },
    ],
  ],
  [
    'aljazeera-updated-to-reflect.txt',
    [{ kind: 'update', note: 'This article has been updated to reflect the signing ceremony, which took place on Thursday.' }],
  ],
];

describe('findNotices on outlet fixtures', () => {
  it.each(CASES)('%s', (fixture, expected) => {
    expect(findNotices(loadArticle(fixture))).toEqual(expected);
  });
});

describe('findNotices on single forms', () => {
  const art = (title: string, ...paragraphs: string[]) => ({ title, paragraphs });
  it.each<[string, ReturnType<typeof art>, Notice[]]>([
    ['Corrected: headline tag', art('Corrected: Japan signs pact', 'Text.'), [{ kind: 'correction', note: 'Corrected:' }]],
    ['UPDATE 1- headline tag', art('UPDATE 1-Japan signs pact', 'Text.'), [{ kind: 'update', note: 'UPDATE 1-' }]],
    ['(UPDATED) headline tag', art('(UPDATED) Japan signs pact', 'Text.'), [{ kind: 'update', note: '(UPDATED)' }]],
    ['(UPDATE) at the start of the first paragraph', art('Pact signed', '(UPDATE) MANILA — The pact was signed.'), [{ kind: 'update', note: '(UPDATE)' }]],
    ['(Recasts …) whole paragraph', art('Pact', 'Text.', '(Recasts with reaction from Beijing)'), [{ kind: 'update', note: '(Recasts with reaction from Beijing)' }]],
    ['(Changes headline …)', art('Pact', '(Changes headline, adds background)', 'Text.'), [{ kind: 'update', note: '(Changes headline, adds background)' }]],
    ['(Fixes …)', art('Pact', 'Text.', '(Fixes typo in paragraph 2)'), [{ kind: 'correction', note: '(Fixes typo in paragraph 2)' }]],
    ['Editors’ Note with curly apostrophe', art('Pact', 'Editors’ Note: An earlier headline overstated the deal.', 'Text.'), [{ kind: 'editors-note', note: 'Editors’ Note: An earlier headline overstated the deal.' }]],
    ['notice glued to the credit line at the foot', art('Pact', 'Text.', '--With assistance from A. B. (Updates with minister’s comment in fifth paragraph.)'), [{ kind: 'update', note: '(Updates with minister’s comment in fifth paragraph.)' }]],
    ['"has been withdrawn" about a bill is no retraction', art('Pact', 'The bill has been withdrawn from the Senate agenda.'), []],
    ['a parenthesis in prose is no notice', art('Pact (2)', 'The pact (signed in July) takes effect soon.', 'Officials (who asked not to be named) said so.'), []],
    ['"Updated … ago" is no notice', art('Pact', 'Text.', 'Updated 3 hours ago'), []],
    ['a dated "Updated" line is', art('Pact', 'Text.', 'Updated: Nov. 23, 2026, 3:10 p.m.'), [{ kind: 'update', note: 'Updated: Nov. 23, 2026, 3:10 p.m.' }]],
    ['"A version of this article appears in print" is no notice', art('Pact', 'Text.', 'A version of this article appears in print on Nov. 24, 2026, Section A, Page 8.'), []],
    ['AP separator glued to the notice', art('Pact', 'Text.', '___ This story has been corrected to fix the date of the vote.'), [{ kind: 'correction', note: 'This story has been corrected to fix the date of the vote.' }]],
  ])('%s', (_name, a, expected) => {
    expect(findNotices(a)).toEqual(expected);
  });
});

describe('newNotices', () => {
  it('a notice belongs to the version where it first appears', () => {
    const v1 = findNotices(loadArticle('bloomberg-correction-footer.v1.txt'));
    const v2 = findNotices(loadArticle('bloomberg-correction-footer.v2.txt'));
    const fresh = newNotices(v1, v2);
    expect(fresh).toHaveLength(1);
    expect(fresh[0]!.kind).toBe('correction');
    expect(newNotices(v2, v2)).toEqual([]);
  });
  it('repeated with other spacing or quote style is not new', () => {
    const prev: Notice[] = [{ kind: 'update', note: "(Adds minister's comment)" }];
    expect(newNotices(prev, [{ kind: 'update', note: '(Adds  minister’s comment)' }])).toEqual([]);
  });
  it('a reworded notice is new', () => {
    const v1 = findNotices(loadArticle('inquirer-updated-time.v1.txt'));
    const v2 = findNotices(loadArticle('inquirer-updated-time.v2.txt'));
    expect(newNotices(v1, v2)).toEqual([{ kind: 'update', note: '(Updated 3:10 p.m.)' }]);
  });
  it('(UPDATE) then (2ND UPDATE) is new', () => {
    const v1 = findNotices(loadArticle('philstar-update-headline.txt'));
    const v2 = findNotices(loadArticle('philstar-2nd-update-headline.txt'));
    expect(newNotices(v1, v2)).toEqual([{ kind: 'update', note: '(2ND UPDATE)' }]);
  });
});

describe('noticeParagraphs', () => {
  it('points at the paragraphs that are only a notice', () => {
    const a = loadArticle('nyt-correction-two-lines.txt');
    expect(noticeParagraphs(a)).toEqual([2, 3]);
    const b = loadArticle('bloomberg-correction-footer.v2.txt');
    expect(noticeParagraphs(b)).toEqual([b.paragraphs.length - 1]);
  });
  it('a notice that opens a news paragraph does not make it a notice paragraph', () => {
    const a = loadArticle('reuters-corrects-inside-first-paragraph.txt');
    expect(noticeParagraphs(a)).toEqual([]);
    expect(locateNotices(a).map((n) => n.rule)).toEqual(['update-tag', 'corrects']);
  });
});
