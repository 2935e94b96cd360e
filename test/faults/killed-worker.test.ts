// Issue 18: a worker killed (kill -9) in the middle of a run, holding its leases. The next worker
// takes them over at once, not when they would expire: on SQLite the store's run lease (its
// holder's process is gone); on PostgreSQL its feed claims and its host leases, which are tied to
// its database session (PostgreSQL drops the session's lock with the connection). The config sets
// lifetimes far longer than the test may take (claims 10 minutes, host leases a 60 s request
// timeout + 30 s) and one request per host at a time (fetch.perHost: 1, so a lease the dead worker
// left would stop every request to its host), so only a prompt takeover passes. Each feed's story
// is stored once.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND, ON_PG, readStore, testDatabase } from '../helpers/backend.js';
import { NewsServer } from '../helpers/news-server.js';
import { rssFeed } from '../helpers/world.js';
import { article, exited, spawnCli, tempDir, writeConfig } from './support.js';

/** Four publishers (hosts): the worker holds host leases on each when it is killed. */
const HOSTS = 4;
const N = 24;

let servers: NewsServer[] = [];
let dir: string;

beforeAll(async () => {
  servers = await Promise.all(Array.from({ length: HOSTS }, () => new NewsServer().start()));
  dir = tempDir('killed-worker');
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});

const serverOf = (i: number) => servers[i % HOSTS]!;
const feedPath = (i: number) => `/slow/${i}.xml`;

describe(`a worker killed while holding its leases (${BACKEND})`, () => {
  it('the next worker takes its feeds and hosts over at once, and stores each story once', { timeout: 200_000 }, async () => {
    for (let i = 0; i < N; i++) {
      const a = article(1000 + i);
      const s = serverOf(i);
      const body = rssFeed([{ title: a.title, link: s.url(a.path), guid: s.url(a.path), date: new Date(a.publishedAt).toUTCString(), content: a.paragraphs.map((p) => `<p>${p}</p>`).join('') }]);
      // Slow answers: the first worker is killed with requests (and their host leases) in flight.
      s.set(feedPath(i), { handler: (_req, res) => setTimeout(() => res.writeHead(200, { 'Content-Type': 'application/rss+xml' }).end(body), 400) });
    }
    const hits = () => Array.from({ length: N }, (_, i) => serverOf(i).count(feedPath(i)));
    const feeds = Array.from({ length: N }, (_, i) => ({ id: `s${i}`, url: serverOf(i).url(feedPath(i)), fullText: false }));
    const database = testDatabase(dir, 'killed');
    const config = writeConfig(dir, { database, feeds, schedule: '0 0 3 1 *', timeoutSeconds: 60, claimSeconds: 600, perHost: 1 }, 'killed.yaml');

    const a = spawnCli(['worker', '--config', config]);
    const deadline = Date.now() + 120_000;
    while (hits().filter((h) => h > 0).length < N / 4) {
      if (Date.now() > deadline || a.exitCode !== null) throw new Error(`the first worker did not get going:\n${a.out.stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    a.kill('SIGKILL');
    await exited(a);
    const before = hits();
    expect(before.filter((h) => h > 0).length).toBeLessThan(N);

    // The next worker, same round: its first run ends long before any lease would have expired.
    const started = Date.now();
    const b = spawnCli(['worker', '--config', config]);
    while (!/run (finished|skipped)/.test(b.out.stdout + b.out.stderr)) {
      if (Date.now() - started > 150_000 || b.exitCode !== null) throw new Error(`the second worker did not finish:\n${b.out.stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const tookMs = Date.now() - started;
    b.kill('SIGTERM');
    const rb = await exited(b);
    expect(rb.code, rb.stderr).toBe(0);
    expect(rb.stdout + rb.stderr).toMatch(/run finished/);
    expect(tookMs).toBeLessThan(45_000);

    const after = hits();
    expect(after.every((h) => h >= 1)).toBe(true);
    // PostgreSQL: the round goes on where the dead worker left it; only the feeds in flight when
    // it died (fetch.concurrency: 4) are polled twice. SQLite: the next run polls every feed.
    if (ON_PG) expect(after.reduce((s, h) => s + h, 0) - N).toBeLessThanOrEqual(4);
    const reader = readStore(database);
    try {
      const rows = reader.all('SELECT a.key, COUNT(*) AS n FROM versions v JOIN articles a ON a.id = v.article_id GROUP BY a.key');
      expect(rows).toHaveLength(N);
      expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
    } finally {
      reader.close();
    }
  });
});
