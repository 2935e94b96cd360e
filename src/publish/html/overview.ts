// The front page: every agreement with its status, the feeds to subscribe to, what happened
// lately, and whether each source is being polled successfully.
import type { AgreementJson, AgreementStatus, FeedStatusView, UpdateRecord } from '../../types.js';
import { sparklineSvg } from './timeline-svg.js';
import { escapeText } from '../../shared/escape.js';
import { count } from '../../shared/plural.js';
import { formatWhen } from '../fragments.js';
import { agreementFeedPath, agreementPath, articlePath, CORRECTIONS_FEED_PATH, FEED_PATH } from '../urls.js';
import { page, pathLink } from './layout.js';

export interface OverviewInput {
  agreements: AgreementJson[];
  feeds: FeedStatusView[];
  /** Newest first. */
  recent: UpdateRecord[];
  baseUrl: string;
  /** Each agreement's published statuses, oldest first, for the compact timeline of its row. */
  paths?: Map<string, Array<{ status: AgreementStatus; since: string }>>;
}

/** Where an update is shown in full on our site. */
export function updatePagePath(u: UpdateRecord): string {
  const p = u.payload;
  return p.kind === 'status' ? agreementPath(p.agreementId) : articlePath(p.article.url);
}

function agreementRows(input: OverviewInput): string {
  if (input.agreements.length === 0) return '<p class="muted">No agreements are tracked yet.</p>';
  // On a phone the table becomes one block per agreement (table.cards), each cell labelled.
  const rows = input.agreements.map(
    (a) =>
      `<tr><td class="main">${pathLink(input.baseUrl, agreementPath(a.id), a.name)}</td>` +
      `<td class="status nowrap" data-label="Status">${escapeText(a.status ?? 'unknown')}</td>` +
      `<td class="nowrap" data-label="Since">${escapeText(a.since ?? '—')}</td>` +
      `<td>${sparklineSvg(input.paths?.get(a.id) ?? [])}</td>` +
      `<td class="nowrap">${pathLink(input.baseUrl, agreementFeedPath(a.id), 'Atom')}</td></tr>`,
  );
  return (
    '<table class="cards"><thead><tr><th>Agreement</th><th>Status</th><th>Since</th><th>Path</th><th>Feed</th></tr></thead>' +
    `<tbody>${rows.join('\n')}</tbody></table>`
  );
}

function recentList(input: OverviewInput): string {
  if (input.recent.length === 0) return '<p class="muted">Nothing has happened yet.</p>';
  const items = input.recent.map(
    (u) =>
      `<li>${pathLink(input.baseUrl, updatePagePath(u), u.title)} ` +
      `<span class="badge">${escapeText(u.payload.kind)}</span> ` +
      `<span class="when">${escapeText(formatWhen(u.createdAt))}</span></li>`,
  );
  return `<ul class="list">${items.join('\n')}</ul>`;
}

function feedHealth(feeds: FeedStatusView[]): string {
  if (feeds.length === 0) return '<p class="muted">No sources are configured.</p>';
  const rows = feeds.map((f) => {
    const status = f.lastStatus ?? 'not polled yet';
    const cls = f.lastStatus === 'error' ? ' class="bad"' : '';
    const failures = f.consecutiveFailures > 0 ? ` (${count(f.consecutiveFailures, 'failure')} in a row)` : '';
    // When the worker tries it next, and why then (backoff, Retry-After, Cache-Control, schedule).
    const next =
      f.nextAttemptWhy !== undefined
        ? `<br><span class="muted">next: ${escapeText(f.nextAttemptAt ? formatWhen(f.nextAttemptAt) : 'no run scheduled')} — ${escapeText(f.nextAttemptWhy)}</span>`
        : '';
    return (
      `<tr><td class="main">${escapeText(f.name)}</td>` +
      `<td${cls} data-label="Last poll">${escapeText(status + failures)}${f.lastError ? `<br><span class="muted">${escapeText(f.lastError)}</span>` : ''}</td>` +
      `<td class="when" data-label="When">${escapeText(f.lastPolledAt ? formatWhen(f.lastPolledAt) : '—')}${next}</td></tr>`
    );
  });
  return (
    '<table class="cards"><thead><tr><th>Source</th><th>Last poll</th><th>When</th></tr></thead>' +
    `<tbody>${rows.join('\n')}</tbody></table>`
  );
}

export function renderOverviewPage(input: OverviewInput): string {
  const b = input.baseUrl;
  const body = `<h1>Agreements</h1>
${agreementRows(input)}
<h2>Subscribe</h2>
<ul class="list">
<li>${pathLink(b, FEED_PATH, 'Every update')} (Atom): status changes, corrections, quiet edits, take-downs</li>
<li>${pathLink(b, CORRECTIONS_FEED_PATH, 'Corrections only')} (Atom) — or browse the ${pathLink(b, '/corrections', 'correction history')}</li>
</ul>
<h2>Recent updates</h2>
${recentList(input)}
<h2>Sources</h2>
${feedHealth(input.feeds)}`;
  return page('Agreements', body, {
    baseUrl: b,
    feeds: [
      { title: 'pactwatch: every update', path: FEED_PATH },
      { title: 'pactwatch: corrections', path: CORRECTIONS_FEED_PATH },
    ],
  });
}
