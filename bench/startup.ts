// Figure 9: start-up as cron meets it. One `pactwatch ingest` process per poll: the feed has not
// changed (the same 200 body, recognised by its hash), so almost all of the run is Node's own
// start, loading modules, reading the config and opening the store. Beside it, `node -e 0` and
// `pactwatch --version` in the same run: the floor, and what loading the CLI alone costs.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figure } from './lib/figure.js';
import { NewsSite, writeFeedSet } from './lib/news-site.js';
import { createRng } from './lib/prng.js';
import { fmt, median } from './lib/stats.js';
import { removeDir, tempDir } from './lib/world.js';

const RUNS = 9;
const TARGET_MS = 500;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');

/** Wall time of one process run to its end. */
function timed(args: string[]): { wall: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`startup: ${args.slice(1).join(' ')} exited ${r.status}: ${(r.stderr ?? '').trim().split('\n').at(-1)}`);
  return { wall };
}

export const startupFigure: Figure = {
  name: 'startup',
  title: '`pactwatch ingest` of an unchanged feed, process start included',
  async run(log) {
    const dir = tempDir('startup');
    const site = await NewsSite.start(path.join(dir, 'site'), 1);
    try {
      const feeds = writeFeedSet(site, createRng(9), { feeds: 1, itemsPerFeed: 30, fullText: false, words: 300, etag: false, prefix: 'startup' });
      const config = path.join(dir, 'pactwatch.yaml');
      writeFileSync(
        config,
        [
          `database: ${JSON.stringify(path.join(dir, 'pactwatch.db'))}`,
          'feeds:',
          ...feeds.map((f) => `  - { id: ${f.id}, name: ${JSON.stringify(f.name)}, url: ${JSON.stringify(f.url)}, fullText: false }`),
          `agreementsFile: ${JSON.stringify(path.join(ROOT, 'config', 'agreements.yaml'))}`,
          '',
        ].join('\n'),
      );
      const ingestArgs = [CLI, 'ingest', '--config', config, '--json'];
      timed(ingestArgs); // first sight: stores the items
      const first = spawnSync(process.execPath, ingestArgs, { encoding: 'utf8' });
      const status = (JSON.parse(first.stdout) as { feeds: Array<{ status: string; newArticles: number }> }).feeds[0];
      if (status?.status !== 'ok' || status.newArticles !== 0) throw new Error(`startup: the re-poll was not of an unchanged feed (${JSON.stringify(status)})`);
      const ingest: number[] = [];
      const bare: number[] = [];
      const version: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        bare.push(timed(['-e', '0']).wall);
        version.push(timed([CLI, '--version']).wall);
        ingest.push(timed(ingestArgs).wall);
      }
      const ms = median(ingest);
      log(`startup: ingest ${ingest.map((x) => fmt(x)).join(', ')} ms; node -e 0 ${fmt(median(bare))} ms; --version ${fmt(median(version))} ms`);
      return [
        {
          figure: '9. `ingest` of an unchanged feed, one process (as cron starts it)',
          value: `${fmt(ms)} ms`,
          target: `≤ ${TARGET_MS} ms`,
          pass: ms <= TARGET_MS,
          alternative: `node -e 0: ${fmt(median(bare))} ms; pactwatch --version: ${fmt(median(version))} ms`,
          // On a shared machine every process start stretches alike: the ratio is the steady part.
          ratio: `${fmt(ms / median(bare), 1)}× node -e 0`,
          note: `median of ${RUNS} runs, wall time incl. process start; one feed of 30 items re-sent unchanged (same 200 body, no validators), ${feeds.length} feed, the bundled catalogue`,
        },
      ];
    } finally {
      await site.stop();
      removeDir(dir);
    }
  },
};
