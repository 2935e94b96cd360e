// Issue 14, findings 10, 11 and 12 (the command line and the server's address): human output has
// no terminal escapes from publishers' text; import checks every record against the schema, names
// the file and line of the first bad one, streams (a 100 MB line is refused without being held)
// and leaves the store as it was; `serve` listens on 127.0.0.1 unless told otherwise; read-only
// commands read a store in a folder they may not write, and never create one.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { openStore, importStream, ImportError } from '../../src/store/index.js';
import { agreementsTable, correctionsList, feedLine, historyText } from '../../src/cli/format.js';
import { emptyReport } from '../../src/run/report.js';
import { cli, counts, oneLineError, spawnCli, tempDir } from '../faults/support.js';
import { makeWorld, rssFeed, type World } from '../helpers/world.js';

const ESC = /[\u001b\u009b\u0007]/;
const NASTY = 'Pact \u001b]0;pwned\u0007signed\u001b[2J\u009b31m \u202eevil';

let w: World;
let dir: string;
let config: string;
const url = 'http://example.test/nasty';

beforeAll(async () => {
  w = await makeWorld([{ id: 'good', name: 'Good', path: '/good.xml', fullText: false }]);
  w.news.set('/good.xml', rssFeed([{ title: 'Pact signed', link: url, content: '<p>Japan and the Philippines signed the Reciprocal Access Agreement on Monday.</p>' }]));
  await w.run();
  // A publisher's title with terminal escapes, as any stage could have stored it.
  w.store.db.prepare('UPDATE versions SET title = ?').run(NASTY);
  w.store.db.prepare('UPDATE findings SET quote = ?').run(`${NASTY} quote`);
  dir = tempDir('hostile-cli');
  config = path.join(dir, 'config.yaml');
  writeFileSync(
    config,
    stringify({ database: w.config.database, feeds: [{ id: 'good', name: 'Good', url: w.config.feeds[0]!.url }], agreements: w.config.agreements }),
  );
}, 60_000);
afterAll(() => w.close());

describe('finding 10: terminal escapes in publishers text', () => {
  it('never reach human output; JSON keeps them escaped', async () => {
    for (const args of [['history', url], ['agreement', 'jp-ph-raa'], ['agreements'], ['corrections', '--all']]) {
      const r = await cli([...args, '--config', config]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout, args.join(' ')).not.toMatch(ESC);
      expect(r.stdout).not.toContain('\u202e');
    }
    const json = await cli(['history', url, '--json', '--config', config]);
    expect(json.stdout).not.toMatch(ESC);
    expect((JSON.parse(json.stdout) as { versions: Array<{ title: string }> }).versions[0]!.title).toBe(NASTY);
  });

  it('are stripped by every human formatter, ingest lines included', () => {
    const report = { ...emptyReport('x'), warnings: [`item 1 ("${NASTY}"): unparseable date`] };
    expect(feedLine(report)).not.toMatch(ESC);
    expect(feedLine({ ...report, status: 'error', error: NASTY })).not.toMatch(ESC);
    expect(agreementsTable([{ id: 'a', name: NASTY, parties: [], status: null, since: null, timeline: [] }])).not.toMatch(ESC);
    const c = { url, feed: 'f', title: NASTY, kind: 'correction' as const, note: NASTY, detectedAt: '2024-07-08T00:00:00Z', removed: [NASTY], added: [], fromVersion: 1, toVersion: 2 };
    expect(correctionsList([c])).not.toMatch(ESC);
    expect(historyText({ url, feed: 'f', versions: [{ n: 1, seenAt: 'x', title: NASTY, hash: 'h' }], changes: [] }, new Map())).not.toMatch(ESC);
  });
});

