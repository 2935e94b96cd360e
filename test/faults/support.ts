// Shared by the fault tests: spawning the real CLI (dist/, built by the vitest globalSetup), writing
// a config file for it, a small newsroom of articles to serve, and a content snapshot of a store
// that ignores what legitimately differs between two runs (timestamps, uids, row ids).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { stringify } from 'yaml';
import { ACSA, RAA, newsPage, rssFeed } from '../helpers/world.js';
import type { NewsServer } from '../helpers/news-server.js';

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
}

/** A YAML config file as a user would write it (keys from CONTRACT.md). Returns its path. */
export function writeConfig(dir: string, o: ConfigOptions, name = 'config.yaml'): string {
  const file = path.join(dir, name);
  const config = {
    database: o.database,
    ...(o.schedule ? { schedule: o.schedule } : {}),
    timezone: 'UTC',
    server: { port: 0, baseUrl: 'http://pactwatch.test' },
    fetch: { timeoutSeconds: o.timeoutSeconds ?? 5, maxBytes: 2_000_000, concurrency: 4 },
    articles: { recheckForDays: 36500, minRecheckMinutes: o.minRecheckMinutes ?? 0 },
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
 * update uids left out. Two stores that recorded the same news the same way are equal.
 */
export function snapshot(file: string): StoreSnapshot {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const all = (sql: string) => db.prepare(sql).all() as Array<Record<string, unknown>>;
    return {
      articles: all(
        `SELECT key, url, feed_id, full_text, published_at, tracked, taken_down_at IS NOT NULL AS gone FROM articles ORDER BY key`,
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
      mentions: all(
        `SELECT a.key, m.agreement_id FROM mentions m JOIN articles a ON a.id = m.article_id ORDER BY a.key, m.agreement_id`,
      ),
      agreementStates: all(`SELECT agreement_id, status, since FROM agreement_state ORDER BY agreement_id`),
      // In the order they were appended: a feed reader sees them in this order.
      updates: all(
        `SELECT u.kind, u.title, a.key AS article, u.payload,
                (SELECT group_concat(agreement_id) FROM (SELECT agreement_id FROM update_agreements ua
                   WHERE ua.seq = u.seq ORDER BY agreement_id)) AS agreements
           FROM updates u LEFT JOIN articles a ON a.id = u.article_id ORDER BY u.seq`,
      ),
    };
  } finally {
    db.close();
  }
}

/** Row counts, read-only, while another process may be writing. */
export function counts(file: string): { articles: number; versions: number; updates: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    const one = (t: string) => (db.prepare(`SELECT COUNT(*) AS c FROM ${t}`).get() as { c: number }).c;
    return { articles: one('articles'), versions: one('versions'), updates: one('updates') };
  } finally {
    db.close();
  }
}

export function integrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
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
