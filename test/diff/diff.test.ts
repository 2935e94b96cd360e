import { describe, expect, it } from 'vitest';
import {
  bodyText,
  correctionFragments,
  diffArticles,
  findNotices,
  newNotices,
  sideText,
} from '../../src/diff/index.js';
import { compactDiff } from '../../src/publish/index.js';
import type { ArticleText } from '../../src/types.js';
import { loadArticle } from './fixtures.js';

const art = (title: string, ...paragraphs: string[]): ArticleText => ({ title, paragraphs });

describe('Bloomberg-style correction: the diff and the notice together', () => {
  const v1 = loadArticle('bloomberg-correction-footer.v1.txt');
  const v2 = loadArticle('bloomberg-correction-footer.v2.txt');
  const d = diffArticles(v1, v2);

  it('reports "century-old" as a removed fragment of its own', () => {
    expect(d.removed).toContain('century-old');
    expect(d.removed).toEqual(['meanwhile', 'century-old']);
    expect(d.coarse).toBe(false);
  });

  it('diffs the edited paragraph word by word and adds the foot lines whole', () => {
    expect(d.blocks.map((b) => b.kind)).toEqual(['equal', 'equal', 'equal', 'changed', 'equal', 'added', 'added']);
    expect(d.added).toEqual([
      '(2)',
      'also',
      '--With assistance from Aiko Tanabe.',
      '(Corrects spelling of the Spratly Islands on the map, and drops the description of the Japan-China island quarrel as century-old.)',
    ]);
  });

  it('yields one new correction notice and a record without the notice line', () => {
    const fresh = newNotices(findNotices(v1), findNotices(v2));
    expect(fresh).toEqual([
      {
        kind: 'correction',
        note: '(Corrects spelling of the Spratly Islands on the map, and drops the description of the Japan-China island quarrel as century-old.)',
      },
    ]);
    // The credit line that came with the correction is page furniture, not corrected text.
    expect(correctionFragments(d, fresh)).toEqual({
      removed: ['meanwhile', 'century-old'],
      added: ['also'],
    });
  });
});

describe('diffArticles', () => {
  it('identical versions: all equal, no title diff, no fragments', () => {
    const a = loadArticle('ap-corrected-footer.txt');
    const d = diffArticles(a, a);
    expect(d.title).toBeNull();
    expect(d.blocks.every((b) => b.kind === 'equal')).toBe(true);
    expect(d).toMatchObject({ removed: [], added: [], coarse: false });
  });

  it('diffs the title word by word and lists its fragments first', () => {
    const d = diffArticles(art('Japan signs pact', 'Body.'), art('Japan and Philippines sign pact', 'Body.', 'More.'));
    expect(d.title).toEqual([
      { op: 'equal', text: 'Japan' },
      { op: 'removed', text: ' signs' },
      { op: 'added', text: ' and Philippines sign' },
      { op: 'equal', text: ' pact' },
    ]);
    expect(d.removed).toEqual(['signs']);
    expect(d.added).toEqual(['and Philippines sign', 'More.']);
  });

  it('quote style, spacing and empty paragraphs are no change', () => {
    const a = art('Japan’s pact', 'Japan’s “deal” was signed.', '', 'Second  paragraph.');
    const b = art("Japan's pact", 'Japan\'s "deal" was signed.', ' Second paragraph. ');
    const d = diffArticles(a, b);
    expect(d.title).toBeNull();
    expect(d.blocks.map((x) => x.kind)).toEqual(['equal', 'equal']);
  });

  it('a paragraph split in two is one changed block carrying the break', () => {
    const a = art('T', 'The pact was signed in Manila on Monday by both ministers. It must now be ratified by both parliaments.');
    const b = art('T', 'The pact was signed in Manila on Monday by both ministers.', 'It must now be ratified by both parliaments.');
    const d = diffArticles(a, b);
    expect(d.blocks).toHaveLength(1);
    expect(d.blocks[0]!.kind).toBe('changed');
    expect(d.removed).toEqual([]);
    expect(d.added).toEqual([]);
    expect(sideText(d, 'old')).toBe(bodyText(a));
    expect(sideText(d, 'new')).toBe(bodyText(b));
  });

  it('two paragraphs merged into one are one changed block', () => {
    const a = art('T', 'Manila has clashed with Chinese vessels for months.', 'Tokyo, for its part, has a dispute with Beijing over islands.');
    const b = art('T', 'Manila has clashed with Chinese vessels for months. Tokyo also has a dispute with Beijing over islands.');
    const d = diffArticles(a, b);
    expect(d.blocks.map((x) => x.kind)).toEqual(['changed']);
    expect(d.removed).toEqual(['for its part']);
    expect(d.added).toEqual(['also']);
    expect(sideText(d, 'old')).toBe(bodyText(a));
    expect(sideText(d, 'new')).toBe(bodyText(b));
  });

  it('an unrelated paragraph in a replaced run stays whole, not paired', () => {
    const a = art('T', 'Keep.', 'The Senate voted on Monday to concur with the treaty.', 'End.');
    const b = art('T', 'Keep.', 'The Senate voted on Tuesday to concur with the treaty.', 'Fishermen reported new sightings of coast guard ships near the shoal.', 'End.');
    const d = diffArticles(a, b);
    expect(d.blocks.map((x) => x.kind)).toEqual(['equal', 'changed', 'added', 'equal']);
    expect(d.removed).toEqual(['Monday']);
    expect(d.added).toEqual(['Tuesday', 'Fishermen reported new sightings of coast guard ships near the shoal.']);
  });

  it('a rewrite falls back to whole paragraphs when jsdiff gives up (coarse)', () => {
    const a = loadArticle('bloomberg-correction-footer.v1.txt');
    const b = loadArticle('bloomberg-correction-footer.v2.txt');
    const d = diffArticles(a, b, { maxEditLength: 0 });
    expect(d.coarse).toBe(true);
    expect(d.blocks.every((x) => x.kind !== 'changed')).toBe(true);
    expect(sideText(d, 'old')).toBe(bodyText(a));
    expect(sideText(d, 'new')).toBe(bodyText(b));
    // The unchanged opening paragraphs are still recognised.
    expect(d.blocks[0]!.kind).toBe('equal');
  });

  it('two unrelated texts: whole paragraphs, not a word salad', () => {
    const a = art('T', 'Japan and the Philippines signed a troop pact.', 'The Senate must concur.');
    const b = art('T', 'Heavy rain flooded the northern provinces overnight.', 'Schools stayed closed on Friday.');
    const d = diffArticles(a, b);
    expect(d.blocks.map((x) => x.kind)).toEqual(['removed', 'removed', 'added', 'added']);
    expect(d.removed).toEqual(['Japan and the Philippines signed a troop pact.', 'The Senate must concur.']);
  });

  it('a very long paragraph is aligned by sentences, then by words', () => {
    const sentences = Array.from({ length: 120 }, (_, i) => `Sentence ${i} notes that the pact was discussed again by officials.`);
    const edited = [...sentences];
    edited[70] = 'Sentence 70 notes that the pact was signed again by officials.';
    const a = art('T', sentences.join(' '));
    const b = art('T', edited.join(' '));
    const d = diffArticles(a, b);
    expect(d).toMatchObject({ removed: ['discussed'], added: ['signed'], coarse: false });
    expect(sideText(d, 'old')).toBe(bodyText(a));
    expect(sideText(d, 'new')).toBe(bodyText(b));
  });

  it('text in Han script is diffed character by character', () => {
    const d = diffArticles(art('T', '日本とフィリピンが協定に署名した。'), art('T', '日本とフィリピンが協定を批准した。'));
    expect(d.blocks[0]!.kind).toBe('changed');
    expect(d.removed).toEqual(['に署名']);
    expect(d.added).toEqual(['を批准']);
  });
});

