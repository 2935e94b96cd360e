// Shared by the fault tests: spawning the real CLI (dist/, built by the vitest globalSetup), writing
// a config file for it, a small newsroom of articles to serve, and a content snapshot of a store
// that ignores what legitimately differs between two runs (timestamps, uids, row ids), read from
// SQLite or PostgreSQL alike (test/helpers/backend.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { stringify } from 'yaml';
import { ACSA, RAA, newsPage, rssFeed } from '../helpers/world.js';
import type { NewsServer } from '../helpers/news-server.js';
import { withReader } from '../helpers/backend.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'dist/src/cli/main.js');
export const FIXTURES = path.join(ROOT, 'test/fixtures/faults');

export function tempDir(label: string): string {
  return mkdtempSync(path.join(tmpdir(), `pactwatch-faults-${label}-`));
}

export interface ConfigOptions {
  database: string;
  feeds: Array<{ id: string; url: string; fullText?: boolean }>;
  minRecheckMinutes?: number;
  timeoutSeconds?: number;
  schedule?: string;
  /** fetch.perHost (default 2). */
  perHost?: number;
  /** workers.claimSeconds (many workers on PostgreSQL). */
  claimSeconds?: number;
}

/** A YAML config file as a user would write it (keys from CONTRACT.md). Returns its path. */
export function writeConfig(dir: string, o: ConfigOptions, name = 'config.yaml'): string {
  const file = path.join(dir, name);
  const config = {
    database: o.database,
    ...(o.schedule ? { schedule: o.schedule } : {}),
    timezone: 'UTC',
    server: { port: 0, baseUrl: 'http://pactwatch.test' },
    fetch: { timeoutSeconds: o.timeoutSeconds ?? 5, maxBytes: 2_000_000, concurrency: 4, ...(o.perHost ? { perHost: o.perHost } : {}) },
    articles: { recheckForDays: 36500, minRecheckMinutes: o.minRecheckMinutes ?? 0 },
    ...(o.claimSeconds ? { workers: { claimSeconds: o.claimSeconds } } : {}),
    feeds: o.feeds.map((f) => ({ id: f.id, name: `Feed ${f.id}`, url: f.url, fullText: f.fullText ?? true })),
    agreements: [RAA, ACSA],
  };
  writeFileSync(file, stringify(config));
  return file;
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface SpawnOptions {
  /** Run as this unprivileged uid/gid (through setpriv), e.g. 65534 (nobody). */
  asUser?: number;
  cwd?: string;
}

/** Start `pactwatch <args>`; stdout and stderr are collected on the returned child. */
export function spawnCli(args: string[], opts: SpawnOptions = {}): ChildProcess & { out: { stdout: string; stderr: string } } {
  const command = opts.asUser === undefined ? process.execPath : 'setpriv';
  const argv =
    opts.asUser === undefined
      ? [CLI, ...args]
      : [`--reuid=${opts.asUser}`, `--regid=${opts.asUser}`, '--clear-groups', process.execPath, CLI, ...args];
  const child = spawn(command, argv, {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, PACTWATCH_CONFIG: '', NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as ChildProcess & { out: { stdout: string; stderr: string } };
  child.out = { stdout: '', stderr: '' };
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (child.out.stdout += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (child.out.stderr += d));
  return child;
}

export function exited(child: ReturnType<typeof spawnCli>): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    const done = (code: number | null, signal: NodeJS.Signals | null) =>
      resolve({ code, signal, stdout: child.out.stdout, stderr: child.out.stderr });
    if (child.exitCode !== null || child.signalCode !== null) done(child.exitCode, child.signalCode);
    else child.once('close', done);
  });
}

export function cli(args: string[], opts: SpawnOptions = {}): Promise<CliResult> {
  return exited(spawnCli(args, opts));
}

/** What a user sees of a failure: exactly one non-empty line on stderr, no stack trace. */
export function oneLineError(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  if (lines.length !== 1 || /^\s+at /m.test(stderr)) throw new Error(`expected one line on stderr, got:\n${stderr}`);
  return lines[0]!;
}

// ------------------------------------------------------------------ a small newsroom

/**
 * Article texts written for these tests: status statements about the two agreements in the test
 * catalogue, mixed with untracked stories, so a run records findings, status changes and (after a
 * correction) correction updates.
 */
const LEADS = [
  'Officials from Tokyo and Manila said they had begun talks on a Reciprocal Access Agreement covering visiting troops.',
  'Diplomats from Japan and the Philippines held a second round of negotiations on the Reciprocal Access Agreement in Tokyo this week.',
  'Japan and the Philippines concluded negotiations on the Reciprocal Access Agreement, officials in both capitals told reporters.',
  'Japan and the Philippines signed the Reciprocal Access Agreement at a ceremony in Manila on Monday.',
  'Tokyo and Manila opened talks on an Acquisition and Cross-Servicing Agreement to share fuel and supplies.',
  'A harbour in Luzon reopened after repairs to its breakwater were finished ahead of schedule.',
  'The Philippine Senate ratified the Reciprocal Access Agreement with Japan on Monday by a wide margin, lawmakers said.',
  'Rice prices in Manila markets eased for a third week as new harvests arrived from the provinces.',
];

