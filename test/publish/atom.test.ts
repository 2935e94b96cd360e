import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_FEED_UPDATED, renderAtom, renderUpdateContent, type AtomInput } from '../../src/publish/index.js';
import type { UpdateRecord } from '../../src/types.js';
import { BASE, H, makeUpdate, makeUpdates } from './helpers/sample-updates.js';
import { feedparseXml, jingErrors, missing, requireTool } from './helpers/tools.js';

function input(updates: UpdateRecord[], extra: Partial<AtomInput> = {}): AtomInput {
  return {
    title: `pactwatch: ${H.enDash}`,
    subtitle: H.ltInTitle,
    selfUrl: `${BASE}/feed.atom`,
    alternateUrl: `${BASE}/`,
    nextUrl: null,
    feedId: 'tag:pactwatch.test,2024:pactwatch/all',
    updates,
    baseUrl: BASE,
    ...extra,
  };
}

/** Decodes the five XML entities and numeric references: what any XML parser would hand on. */
function xmlDecode(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('renderAtom', () => {
  const updates = makeUpdates(10);
  const xml = renderAtom(input(updates, { nextUrl: `${BASE}/feed.atom?before=1` }));

  it('is byte-identical for identical input', () => {
    expect(renderAtom(input(makeUpdates(10), { nextUrl: `${BASE}/feed.atom?before=1` }))).toBe(xml);
  });

  it('writes the feed head: id, title, updated = newest entry, self/alternate/next links, generator', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).toContain('<id>tag:pactwatch.test,2024:pactwatch/all</id>');
    expect(xml).toContain(`<updated>${makeUpdate(10).createdAt.replace('.000Z', 'Z')}</updated>`);
    expect(xml).toContain(`<link rel="self" href="${BASE}/feed.atom" type="application/atom+xml"/>`);
    expect(xml).toContain(`<link rel="alternate" href="${BASE}/" type="text/html"/>`);
    expect(xml).toContain(`<link rel="next" href="${BASE}/feed.atom?before=1" type="application/atom+xml"/>`);
    expect(xml).toMatch(/<generator uri="[^"]+" version="[^"]+">pactwatch<\/generator>/);
  });

  it('dates an empty feed with a fixed epoch, never now', () => {
    const empty = renderAtom(input([]));
    expect(empty).toContain(`<updated>${EMPTY_FEED_UPDATED}</updated>`);
    expect(empty).not.toContain('<entry>');
    expect(empty).not.toContain('rel="next"');
  });

  it('writes one entry per update with its uid, dates, links, categories and author', () => {
    const entries = xml.split('<entry>').slice(1);
    expect(entries).toHaveLength(10);
    const status = entries.find((e) => e.includes('<id>tag:pactwatch.test,2024:update/10</id>'))!;
    expect(status).toContain(`<link rel="alternate" href="${BASE}/agreements/jp-ph-raa" type="text/html"/>`);
    expect(status).toContain('<category term="status"');
    expect(status).toContain('<category term="jp-ph-raa" scheme="http://pactwatch.test/agreements" label="Japan–Philippines Reciprocal Access Agreement"/>');
    expect(status).toContain('<author><name>pactwatch</name>');
    const d = makeUpdate(10).createdAt.replace('.000Z', 'Z');
    expect(status).toContain(`<published>${d}</published>`);
    expect(status).toContain(`<updated>${d}</updated>`);

    const correction = entries.find((e) => e.includes('<id>tag:pactwatch.test,2024:update/6</id>'))!;
    expect(correction).toContain('<link rel="alternate" href="https://news.example.com/world/pact-6?a=1&amp;b=2" type="text/html"/>');
    expect(correction).toContain(
      `<link rel="related" href="${BASE}/articles?url=https%3A%2F%2Fnews.example.com%2Fworld%2Fpact-6%3Fa%3D1%26b%3D2" type="text/html"`,
    );
    expect(correction).toContain('<author><name>Example Wire &amp; Co</name></author>');
    expect(correction).toContain('<category term="correction"');
  });

  it('escapes every hostile text into inert text', () => {
    // No raw markup from the data, no CDATA, no forbidden characters, every ]]> broken.
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain('<![CDATA[');
    expect(xml).not.toContain(']]>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
    expect(xml).not.toMatch(/[\uD800-\uDFFF]/u);
    expect(xml).toContain(H.japanese);
    // The title is plain text, escaped once.
    expect(xml).toContain('<title type="text">Update 7: Is 3 &lt; 5? &lt;b&gt;Bold&lt;/b&gt; claims &amp; "quotes" \'too\' bell nul vtab formfeed del c1 end</title>');
    // The content is HTML escaped once more: after XML decoding the script is still escaped text.
    const content = /<content type="html">([^<]*)<\/content>/.exec(xml)![1]!;
    const html = xmlDecode(content);
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script');
  });

  it('puts the evidence, the notice and the diff into the content', () => {
    const html = renderUpdateContent(makeUpdate(6), BASE);
    expect(html).toContain('<strong>Correction:</strong> (Fixes the signing date. Talks stalled &lt;script&gt;');
    expect(html).toMatch(/<del>\[-historic first \]\]&gt; second/);
    expect(html).toMatch(/<ins>\{\+significant Defence &amp; security/);
    expect(html).toContain('<a href="https://news.example.com/world/pact-6?a=1&amp;b=2">');
    const status = renderUpdateContent(makeUpdate(5), BASE);
    expect(status).toContain('<blockquote>Ministers from both sides put their names');
    expect(status).toContain('published 2024-07-08 06:00 UTC');
    expect(status).toContain('signed since 2024-07-08');
    expect(status).toContain('Before: agreed since 2024-06.');
    expect(status).toContain(`href="${BASE}/agreements/jp-ph-raa"`);
  });

  it('never links to a non-http article URL', () => {
    const u = makeUpdate(6);
    if (u.payload.kind !== 'correction') throw new Error('fixture changed');
    u.payload.article.url = 'javascript:alert(1)';
    const out = renderAtom(input([u]));
    expect(out).not.toContain('href="javascript:');
    expect(out).toContain(`<link rel="alternate" href="${BASE}/articles?url=javascript%3Aalert(1)" type="text/html"/>`);
  });

  it.skipIf(missing('jing'))('is valid against the RFC 4287 RELAX NG grammar (jing)', () => {
    requireTool('jing');
    expect(jingErrors(xml)).toBe('');
    expect(jingErrors(renderAtom(input([])))).toBe('');
  });

  it.skipIf(missing('jing'))('stays valid for arbitrary texts in every field (property, jing)', () => {
    requireTool('jing');
    const str = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
    const texts = fc.sample(str, { numRuns: 100, seed: 42 });
    const updates = texts.map((t, i) => {
      const u = makeUpdate(i + 1, t);
      if (u.payload.kind !== 'status') u.payload.article.title = t;
      if (u.payload.kind === 'correction') u.payload.notices = [{ kind: 'correction', note: t }];
      return u;
    });
    const doc = renderAtom(input(updates, { title: texts[0] ?? '', subtitle: texts[1] ?? '' }));
    expect(jingErrors(doc)).toBe('');
  });

  it.skipIf(missing('feedparser'))('parses cleanly with python feedparser (bozo 0)', () => {
    requireTool('feedparser');
    const r = feedparseXml(xml);
    expect(r.bozo_exception).toBeNull();
    expect(r.bozo).toBe(0);
    expect(r.ids).toEqual(updates.map((u) => u.uid));
    expect(r.titles[3]).toBe('Update 7: Is 3 < 5? <b>Bold</b> claims & "quotes" \'too\' bell nul vtab formfeed del c1 end');
    expect(r.feed_links.find((l) => l.rel === 'next')?.href).toBe(`${BASE}/feed.atom?before=1`);
    for (const c of r.contents) expect(c).not.toContain('<script');
  });
});
