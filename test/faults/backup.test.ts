// Issue 9: `pactwatch export` and `pactwatch import` round-trip a real history exactly. A store is
// filled by two real ingest runs (new articles, status changes, then corrected pages), exported,
// imported into an empty store and exported again: the two exports are identical byte for byte.
// Importing into a store that already holds history is refused with one line and exit code 1.
// On SQLite, or on PostgreSQL with PACTWATCH_TEST_BACKEND=postgres (between the two backends:
// test/store/pg-store).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, testDatabase } from '../helpers/backend.js';
import { NewsServer } from '../helpers/news-server.js';
import { article, cli, corrected, integrity, oneLineError, publish, snapshot, tempDir, writeConfig } from './support.js';

let news: NewsServer;
let dir: string;
let sourceConfig: string;
let sourceDb: string;
let exported: string;

let feeds: Array<{ id: string; url: string }> = [];

beforeAll(async () => {
  news = await new NewsServer().start();
  dir = tempDir('backup');
  feeds = [{ id: 'wire', url: news.url('/wire.xml') }];
  sourceDb = testDatabase(dir, 'source');
  sourceConfig = writeConfig(dir, { database: sourceDb, feeds }, 'source.yaml');
  const first = Array.from({ length: 6 }, (_, i) => article(i));
  publish(news, '/wire.xml', first);
  expect((await cli(['ingest', '--config', sourceConfig])).code).toBe(0);
  publish(news, '/wire.xml', [article(6), article(7), corrected(first[0]!), corrected(first[1]!), ...first.slice(2)]);
  expect((await cli(['ingest', '--config', sourceConfig])).code).toBe(0);
});
afterAll(async () => {
  await news?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n');

describe(`export and import (${BACKEND})`, () => {
  it('export → import into an empty store → export again: identical', async () => {
    exported = path.join(dir, 'first.jsonl');
    const out = await cli(['export', '--config', sourceConfig, '--out', exported]);
    expect(out.code, out.stderr).toBe(0);
    const records = lines(exported).slice(1, -1).map((l) => JSON.parse(l) as { table: string; row: Record<string, unknown> });
    const tables = new Set(records.map((r) => r.table));
    for (const t of ['articles', 'versions', 'changes', 'findings', 'agreement_state', 'updates']) expect(tables).toContain(t);
    const kinds = records.filter((r) => r.table === 'updates').map((r) => r.row.kind);
    expect(kinds).toContain('status');
    expect(kinds).toContain('correction');

    // Without --out, the same bytes on stdout.
    const stdout = await cli(['export', '--config', sourceConfig]);
    expect(stdout.stdout).toBe(readFileSync(exported, 'utf8'));

    const targetDb = testDatabase(dir, 'target');
    // The same feeds as the source: a feed's name (credited on each quote) is config, not history.
    const targetConfig = writeConfig(dir, { database: targetDb, feeds }, 'target.yaml');
    const imported = await cli(['import', exported, '--config', targetConfig]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(new RegExp(`imported ${records.length} records`));

    const again = path.join(dir, 'second.jsonl');
    expect((await cli(['export', '--config', targetConfig, '--out', again])).code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(exported, 'utf8'));
    expect(snapshot(targetDb)).toEqual(snapshot(sourceDb));
    expect(integrity(targetDb)).toBe('ok');

    // The imported store reads as the original: the same feed entries, ids included.
    const feedA = await cli(['feed', '--config', sourceConfig]);
    const feedB = await cli(['feed', '--config', targetConfig]);
    expect(feedB.stdout).toBe(feedA.stdout);
  });

  it('import into a store that holds history: one line, exit 1, store untouched', async () => {
    const before = snapshot(sourceDb);
    const r = await cli(['import', exported, '--config', sourceConfig]);
    expect(r.code).toBe(1);
    expect(oneLineError(r.stderr)).toMatch(/not empty/);
    expect(snapshot(sourceDb)).toEqual(before);
  });

  it('import of a missing or broken file: one line, exit 1', async () => {
    const config = writeConfig(dir, { database: testDatabase(dir, 'empty'), feeds: [] }, 'empty.yaml');
    const missing = await cli(['import', path.join(dir, 'nope.jsonl'), '--config', config]);
    expect(missing.code).toBe(1);
    expect(oneLineError(missing.stderr)).toMatch(/no such file/);

    const truncated = path.join(dir, 'truncated.jsonl');
    const text = readFileSync(exported, 'utf8');
    // Cut inside a line: that line is not JSON.
    const half = Math.floor(text.length / 2);
    const midLine = text.indexOf('\n', half) - 5;
    writeFileSync(truncated, text.slice(0, midLine));
    const broken = await cli(['import', truncated, '--config', config]);
    expect(broken.code).toBe(1);
    expect(oneLineError(broken.stderr)).toMatch(/not JSON/);
    // Cut between two lines: every line parses, but the end line is missing.
    writeFileSync(truncated, text.slice(0, text.indexOf('\n', half) + 1));
    const cut = await cli(['import', truncated, '--config', config]);
    expect(cut.code).toBe(1);
    expect(oneLineError(cut.stderr)).toMatch(/truncated/);
    // All or nothing: the failed import left the store empty, so a good one still goes in.
    const good = await cli(['import', exported, '--config', config]);
    expect(good.code, good.stderr).toBe(0);
  });
});
