import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleHash, EXTRACTOR_VERSION, normaliseArticle, textFromFeedHtml } from '../../src/extract/index.js';
import { isBareTimestamp, isNotice, isSocialCounter } from '../../src/extract/boilerplate.js';

describe('textFromFeedHtml', () => {
  it('makes one paragraph per block, splits on <br><br>, drops teasers', () => {
    const html =
      '<p>Ministers signed the logistics accord in Manila.</p><div>Lawmakers in Tokyo must still approve it.<br>It then takes effect.<br><br>Talks on a third pact go on.</div>' +
      '<ul><li>Fuel and food can be shared.</li><li>So can transport.</li></ul>' +
      '<p>Read more: <a href="https://x.example.com/">Earlier coverage of the deal</a></p><blockquote>“A milestone,” one official said.</blockquote>';
    expect(textFromFeedHtml('  Accord  signed ', html)).toEqual({
      title: 'Accord signed',
      paragraphs: [
        'Ministers signed the logistics accord in Manila.',
        'Lawmakers in Tokyo must still approve it. It then takes effect.',
        'Talks on a third pact go on.',
        'Fuel and food can be shared.',
        'So can transport.',
        '“A milestone,” one official said.',
      ],
    });
  });

  it('splits plain-text bodies on blank lines and decodes entities', () => {
    expect(textFromFeedHtml('T', 'First line &amp; more.\n\nSecond   paragraph.').paragraphs).toEqual([
      'First line & more.',
      'Second paragraph.',
    ]);
    expect(textFromFeedHtml('T', null).paragraphs).toEqual([]);
  });

  it('gives the same text as page extraction for the same body', () => {
    const a = textFromFeedHtml('X', '<p>(Corrects date of vote)</p><p>Senators approved the pact.</p>');
    expect(a.paragraphs).toEqual(['(Corrects date of vote)', 'Senators approved the pact.']);
  });
});

describe('normaliseArticle', () => {
  it('applies NFC, collapses whitespace, drops empty paragraphs, keeps typography', () => {
    const out = normaliseArticle({
      title: ' Cafe\u0301  talks ',
      paragraphs: ['  Japan\u2019s\u00a0envoy   said \u201cyes\u201d. ', '\u200b', '', 'Line\nbreak'],
    });
    expect(out).toEqual({ title: 'Café talks', paragraphs: ['Japan’s envoy said “yes”.', 'Line break'] });
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string()), (title, paragraphs) => {
        const once = normaliseArticle({ title, paragraphs });
        expect(normaliseArticle(once)).toEqual(once);
      }),
    );
  });
});

describe('articleHash', () => {
  const base = {
    title: 'Japan and the Philippines sign pact',
    paragraphs: ['The “Squad” met in Manila — again.', 'Officials said it’s a milestone…'],
  };

  it('is a sha256 hex digest', () => {
    expect(articleHash(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores whitespace, nbsp, zero-width characters, quote and dash styles, and boilerplate lines', () => {
    const variant = {
      title: 'Japan  and the\u00a0Philippines sign pact ',
      paragraphs: [
        'Published: Nov 23, 2026 5:00 PM',
        'The "Squad" met in\u200b Manila - again.',
        '1.2K shares',
        "Officials  said it's a milestone...",
        '12 comments',
        '',
      ],
    };
    expect(articleHash(variant)).toBe(articleHash(base));
  });

  it('changes when a word changes, a paragraph is added, or the title changes', () => {
    const h = articleHash(base);
    expect(articleHash({ ...base, paragraphs: ['The “Squad” met in Tokyo — again.', base.paragraphs[1]!] })).not.toBe(h);
    expect(articleHash({ ...base, paragraphs: [...base.paragraphs, '(Corrects location)'] })).not.toBe(h);
    expect(articleHash({ ...base, title: 'Japan and the Philippines signed pact' })).not.toBe(h);
  });

  it('does not depend on how text is split when a paragraph moves to the title', () => {
    expect(articleHash({ title: 'A', paragraphs: ['B'] })).not.toBe(articleHash({ title: 'A B', paragraphs: [] }));
  });

  it('has a version constant for the store', () => {
    expect(EXTRACTOR_VERSION).toMatch(/\S/);
  });
});

describe('boilerplate rules', () => {
  it('recognises bare timestamps, but never a parenthesised notice', () => {
    for (const t of [
      'Updated: Nov 23, 2026 5:00 PM',
      '3 hours ago',
      'Published 2026-11-23 17:00 PHT',
      'Last updated on 23 November 2026, 09:14 GMT',
      'July 8, 2024',
      'Mon 8 Jul 2024 06.00 BST',
      'just now',
    ]) {
      expect(isBareTimestamp(t), t).toBe(true);
    }
    for (const t of ['(Updated 12:58 p.m.)', '(UPDATE) 5:00 PM', '[Updated 3 hours ago]', 'First posted at 10:15 a.m.', 'Correction: December 17, 2024', 'The vote is on July 8, 2024 at noon']) {
      expect(isBareTimestamp(t), t).toBe(false);
    }
  });

  it('recognises the notices publishers print', () => {
    for (const t of [
      '(Corrects spelling of a name in third paragraph)',
      '(Updates with minister’s comment in paragraph 5)',
      '(UPDATE) Japan and PH sign pact',
      'CORRECTED-Japan, Philippines sign pact',
      'This article was amended on 9 July 2024 to remove a reference.',
      'This story has been corrected to show the date.',
      'An earlier version of this article misstated the date.',
      "EDITOR'S NOTE: This story has been updated.",
      'Clarification: An earlier version referred imprecisely to the pact.',
      'STORY WITHDRAWN',
    ]) {
      expect(isNotice(t), t).toBe(true);
    }
    expect(isNotice('--With assistance from Ken Mori.')).toBe(false);
    expect(isNotice('The pact was updated to cover disaster relief.')).toBe(false);
  });

  it('recognises share and comment counters only when that is all the line says', () => {
    for (const t of ['1.2K shares', '12 comments', 'Share on Facebook | Tweet | Email', 'Comments (12)']) {
      expect(isSocialCounter(t), t).toBe(true);
    }
    expect(isSocialCounter('Twelve comments from senators were read into the record.')).toBe(false);
  });
});
