// Issue 16, point 11 (feed parts) and point 4: what a feed entry says and links to.
import { describe, expect, it } from 'vitest';
import { renderAtom, renderUpdateContent } from '../../src/publish/index.js';
import { entryId } from '../../src/publish/atom.js';
import { NOTICE_POINTER, withoutNoticeText } from '../../src/publish/content.js';
import { evidenceHtml, noticeHtml } from '../../src/publish/fragments.js';
import type { UpdateRecord } from '../../src/types.js';
import { BASE, diffWith, makeUpdate } from './helpers/sample-updates.js';

const names = {
  feedName: (id: string) => (id === 'example-wire' ? 'Example Wire & Co' : id),
  agreementName: (id: string) => (id === 'jp-ph-raa' ? 'Japan–Philippines RAA' : id),
};

describe('entry ids', () => {
  it('are the uid in the feed of every update and uid/scope elsewhere', () => {
    expect(entryId('tag:x,2026:update/1', null)).toBe('tag:x,2026:update/1');
    expect(entryId('tag:x,2026:update/1', 'corrections')).toBe('tag:x,2026:update/1/corrections');
  });
});

describe('feed entry wording', () => {
  it('does not say "Correction: Correction:" when the notice carries its own label', () => {
    expect(noticeHtml({ kind: 'correction', note: 'Correction: An earlier version misstated the date.' })).toBe(
      '<p><strong>Correction:</strong> An earlier version misstated the date.</p>',
    );
    expect(noticeHtml({ kind: 'editors-note', note: "EDITOR'S NOTE — This story was updated." })).toBe(
      "<p><strong>EDITOR'S NOTE —</strong> This story was updated.</p>",
    );
    expect(noticeHtml({ kind: 'correction', note: '(Corrects the date in paragraph 3)' })).toBe(
      '<p><strong>Correction:</strong> (Corrects the date in paragraph 3)</p>',
    );
  });

  it('labels every category: the kind and each agreement by name', () => {
    const u = makeUpdate(4); // a new article naming jp-ph-raa
    const xml = renderAtom({ title: 't', selfUrl: `${BASE}/feed.atom`, alternateUrl: `${BASE}/`, nextUrl: null, feedId: 'tag:x,2024:f', updates: [u], baseUrl: BASE, names });
    expect(xml).toContain(`<category term="new-article" scheme="${BASE}/kinds" label="New article"/>`);
    expect(xml).toContain(`<category term="jp-ph-raa" scheme="${BASE}/agreements" label="Japan–Philippines RAA"/>`);
    expect(xml).not.toMatch(/<category [^>]*scheme="[^"]*\/agreements"(?![^>]*label=)/);
    // Mentions link by name, not by id.
    expect(renderUpdateContent(u, BASE, names)).toContain('>Japan–Philippines RAA</a>');
  });

  it('credits evidence to the feed by name and links the saved copy of its version', () => {
    const u = makeUpdate(5);
    const p = u.payload;
    if (p.kind !== 'status') throw new Error('update 5 is a status change');
    const withVersion: UpdateRecord = { ...u, payload: { ...p, evidence: p.evidence.map((e) => ({ ...e, version: 3 })) } };
    const html = renderUpdateContent(withVersion, BASE, names);
    expect(html).toContain('Example Wire &amp; Co, published');
    expect(html).not.toContain(', example-wire,');
    expect(html).toContain(`<a href="${BASE}/articles/version?url=https%3A%2F%2Fnews.example.com%2Fworld%2Fpact-5&amp;n=3">saved copy (version 3)</a>`);
    // Evidence recorded before versions were kept links to the article's saved versions.
    expect(renderUpdateContent(u, BASE, names)).toContain(`<a href="${BASE}/articles?url=https%3A%2F%2Fnews.example.com%2Fworld%2Fpact-5">saved versions</a>`);
  });

  it('on a page, evidence links the saved copy under the base path', () => {
    const e = { url: 'https://n.test/a?x=<1>', feed: 'f', title: 't', publishedAt: '2024-01-01T00:00:00Z', quote: '<b>q</b>', version: 2 };
    const html = evidenceHtml(e, (id) => id.toUpperCase(), '/pw');
    expect(html).toContain('<a href="/pw/articles/version?url=https%3A%2F%2Fn.test%2Fa%3Fx%3D%3C1%3E&amp;n=2">');
    expect(html).toContain('&lt;b&gt;q&lt;/b&gt;');
    expect(html).toContain(', F, published');
  });

  it('does not show the notice twice: the added notice paragraph points to the notice above', () => {
    const note = '(Corrects the signing date in the third paragraph.)';
    const diff = diffWith('Tuesday', 'Monday');
    diff.blocks.push({ kind: 'added', segments: [{ op: 'added', text: note }] });
    const cleaned = withoutNoticeText(diff, [{ kind: 'correction', note }]);
    expect(cleaned.blocks.at(-1)?.segments[0]?.text).toBe(NOTICE_POINTER);
    const u = makeUpdate(1);
    if (u.payload.kind !== 'correction') throw new Error('update 1 is a correction');
    const html = renderUpdateContent({ ...u, payload: { ...u.payload, notices: [{ kind: 'correction', note }], diff } }, BASE, names);
    expect(html.split('signing date in the third').length - 1).toBe(1);
    expect(html).toContain(NOTICE_POINTER);
  });
});
