// Figure 8: the alternative for change detection. urlwatch (the Debian package) and pactwatch watch
// the same N article pages on a local news site; the pages change M times. Each check is one run
// of the command, as cron would start it: `urlwatch` with its own temp urls/config/cache files and
// HOME, and `pactwatch ingest` on a feed listing the N pages (fullText, minRecheckMinutes: 0, so
// every run re-checks every page). Both fetch the same URLs from the same server, after the same
// edits; urlwatch turns each page into text (html2text), pactwatch extracts the article, matches
// agreements, diffs and stores versions. Wall time of the 1 + M runs, each tool.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configSchema } from '../src/config/schema.js';
import type { ArticleText } from '../src/types.js';
import type { Figure } from './lib/figure.js';
import { articlePage, rssFeed } from './lib/html.js';
import { NewsSite } from './lib/news-site.js';
import { createRng } from './lib/prng.js';
import { correctionLine, editSentences, newsArticle } from './lib/prose.js';
import { fmt, median, timeMsAsync } from './lib/stats.js';
import { removeDir, tempDir } from './lib/world.js';

const N = 100;
const M = 3;
const RUNS = 1;
/**
 * Bare loopback, and a 50 ms round trip (a delaying server). Issue 17 sets the target with the round
 * trip only (≥ 2× faster); loopback is reported beside it. (An earlier ≥ 5× on loopback was no one's
 * limit and cannot be met by a process per run: 4 starts of `pactwatch ingest` alone take ~1.4 s,
 * more than a fifth of urlwatch's 4 runs.)
 */
const SETTINGS: Array<{ label: string; delayMs: number; target: number | null }> = [
  { label: 'loopback', delayMs: 0, target: null },
  { label: '50 ms round trip', delayMs: 50, target: 2 },
];
const URLWATCH = '/usr/bin/urlwatch';
/** The config's defaults: requests per host, pages pipelined per connection. */
const FETCH = configSchema.parse({}).fetch;
/** To measure another pipelining depth than the default (1 = off): PACTWATCH_BENCH_PIPELINING=1. */
const PIPELINING = Number(process.env.PACTWATCH_BENCH_PIPELINING ?? FETCH.pipelining);

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    p.once('error', reject);
    p.once('exit', (code) => {
      // urlwatch exits 0 after a run; pactwatch ingest exits 0 when the run finished.
      if (code !== 0) reject(new Error(`${path.basename(cmd)} ${args[0] ?? ''} exited ${code}: ${err.trim().split('\n').at(-1) ?? ''}`));
      else resolve(out);
    });
  });
}

interface Trial {
  urlwatchMs: number;
  pactwatchMs: number;
}

