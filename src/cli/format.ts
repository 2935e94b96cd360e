// Human-readable forms of the CLI's outputs. The --json forms are the CONTRACT.md values as they are.
import type { FeedReport, IngestReport } from '../run/index.js';
import type { ExplainJson } from '../query/index.js';
import type { FeedHealthJson } from '../query/feed-health.js';
import type { AgreementJson, CorrectionJson, Evidence, HistoryJson, SearchHit } from '../types.js';
// The sentence renderer alone, not the publish stage's entry point: `ingest` prints through this
// module and must not load the page and feed renderers.
import { sentenceText } from '../publish/diff-render/sentences.js';
import { terminalText } from './terminal.js';
import { count as plural } from '../shared/plural.js';

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
    ...(r.webhooks ? { webhooks: r.webhooks } : {}),
    ...(r.fatal ? { fatal: r.fatal } : {}),
  };
}

export function feedLine(f: FeedReport): string {
  return terminalText(feedLineOf(f));
}

function feedLineOf(f: FeedReport): string {
  if (f.status === 'error') return `${f.id}: error: ${f.error}`;
  // A skipped feed says why and until when (backoff, Cache-Control, the run stopping early).
  if (f.status === 'skipped') return `${f.id}: skipped: ${(f.error ?? 'the run stopped early').replace(/^not polled: /, '')}`;
  const parts = [
    plural(f.items, 'item'),
    plural(f.newArticles, 'new article'),
    plural(f.newVersions, 'new version'),
    plural(f.corrections, 'correction'),
    plural(f.statusChanges, 'status change'),
  ];
  if (f.rechecked) parts.push(`${plural(f.rechecked, 'page', 'pages')} re-checked (${f.recheckChanged} changed)`);
  if (f.takenDown) parts.push(plural(f.takenDown, 'page taken down', 'pages taken down'));
  const warn = f.warnings.length ? `; ${plural(f.warnings.length, 'warning')}: ${f.warnings.join(' | ')}` : '';
  return `${f.id}: ${f.status}: ${parts.join(', ')}${warn}`;
}

/** `pactwatch feeds`: one block per feed, its last poll and its next attempt with the reason. */
export function feedsHealthText(list: FeedHealthJson[]): string {
  if (list.length === 0) return 'No feeds are configured.';
  const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : 'never');
  return terminalText(
    list
      .map((f) => {
        const status = f.status ?? 'not polled yet';
        const failures = f.failuresInARow > 0 ? ` (${plural(f.failuresInARow, 'failure')} in a row)` : '';
        const lines = [`${f.id}: ${status}${failures}`, `  ${f.name} <${f.url}>`, `  last poll: ${when(f.lastPolledAt)}   last success: ${when(f.lastOkAt)}`];
        if (f.error) lines.push(`  error: ${f.error}`);
        lines.push(`  next attempt: ${f.nextAttemptAt ? `${when(f.nextAttemptAt)} UTC` : 'none scheduled'} (${f.nextAttemptWhy})`);
        return lines.join('\n');
      })
      .join('\n\n'),
  );
}

export function agreementsTable(list: AgreementJson[]): string {
  const rows = list.map((a) => [a.id, a.status ?? '—', a.since ?? '', a.name].map(terminalText));
  return table(['ID', 'STATUS', 'SINCE', 'NAME'], rows);
}

export function agreementTimeline(a: AgreementJson): string {
  const lines = [`${a.name} (${a.id})`, `Parties: ${a.parties.join(', ')}`, `Status: ${a.status ?? 'unknown'}${a.since ? ` since ${a.since}` : ''}`, ''];
  if (a.timeline.length === 0) lines.push('No events found yet.');
  for (const e of a.timeline) {
    const disputed = e.disputed ? ' · DISPUTED (denied by later reports; not counted for the status)' : '';
    lines.push(`${e.date.padEnd(10)}  ${e.status}${e.party ? ` (${e.party})` : ''} · ${plural(e.sources, 'source')}${disputed}`);
    for (const ev of e.evidence) {
      lines.push(`            “${ev.quote}”`);
      lines.push(`            — ${ev.feed}, ${ev.title}, ${ev.publishedAt.slice(0, 10)} <${ev.url}>`);
    }
    // The weighing in brief: the other dates given and who denies the step; `--json` has the evidence.
    if (e.alternatives.length > 0) {
      const alts = e.alternatives.map((x) => `${x.date} (${plural(x.sources, 'source')}: ${feedsOf(x.evidence)}${x.disputed ? '; denied' : ''})`);
      lines.push(`            other dates: ${alts.join(', ')}`);
    }
    if (e.denials.length > 0) {
      lines.push(`            denied by: ${e.denials.map((d) => `${d.feed} ${d.publishedAt.slice(0, 10)} <${d.url}>`).join(', ')}`);
    }
  }
  return terminalText(lines.join('\n'));
}

