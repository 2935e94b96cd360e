// Human-readable forms of the CLI's outputs. The --json forms are the CONTRACT.md values as they are.
import type { FeedReport, IngestReport } from '../run/index.js';
import type { AgreementJson, CorrectionJson, HistoryJson } from '../types.js';
import { terminalText } from './terminal.js';

// Every human form below goes through terminalText: its text comes from publishers.

export function ingestJson(r: IngestReport): unknown {
  return {
    feeds: r.feeds.map((f) => ({
      id: f.id,
      status: f.status === 'skipped' ? 'error' : f.status,
      items: f.items,
      newArticles: f.newArticles,
      newVersions: f.newVersions,
      corrections: f.corrections,
      statusChanges: f.statusChanges,
      rechecked: f.rechecked,
      recheckChanged: f.recheckChanged,
      takenDown: f.takenDown,
      error: f.status === 'skipped' ? (f.error ?? 'not polled: the run stopped early') : f.error,
      warnings: f.warnings,
    })),
    durationMs: r.durationMs,
    ...(r.fatal ? { fatal: r.fatal } : {}),
  };
}

export function feedLine(f: FeedReport): string {
  return terminalText(feedLineOf(f));
}

function feedLineOf(f: FeedReport): string {
  if (f.status === 'error' || f.status === 'skipped') {
    return `${f.id}: ${f.status === 'error' ? 'error' : 'not polled'}: ${f.error ?? 'the run stopped early'}`;
  }
  const parts = [
    `${f.items} items`,
    plural(f.newArticles, 'new article'),
    plural(f.newVersions, 'new version'),
    plural(f.corrections, 'correction'),
    plural(f.statusChanges, 'status change'),
  ];
  if (f.rechecked) parts.push(`${f.rechecked} pages re-checked (${f.recheckChanged} changed)`);
  if (f.takenDown) parts.push(plural(f.takenDown, 'page taken down', 'pages taken down'));
  const warn = f.warnings.length ? `; ${plural(f.warnings.length, 'warning')}: ${f.warnings.join(' | ')}` : '';
  return `${f.id}: ${f.status}: ${parts.join(', ')}${warn}`;
}

export function agreementsTable(list: AgreementJson[]): string {
  const rows = list.map((a) => [a.id, a.status ?? '—', a.since ?? '', a.name].map(terminalText));
  return table(['ID', 'STATUS', 'SINCE', 'NAME'], rows);
}

export function agreementTimeline(a: AgreementJson): string {
  const lines = [`${a.name} (${a.id})`, `Parties: ${a.parties.join(', ')}`, `Status: ${a.status ?? 'unknown'}${a.since ? ` since ${a.since}` : ''}`, ''];
  if (a.timeline.length === 0) lines.push('No events found yet.');
  for (const e of a.timeline) {
    lines.push(`${e.date.padEnd(10)}  ${e.status}${e.party ? ` (${e.party})` : ''}`);
    for (const ev of e.evidence) {
      lines.push(`            “${ev.quote}”`);
      lines.push(`            — ${ev.feed}, ${ev.title}, ${ev.publishedAt.slice(0, 10)} <${ev.url}>`);
    }
  }
  return terminalText(lines.join('\n'));
}

export function correctionsList(list: CorrectionJson[]): string {
  if (list.length === 0) return 'No corrections recorded.';
  return terminalText(list
    .map((c) => {
      const lines = [`${c.detectedAt.slice(0, 16).replace('T', ' ')}  ${c.kind.toUpperCase()}  ${c.feed}: ${c.title}`, `  ${c.url}`];
      if (c.note) lines.push(`  ${c.note}`);
      if (c.removed.length) lines.push(`  removed: ${c.removed.map((r) => `[-${r}-]`).join(' ')}`);
      if (c.added.length) lines.push(`  added:   ${c.added.map((r) => `{+${r}+}`).join(' ')}`);
      return lines.join('\n');
    })
    .join('\n\n'));
}

export function historyText(h: HistoryJson, diffs: Map<string, string>): string {
  const lines = [`${h.url} (${h.feed})`, ''];
  for (const v of h.versions) lines.push(`v${v.n}  ${v.seenAt}  ${v.title}`);
  for (const c of h.changes) {
    lines.push('', `--- v${c.from} → v${c.to}`);
    for (const n of c.notices) lines.push(`notice (${n.kind}): ${n.note}`);
    lines.push(diffs.get(`${c.from}-${c.to}`) ?? '');
  }
  return terminalText(lines.join('\n'));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [fmt(head), ...rows.map(fmt)].join('\n');
}
