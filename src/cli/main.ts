#!/usr/bin/env node
// The command line: parses arguments, calls the modules that do the work, prints the result.
// Users never see a stack trace: a known problem is one line on stderr and exit code 1 (2 for a
// usage error: the command line itself is wrong).
import { createReadStream, createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { Command, CommanderError, Option } from 'commander';
import { configPath } from '../config/assemble.js';
import { loadCheckedConfig as loadConfig } from '../config/checked.js';
import path from 'node:path';
import { exportLines, importStream, ImportError, openStore, openStoreForReading, StoreError, type Store } from '../store/index.js';
import { limitsOf } from '../config/limits.js';
import type { ReadContext } from '../query/index.js';
import type { RunContext } from '../run/index.js';
import { agreementsTable, agreementTimeline, correctionsList, explainText, feedLine, feedsHealthText, historyText, ingestJson, searchText } from './format.js';
import { VERSION } from '../version.js';
import { firstLine } from '../shared/errors.js';
import { count } from '../shared/plural.js';

/** A problem to report in one line, exit code 1. */
class UserError extends Error {}

/**
 * The command line itself is wrong (a malformed value, an id the config does not have): one line,
 * exit code 2, as for commander's own usage errors, so a script tells it from a config or store
 * problem (1).
 */
class UsageError extends Error {}

const EXIT_USAGE = 2;

// Every command loads only what it uses: the read side (query, publish, the matcher for
// timelines), the pipeline (run: fetch, parse, extract, match, diff), the server and the demo are
// imported by the commands that use them, and a config file that passed its check before is not
// checked again (config/checked.ts). `ingest` of an unchanged feed, which cron starts once per
// poll, loads the config, the store, run and fetch, and nothing else.

interface Session {
  ctx: ReadContext;
  store: Store;
  query: typeof import('../query/index.js');
}

async function open(configFlag: string | undefined): Promise<Session> {
  const config = await loadConfig(configFlag);
  const query = await import('../query/index.js');
  const store = openStore(config.database);
  return { ctx: query.readContext(config, store), store, query };
}

/** For the commands that only read: read-only, and never creating a store. */
async function openToRead(configFlag: string | undefined): Promise<Session> {
  const config = await loadConfig(configFlag);
  const query = await import('../query/index.js');
  const store = openStoreForReading(config.database);
  return { ctx: query.readContext(config, store), store, query };
}

/** A session that can run the pipeline: ingest, the worker, the server's logs. */
async function openForRun(
  configFlag: string | undefined,
  loaded?: Awaited<ReturnType<typeof loadConfig>>,
): Promise<{ ctx: RunContext; store: Store; run: typeof import('../run/index.js') }> {
  const run = await import('../run/index.js');
  // A config the command already loaded is not read and checked again (yaml, schema, catalogue).
  const config = loaded ?? (await loadConfig(configFlag));
  const store = openStore(config.database);
  return { ctx: run.createRunContext(config, store, { log: run.createLogger(process.stdout) }), store, run };
}

/**
 * JSON.stringify escapes C0 controls but writes C1 controls (U+009B is a terminal's CSI) and bidi
 * overrides raw: they are escaped too, so JSON on a terminal is as inert as the human form.
 */
function printJson(value: unknown): void {
  const text = JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  process.stdout.write(`${text}\n`);
}

const program = new Command()
  .name('pactwatch')
  .description('Follow international agreements through the news: status changes, corrections, Atom feeds.')
  .version(VERSION)
  .showHelpAfterError()
  // Usage errors (unknown option, missing argument) exit 2; subcommands inherit this.
  .exitOverride();

const configOption = () => new Option('--config <file>', 'config file (default: $PACTWATCH_CONFIG, else config/default.yaml)');

program
  .command('ingest')
  .description('poll every feed (or one) once, now')
  .addOption(configOption())
  .option('--feed <id>', 'only this feed')
  .option('--json', 'print one JSON object')
  .option('--wait <seconds>', 'wait this long for a running ingest to finish', '300')
  .action(async (o: { config?: string; feed?: string; json?: boolean; wait: string }) => {
    if (!(Number(o.wait) >= 0)) throw new UsageError(`--wait: not a number of seconds: ${o.wait}`);
    // Checked before the store is opened: a mistyped id changes nothing.
    const config = await loadConfig(o.config);
    checkFeedId(config, o.feed);
    const { ctx, store, run } = await openForRun(o.config, config);
    const { withIngestLease, ingest, LeaseBusy } = run;
    try {
      const total = o.feed ? 1 : ctx.config.feeds.length;
      const progress = !o.json && process.stderr.isTTY && total > 3;
      const report = await withIngestLease(
        store,
        {
          waitMs: Number(o.wait) * 1000,
          onWait: (holder) => process.stderr.write(`another ingest is running (${holder}); waiting…\n`),
        },
        () =>
          ingest(ctx, {
            feedId: o.feed,
            respectBackoff: false,
            onProgress: (done, total) => {
              if (progress) process.stderr.write(`\r${bar(done, total)} ${done}/${total} feeds`);
            },
            onFeedDone: (r) => {
              if (o.json) return;
              if (progress) process.stderr.write('\r\x1b[K');
              process.stdout.write(`${feedLine(r)}\n`);
            },
          }),
      );
      if (o.json) printJson(ingestJson(report));
      else for (const line of report.webhooks ?? []) process.stdout.write(`${line}\n`);
      if (!o.json) process.stdout.write(`done in ${(report.durationMs / 1000).toFixed(1)} s\n`);
      if (report.fatal) throw new UserError(`the run stopped: ${report.fatal}`);
    } catch (err) {
      if (err instanceof LeaseBusy) throw new UserError(`${err.message}; gave up after ${o.wait} s`);
      // The lease is the run's first write: a read-only store fails here, before any feed.
      if (err instanceof StoreError) throw new UserError(err.message);
      throw err;
    } finally {
      store.close();
    }
  });

program
  .command('run')
  .description('the scheduled worker and the web server in one process (npm start)')
  .addOption(configOption())
  .option('--port <n>', 'port for the web server')
  .option('--host <address>', 'address to listen on (default: server.host from the config, 127.0.0.1)')
  .action(async (o: { config?: string; port?: string; host?: string }) => {
    checkPort(o.port);
    const { ctx, store, run } = await openForRun(o.config);
    const { startServer } = await import('./serve.js');
    let current = ctx;
    const server = await startServer(ctx, ctx.log, o.port, o.host, () => current);
    let worker = run.startWorker(ctx);
    ctx.log.info(`worker started: schedule "${ctx.config.schedule}" (${ctx.config.timezone})`);
    onReload(o.config, ctx, ctx.log, async (config) => {
      current = run.createRunContext(config, store, { log: ctx.log });
      // The running poll stops after its current write; the new schedule takes over from here.
      await worker.stop();
      worker = run.startWorker(current, { firstPoll: false });
    });
    onShutdown(async () => {
      server.close();
      await worker.stop();
      store.close();
    });
  });

program
  .command('worker')
  .description('the scheduled worker alone')
  .addOption(configOption())
  .action(async (o: { config?: string }) => {
    const { ctx, store, run } = await openForRun(o.config);
    let worker = run.startWorker(ctx);
    ctx.log.info(`worker started: schedule "${ctx.config.schedule}" (${ctx.config.timezone})`);
    onReload(o.config, ctx, ctx.log, async (config) => {
      await worker.stop();
      worker = run.startWorker(run.createRunContext(config, store, { log: ctx.log }), { firstPoll: false });
    });
    onShutdown(async () => {
      await worker.stop();
      store.close();
    });
  });

program
  .command('serve')
  .description('the web server alone')
  .addOption(configOption())
  .option('--port <n>', 'port (default: server.port from the config)')
  .option('--host <address>', 'address to listen on (default: server.host from the config, 127.0.0.1)')
  .action(async (o: { config?: string; port?: string; host?: string }) => {
    checkPort(o.port);
    // The server only reads: read-only, and never creating a store (it says there is none yet).
    const { ctx, store, query } = await openToRead(o.config);
    const { startServer } = await import('./serve.js');
    const { createLogger } = await import('../run/log.js');
    const log = createLogger(process.stdout);
    let current = ctx;
    const server = await startServer(ctx, log, o.port, o.host, () => current);
    onReload(o.config, ctx, log, async (config) => {
      current = query.readContext(config, store);
    });
    onShutdown(async () => {
      server.close();
      store.close();
    });
  });

program
  .command('agreements')
  .description('every agreement in the catalogue with its current status')
  .addOption(configOption())
  .option('--json', 'print JSON')
  .action(async (o: { config?: string; json?: boolean }) => {
    const { ctx, store, query } = await openToRead(o.config);
    const list = query.agreementsJson(ctx);
    store.close();
    if (o.json) printJson(list);
    else process.stdout.write(`${agreementsTable(list)}\n`);
  });

program
  .command('feeds')
  .description("each feed's health: last poll, status, error, failures in a row, next attempt and why")
  .addOption(configOption())
  .option('--json', 'print JSON')
  .action(async (o: { config?: string; json?: boolean }) => {
    const { ctx, store } = await openToRead(o.config);
    try {
      const { feedHealthOf } = await import('../query/feed-health.js');
      const list = feedHealthOf(ctx);
      if (o.json) printJson(list);
      else process.stdout.write(`${feedsHealthText(list)}\n`);
    } finally {
      store.close();
    }
  });

program
  .command('agreement')
  .description("one agreement's timeline with its evidence")
  .argument('<id>', 'agreement id')
  .addOption(configOption())
  .option('--json', 'print JSON')
  .action(async (id: string, o: { config?: string; json?: boolean }) => {
    const { ctx, store, query } = await openToRead(o.config);
    const a = query.agreementJson(ctx, id);
    store.close();
    if (!a) throw new UsageError(`no agreement with id "${id}" in ${ctx.config.file}`);
    if (o.json) printJson(a);
    else process.stdout.write(`${agreementTimeline(a)}\n`);
  });

program
  .command('corrections')
  .description('the correction history, newest first')
  .addOption(configOption())
  .option('--json', 'print JSON')
  .option('--feed <id>', 'only this feed')
  .option('--since <date>', 'only corrections detected since this date (YYYY-MM-DD or ISO time)')
  .option('--all', 'also list unannounced edits (kind "revision"), which come with no notice')
  .action(async (o: { config?: string; json?: boolean; feed?: string; since?: string; all?: boolean }) => {
    if (o.since !== undefined && Number.isNaN(Date.parse(o.since))) throw new UsageError(`--since: not a date: ${o.since}`);
    checkFeedId(await loadConfig(o.config), o.feed);
    const { ctx, store, query } = await openToRead(o.config);
    try {
      const list = query.correctionsJson(ctx, { feed: o.feed, since: o.since, revisions: o.all });
      if (o.json) printJson(list);
      else process.stdout.write(`${correctionsList(list)}\n`);
    } finally {
      store.close();
    }
  });

program
  .command('history')
  .description("one article's versions and the diffs between them")
  .argument('<url>', 'the article URL')
  .addOption(configOption())
  .option('--json', 'print JSON')
  .action(async (url: string, o: { config?: string; json?: boolean }) => {
    const { ctx, store, query } = await openToRead(o.config);
    try {
      const h = query.historyJson(ctx, url);
      if (!h) throw new UserError(`no article with URL ${url} in ${store.file}`);
      if (o.json) return printJson(h);
      const { renderDiffText } = await import('../publish/index.js');
      const article = store.articles.byUrl(h.url)!;
      const diffs = new Map(store.articles.changes(article.id).map((c) => [`${c.from}-${c.to}`, renderDiffText(c.diff)]));
      process.stdout.write(`${historyText(h, diffs)}\n`);
    } finally {
      store.close();
    }
  });

program
  .command('search')
  .description('search the text of every stored article version (one result per article, best first)')
  .argument('<term>', 'words that must all occur; "a phrase" in quotes; word* for a prefix')
  .addOption(configOption())
  .option('--json', 'print JSON')
  .option('--limit <n>', 'at most this many results', '20')
  .action(async (term: string, o: { config?: string; json?: boolean; limit: string }) => {
    const limit = Number(o.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UserError(`--limit: not a number from 1 to 1000: ${o.limit}`);
    const { ctx, store, query } = await openToRead(o.config);
    try {
      const hits = query.searchJson(ctx, term, { limit });
      if (o.json) printJson(hits);
      else process.stdout.write(`${searchText(hits)}\n`);
    } finally {
      store.close();
    }
  });

program
  .command('explain')
  .description("sentence by sentence, what the matcher finds in an article's latest version and why")
  .argument('<url>', 'the article URL')
  .addOption(configOption())
  .option('--json', 'print JSON')
  .option('--all', 'also list sentences that name no tracked agreement and match no status word')
  .action(async (url: string, o: { config?: string; json?: boolean; all?: boolean }) => {
    const { ctx, store, query } = await openToRead(o.config);
    try {
      const e = query.explainJson(ctx, url);
      if (!e) throw new UserError(`no article with URL ${url} in ${store.file}`);
      if (o.json) return printJson(e);
      process.stdout.write(`${explainText(e, ctx.agreementNames, o.all ?? false)}\n`);
    } finally {
      store.close();
    }
  });

program
  .command('feed')
  .description('the Atom document that the server would serve')
  .addOption(configOption())
  .addOption(new Option('--agreement <id>', "one agreement's updates").conflicts('corrections'))
  .option('--corrections', 'corrections only')
  .option('--out <file>', 'write to this file instead of stdout')
  .action(async (o: { config?: string; agreement?: string; corrections?: boolean; out?: string }) => {
    const { ctx, store, query } = await openToRead(o.config);
    const { renderFeedDocument } = await import('../server/index.js');
    try {
      if (o.agreement && !ctx.agreementNames.has(o.agreement)) throw new UsageError(`no agreement with id "${o.agreement}" in ${ctx.config.file}`);
      const scope = o.agreement
        ? ({ kind: 'agreement', agreementId: o.agreement } as const)
        : o.corrections
          ? ({ kind: 'corrections' } as const)
          : ({ kind: 'all' } as const);
      const xml = renderFeedDocument(query.createSiteData(ctx), scope, { baseUrl: ctx.config.server.baseUrl })!;
      if (o.out) writeOut(o.out, xml);
      else process.stdout.write(xml);
    } finally {
      store.close();
    }
  });

program
  .command('opml')
  .description("pactwatch's own feeds as OPML: every update, corrections, one per agreement (also at /feeds.opml)")
  .addOption(configOption())
  .option('--out <file>', 'write to this file instead of stdout')
  .action(async (o: { config?: string; out?: string }) => {
    const config = await loadConfig(o.config);
    const { renderOpml } = await import('../publish/index.js');
    const xml = renderOpml({ baseUrl: config.server.baseUrl, agreements: config.agreements });
    if (o.out) writeOut(o.out, xml);
    else process.stdout.write(xml);
  });

program
  .command('opml-import')
  .description("add the feeds of a reader's OPML export to the config file (comments and layout kept)")
  .argument('<file>', 'an OPML file (- for stdin)')
  .addOption(configOption())
  .option('--dry-run', 'say what would be added, change nothing')
  .action(async (file: string, o: { config?: string; dryRun?: boolean }) => {
    const { parseOpml, OpmlError } = await import('../parse/opml.js');
    const { addFeedsToConfig } = await import('../config/add-feeds.js');
    let text: string;
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch (err) {
      throw new UserError(`${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : firstLine(err)}`);
    }
    let feeds: ReturnType<typeof parseOpml>;
    try {
      feeds = parseOpml(text);
    } catch (err) {
      if (err instanceof OpmlError) throw new UserError(`${file}: ${err.message}`);
      throw err;
    }
    const r = addFeedsToConfig(configPathOf(o.config), feeds, { dryRun: o.dryRun });
    for (const f of r.added) process.stdout.write(`${o.dryRun ? 'would add' : 'added'} ${f.id}: ${f.name} <${f.url}>\n`);
    for (const s of r.skipped) process.stdout.write(`skipped ${s}\n`);
    process.stdout.write(`${count(r.added.length, 'feed')} ${o.dryRun ? 'would be ' : ''}added to ${configPathOf(o.config)}, ${r.skipped.length} skipped\n`);
  });

program
  .command('demo')
  .description('replay bundled sample news into a temporary store and serve the result')
  .option('--port <n>', 'port for the web server', '8080')
  .option('--no-serve', 'replay and print the summary, then exit')
  .option('--keep', 'leave the temporary store (and a config to read it with) behind')
  .action(async (o: { port: string; serve: boolean; keep?: boolean }) => {
    checkPort(o.port);
    const port = Number(o.port);
    const { runDemo } = await import('../demo/index.js');
    const demo = await runDemo({ port, serve: o.serve, keep: o.keep });
    // Ctrl+C stops the server and removes the temporary store.
    if (demo.server) onShutdown(async () => demo.stop());
  });

program
  .command('export')
  .description('the whole history as JSON lines (a backup, or a move to another machine)')
  .addOption(configOption())
  .option('--out <file>', 'write to this file instead of stdout')
  .action(async (o: { config?: string; out?: string }) => {
    const { store } = await openToRead(o.config);
    let out: NodeJS.WritableStream;
    try {
      out = o.out ? await openOut(o.out) : process.stdout;
    } catch (err) {
      store.close();
      throw err;
    }
    try {
      for (const line of exportLines(store.backend)) {
        if (!out.write(`${line}\n`)) await once(out, 'drain');
      }
      if (o.out) await new Promise<void>((resolve, reject) => (out as ReturnType<typeof createWriteStream>).end((err?: Error | null) => (err ? reject(err) : resolve())));
    } finally {
      store.close();
    }
  });

program
  .command('import')
  .description('load an export into an empty store')
  .argument('<file>', "an export made by 'pactwatch export' (- for stdin)")
  .addOption(configOption())
  .action(async (file: string, o: { config?: string }) => {
    const { ctx, store } = await open(o.config);
    try {
      // Streamed a line at a time (limits.importLineBytes bounds one line), every record checked.
      const input = file === '-' ? process.stdin : createReadStream(file);
      const n = await importStream(store.backend, input, limitsOf(ctx.config).importLineBytes);
      process.stdout.write(`imported ${count(n, 'record')} into ${store.file}\n`);
    } catch (err) {
      if (err instanceof ImportError) throw new UserError(`${file}: ${err.message}`);
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError(`${file}: no such file`);
      throw err;
    } finally {
      store.close();
    }
  });

/** `--port N`: a usage error (exit 2) unless a port number. */
function checkPort(value: string | undefined): void {
  if (value === undefined) return;
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port > 65535) throw new UsageError(`--port: not a port number: ${value}`);
}

function configPathOf(flag: string | undefined): string {
  return path.resolve(configPath(flag));
}

/** `--feed ID` must name a feed of the config: a typo is an error, not an empty answer. */
function checkFeedId(config: { file: string; feeds: { id: string }[] }, id: string | undefined): void {
  if (id !== undefined && !config.feeds.some((f) => f.id === id)) {
    throw new UsageError(`--feed: no feed with id "${id}" in ${config.file} (known: ${config.feeds.map((f) => f.id).join(', ') || 'none'})`);
  }
}

/** A file system error on an output file, as one line naming the file. */
function outError(file: string, err: unknown): UserError {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : firstLine(err);
  return new UserError(`${file}: cannot write (${why})`);
}

function writeOut(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (err) {
    throw outError(file, err);
  }
}

/** A write stream that is open, or one line saying why it cannot be. */
async function openOut(file: string): Promise<ReturnType<typeof createWriteStream>> {
  const stream = createWriteStream(file);
  try {
    await once(stream, 'open');
  } catch (err) {
    throw outError(file, err);
  }
  return stream;
}

function bar(done: number, total: number): string {
  const width = 24;
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${' '.repeat(width - filled)}]`;
}

/**
 * SIGHUP: read the config file again and apply it (feeds, agreements, schedule, limits, webhooks)
 * without a restart. A config with an error is logged in one line and the running one is kept.
 * Where the store is, and where the server listens, need a restart: such a change is refused.
 */
function onReload(
  flag: string | undefined,
  first: ReadContext,
  log: { info(m: string): void; error(m: string): void },
  apply: (config: ReadContext['config']) => Promise<void>,
): void {
  let running = first.config;
  let busy = false;
  process.on('SIGHUP', () => {
    if (busy) return;
    busy = true;
    void (async () => {
      try {
        const config = await loadConfig(flag);
        const fixed = (['database', 'server'] as const).find((k) => JSON.stringify(config[k]) !== JSON.stringify(running[k]));
        if (fixed) {
          log.error(`config not reloaded: \`${fixed}\` changed in ${config.file}; that needs a restart (the running config is kept)`);
          return;
        }
        await apply(config);
        running = config;
        log.info(`config reloaded from ${config.file}: ${count(config.feeds.length, 'feed')}, ${count(config.agreements.length, 'agreement')}, schedule "${config.schedule}" (${config.timezone})`);
      } catch (err) {
        log.error(`config not reloaded: ${firstLine(err)} (the running config is kept)`);
      } finally {
        busy = false;
      }
    })();
  });
}

/** SIGINT / SIGTERM: finish the current write, close the store, exit 0. */
function onShutdown(close: () => Promise<void>): void {
  let closing = false;
  const handler = (signal: string) => {
    if (closing) return;
    closing = true;
    process.stderr.write(`${signal}: stopping after the current write…\n`);
    close().then(
      () => process.exit(0),
      (err) => {
        process.stderr.write(`pactwatch: ${firstLine(err)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => handler('SIGINT'));
  process.once('SIGTERM', () => handler('SIGTERM'));
}

program.parseAsync(process.argv).catch((err: unknown) => {
  // commander has printed its own message (and the help) already; --help and --version exit 0.
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : EXIT_USAGE);
  process.stderr.write(`pactwatch: ${firstLine(err)}\n`);
  process.exit(err instanceof UsageError ? EXIT_USAGE : 1);
});
