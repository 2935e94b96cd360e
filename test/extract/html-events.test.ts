// The shared parser (src/extract/html-events.ts) reads each document as a parser of its own would:
// whatever the document before it left open, and from inside another document's events.
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parseHtml, type HtmlEvents } from '../../src/extract/html-events.js';

function eventsOf(read: (html: string, events: HtmlEvents) => void, html: string): string[] {
  const out: string[] = [];
  read(html, {
    onopentag: (name, attrs) => out.push(`<${name} ${JSON.stringify(attrs)}>`),
    ontext: (text) => out.push(text),
    onclosetag: (name) => out.push(`</${name}>`),
    oncomment: (data) => out.push(`<!--${data}-->`),
  });
  return out;
}

const ownParser = (html: string, events: HtmlEvents): void => {
  const parser = new Parser(events, { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false });
  parser.write(html);
  parser.end();
};

const AFTER = '<p class="a">one &amp; two<br>three</p><!-- c --><div id=x>four</div>';

describe('parseHtml', () => {
  const endings = ['<script>var a = "<p>', '<style>p { color: red', '<title>x', '<textarea>y', '<script><!--', '<p a="b', "<p a='b", '<p a=b', '<p a', '<p a="&am', '</p', '<!DOCTYPE html', '<?xml v', '<!-- open', '<![CDATA[ z', '&am', '<di'];
  for (const before of endings) {
    it(`reads a document as a fresh parser does after one ending in ${JSON.stringify(before)}`, () => {
      expect(eventsOf(parseHtml, before)).toEqual(eventsOf(ownParser, before));
      expect(eventsOf(parseHtml, AFTER)).toEqual(eventsOf(ownParser, AFTER));
    });
  }

  it('reads a document parsed from inside another one’s events with a parser of its own', () => {
    const inner: string[] = [];
    const outer = eventsOf((html, events) => {
      parseHtml(html, {
        ...events,
        ontext: (text) => {
          events.ontext?.(text);
          if (text === 'go') inner.push(...eventsOf(parseHtml, AFTER));
        },
      });
    }, '<p>go</p><p>on</p>');
    expect(outer).toEqual(eventsOf(ownParser, '<p>go</p><p>on</p>'));
    expect(inner).toEqual(eventsOf(ownParser, AFTER));
  });
});