describe('compactDiff', () => {
  const paras = Array.from({ length: 10 }, (_, i) => `Paragraph number ${i + 1} of the story.`);
  const a = art('T', ...paras);
  const b = art('T', ...paras.map((p, i) => (i === 5 ? 'Paragraph number six of the story, now revised.' : p)));
  const d = diffArticles(a, b);

  it('keeps the change with one paragraph of context and elides the rest', () => {
    const c = compactDiff(d);
    expect(c.blocks.map((x) => x.elided ?? x.kind)).toEqual([4, 'equal', 'changed', 'equal', 3]);
    expect(c.blocks[0]!.segments).toEqual([{ op: 'equal', text: '…' }]);
    expect(c.removed).toEqual(d.removed);
    expect(c.added).toEqual(d.added);
  });

  it('takes the context size, and zero', () => {
    expect(compactDiff(d, 2).blocks.map((x) => x.elided ?? x.kind)).toEqual([3, 'equal', 'equal', 'changed', 'equal', 'equal', 2]);
    expect(compactDiff(d, 0).blocks.map((x) => x.elided ?? x.kind)).toEqual([5, 'changed', 4]);
  });

  it('compacting twice changes nothing more', () => {
    const once = compactDiff(d);
    expect(compactDiff(once)).toEqual(once);
  });
});

describe('correctionFragments', () => {
  it('drops a reworded time stamp notice from both sides', () => {
    const v1 = loadArticle('inquirer-updated-time.v1.txt');
    const v2 = loadArticle('inquirer-updated-time.v2.txt');
    const d = diffArticles(v1, v2);
    expect(d.removed).toContain('12:58');
    const fresh = newNotices(findNotices(v1), findNotices(v2));
    expect(correctionFragments(d, fresh)).toEqual({ removed: [], added: ['which now goes to the President'] });
  });

  it('drops a headline tag and a two-line notice', () => {
    const v1 = art('Japan and Philippines ink pact', 'Japan and the Philippines signed a pact in October.');
    const v2 = art(
      'CORRECTED-Japan and Philippines ink pact',
      'Japan and the Philippines signed a pact in November.',
      'Correction: Nov. 23, 2026',
      'An earlier version of this article misstated the month of the signing.',
    );
    const d = diffArticles(v1, v2);
    const fresh = newNotices(findNotices(v1), findNotices(v2));
    expect(fresh).toHaveLength(1);
    expect(correctionFragments(d, fresh)).toEqual({ removed: ['October'], added: ['November'] });
  });
});
