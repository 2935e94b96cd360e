import { describe, expect, it } from 'vitest';
import {
  renderAgreementPage,
  renderArticlePage,
  renderCorrectionsPage,
  renderNotFoundPage,
  renderOverviewPage,
} from '../../src/publish/index.js';
import { agreement, corrections, feeds, history } from './helpers/sample-site.js';
import { BASE, makeUpdates } from './helpers/sample-updates.js';

function common(html: string): void {
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  expect(html).toContain('<style>');
  // No scripts, no external assets.
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
  expect(html).not.toMatch(/<img/);
}

describe('HTML pages', () => {
  it('overview: agreements, feed autodiscovery, recent updates, source health', () => {
    const html = renderOverviewPage({ agreements: [agreement], feeds, recent: makeUpdates(3), baseUrl: BASE });
    common(html);
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" title="pactwatch: every update" href="/feed.atom">');
    expect(html).toContain('<a href="/agreements/jp-ph-raa">Japan–Philippines Reciprocal Access Agreement</a>');
    expect(html).toContain('<a href="/agreements/jp-ph-raa.atom">Atom</a>');
    expect(html).toContain('Broken Daily Talks stalled &lt;script&gt;');
    expect(html).toContain('3 failures in a row');
    expect(html).toContain('HTTP 503 Service Unavailable &lt;b&gt;');
    expect(html).toContain('Update 3: Is 3 &lt; 5?');
  });

  it('links under the path of a base URL that has one', () => {
    const html = renderOverviewPage({ agreements: [agreement], feeds: [], recent: [], baseUrl: 'https://example.org/pw/' });
    expect(html).toContain('href="/pw/feed.atom"');
    expect(html).toContain('<a href="/pw/agreements/jp-ph-raa">');
  });

  it('agreement: status, timeline with evidence and sources, subscribe link', () => {
    const html = renderAgreementPage(agreement, { baseUrl: BASE, feeds });
    common(html);
    expect(html).toContain('<span class="status">signed</span> since 2024-07-08');
    expect(html).toContain('<blockquote>The two leaders gave the go-ahead');
    expect(html).toContain('<a href="https://news.example.com/world/talks">Leaders agree to open troop-access talks</a>, Example Wire &amp; Co');
    expect(html).toContain('Ministers signed the pact in Manila on Monday. Talks stalled &lt;script&gt;');
    // A javascript: source is shown as text, not as a link.
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="/agreements/jp-ph-raa.atom">');
    expect(html).toContain('type="application/atom+xml" title="pactwatch: Japan–Philippines Reciprocal Access Agreement" href="/agreements/jp-ph-raa.atom"');
  });

  it('agreement: each step’s source count, the other dates with their evidence, denials, disputed steps', () => {
    const html = renderAgreementPage(agreement, { baseUrl: BASE, feeds });
    expect(html).toContain('<span class="status">negotiating</span> — 2023-11 <span class="muted">(1 source)</span>');
    expect(html).toContain('<span class="status">signed</span> — 2024-07-08 <span class="muted">(2 sources)</span>');
    // The other date, with its own evidence (escaped), marked as denied.
    expect(html).toContain('Other dates given for this step:');
    expect(html).toContain('<li><p>2024-07-09 <span class="muted">(1 source, denied by later reports)</span></p>');
    expect(html).toContain('<blockquote>The pact was signed on Tuesday. Talks stalled &lt;script&gt;');
    expect(html).toContain('<a href="https://broken.example.org/pact">Pact signed a day late</a>, Broken Daily Talks stalled &lt;script&gt;');
    // The denials, as evidence.
    expect(html).toContain('Reports that it had not happened:');
    expect(html).toContain('<blockquote>The text was only initialled, not signed. Talks stalled &lt;script&gt;');
    // A disputed step is shown, and said not to count.
    const inForce = html.slice(html.indexOf('<span class="status">in-force</span>'));
    expect(inForce).toContain('<strong>Disputed:</strong>');
    expect(inForce).toContain('<blockquote>The pact has not yet entered into force.</blockquote>');
    expect(html.slice(0, html.indexOf('<span class="status">in-force</span>'))).not.toContain('<strong>Disputed:</strong>');
  });

  it('corrections: newest first, filter form, badges, notices, removed/added fragments', () => {
    const html = renderCorrectionsPage({ corrections, filter: { kind: 'correction' }, feeds, baseUrl: BASE });
    common(html);
    expect(html.indexOf('Pact signed')).toBeLessThan(html.indexOf('An older story'));
    expect(html).toContain('<form method="get" action="/corrections">');
    expect(html).toContain('<option value="correction" selected>Correction</option>');
    expect(html).toContain('<option value="revision">Unannounced edit</option>');
    expect(html).toContain('<option value="example-wire">Example Wire &amp; Co</option>');
    expect(html).toContain('<span class="badge">Correction</span>');
    expect(html).toContain('<span class="badge">Unannounced edit</span>');
    expect(html).toContain('<blockquote>(Corrects the name of the defence secretary. Talks stalled &lt;script&gt;');
    expect(html).toContain('<del>[-century-old-]</del>');
    expect(html).toContain('<ins>{+decades-old &amp; famous+}</ins>');
    expect(html).toContain('<a href="/articles?url=https%3A%2F%2Fnews.example.com%2Fworld%2Fpact%3Fx%3D1%26y%3D2">Pact signed Talks stalled &lt;script&gt;');
    expect(html).toContain('No notice was published with this change.');
  });

  it('corrections: an empty filtered list says so', () => {
    const html = renderCorrectionsPage({ corrections: [], filter: { feed: 'x' }, feeds, baseUrl: BASE });
    expect(html).toContain('Nothing matches this filter.');
  });

  it('article: versions, diffs, notices, take-down', () => {
    const html = renderArticlePage(history, { baseUrl: BASE, feeds });
    common(html);
    expect(html).toContain('<h1>Pact signed Talks stalled &lt;script&gt;');
    expect(html).toContain('<td>2</td>');
    expect(html).toContain('<code>bbbbbbbbbbbb</code>');
    expect(html).toContain('<strong>Correction:</strong> Corrects an age.');
    expect(html).toContain('<del>[-century-old-]</del>');
    expect(html).toContain('<ins>{+decades-old first ]]&gt; second ]]&gt; third &lt;![CDATA[ open+}</ins>');
    expect(html).toContain('<strong>Taken down:</strong>');
    expect(html).toContain('<a href="https://news.example.com/world/pact?x=1&amp;y=2">original article</a>');
  });

  it('404 page', () => {
    const html = renderNotFoundPage({ baseUrl: BASE, message: 'No <such> thing.' });
    common(html);
    expect(html).toContain('<h1>Not found</h1>');
    expect(html).toContain('No &lt;such&gt; thing.');
  });
});

describe('pages without options', () => {
  it('link from the site root', () => {
    expect(renderAgreementPage(agreement)).toContain('<a href="/agreements/jp-ph-raa.atom">');
    expect(renderArticlePage(history)).toContain('<h2>Versions</h2>');
  });
});
