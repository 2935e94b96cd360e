// Issue 9: two `pactwatch ingest` processes started at once on one store (a cron job and a user at
// the same minute). One holds the run lease, the other waits for it (`--wait`) and then finds
// nothing left to do: the store ends up exactly as after a single run. Both start on a store that
// has no schema yet, so they also race to create it.
// Issue 18: three `pactwatch worker` processes started at once share the feeds (PostgreSQL: each
// feed claimed by one of them; SQLite: one runs, the others skip) and never double-write: the store
// holds what one run records, each update once, entry ids unique. On SQLite, or on PostgreSQL with
// PACTWATCH_TEST_BACKEND=postgres.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, ON_PG, testDatabase } from '../helpers/backend.js';
import { NewsServer } from '../helpers/news-server.js';
import { article, atomEntries, cli, exited, expectSameHistory, integrity, publish, snapshot, spawnCli, tempDir, writeConfig } from './support.js';

let news: NewsServer;
let dir: string;
let delayMs = 0;

beforeAll(async () => {
  news = await new NewsServer().start();
  dir = tempDir('concurrent');
});
afterAll(async () => {
  await news?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe(`two ingest runs at once on one store (${BACKEND})`, () => {
  it('gives the same store as one run; one process waits on the lease', { timeout: 120_000 }, async () => {
    delayMs = 0;
    const stories = Array.from({ length: 8 }, (_, i) => article(i));
    publish(news, '/wire.xml', stories, () => delayMs);
    const feeds = [{ id: 'wire', url: news.url('/wire.xml') }];
    const sharedDb = testDatabase(dir, 'shared');
    const singleDb = testDatabase(dir, 'single');
    const sharedConfig = writeConfig(dir, { database: sharedDb, feeds }, 'shared.yaml');
    const singleConfig = writeConfig(dir, { database: singleDb, feeds }, 'single.yaml');

    // The reference: one run alone.
    const single = await cli(['ingest', '--config', singleConfig]);
    expect(single.code, single.stderr).toBe(0);
    const expected = snapshot(singleDb);
    expect(expected.versions.length).toBe(8);

    // Slow pages keep the first run going while the second one starts.
    delayMs = 150;
    const a = spawnCli(['ingest', '--config', sharedConfig, '--wait', '60']);
    const b = spawnCli(['ingest', '--config', sharedConfig, '--wait', '60']);
    const [ra, rb] = await Promise.all([exited(a), exited(b)]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);

    const waited = [ra, rb].filter((r) => /another ingest is running .*waiting/.test(r.stderr));
    expect(waited).toHaveLength(1);
    // The one that waited found the feed already stored: nothing new for it.
    expect(waited[0]!.stdout).toMatch(/0 new articles, 0 new versions/);

    expect(snapshot(sharedDb)).toEqual(expected);
    expect(integrity(sharedDb)).toBe('ok');
  });
});

const WORKERS = 3;

describe(`${WORKERS} workers started at once on one store (${BACKEND})`, () => {
  it('record what one run records: no feed twice, no version twice, every entry id once', { timeout: 180_000 }, async () => {
    delayMs = 200;
    // Six feeds of four stories each, so three workers on PostgreSQL each have feeds to claim.
    const feeds = Array.from({ length: 6 }, (_, f) => {
      publish(news, `/desk-${f}.xml`, Array.from({ length: 4 }, (_, i) => article(100 + f * 4 + i)), () => delayMs);
      return { id: `desk-${f}`, url: news.url(`/desk-${f}.xml`) };
    });
    const singleDb = testDatabase(dir, 'one-run');
    const sharedDb = testDatabase(dir, 'workers');
    const singleConfig = writeConfig(dir, { database: singleDb, feeds }, 'one-run.yaml');
    // A yearly schedule: the workers' first polls all belong to one round.
    const sharedConfig = writeConfig(dir, { database: sharedDb, feeds, schedule: '0 0 1 1 *' }, 'workers.yaml');

    const single = await cli(['ingest', '--config', singleConfig]);
    expect(single.code, single.stderr).toBe(0);
    const expected = snapshot(singleDb);
    expect(expected.versions.length).toBe(24);
    const hitsBefore = feeds.map((f) => news.count(`/${f.id}.xml`));

    const workers = Array.from({ length: WORKERS }, () => spawnCli(['worker', '--config', sharedConfig]));
    const deadline = Date.now() + 150_000;
    // Each worker's first poll ends in "run finished" (SQLite: one of them; the others "run skipped").
    while (!workers.every((w) => /run (finished|skipped)/.test(w.out.stdout + w.out.stderr))) {
      if (Date.now() > deadline) throw new Error(`workers did not finish:\n${workers.map((w) => w.out.stderr.slice(-500)).join('\n')}`);
      if (workers.some((w) => w.exitCode !== null)) throw new Error(`a worker exited:\n${workers.map((w) => w.out.stderr).join('\n')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    for (const w of workers) w.kill('SIGTERM');
    for (const r of await Promise.all(workers.map(exited))) expect(r.code, r.stderr).toBe(0);
    const polls = feeds.map((f, i) => news.count(`/${f.id}.xml`) - hitsBefore[i]!);
    if (ON_PG) {
      // The workers share the round: each feed polled once, by whichever worker claimed it.
      expect(workers.filter((w) => /run finished/.test(w.out.stdout + w.out.stderr))).toHaveLength(WORKERS);
      expect(polls).toEqual(feeds.map(() => 1));
    } else {
      // The store lease lets one worker run at a time; the others skip (or, started after it
      // finished, poll again and find nothing new).
      expect(workers.some((w) => /run skipped: another ingest is running/.test(w.out.stdout + w.out.stderr))).toBe(true);
      expect(polls.every((n) => n >= 1)).toBe(true);
    }
    expectSameHistory(snapshot(sharedDb), expected);
    expect(integrity(sharedDb)).toBe('ok');
    const out = await cli(['feed', '--config', sharedConfig]);
    expect(out.code, out.stderr).toBe(0);
    const entries = atomEntries(out.stdout);
    expect(entries.length).toBe(snapshot(sharedDb).updates.length);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });
});
