// AP's "___" separator arrives with the correction below it: it is an added paragraph, never the
// second half of a "split" of the edited paragraph above it.
import { describe, expect, it } from 'vitest';
import { diffArticles } from '../../src/diff/index.js';

describe('a bare separator paragraph', () => {
  it('is added on its own, not paired as a split', () => {
    const d = diffArticles(
      { title: 'T', paragraphs: ['The ministers met in Manila on Thursday.', 'Talks began in May last year.'] },
      { title: 'T', paragraphs: ['The ministers met in Manila on Thursday.', 'Talks began in April last year.', '___', 'This story has been corrected to show the month talks began.'] },
    );
    expect(d.blocks.map((b) => b.kind)).toEqual(['equal', 'changed', 'added', 'added']);
    expect(d.removed).toEqual(['May']);
  });
});
