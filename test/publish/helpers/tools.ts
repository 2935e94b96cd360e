// Real clients used as oracles: jing (RELAX NG), python3-feedparser, newsboat, chromium.
// A missing tool fails the test under CI and skips it elsewhere.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ATOM_RNC = fileURLToPath(new URL('../../fixtures/publish/atom.rnc', import.meta.url));

function works(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { stdio: 'ignore', timeout: 30_000 });
  return r.status === 0;
}

export function hasCommand(cmd: string): boolean {
  return works('sh', ['-c', `command -v ${cmd}`]);
}

/** The first python3 that can import feedparser (pyenv shims may hide the system one). */
export const feedparserPython: string | null =
  ['python3', '/usr/bin/python3'].find((p) => works(p, ['-c', 'import feedparser'])) ?? null;

export const tools = {
  jing: hasCommand('jing'),
  newsboat: hasCommand('newsboat'),
  chromium: hasCommand('chromium'),
  feedparser: feedparserPython !== null,
};

/** it.skipIf argument: skip only outside CI. */
export function missing(tool: keyof typeof tools): boolean {
  return !tools[tool] && !process.env.CI;
}

export function requireTool(tool: keyof typeof tools): void {
  if (!tools[tool]) throw new Error(`${tool} is not installed (required under CI)`);
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `pactwatch-${prefix}-`));
}

/** jing's verdict on an Atom document: '' when valid, else its messages. */
export function jingErrors(xml: string): string {
  const dir = tempDir('jing');
  const file = join(dir, 'feed.xml');
  writeFileSync(file, xml, 'utf8');
  const r = spawnSync('jing', ['-c', ATOM_RNC, file], { encoding: 'utf8', timeout: 60_000 });
  if (r.status === 0) return '';
  return `${r.stdout}${r.stderr}`.split('\n').filter((l) => !l.startsWith('[warning]')).join('\n') || `jing exited ${r.status}`;
}

export interface FeedparserResult {
  bozo: number;
  bozo_exception: string | null;
  ids: string[];
  titles: string[];
  contents: string[];
  links: Array<Array<{ rel: string; href: string }>>;
  feed_links: Array<{ rel: string; href: string }>;
  feed_updated: string | null;
}

const FEEDPARSER_SCRIPT = `
import sys, json, feedparser
d = feedparser.parse(sys.argv[1])
print(json.dumps({
  "bozo": int(d.bozo),
  "bozo_exception": str(d.get("bozo_exception")) if d.bozo else None,
  "ids": [e.get("id") for e in d.entries],
  "titles": [e.get("title") for e in d.entries],
  "contents": [(e.get("content") or [{}])[0].get("value") for e in d.entries],
  "links": [[{"rel": l.get("rel"), "href": l.get("href")} for l in e.get("links", [])] for e in d.entries],
  "feed_links": [{"rel": l.get("rel"), "href": l.get("href")} for l in d.feed.get("links", [])],
  "feed_updated": d.feed.get("updated"),
}))
`;

/** Parses a file with python3-feedparser. */
export function feedparseXml(xml: string): FeedparserResult {
  if (!feedparserPython) throw new Error('feedparser is not installed');
  const file = join(tempDir('fp'), 'feed.xml');
  writeFileSync(file, xml, 'utf8');
  const r = spawnSync(feedparserPython, ['-c', FEEDPARSER_SCRIPT, file], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`feedparser failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as FeedparserResult;
}

/** Fetches and parses a URL with python3-feedparser (asynchronously: the server is in this process). */
export async function feedparseUrl(url: string): Promise<FeedparserResult> {
  if (!feedparserPython) throw new Error('feedparser is not installed');
  const r = await run(feedparserPython, ['-c', FEEDPARSER_SCRIPT, url]);
  if (r.code !== 0) throw new Error(`feedparser failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as FeedparserResult;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program without blocking the event loop: a client talking to a server in this same
 * process would hang under spawnSync. Killed after `timeoutMs`.
 */
export function run(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: opts.env ?? process.env });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    p.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const timer = setTimeout(() => p.kill('SIGKILL'), opts.timeoutMs ?? 90_000);
    p.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    p.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
