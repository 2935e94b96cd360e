// `npm run bench`: every figure, then one markdown table. `--only NAME[,NAME]` runs some figures
// (`node dist/bench/run.js --only diff`), `--list` names them. Progress goes to stderr, the table
// to stdout, so `npm run bench > table.md` keeps only the table.
import { diffFigure } from './diff.js';
import { extractFigure } from './extract.js';
import type { Figure } from './lib/figure.js';
import { markdownTable, type Row } from './lib/table.js';
import { matchFigure } from './match.js';
import { ingestFigure } from './ingest.js';
import { pgIngestFigure } from './pg-ingest.js';
import { repollFigure } from './repoll.js';
import { feedServerFigure } from './feed-server.js';
import { memoryFigure } from './memory.js';
import { urlwatchFigure } from './urlwatch.js';
import { startupFigure } from './startup.js';
import { feedTextFigure } from './feed-text.js';

const FIGURES: Figure[] = [
  ingestFigure,
  pgIngestFigure,
  repollFigure,
  extractFigure,
  matchFigure,
  diffFigure,
  feedServerFigure,
  memoryFigure,
  urlwatchFigure,
  startupFigure,
  feedTextFigure,
];

function parseArgs(argv: string[]): { only: string[] | null; list: boolean } {
  let only: string[] | null = null;
  let list = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--list') list = true;
    else if (a === '--only') only = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (a.startsWith('--only=')) only = a.slice(7).split(',').filter(Boolean);
    else {
      process.stderr.write(`bench: unknown argument ${a} (use --only NAME[,NAME] or --list)\n`);
      process.exit(2);
    }
  }
  return { only, list };
}

async function main(): Promise<void> {
  const { only, list } = parseArgs(process.argv.slice(2));
  if (list) {
    for (const f of FIGURES) process.stdout.write(`${f.name.padEnd(12)} ${f.title}\n`);
    return;
  }
  const unknown = (only ?? []).filter((n) => !FIGURES.some((f) => f.name === n));
  if (unknown.length > 0) {
    process.stderr.write(`bench: no figure named ${unknown.join(', ')} (known: ${FIGURES.map((f) => f.name).join(', ')})\n`);
    process.exit(2);
  }
  if (!(globalThis as { gc?: unknown }).gc) process.stderr.write('bench: run with node --expose-gc for steadier figures\n');
  const started = Date.now();
  const log = (line: string) => process.stderr.write(`  ${line}\n`);
  const rows: Row[] = [];
  let failed = false;
  for (const f of FIGURES.filter((x) => only === null || only.includes(x.name))) {
    process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${f.name}: ${f.title}\n`);
    try {
      rows.push(...(await f.run(log)));
    } catch (err) {
      failed = true;
      const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
      process.stderr.write(`bench: ${f.name} failed: ${msg}\n`);
      rows.push({ figure: f.title, value: `error: ${msg}`, target: '—', pass: false });
    }
  }
  process.stderr.write(`bench finished in ${((Date.now() - started) / 1000).toFixed(0)} s (Node ${process.version}, ${process.platform})\n\n`);
  process.stdout.write(`${markdownTable(rows)}\n`);
  if (failed) process.exitCode = 1;
}

await main();
