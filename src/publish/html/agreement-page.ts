// One agreement's timeline, oldest event first, each with the sentences that show it.
import type { AgreementJson, Evidence, FeedStatusView, TimelineEvent } from '../../types.js';
import { escapeText } from '../../shared/escape.js';
import { evidenceHtml } from '../fragments.js';
import { agreementFeedPath, agreementPath, basePath, FEED_PATH } from '../urls.js';
import { fitRows, omittedNote, page, pagerHtml, pathLink } from './layout.js';
import { type CorrectionMark, timelineSvg } from './timeline-svg.js';

export interface AgreementPageOptions {
  /** Links go under its path; '' links from the site root. */
  baseUrl: string;
  /** To show outlet names instead of feed ids in the evidence. */
  feeds?: FeedStatusView[];
  /** Evidence quotes shown per step; the rest are a link away (limits.evidencePerEvent). */
  evidencePerEvent?: number;
  /** Show one step's evidence only, a page of `rowsPerPage` at a time (0-based step, 1-based page). */
  event?: { index: number; page: number };
  rowsPerPage?: number;
  /** The byte budget of the page's rows (limits.pageBytes). */
  maxBytes?: number;
  /** Corrections and edits of the articles about it, marked on the timeline picture. */
  corrections?: CorrectionMark[];
}

/** The page of one step's evidence. */
export function agreementEventPath(id: string, index: number, pageNo = 1): string {
  return `${agreementPath(id)}?event=${index}${pageNo > 1 ? `&page=${pageNo}` : ''}`;
}

export function feedNamer(feeds: FeedStatusView[] | undefined): (id: string) => string {
  const names = new Map((feeds ?? []).map((f) => [f.id, f.name]));
  return (id) => names.get(id) ?? id;
}

export function renderAgreementPage(a: AgreementJson, opts: AgreementPageOptions = { baseUrl: '' }): string {
  const name = feedNamer(opts.feeds);
  const quote = (ev: Evidence): string => evidenceHtml(ev, name, basePath(opts.baseUrl));
  const now = a.status
    ? `<p>Status: <span class="status">${escapeText(a.status)}</span>${a.since ? ` since ${escapeText(a.since)}` : ''}</p>`
    : '<p>Status: <span class="status">unknown</span> — no article has shown it yet.</p>';
  const parties = a.parties.length > 0 ? `<p class="muted">Parties: ${escapeText(a.parties.join(', '))}</p>` : '';
  const perEvent = opts.evidencePerEvent ?? Number.POSITIVE_INFINITY;
  const maxBytes = opts.maxBytes ?? Number.POSITIVE_INFINITY;
  const heading = (e: AgreementJson['timeline'][number]) =>
    `<p><span class="status">${escapeText(e.status)}</span>${e.party ? ` by ${escapeText(e.party)}` : ''} — ${escapeText(e.date)}</p>`;
  let timeline: string;
  const step = opts.event ? a.timeline[opts.event.index] : undefined;
  if (opts.event && step) {
    // One step's evidence, paged: a step that 20k articles support is 20k quotes.
    const rows = opts.rowsPerPage ?? 100;
    const from = (opts.event.page - 1) * rows;
    const fitted = fitRows(step.evidence.slice(from, from + rows).map(quote), maxBytes);
    const index = opts.event.index;
    timeline =
      `${heading(step)}\n<p class="muted">${step.evidence.length} sources · ${pathLink(opts.baseUrl, agreementPath(a.id), 'whole timeline')}</p>\n` +
      fitted.shown.join('\n') +
      omittedNote(fitted.omitted, 'sources') +
      pagerHtml(opts.baseUrl, opts.event.page, from + rows < step.evidence.length, (p) => agreementEventPath(a.id, index, p));
  } else {
    const events = a.timeline.map((e, i) => {
      const shown = e.evidence.slice(0, perEvent);
      const more =
        e.evidence.length > shown.length
          ? `<p class="muted">${e.evidence.length - shown.length} more sources: ${pathLink(opts.baseUrl, agreementEventPath(a.id, i), `all ${e.evidence.length}`)}</p>`
          : '';
      return eventHtml({ ...e, evidence: shown }, quote, perEvent, more);
    });
    const fitted = fitRows(events, maxBytes);
    timeline =
      events.length > 0
        ? `<ol class="timeline">${fitted.shown.join('\n')}</ol>${omittedNote(fitted.omitted, 'steps')}`
        : '<p class="muted">No events yet.</p>';
  }
  const body = `<h1>${escapeText(a.name)}</h1>
${now}
${parties}
<p>Subscribe: ${pathLink(opts.baseUrl, agreementFeedPath(a.id), 'Atom feed of this agreement')}</p>
<h2>Timeline</h2>
${opts.event ? '' : timelineSvg(a.name, a.timeline, opts.corrections ?? [])}
${timeline}`;
  return page(a.name, body, {
    baseUrl: opts.baseUrl,
    feeds: [
      { title: `pactwatch: ${a.name}`, path: agreementFeedPath(a.id) },
      { title: 'pactwatch: every update', path: FEED_PATH },
    ],
  });
}

/** "1 source", "3 sources": independent outlets, as the timeline counts them. */
function sourcesLabel(n: number): string {
  return `${n} ${n === 1 ? 'source' : 'sources'}`;
}

/**
 * One step: its date and how many outlets support it, then the other dates some outlets gave for it
 * and the reports that deny it, each with its evidence, so a reader can judge the weighing. The
 * other dates and the denials show `perEvent` of each at most (limits.evidencePerEvent): a feed
 * that invents 20k denials must not make the page 20k quotes long.
 */
function eventHtml(e: TimelineEvent, quote: (ev: Evidence) => string, perEvent: number, more = ''): string {
  const party = e.party ? ` by ${escapeText(e.party)}` : '';
  const evidence = (list: Evidence[]) => {
    const shown = list.slice(0, perEvent).map(quote);
    if (list.length > shown.length) shown.push(`<p class="muted">${list.length - shown.length} more quotes.</p>`);
    return shown.join('\n');
  };
  const sources = `<span class="muted">(${sourcesLabel(e.sources)})</span>`;
  const parts = [`<p><span class="status">${escapeText(e.status)}</span>${party} — ${escapeText(e.date)} ${sources}</p>`];
  if (e.disputed) {
    parts.push('<p><strong>Disputed:</strong> later reports deny this step; it does not count for the status.</p>');
  }
  parts.push(evidence(e.evidence) + more);
  if (e.alternatives.length > 0) {
    const items = e.alternatives.slice(0, perEvent).map((alt) => {
      const disputed = alt.disputed ? ', denied by later reports' : '';
      return `<li><p>${escapeText(alt.date)} <span class="muted">(${sourcesLabel(alt.sources)}${disputed})</span></p>\n${evidence(alt.evidence)}</li>`;
    });
    const left = e.alternatives.length - items.length;
    parts.push(
      `<p class="muted">Other dates given for this step:</p>\n<ul class="list">${items.join('\n')}</ul>` +
        (left > 0 ? `<p class="muted">${left} more dates.</p>` : ''),
    );
  }
  if (e.denials.length > 0) {
    parts.push(`<p class="muted">Reports that it had not happened:</p>\n${evidence(e.denials)}`);
  }
  return `<li>${parts.join('\n')}</li>`;
}
