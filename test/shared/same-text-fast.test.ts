// The published form, the same-text key and the whitespace collapse return a text unchanged after
// one scan when nothing in it would change: the result must be what the full chain of replacements
// gives, on any text (written out here as the definition).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseSpaces, publishedForm, sameTextKey } from '../../src/shared/same-text.js';

const collapse = (t: string): string => t.replace(/[^\S\u3000]{2,}|[^\S \u3000]/g, ' ').replace(/^[^\S\u3000]+|[^\S\u3000]+$/g, '');
const published = (t: string): string => collapse(t.normalize('NFC').replace(/[\u200B\u2060\uFEFF\u00AD]/g, ''));
const key = (s: string): string =>
  s
    .replace(/\u200C|\u200D/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();

// Spaces of every kind, invisibles, joiners, combining marks, Hangul jamo, quotes, dashes, Latin-1.
const CHARS = [...'ab Z.,\'"`´¨ÿé', '\u00a0', '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u3000', '\t', '\n', '\u2000', '\u2028', '\u0085', '\u0301', '\u1100', '\u1161', '\u2019', '\u201c', '\u2013', '\u2212', '\u2026', '\u2032', '\u02bc'];
const text = fc.oneof(fc.array(fc.constantFrom(...CHARS), { maxLength: 24 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 30 }));

describe('same-text fast paths', () => {
  it('give what the full replacements give', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(collapseSpaces(t)).toBe(collapse(t));
        expect(publishedForm(t)).toBe(published(t));
        expect(sameTextKey(t)).toBe(key(t));
      }),
      { numRuns: 20_000 },
    );
  });
});
