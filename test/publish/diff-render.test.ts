import { describe, expect, it } from 'vitest';
import { diffArticles } from '../../src/diff/index.js';
import { compactDiff, renderDiffHtml, renderDiffText } from '../../src/publish/index.js';
import type { ArticleText, TextDiff } from '../../src/types.js';
import { loadArticle } from '../diff/fixtures.js';

const art = (title: string, ...paragraphs: string[]): ArticleText => ({ title, paragraphs });

describe('renderDiffHtml', () => {
  it('marks changes with tags and with text markers that survive text-only readers', () => {
    const d = diffArticles(
      art('Pact signed', 'Tokyo has a dispute over century-old claims to islands.', 'Gone paragraph here.'),
      art('Pact signed', 'Tokyo has a dispute over claims to islands.', 'New paragraph there.'),
    );
    const html = renderDiffHtml(d);
    expect(html).toContain('Tokyo has a dispute over <del>[-century-old-]</del> claims to islands.');
    expect(html).toContain('<p><strong>[Removed paragraph]</strong> <del>[-Gone paragraph here.-]</del></p>');
    expect(html).toContain('<p><strong>[Added paragraph]</strong> <ins>{+New paragraph there.+}</ins></p>');
    expect(html).not.toMatch(/style=|class=/);
  });

  it('shows a changed headline and a replaced word', () => {
    const html = renderDiffHtml(diffArticles(art('Japan signs pact', 'x'), art('Japan ratifies pact', 'x')));
    expect(html).toContain('<p><strong>Headline:</strong> Japan <del>[-signs-]</del> <ins>{+ratifies+}</ins> pact</p>');
  });

  it('renders elided runs and the coarse note', () => {
    const paras = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} says something.`);
    const d = compactDiff(diffArticles(art('T', ...paras), art('T', ...paras.slice(0, 5), 'A brand new ending arrives.'), { maxEditLength: 0 }));
    const html = renderDiffHtml(d);
    expect(html).toContain('<p>… 4 paragraphs unchanged …</p>');
    expect(html).toContain('<em>The text changed too much for a word-by-word comparison: whole paragraphs are shown.</em>');
  });

  it('shows a split paragraph as two paragraphs with an added ¶', () => {
    const d = diffArticles(
      art('T', 'The pact was signed in Manila on Monday by both ministers. It must now be ratified by both parliaments.'),
      art('T', 'The pact was signed in Manila on Monday by both ministers.', 'It must now be ratified by both parliaments.'),
    );
    expect(renderDiffHtml(d)).toBe(
      '<p>The pact was signed in Manila on Monday by both ministers.<ins>{+¶+}</ins></p>\n<p>It must now be ratified by both parliaments.</p>',
    );
  });
});

describe('escaping', () => {
  const nasty = 'A <script>alert("x")</script> & \'quote\' ]]> and again ]]> \u0000\u0007\u001b[31m\u0085\uFFFE end';
  const d = diffArticles(art('Title <b>', 'Safe paragraph.', nasty), art('Title <i> ]]>', 'Safe paragraph.', nasty + ' more', `Added ${nasty}`));

  it('renders every piece of text inert', () => {
    const html = renderDiffHtml(d);
    expect(html).not.toContain('<script');
    expect(html).not.toContain(']]>');
    expect(html).not.toMatch(/<(?!\/?(?:p|del|ins|strong|em)>)/);
    expect(html).toContain(`&lt;script&gt;alert("x")&lt;/script&gt; &amp; 'quote' ]]&gt; and again ]]&gt;`);
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/);
  });

  it('a lone surrogate does not reach the output', () => {
    const html = renderDiffHtml(diffArticles(art('T', 'a'), art('T', 'a \uD800 b')));
    expect(html).not.toMatch(/[\uD800-\uDFFF]/);
  });

  it('the text renderer drops control characters (no terminal escapes)', () => {
    const text = renderDiffText(d);
    expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(text).toContain('<script>');
  });
});

describe('renderDiffText', () => {
  it('writes unified-style lines with word markers', () => {
    const d: TextDiff = compactDiff(
      diffArticles(
        loadArticle('bloomberg-correction-footer.v1.txt'),
        loadArticle('bloomberg-correction-footer.v2.txt'),
      ),
    );
    expect(renderDiffText(d, { oldLabel: 'version 1', newLabel: 'version 2' })).toBe(
      [
        '--- version 1',
        '+++ version 2',
        'Headline: Japan, Philippines Seal Troop Access Deal as China Frictions Grow {+(2)+}',
        '  … 2 paragraphs unchanged …',
        '  The Philippines has faced repeated run-ins with Chinese ships in the South China Sea this year as both sides press rival claims to the busy waterway.',
        '~ Tokyo[-, meanwhile,-] {+also+} remains locked in a quarrel with Beijing over [-century-old-] claims to several uninhabited East China Sea islands.',
        "  Japan has supported Manila's effort to defend its maritime rights, including with coastal patrols and equipment.",
        '+ --With assistance from Aiko Tanabe.',
        '+ (Corrects spelling of the Spratly Islands on the map, and drops the description of the Japan-China island quarrel as century-old.)',
        '',
      ].join('\n'),
    );
  });
});
