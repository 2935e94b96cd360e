// One row per figure, and the markdown table the bench prints.

export interface Row {
  /** Figure number and name. */
  figure: string;
  /** The median, with its unit ("2,431 items/s"). */
  value: string;
  /** "≥ 2,000 items/s"; "—" when the issue sets none. */
  target: string;
  /** null when there is no target. */
  pass: boolean | null;
  /** The alternative measured in the same run, with its figure. */
  alternative?: string;
  /** pactwatch against the alternative ("4.1× faster"). */
  ratio?: string;
  /** How it was measured, briefly (runs, sizes). */
  note?: string;
  /** Set when the figure could not be measured here (then value says why). */
  skipped?: boolean;
}

function cell(s: string | undefined): string {
  return (s ?? '—').replace(/\|/g, '\\|');
}

export function markdownTable(rows: readonly Row[]): string {
  const head = '| Figure | Median | Target | Pass | Alternative (same run) | Ratio | Runs / setup |';
  const rule = '| --- | --- | --- | --- | --- | --- | --- |';
  const lines = rows.map((r) =>
    [
      r.figure,
      r.value,
      r.target,
      r.skipped ? 'skipped' : r.pass === null ? '—' : r.pass ? 'pass' : '**FAIL**',
      r.alternative,
      r.ratio,
      r.note,
    ]
      .map(cell)
      .join(' | '),
  );
  return [head, rule, ...lines.map((l) => `| ${l} |`)].join('\n');
}
