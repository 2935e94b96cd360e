// The correction history, newest first, with a filter by source and by kind. "revision" is the
// kind of an unannounced edit: a change the outlet made without publishing any notice.
import type { CorrectionJson, DiffSegment, FeedStatusView, NoticeKind } from '../../types.js';
import { lineHtml } from '../diff-render/html.js';
import { escapeAttr, escapeText } from '../../shared/escape.js';
import { formatWhen, NOTICE_LABELS } from '../fragments.js';
import { articlePath, basePath, correctionsPath, CORRECTIONS_FEED_PATH } from '../urls.js';
import { fitRows, omittedNote, page, pagerHtml, pathLink } from './layout.js';

export const CORRECTION_KINDS: ReadonlyArray<NoticeKind | 'revision'> = [
  'correction',
  'clarification',
  'update',
  'editors-note',
  'retraction',
  'revision',
];

export interface CorrectionsPageInput {
  corrections: CorrectionJson[];
  filter: { feed?: string; kind?: string };
  feeds: FeedStatusView[];
  baseUrl: string;
  /** Paging: this page (1-based) and whether there is a next one. */
  page?: number;
  hasMore?: boolean;
  /** The byte budget of the rows (limits.pageBytes). */
  maxBytes?: number;
}

function option(value: string, label: string, selected: boolean): string {
  return `<option value="${escapeAttr(value)}"${selected ? ' selected' : ''}>${escapeText(label)}</option>`;
}

function filterForm(input: CorrectionsPageInput): string {
  const feedOpts = [option('', 'All sources', !input.filter.feed)]
    .concat(input.feeds.map((f) => option(f.id, f.name, input.filter.feed === f.id)))
    .join('');
  const kindOpts = [option('', 'All kinds', !input.filter.kind)]
    .concat(CORRECTION_KINDS.map((k) => option(k, NOTICE_LABELS[k], input.filter.kind === k)))
    .join('');
  return (
    `<form method="get" action="${escapeAttr(basePath(input.baseUrl) + '/corrections')}">` +
    `<label>Source <select name="feed">${feedOpts}</select></label>` +
    `<label>Kind <select name="kind">${kindOpts}</select></label>` +
    '<button type="submit">Filter</button></form>'
  );
}

function fragments(tag: 'del' | 'ins', label: string, items: string[]): string {
  if (items.length === 0) return '';
  const marks = tag === 'del' ? ['[-', '-]'] : ['{+', '+}'];
  const list = items.map((s) => `<${tag}>${marks[0]}${escapeText(s)}${marks[1]}</${tag}>`).join(' … ');
  return `<p><span class="muted">${label}:</span> ${list}</p>`;
}

/** The changed sentences, each in its own paragraph with the change marked as in the feeds. */
function sentencesHtml(sentences: DiffSegment[][]): string {
  const items = sentences.map((s) => `<li>${lineHtml(s)}</li>`);
  return `<ul class="changes">${items.join('')}</ul>`;
}

function row(c: CorrectionJson, feedName: (id: string) => string, baseUrl: string): string {
  const label = NOTICE_LABELS[c.kind] ?? c.kind;
  const note = c.note
    ? `<blockquote>${escapeText(c.note)}</blockquote>`
    : '<p class="muted">No notice was published with this change.</p>';
  const changes =
    c.sentences && c.sentences.length > 0
      ? sentencesHtml(c.sentences)
      : fragments('del', 'Removed', c.removed) + fragments('ins', 'Added', c.added);
  // One heading per entry, so a screen reader can move from entry to entry.
  return (
    `<article class="row"><h2 class="entry"><span class="badge">${escapeText(label)}</span> ` +
    `${pathLink(baseUrl, articlePath(c.url), c.title || c.url)}</h2>\n` +
    `<p class="when"><strong>${escapeText(feedName(c.feed))}</strong> · ${escapeText(formatWhen(c.detectedAt))} · ` +
    `${pathLink(baseUrl, articlePath(c.url), `version ${c.fromVersion} → ${c.toVersion}`)}</p>\n` +
    note +
    changes +
    '</article>'
  );
}

export function renderCorrectionsPage(input: CorrectionsPageInput): string {
  const names = new Map(input.feeds.map((f) => [f.id, f.name]));
  const feedName = (id: string): string => names.get(id) ?? id;
  // Newest first whatever order the caller used; ISO timestamps sort as strings.
  const sorted = [...input.corrections].sort((a, b) =>
    a.detectedAt < b.detectedAt ? 1 : a.detectedAt > b.detectedAt ? -1 : 0,
  );
  const fitted = fitRows(sorted.map((c) => row(c, feedName, input.baseUrl)), input.maxBytes ?? Number.POSITIVE_INFINITY);
  const pageNo = input.page ?? 1;
  const pager = pagerHtml(input.baseUrl, pageNo, input.hasMore ?? false, (p) => {
    const path = correctionsPath(input.filter);
    return p > 1 ? `${path}${path.includes('?') ? '&' : '?'}page=${p}` : path;
  }, ['← newer', 'older →']);
  const rows = fitted.shown.length > 0 ? fitted.shown.join('\n') + omittedNote(fitted.omitted, 'entries') + pager : '';
  const filtered = Boolean(input.filter.feed || input.filter.kind);
  const empty = filtered ? 'Nothing matches this filter.' : 'No corrections or edits have been seen yet.';
  const body = `<h1>Corrections and edits</h1>
<p class="muted">Every change outlets made to tracked articles, newest first: announced corrections and unannounced edits. ${pathLink(input.baseUrl, CORRECTIONS_FEED_PATH, 'Atom feed')}</p>
${filterForm(input)}
${rows || `<p class="muted">${empty}</p>`}`;
  return page('Corrections', body, {
    baseUrl: input.baseUrl,
    feeds: [{ title: 'pactwatch: corrections', path: CORRECTIONS_FEED_PATH }],
  });
}
