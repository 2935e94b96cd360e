// Issue 9: `kill -9` in the middle of an ingest run. The CLI is spawned for real and killed with
// SIGKILL once some articles of the run are committed (the test watches the store read-only). What
// was committed stays, a rerun completes the rest, and the store and the published feed end up as
// after one clean run of the same news on a fresh store: nothing lost, nothing doubled (status
// updates may differ only in an intermediate step, see expectSameHistory). On SQLite, or on
// PostgreSQL with PACTWATCH_TEST_BACKEND=postgres (issue 18).
//
// Two rounds of news: round 1 (stored by a normal run), then round 2 adds new stories and corrects
// some round-1 pages, so the killed run is cut off among new articles, new versions, findings,
// status changes and correction updates. Pages answer slowly in round 2 so the kill lands mid-run.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, copyStore, ON_PG, testDatabase } from '../helpers/backend.js';
import { NewsServer } from '../helpers/news-server.js';
import {
  article,
  atomEntries,
  cli,
  corrected,
  counts,
  exited,
  expectSameHistory,
  integrity,
  publish,
  sleep,
  snapshot,
  spawnCli,
  tempDir,
  writeConfig,
} from './support.js';

interface Update {
  kind: string;
}

let news: NewsServer;
let dir: string;
let delayMs = 0;

beforeAll(async () => {
  news = await new NewsServer().start();
  dir = tempDir('crash');
});
afterAll(async () => {
  await news?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const round1 = Array.from({ length: 5 }, (_, i) => article(i));
// Newest first, as feeds list them: eight new stories above the old ones, three old ones corrected.
const round2 = [
  ...Array.from({ length: 8 }, (_, i) => article(12 - i)),
  ...round1.map((a, i) => (i < 3 ? corrected(a) : a)),
];

describe(`kill -9 during an ingest run (${BACKEND})`, () => {
  it('keeps what was committed, and a rerun completes the rest without doubles', { timeout: 120_000 }, async () => {
    const crashedDb = testDatabase(dir, 'crashed');
    const feeds = [{ id: 'wire', url: news.url('/wire.xml') }];
    const crashedConfig = writeConfig(dir, { database: crashedDb, feeds }, 'crashed.yaml');

    // Round 1 once, then the same store copied: both stores start from the same history.
    publish(news, '/wire.xml', round1, () => delayMs);
    const first = await cli(['ingest', '--config', crashedConfig]);
    expect(first.code, first.stderr).toBe(0);
    if (!ON_PG) expect(existsSync(`${crashedDb}-wal`)).toBe(false); // closed cleanly: one self-contained file
    const cleanDb = copyStore(crashedDb, dir, 'clean');
    const cleanConfig = writeConfig(dir, { database: cleanDb, feeds }, 'clean.yaml');
    const before = counts(crashedDb);

    // Round 2, clean: one uninterrupted run.
    publish(news, '/wire.xml', round2, () => delayMs);
    const clean = await cli(['ingest', '--config', cleanConfig]);
    expect(clean.code, clean.stderr).toBe(0);
    const final = counts(cleanDb);
    expect(final.updates).toBeGreaterThan(before.updates);
    const expected = snapshot(cleanDb);
    // The news exercises what a crash could double: new articles, versions, corrections, statuses.
    const kinds = (expected.updates as Array<{ kind: string }>).map((u) => u.kind);
    expect(kinds).toContain('status');
    expect(kinds).toContain('correction');
    expect(final.versions - before.versions).toBeGreaterThanOrEqual(11);

    // Round 2, killed: slow pages, SIGKILL once at least three new versions are committed.
    delayMs = 250;
    const child = spawnCli(['ingest', '--config', crashedConfig]);
    let atKill = before;
    for (;;) {
      await sleep(40);
      atKill = counts(crashedDb);
      if (atKill.versions >= before.versions + 3) break;
      if (child.exitCode !== null) throw new Error(`the run ended before the kill: ${child.out.stderr}`);
    }
    child.kill('SIGKILL');
    const killed = await exited(child);
    expect(killed.signal).toBe('SIGKILL');
    delayMs = 0;

    // What was committed stays; the store is whole; the run really was cut off.
    const afterKill = counts(crashedDb);
    expect(afterKill.versions).toBeGreaterThanOrEqual(atKill.versions);
    expect(afterKill.versions).toBeLessThan(final.versions);
    expect(integrity(crashedDb)).toBe('ok');

    // The rerun does not wait for the dead process's lease, and completes the rest.
    const rerun = await cli(['ingest', '--config', crashedConfig, '--wait', '10']);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stderr).not.toMatch(/another ingest is running/);
    const got = snapshot(crashedDb);
    const gotUpdates = got.updates;
    const expectedUpdates = expected.updates;
    expectSameHistory(got, expected);
    expect(integrity(crashedDb)).toBe('ok');

    // The published feed: every update once (no gaps, no repeats), unique entry ids, and the same
    // entries about articles as the clean run.
    const outA = path.join(dir, 'crashed.atom');
    const outB = path.join(dir, 'clean.atom');
    expect((await cli(['feed', '--config', crashedConfig, '--out', outA])).code).toBe(0);
    expect((await cli(['feed', '--config', cleanConfig, '--out', outB])).code).toBe(0);
    const entriesA = atomEntries(readFileSync(outA, 'utf8'));
    const entriesB = atomEntries(readFileSync(outB, 'utf8'));
    expect(entriesA.length).toBe(gotUpdates.length);
    expect(new Set(entriesA.map((e) => e.id)).size).toBe(entriesA.length);
    const nonStatus = (entries: Array<{ title: string }>, updates: unknown[]) =>
      entries.filter((_, i) => (updates as Update[])[updates.length - 1 - i]!.kind !== 'status').map((e) => e.title).sort();
    expect(nonStatus(entriesA, gotUpdates)).toEqual(nonStatus(entriesB, expectedUpdates));
  });
});