export interface NewsArticle {
  path: string;
  title: string;
  publishedAt: string;
  paragraphs: string[];
}

/** Article number `i`: a lead from the list above plus paragraphs unique to it. */
export function article(i: number, opts: { words?: number } = {}): NewsArticle {
  const lead = LEADS[i % LEADS.length]!;
  const day = String(1 + (i % 27)).padStart(2, '0');
  const paragraphs = [
    lead,
    `Story number ${i} carried comments from analysts in Quezon City and Osaka who follow the region closely.`,
    `A spokesperson for the foreign ministry declined to comment on item ${i} beyond a short written statement.`,
  ];
  if (opts.words) {
    // Filler for the disk-full test: distinct words so the store cannot share pages between rows.
    const filler = Array.from({ length: opts.words }, (_, k) => `w${i}x${k}`).join(' ');
    paragraphs.push(`Background for story ${i}: ${filler}.`);
  }
  return {
    path: `/news/story-${i}`,
    title: `Regional report ${i}: ${lead.split(' ').slice(0, 6).join(' ')}`,
    publishedAt: `2024-07-${day}T06:00:00.000Z`,
    paragraphs,
  };
}

/** The same article as corrected by its publisher, with a correction line at the foot. */
export function corrected(a: NewsArticle): NewsArticle {
  return {
    ...a,
    paragraphs: [
      a.paragraphs[0]!,
      a.paragraphs[1]!.replace('Osaka', 'Nagoya'),
      ...a.paragraphs.slice(2),
      '(Corrects the city of one of the analysts in the second paragraph.)',
    ],
  };
}

/** Serve a feed at `feedPath` listing `articles` (newest first) and a page for each. */
export function publish(news: NewsServer, feedPath: string, articles: NewsArticle[], delay: () => number = () => 0): void {
  news.set(
    feedPath,
    rssFeed(
      articles.map((a) => ({
        title: a.title,
        link: news.url(a.path),
        guid: news.url(a.path),
        date: new Date(a.publishedAt).toUTCString(),
        description: a.paragraphs[0],
      })),
    ),
  );
  for (const a of articles) {
    const body = newsPage({ title: a.title, paragraphs: a.paragraphs, published: a.publishedAt });
    news.set(a.path, {
      handler: (_req, res) => {
        const send = () => {
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
          res.end(body);
        };
        const ms = delay();
        if (ms > 0) setTimeout(send, ms);
        else send();
      },
    });
  }
}

// ------------------------------------------------------------------ store snapshots

export interface StoreSnapshot {
  articles: unknown[];
  versions: unknown[];
  changes: unknown[];
  findings: unknown[];
  mentions: unknown[];
  agreementStates: unknown[];
  updates: unknown[];
}

/**
 * The store's history by content: rows keyed by article key instead of row id, timestamps and
 * update uids left out. Two stores that recorded the same news the same way are equal. `database`
 * is a SQLite file or a PostgreSQL URL (the SQL is what both dialects share).
 */
export function snapshot(database: string): StoreSnapshot {
  return withReader(database, ({ all }) => {
    const updates = all(
      `SELECT u.seq, u.kind, u.title, a.key AS article, u.payload
         FROM updates u LEFT JOIN articles a ON a.id = u.article_id ORDER BY u.seq`,
    );
    const agreementsOf = new Map<unknown, string[]>();
    for (const r of all('SELECT seq, agreement_id FROM update_agreements ORDER BY seq, agreement_id')) {
      agreementsOf.set(r.seq, [...(agreementsOf.get(r.seq) ?? []), r.agreement_id as string]);
    }
    return {
      articles: all(
        `SELECT key, url, feed_id, full_text, published_at, tracked, CASE WHEN taken_down_at IS NULL THEN 0 ELSE 1 END AS gone
           FROM articles ORDER BY key`,
      ),
      versions: all(
        `SELECT a.key, v.n, v.title, v.paragraphs, v.hash, v.extractor, v.baseline
           FROM versions v JOIN articles a ON a.id = v.article_id ORDER BY a.key, v.n`,
      ),
      changes: all(
        `SELECT a.key, c.from_n, c.to_n, c.notices, c.removed, c.added, c.diff, c.announced
           FROM changes c JOIN articles a ON a.id = c.article_id ORDER BY a.key, c.to_n`,
      ),
      findings: all(
        `SELECT a.key, f.agreement_id, f.status, f.date, f.date_source, f.party, f.quote
           FROM findings f JOIN articles a ON a.id = f.article_id
          ORDER BY a.key, f.agreement_id, f.status, f.date, f.quote`,
      ),
      mentions: all(`SELECT a.key, m.agreement_id FROM mentions m JOIN articles a ON a.id = m.article_id ORDER BY a.key, m.agreement_id`),
      agreementStates: all('SELECT agreement_id, status, since FROM agreement_state ORDER BY agreement_id'),
      // In the order they were appended: a feed reader sees them in this order.
      updates: updates.map(({ seq, ...u }) => ({ ...u, agreements: agreementsOf.get(seq)?.join(',') ?? null })),
    };
  });
}

