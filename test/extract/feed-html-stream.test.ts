// Feed bodies are read from htmlparser2's events (stream-blocks.ts) instead of a linkedom DOM:
// the paragraphs must be the ones the DOM walk gives on the same HTML, quirks included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../src/extract/blocks.js';
import { parseFragment } from '../../src/extract/dom.js';
import { blocksOfFragment } from '../../src/extract/stream-blocks.js';
import { articlePage, contentHtml } from '../../bench/lib/html.js';
import { createRng } from '../../bench/lib/prng.js';
import { newsArticle, otherArticle } from '../../bench/lib/prose.js';

function domBlocks(html: string) {
  const doc = parseFragment(html);
  return doc.body ? blocksOf(doc.body) : [];
}

const QUIRKS: Record<string, string> = {
  'paragraphs and inline markup': '<p>One <b>bold</b> and <a href="/x">a link</a>.</p><p>Two &amp; three&#8217;s.</p>',
  'br pairs split paragraphs': 'First line<br>same paragraph<br><br>second paragraph<br> <br>third',
  'unclosed p closed by a div': '<p>open paragraph<div>a block</div>tail text',
  'stray closing tags': '</p>text</div> more <p>after</p></span>',
  'script, style and svg skipped': '<p>keep</p><script>var x = "<p>no</p>";</script><style>p{}</style><svg><text>no</text></svg><p>kept</p>',
  'a body closed early': '<p>in</p></body><p>after the body</p>',
  'nested lists and tables': '<ul><li>one<ul><li>inner</li></ul></li><li>two</li></ul><table><tr><td>cell</td><td>cell 2</td></tr></table>',
  'headings and blockquote': '<h2>Head</h2><blockquote>Quoted <em>text</em></blockquote><pre>  pre  text </pre>',
  'deeper than the depth cap': `${'<div>'.repeat(60)}deep text<p>deep paragraph</p><script>shown once unwrapped</script>${'</div>'.repeat(60)}<p>after</p>`,
  'a nested body and html tag': '<div><body><p>inner body</p></body></div><html><p>x</p></html>',
  'comments and CDATA': '<p>a<!-- hidden -->b</p><![CDATA[ c ]]><p>d</p>',
  'void elements': '<p>an <img src="x"> image<hr>rule<input value="v"> input</p>',
};

describe('feed bodies without a DOM', () => {
  for (const [name, html] of Object.entries(QUIRKS)) {
    it(`same paragraphs as the DOM walk: ${name}`, () => {
      expect(blocksOfFragment(html)).toEqual(domBlocks(html));
    });
  }

  it("same paragraphs on the bench's feed items and pages", () => {
    const rng = createRng(1);
    for (let i = 0; i < 100; i++) {
      const a = i % 10 === 0 ? newsArticle(rng, 400) : otherArticle(rng, 400);
      for (const html of [contentHtml(a), articlePage(rng, a, { url: `https://news.example/${i}`, published: '2025-06-01T08:00:00Z', site: 'News' })]) {
        expect(blocksOfFragment(html)).toEqual(domBlocks(html));
      }
    }
  });

  it('same paragraphs on arbitrary tag soup', () => {
    const tag = fc.constantFrom('p', 'div', 'b', 'a', 'br', 'li', 'ul', 'script', 'span', 'h2', 'table', 'td', 'body', 'svg', 'em');
    const piece = fc.oneof(
      tag.map((t) => `<${t}>`),
      tag.map((t) => `</${t}>`),
      fc.constantFrom('text', ' ', 'a &amp; b', '\n\n', 'word.'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        expect(blocksOfFragment(html)).toEqual(domBlocks(html));
      }),
      { numRuns: 300 },
    );
  });
});