describe('finding 11: import', () => {
  let exported: string;
  beforeAll(async () => {
    exported = path.join(dir, 'export.jsonl');
    const r = await cli(['export', '--config', config, '--out', exported]);
    expect(r.code, r.stderr).toBe(0);
  });

  function emptyStoreConfig(name: string): { config: string; db: string } {
    const db = path.join(dir, `${name}.db`);
    const file = path.join(dir, `${name}.yaml`);
    writeFileSync(file, stringify({ database: db, agreements: w.config.agreements }));
    return { config: file, db };
  }

  function tampered(name: string, edit: (lines: string[]) => void): string {
    const lines = readFileSync(exported, 'utf8').split('\n');
    edit(lines);
    const file = path.join(dir, name);
    writeFileSync(file, lines.join('\n'));
    return file;
  }

  const lineOf = (lines: string[], table: string) => lines.findIndex((l) => l.startsWith(`{"table":"${table}"`));

  it.each([
    ['a finding with an unknown status', 'findings', (row: Record<string, unknown>) => (row.status = 'bogus'), /findings\.status/],
    ['a finding dated 275760', 'findings', (row: Record<string, unknown>) => (row.date = '275760-09-08'), /findings\.date/],
    ['an update whose payload lacks its article', 'updates', (row: Record<string, unknown>) => (row.payload = JSON.stringify({ kind: (JSON.parse(row.payload as string) as { kind: string }).kind })), /updates\.payload/],
    ['a version whose paragraphs are not a list', 'versions', (row: Record<string, unknown>) => (row.paragraphs = '{"a":1}'), /versions\.paragraphs/],
    ['a row with an unknown column', 'articles', (row: Record<string, unknown>) => (row.evil = 1), /unknown column "evil"/],
    ['an article without its url', 'articles', (row: Record<string, unknown>) => delete row.url, /articles\.url: missing/],
  ])('refuses %s: one line naming the file and the line; the store unchanged', async (_what, table, edit, message) => {
    let bad = 0;
    const file = tampered(`bad-${table}-${String(message).replace(/\W/g, '')}.jsonl`, (lines) => {
      bad = lineOf(lines, table);
      const rec = JSON.parse(lines[bad]!) as { table: string; row: Record<string, unknown> };
      edit(rec.row);
      lines[bad] = JSON.stringify(rec);
    });
    const target = emptyStoreConfig(`t-${table}-${String(message).replace(/\W/g, '')}`);
    const r = await cli(['import', file, '--config', target.config]);
    expect(r.code).toBe(1);
    const line = oneLineError(r.stderr);
    expect(line).toContain(file);
    expect(line).toContain(`line ${bad + 1}:`);
    expect(line).toMatch(message);
    expect(counts(target.db)).toEqual({ articles: 0, versions: 0, updates: 0 });
    // The failed import left the store as it was: the good export still goes in.
    const good = await cli(['import', exported, '--config', target.config]);
    expect(good.code, good.stderr).toBe(0);
  });

  it('refuses a 100 MB line as soon as it is too long, without holding it', async () => {
    const store = openStore(path.join(dir, 'stream.db'));
    let pulled = 0;
    async function* hundredMegabytes(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"pactwatch":"export","schema":1}\n{"table":"meta","row":{"key":"x","value":"');
      const chunk = Buffer.alloc(1 << 20, 'a');
      for (let i = 0; i < 100; i++) {
        pulled += chunk.length;
        yield chunk;
      }
    }
    const heap = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const t = performance.now();
    await expect(importStream(store.backend, hundredMegabytes(), 32_000_000)).rejects.toThrow(ImportError);
    const ms = performance.now() - t;
    const grew = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - heap;
    console.log(`finding 11: 100 MB line refused after reading ${(pulled / 1e6).toFixed(0)} MB, in ${ms.toFixed(0)} ms`);
    expect(pulled).toBeLessThan(40_000_000);
    expect(grew).toBeLessThan(80_000_000);
    expect((store.db.prepare('SELECT COUNT(*) AS c FROM meta').get() as { c: number }).c).toBe(1); // only its own instance id
    store.close();
  });

  it('through the command line, a 100 MB line is one line of error, exit 1', async () => {
    const file = path.join(dir, 'huge.jsonl');
    const out = createWriteStream(file);
    out.write('{"pactwatch":"export","schema":1}\n{"table":"meta","row":{"key":"x","value":"');
    const chunk = 'a'.repeat(1 << 20);
    for (let i = 0; i < 100; i++) if (!out.write(chunk)) await once(out, 'drain');
    out.end('"}}\n');
    await once(out, 'finish');
    const target = emptyStoreConfig('huge');
    const t = performance.now();
    const r = await cli(['import', file, '--config', target.config]);
    console.log(`finding 11: CLI import of a 100 MB line: ${(performance.now() - t).toFixed(0)} ms`);
    expect(r.code).toBe(1);
    expect(oneLineError(r.stderr)).toMatch(/line 2: longer than 32000000 bytes \(limits\.importLineBytes\)/);
    expect(counts(target.db).articles).toBe(0);
  }, 60_000);
});

describe('finding 12: where the server listens, and reading a store one may not write', () => {
  it('serve listens on 127.0.0.1 by default, and on --host when given', async () => {
    for (const extra of [[], ['--host', '127.0.0.1']]) {
      const child = spawnCli(['serve', '--port', '0', '--config', config, ...extra]);
      const deadline = Date.now() + 15_000;
      while (!/serving on/.test(child.out.stdout) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const m = /serving on http:\/\/([^:/]+):(\d+)\//.exec(child.out.stdout);
      expect(m?.[1], child.out.stdout + child.out.stderr).toBe('127.0.0.1');
      expect((await fetch(`http://127.0.0.1:${m![2]}/healthz`)).status).toBe(200);
      child.kill('SIGTERM');
      await once(child, 'close');
    }
  }, 40_000);

  it('a bad --host is one line, exit 1', async () => {
    const r = await cli(['serve', '--port', '0', '--host', '203.0.113.7', '--config', config]);
    expect(r.code).toBe(1);
    expect(oneLineError(r.stderr)).toMatch(/cannot listen on 203\.0\.113\.7/);
  });

  it('read-only commands say there is no store yet, and create none', async () => {
    const missing = path.join(dir, 'nothing-here', 'store.db');
    const file = path.join(dir, 'missing.yaml');
    writeFileSync(file, stringify({ database: missing, agreements: w.config.agreements }));
    const r = await cli(['agreements', '--config', file]);
    expect(r.code).toBe(1);
    expect(oneLineError(r.stderr)).toMatch(/no store here yet/);
    expect(() => readFileSync(missing)).toThrow();
  });

  const isRoot = process.getuid?.() === 0;
  const setpriv = isRoot && (() => {
    try {
      execFileSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!setpriv)('read-only commands read a store in a folder they may not write', async () => {
    const folder = path.join(dir, 'readonly-folder');
    mkdirSync(folder);
    const db = path.join(folder, 'store.db');
    const file = path.join(folder, 'config.yaml');
    writeFileSync(file, stringify({ database: db, feeds: [{ id: 'good', name: 'Good', url: w.config.feeds[0]!.url }], agreements: w.config.agreements }));
    const first = await cli(['ingest', '--config', file]);
    expect(first.code, first.stderr).toBe(0);
    chmodSync(dir, 0o755);
    chmodSync(folder, 0o755);
    chmodSync(db, 0o644);
    chmodSync(file, 0o644);
    for (const args of [['agreements', '--json'], ['agreement', 'jp-ph-raa'], ['corrections', '--json'], ['history', url, '--json'], ['feed']]) {
      const r = await cli([...args, '--config', file], { asUser: 65534 });
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
  }, 60_000);
});