function feedsOf(evidence: Evidence[]): string {
  return [...new Set(evidence.map((e) => e.feed))].join(', ');
}

export function correctionsList(list: CorrectionJson[]): string {
  if (list.length === 0) return 'No corrections recorded.';
  return terminalText(list
    .map((c) => {
      const lines = [`${c.detectedAt.slice(0, 16).replace('T', ' ')}  ${c.kind.toUpperCase()}  ${c.feed}: ${c.title}`, `  ${c.url}`];
      if (c.note) lines.push(`  ${c.note}`);
      // The changed sentences with the change marked; bare fragments only when there are none.
      if (c.sentences && c.sentences.length > 0) for (const s of c.sentences) lines.push(`  ${sentenceText(s)}`);
      else {
        if (c.removed.length) lines.push(`  removed: ${c.removed.map((r) => `[-${r}-]`).join(' ')}`);
        if (c.added.length) lines.push(`  added:   ${c.added.map((r) => `{+${r}+}`).join(' ')}`);
      }
      return lines.join('\n');
    })
    .join('\n\n'));
}

export function searchText(hits: SearchHit[]): string {
  if (hits.length === 0) return 'Nothing found in the stored versions.';
  return terminalText(
    hits
      .map((h) => {
        const which = h.latest ? `version ${h.version}, the latest` : `version ${h.version}, changed since`;
        return `${h.title}\n  ${h.url} (${h.feed}, ${which}, seen ${h.seenAt.slice(0, 16).replace('T', ' ')})\n  ${h.snippet}`;
      })
      .join('\n\n'),
  );
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

/**
 * `explain URL`: each sentence that names a tracked agreement or matches a status word, with what
 * it gave (status, date, party, the lexicon row, the mention, the date's words) or why not.
 */
export function explainText(e: ExplainJson, names: Map<string, string>, all: boolean): string {
  const lines = [`${e.url} (${e.feed}), version ${e.version}, published ${e.publishedAt}`];
  let k = 0;
  for (const s of e.sentences) {
    k++;
    const quiet = s.mentions.length === 0 && s.findings.length === 0 && s.stopped.length === 0;
    if (quiet && !all) continue;
    lines.push('', `${s.isTitle ? 'title' : `#${k}`}: ${s.text}`);
    for (const m of s.mentions) lines.push(`  names ${m.agreementId} (${names.get(m.agreementId) ?? m.agreementId}) as "${m.text || 'the passage it continues'}"`);
    for (const f of s.findings) {
      const party = f.party ? ` by ${f.party}${f.partyRow ? ` (${f.partyRow})` : ''}` : '';
      const when = f.datePhrase ? `"${f.datePhrase}"` : 'the publication day';
      lines.push(`  ${f.denied ? 'DENIES' : 'FINDS'} ${f.agreementId} ${f.status}${party} ${f.date} — row ${f.rule ?? '?'}, mention "${f.mention ?? ''}", date from ${when}`);
    }
    for (const x of s.stopped) lines.push(`  stopped: row ${x.rule} ("${x.text}", ${x.status}): ${x.reason}`);
    if (s.mentions.length > 0 && s.findings.length === 0 && s.stopped.length === 0) lines.push('  no status word of the lexicon in this sentence');
  }
  return terminalText(lines.join('\n'));
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [fmt(head), ...rows.map(fmt)].join('\n');
}
