// Why src/publish/atom.ts writes Atom itself: the `feed` package (v6) breaks the XML when a text
// holds `]]>` twice (it splits only the first CDATA terminator) and passes control characters
// through. This test pins the trap, and shows our writer stays well-formed on the same input.
import { execFileSync } from 'node:child_process';
import { Feed } from 'feed';
import { describe, expect, it } from 'vitest';
import { renderAtom } from '../../src/publish/index.js';
import type { UpdateRecord } from '../../src/types.js';

const HOSTILE = 'a ]]> b ]]> c \u0001 <script>alert(1)</script>';

function wellFormed(xml: string): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import sys, xml.dom.minidom; xml.dom.minidom.parseString(sys.stdin.buffer.read())'], {
      input: xml,
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    return true;
  } catch {
    return false;
  }
}

describe('the feed package trap', () => {
  it('feed 6 writes malformed XML for a text with two ]]>', () => {
    const feed = new Feed({ title: 't', id: 'tag:pactwatch,2026:x', link: 'http://x.test/', copyright: '', updated: new Date(0) });
    feed.addItem({ title: HOSTILE, id: 'tag:pactwatch,2026:e', link: 'http://x.test/e', date: new Date(0), content: HOSTILE });
    expect(wellFormed(feed.atom1())).toBe(false);
  });

  it('our writer stays well-formed on the same text', () => {
    const update: UpdateRecord = {
      seq: 1,
      uid: 'tag:pactwatch,2026:update/e',
      createdAt: '2026-01-01T00:00:00.000Z',
      title: HOSTILE,
      agreementIds: [],
      payload: { kind: 'new-article', article: { url: 'http://x.test/e', feedId: 'f', feedName: HOSTILE, title: HOSTILE, publishedAt: null }, agreementIds: [] },
    };
    const xml = renderAtom({ title: HOSTILE, selfUrl: 'http://x.test/feed.atom', alternateUrl: 'http://x.test/', nextUrl: null, feedId: 'tag:pactwatch,2026:feed', updates: [update], baseUrl: 'http://x.test' });
    expect(wellFormed(xml)).toBe(true);
    expect(xml).not.toContain('<script>');
  });
});
