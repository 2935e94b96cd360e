// One agreement's timeline, oldest event first, each with the sentences that show it.
import type { AgreementJson, FeedStatusView } from '../../types.js';
import { escapeText } from '../../shared/escape.js';
import { evidenceHtml } from '../fragments.js';
import { agreementFeedPath, FEED_PATH } from '../urls.js';
import { page, pathLink } from './layout.js';

export interface AgreementPageOptions {
  /** Links go under its path; '' links from the site root. */
  baseUrl: string;
  /** To show outlet names instead of feed ids in the evidence. */
  feeds?: FeedStatusView[];
}

export function feedNamer(feeds: FeedStatusView[] | undefined): (id: string) => string {
  const names = new Map((feeds ?? []).map((f) => [f.id, f.name]));
  return (id) => names.get(id) ?? id;
}

export function renderAgreementPage(a: AgreementJson, opts: AgreementPageOptions = { baseUrl: '' }): string {
  const name = feedNamer(opts.feeds);
  const now = a.status
    ? `<p>Status: <span class="status">${escapeText(a.status)}</span>${a.since ? ` since ${escapeText(a.since)}` : ''}</p>`
    : '<p>Status: <span class="status">unknown</span> — no article has shown it yet.</p>';
  const parties = a.parties.length > 0 ? `<p class="muted">Parties: ${escapeText(a.parties.join(', '))}</p>` : '';
  const events = a.timeline.map((e) => {
    const party = e.party ? ` by ${escapeText(e.party)}` : '';
    const evidence = e.evidence.map((ev) => evidenceHtml(ev, name)).join('\n');
    return `<li><p><span class="status">${escapeText(e.status)}</span>${party} — ${escapeText(e.date)}</p>\n${evidence}</li>`;
  });
  const timeline =
    events.length > 0 ? `<ol class="timeline">${events.join('\n')}</ol>` : '<p class="muted">No events yet.</p>';
  const body = `<h1>${escapeText(a.name)}</h1>
${now}
${parties}
<p>Subscribe: ${pathLink(opts.baseUrl, agreementFeedPath(a.id), 'Atom feed of this agreement')}</p>
<h2>Timeline</h2>
${timeline}`;
  return page(a.name, body, {
    baseUrl: opts.baseUrl,
    feeds: [
      { title: `pactwatch: ${a.name}`, path: agreementFeedPath(a.id) },
      { title: 'pactwatch: every update', path: FEED_PATH },
    ],
  });
}