async function trial(site: NewsSite, dir: string, seed: number, log: (l: string) => void): Promise<Trial> {
  mkdirSync(dir, { recursive: true });
  const rng = createRng(seed);
  const prefix = path.basename(dir);
  const pages = Array.from({ length: N }, (_, i) => ({ file: `pages/${prefix}/${i}.html`, text: newsArticle(rng, 800, true) as ArticleText }));
  const url = (file: string) => site.url(0, file);
  const writePages = () =>
    pages.forEach((p, i) => {
      site.write(p.file, articlePage(createRng(seed * 1000 + i), p.text, { url: url(p.file), published: '2025-06-01T08:00:00Z', site: 'Outlet 0' }));
    });
  writePages();
  site.write(
    `feeds/${prefix}.xml`,
    rssFeed('Watched outlet', url('/'), pages.map((p, i) => ({ title: p.text.title, link: url(p.file), guid: url(p.file), published: new Date(Date.UTC(2025, 5, 1, 8, i)).toISOString(), description: p.text.paragraphs[0] ?? '' }))),
  );

  // urlwatch: its own files and HOME, nothing of the user's touched.
  const home = path.join(dir, 'home');
  mkdirSync(home, { recursive: true });
  const urls = path.join(dir, 'urls.yaml');
  writeFileSync(urls, pages.map((p, i) => `name: page-${i}\nurl: ${url(p.file)}\nfilter:\n  - html2text\n`).join('---\n'));
  const uwConfig = path.join(dir, 'urlwatch.yaml');
  const uwCache = path.join(dir, 'cache.db');
  const uwEnv = { PATH: process.env.PATH, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache'), NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1', LANG: 'C.UTF-8' };
  const uwArgs = ['--urls', urls, '--config', uwConfig, '--cache', uwCache];

  // pactwatch: a config file, as a user writes it.
  const pwConfig = path.join(dir, 'pactwatch.yaml');
  writeFileSync(
    pwConfig,
    [
      `database: ${JSON.stringify(path.join(dir, 'pactwatch.db'))}`,
      'articles: { recheckForDays: 14, minRecheckMinutes: 0 }',
      ...(PIPELINING === FETCH.pipelining ? [] : [`fetch: { pipelining: ${PIPELINING} }`]),
      'feeds:',
      `  - { id: watched, name: Watched outlet, url: ${JSON.stringify(site.url(0, `feeds/${prefix}.xml`))}, fullText: true }`,
      `agreementsFile: ${JSON.stringify(path.join(ROOT, 'config', 'agreements.yaml'))}`,
      '',
    ].join('\n'),
  );
  const pwEnv = { PATH: process.env.PATH, HOME: home, NO_PROXY: '127.0.0.1', no_proxy: '127.0.0.1' };

  let urlwatchMs = 0;
  let pactwatchMs = 0;
  for (let round = 0; round <= M; round++) {
    if (round > 0) {
      // The same edits for both tools: 3 sentences reworded, sometimes a correction line.
      for (const p of pages) {
        const paragraphs = editSentences(rng, p.text.paragraphs, 3);
        if (rng.chance(0.3)) paragraphs.push(correctionLine(rng));
        p.text = { title: p.text.title, paragraphs };
      }
      writePages();
    }
    let uwOut = '';
    urlwatchMs += await timeMsAsync(async () => (uwOut = await run(URLWATCH, uwArgs, uwEnv)));
    let pwOut = '';
    pactwatchMs += await timeMsAsync(async () => (pwOut = await run(process.execPath, [CLI, 'ingest', '--config', pwConfig, '--json'], pwEnv)));

    // Both must have seen every change, or the times compare different work.
    const changed = (uwOut.match(/^(?:CHANGED|NEW): /gm) ?? []).length;
    const feed = (JSON.parse(pwOut) as { feeds: Array<{ status: string; newArticles: number; recheckChanged: number; error: string | null }> }).feeds[0];
    const pwSeen = round === 0 ? feed?.newArticles : feed?.recheckChanged;
    if (feed?.status !== 'ok') throw new Error(`urlwatch figure: pactwatch feed ${feed?.status}: ${feed?.error}`);
    if (pwSeen !== N) throw new Error(`urlwatch figure: round ${round}: pactwatch recorded ${pwSeen} of ${N} pages`);
    if (round > 0 && changed !== N) throw new Error(`urlwatch figure: round ${round}: urlwatch reported ${changed} of ${N} pages changed`);
  }
  log(`urlwatch trial: urlwatch ${fmt(urlwatchMs)} ms, pactwatch ${fmt(pactwatchMs)} ms (${M + 1} runs each)`);
  return { urlwatchMs, pactwatchMs };
}

export const urlwatchFigure: Figure = {
  name: 'urlwatch',
  title: `change detection: pactwatch against urlwatch on ${N} pages changing ${M} times`,
  async run(log) {
    if (!existsSync(URLWATCH)) {
      return SETTINGS.map((s) => ({
        figure: `8. Change detection, ${N} pages × ${M} changes, vs urlwatch, ${s.label}`,
        value: 'skipped (urlwatch not installed)',
        target: s.target === null ? 'reported' : `≥ ${s.target}× faster`,
        pass: null,
        skipped: true,
      }));
    }
    const rows = [];
    for (const s of SETTINGS) {
      const dir = tempDir('urlwatch');
      const site = await NewsSite.start(path.join(dir, 'site'), 1, s.delayMs);
      try {
        const trials: Trial[] = [];
        for (let r = 0; r < RUNS; r++) trials.push(await trial(site, path.join(dir, `t${r}`), 80 + r, log));
        const uw = median(trials.map((t) => t.urlwatchMs));
        const pw = median(trials.map((t) => t.pactwatchMs));
        const ratio = uw / pw;
        const version = (await run(URLWATCH, ['--version'], { PATH: process.env.PATH, HOME: dir })).trim();
        rows.push({
          figure: `8. Change detection, ${N} pages × ${M} changes, vs urlwatch, ${s.label}`,
          value: `pactwatch ${fmt(pw / 1000, 2)} s`,
          target: s.target === null ? 'reported (issue 17 sets the 50 ms row)' : `≥ ${s.target}× faster than urlwatch`,
          pass: s.target === null ? null : ratio >= s.target,
          alternative: `${version} (html2text): ${fmt(uw / 1000, 2)} s`,
          ratio: ratio >= 1 ? `${fmt(ratio, 2)}× faster` : `${fmt(1 / ratio, 2)}× slower`,
          note: `${RUNS} trial${RUNS > 1 ? 's' : ''}; each ${M + 1} command runs per tool (first sight + ${M} changes of 3 sentences), wall time incl. process start; one outlet${s.delayMs ? `, every answer held ${s.delayMs} ms` : ''}; pactwatch ${FETCH.perHost} connections per host (fetch.perHost, its default), no delay between requests, pages pipelined ${PIPELINING} deep (fetch.pipelining${PIPELINING === FETCH.pipelining ? ', its default' : ''})`,
        });
      } finally {
        await site.stop();
        removeDir(dir);
      }
    }
    return rows;
  },
};
