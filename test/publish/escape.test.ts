import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, escapeAttr, escapeText, safeHttpUrl } from '../../src/publish/index.js';
import { H } from './helpers/sample-updates.js';

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;

describe('escaping', () => {
  it('makes markup inert in text', () => {
    expect(escapeText(H.script)).toBe("Talks stalled &lt;script&gt;document.title='pwned'&lt;/script&gt; after the vote");
  });

  it('breaks every ]]> so no CDATA end survives', () => {
    expect(escapeText(H.doubleCdata)).not.toContain(']]>');
    expect(escapeText(H.doubleCdata)).toBe('first ]]&gt; second ]]&gt; third &lt;![CDATA[ open');
  });

  it('escapes an ampersand even when it already looks like an entity', () => {
    expect(escapeText(H.ampersand)).toBe('Defence &amp; security: R&amp;D &amp;amp; logistics');
  });

  it('strips control characters XML 1.0 forbids but keeps tab and newline', () => {
    expect(cleanText(H.controls)).toBe('bell nul vtab formfeed del c1 end');
    expect(cleanText('a\tb\nc')).toBe('a\tb\nc');
  });

  it('drops lone surrogates and keeps real pairs', () => {
    expect(cleanText(H.loneSurrogate)).toBe('half  pair \u{1F30F} other half  done');
  });

  it('keeps non-ASCII text as it is', () => {
    expect(escapeText(H.japanese)).toBe(H.japanese);
    expect(escapeText(H.enDash)).toBe(H.enDash);
  });

  it('escapes both quote kinds and whitespace in attributes', () => {
    expect(escapeAttr(`a"b'c<d>&\n\t`)).toBe('a&quot;b&#39;c&lt;d&gt;&amp;&#10;&#9;');
  });

  it('never lets a forbidden character, a raw < or a ]]> through (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 }), (s) => {
        for (const out of [escapeText(s), escapeAttr(s)]) {
          expect(FORBIDDEN.test(out)).toBe(false);
          expect(out).not.toMatch(/[<>]/);
          expect(out).not.toMatch(/&(?!(amp|lt|gt|quot|#39|#9|#10|#13);)/);
        }
        expect(escapeAttr(s)).not.toMatch(/["']/);
      }),
    );
  });

  it('allows only http(s) links', () => {
    expect(safeHttpUrl('https://news.example.com/a?b=1&c=2')).toBe('https://news.example.com/a?b=1&c=2');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>x</script>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });
});
