// Issue 16 point 6: the correction history shows the changed sentence, numbers whole.
import { describe, expect, it } from 'vitest';
import { changedSentences, sentenceText, wholeNumbers } from '../../src/publish/diff-render/sentences.js';
import type { DiffSegment, TextDiff } from '../../src/types.js';

const eq = (text: string): DiffSegment => ({ op: 'equal', text });
const rm = (text: string): DiffSegment => ({ op: 'removed', text });
const add = (text: string): DiffSegment => ({ op: 'added', text });

function diffOf(...lines: DiffSegment[][]): TextDiff {
  return { title: null, blocks: lines.map((segments) => ({ kind: 'changed' as const, segments })), removed: [], added: [], coarse: false };
}

describe('wholeNumbers', () => {
  it('takes the whole number into both sides of a change inside it', () => {
    expect(sentenceText(wholeNumbers([eq('The fund is $1.'), rm('2'), add('7'), eq(' billion.')]))).toBe('The fund is $[-1.2-]{+1.7+} billion.');
    expect(sentenceText(wholeNumbers([eq('About '), rm('12'), add('15'), eq(',000 troops.')]))).toBe('About [-12,000-]{+15,000+} troops.');
    expect(sentenceText(wholeNumbers([eq('It rose 3.'), add('5'), eq(' per cent.')]))).toBe('It rose [-3.-]{+3.5+} per cent.');
  });

  it('leaves words and separate numbers alone, and a sentence-ending full stop outside', () => {
    expect(wholeNumbers([eq('On '), rm('Tuesday'), add('Monday'), eq(', 2 sides met.')])).toEqual([eq('On '), rm('Tuesday'), add('Monday'), eq(', 2 sides met.')]);
    expect(sentenceText(wholeNumbers([eq('There were '), rm('2'), add('7'), eq('.')]))).toBe('There were [-2-]{+7+}.');
    expect(sentenceText(wholeNumbers([eq('In 2024 '), rm('2'), add('7'), eq(' ships')]))).toBe('In 2024 [-2-]{+7+} ships');
  });
});

describe('changedSentences', () => {
  it('shows the sentence around the change, not the whole paragraph', () => {
    const d = diffOf([
      eq('Ministers met on Monday in Manila. The pact was signed by '),
      rm('two'),
      add('seven'),
      eq(' officials. Talks on a second deal begin next year.'),
    ]);
    expect(changedSentences(d).map(sentenceText)).toEqual(['… The pact was signed by [-two-]{+seven+} officials. …']);
  });

  it('skips unchanged blocks and bounds the count', () => {
    const lines = Array.from({ length: 30 }, (_, k) => [eq(`Line ${k} says `), rm('a'), add('b'), eq('.')]);
    const d = diffOf(...lines);
    d.blocks.unshift({ kind: 'equal', segments: [eq('Nothing changed here.')] });
    const out = changedSentences(d);
    expect(out.length).toBe(12);
    expect(sentenceText(out[0]!)).toBe('Line 0 says [-a-]{+b+}.');
  });

  it('leaves out changes with no word in them and the notice paragraph itself', () => {
    const note = '(Corrects the date.)';
    const d = diffOf([eq('Signed on '), rm('May'), add('April'), eq(' 3.')], [add('___')], [add(note)]);
    expect(changedSentences(d, [note]).map(sentenceText)).toEqual(['Signed on [-May-]{+April+} 3.']);
    expect(changedSentences(d).map(sentenceText)).toEqual(['Signed on [-May-]{+April+} 3.', '{+(Corrects the date.)+}']);
  });

  it('puts a changed headline first', () => {
    const d = diffOf([eq('Body '), add('new'), eq('.')]);
    d.title = [eq('Pact '), rm('signed'), add('initialled')];
    expect(changedSentences(d).map(sentenceText)).toEqual(['Pact [-signed-]{+initialled+}', 'Body {+new+}.']);
  });
});