/** Row counts, read-only, while another process may be writing. */
export function counts(database: string): { articles: number; versions: number; updates: number } {
  return withReader(database, ({ all }) => {
    const one = (t: string) => Number(all(`SELECT COUNT(*) AS c FROM ${t}`)[0]!.c);
    return { articles: one('articles'), versions: one('versions'), updates: one('updates') };
  });
}

/**
 * 'ok' when the store is whole: SQLite's own check of its file, and on either backend the rows
 * that hang together (every version's article there, versions numbered 1…n without a gap, every
 * update's agreements on an update). PostgreSQL's files are its server's business: a client
 * killed mid-write only ever loses its open transaction.
 */
export function integrity(database: string): string {
  return withReader(database, ({ all }) => {
    const problems: string[] = [];
    if (!/^postgres/.test(database)) problems.push(...all('PRAGMA integrity_check').map((r) => String(r.integrity_check)).filter((r) => r !== 'ok'));
    const orphans = all('SELECT COUNT(*) AS c FROM versions v LEFT JOIN articles a ON a.id = v.article_id WHERE a.id IS NULL')[0]!.c;
    if (Number(orphans) > 0) problems.push(`${orphans} versions without their article`);
    const gaps = all('SELECT article_id FROM versions GROUP BY article_id HAVING MAX(n) <> COUNT(*) OR MIN(n) <> 1');
    if (gaps.length > 0) problems.push(`${gaps.length} articles with a gap in their versions`);
    const loose = all('SELECT COUNT(*) AS c FROM update_agreements ua LEFT JOIN updates u ON u.seq = ua.seq WHERE u.seq IS NULL')[0]!.c;
    if (Number(loose) > 0) problems.push(`${loose} update agreements without their update`);
    return problems.length ? problems.join('; ') : 'ok';
  });
}

interface Update {
  kind: string;
  payload: string;
}

/**
 * `got` recorded the same news as `expected` (one clean run), whatever ran it: a run killed and
 * rerun, or several workers sharing the feeds. Articles, versions, changes, findings, mentions and
 * agreement statuses exactly; the updates about articles (corrections, revisions) the same ones,
 * none twice. Status updates: timelines are refreshed at the end of each run (and caught up at
 * the start of the next after a kill), so a killed run or one of several workers may publish an
 * intermediate status a single run skipped, and the order around it may differ. What must hold:
 * the same final status per agreement, and no status published twice in a row.
 */
export function expectSameHistory(got: StoreSnapshot, expected: StoreSnapshot): void {
  const { updates: gotUpdates, ...gotRest } = got;
  const { updates: expectedUpdates, ...expectedRest } = expected;
  expect(gotRest).toEqual(expectedRest);
  const articleUpdates = (list: unknown[]) => (list as Update[]).filter((u) => u.kind !== 'status').map((u) => JSON.stringify(u)).sort();
  expect(articleUpdates(gotUpdates)).toEqual(articleUpdates(expectedUpdates));
  expect(new Set(articleUpdates(gotUpdates)).size).toBe(articleUpdates(gotUpdates).length);
  const statuses = (list: unknown[]) =>
    (list as Update[]).filter((u) => u.kind === 'status').map((u) => JSON.parse(u.payload) as { agreementId: string; status: string | null; since: string | null });
  const lastOf = (list: ReturnType<typeof statuses>) => new Map(list.map((p) => [p.agreementId, [p.status, p.since]]));
  expect(lastOf(statuses(gotUpdates))).toEqual(lastOf(statuses(expectedUpdates)));
  const previous = new Map<string, string>();
  for (const p of statuses(gotUpdates)) {
    const now = `${p.status}@${p.since}`;
    expect(previous.get(p.agreementId), `${p.agreementId} ${now} published twice`).not.toBe(now);
    previous.set(p.agreementId, now);
  }
}

/** The entries of an Atom document: id and title, in document order. */
export function atomEntries(xml: string): Array<{ id: string; title: string }> {
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => ({
    id: /<id>([\s\S]*?)<\/id>/.exec(m[1]!)?.[1] ?? '',
    title: /<title[^>]*>([\s\S]*?)<\/title>/.exec(m[1]!)?.[1] ?? '',
  }));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
