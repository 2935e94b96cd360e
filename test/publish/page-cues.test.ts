// Issue 16 point 9: a heading per correction entry (screen readers move by headings), and the
// added highlight has a cue besides colour and the text markers (underlined and bold).
import { describe, expect, it } from 'vitest';
import { renderCorrectionsPage } from '../../src/publish/index.js';
import { corrections, feeds } from './helpers/sample-site.js';

describe('corrections page cues', () => {
  const withSentences = corrections.map((c) => ({
    ...c,
    sentences: [[{ op: 'equal' as const, text: 'The fund is $' }, { op: 'removed' as const, text: '1.2' }, { op: 'added' as const, text: '1.7 <b>' }, { op: 'equal' as const, text: ' billion.' }]],
  }));
  const html = renderCorrectionsPage({ corrections: withSentences, filter: {}, feeds, baseUrl: 'http://pactwatch.test' });

  it('gives every entry its own heading', () => {
    expect(html.match(/<h2 class="entry">/g)?.length).toBe(corrections.length);
  });

  it('shows the changed sentence, escaped, with del/ins and markers', () => {
    expect(html).toContain('The fund is $<del>[-1.2-]</del><ins>{+1.7 &lt;b&gt;+}</ins> billion.');
  });

  it('marks added text with an underline and weight, not colour alone', () => {
    expect(html).toMatch(/ins\{[^}]*text-decoration:underline[^}]*font-weight:600/);
    expect(html).toMatch(/del\{[^}]*text-decoration:line-through/);
  });
});
