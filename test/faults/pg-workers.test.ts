// Issue 18: many workers on one PostgreSQL store. Three `pactwatch worker` processes share 200
// feeds: in each round every feed is polled exactly once (its feed URL requested once, by one of
// them), no article gets a version twice, and each agreement's status is published once. (A worker
// killed mid-round: killed-worker.test.ts, on both backends.)
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { NewsServer } from '../helpers/news-server.js';
import { PG_SKIP, PG_SKIP_NOTE, pgDatabase } from '../helpers/pg-cluster.js';
import { rssFeed } from '../helpers/world.js';
import { article, corrected, exited, spawnCli, tempDir, writeConfig, type NewsArticle } from './support.js';

const FEEDS = 200;
const WORKERS = 3;
/** Four publishers (hosts), so the workers' host leases let several fetches run at once. */
const HOSTS = 4;

let servers: NewsServer[] = [];
let dir: string;

beforeAll(async () => {
  servers = await Promise.all(Array.from({ length: HOSTS }, () => new NewsServer().start()));
  dir = tempDir('pg-workers');
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(dir, { recursive: true, force: true });
});

const serverOf = (i: number) => servers[i % HOSTS]!;
const feedPath = (i: number) => `/feeds/${i}.xml`;

/** Feed i carries one story of its own, its text in the feed (no page fetch). */
function story(i: number, fix: boolean): NewsArticle {
  const a = article(i);
  return fix && i % 10 === 0 ? corrected(a) : a;
}

function serve(fix: boolean): void {
  for (let i = 0; i < FEEDS; i++) {
    const a = story(i, fix);
    const s = serverOf(i);
    s.set(feedPath(i), {
      body: rssFeed([{ title: a.title, link: s.url(a.path), guid: s.url(a.path), date: new Date(a.publishedAt).toUTCString(), content: a.paragraphs.map((p) => `<p>${p}</p>`).join('') }]),
      headers: { 'Content-Type': 'application/rss+xml' },
    });
  }
}

const feedHits = () => Array.from({ length: FEEDS }, (_, i) => serverOf(i).count(feedPath(i)));

/** Starts the workers, waits until each has finished its first run, and stops them. */
async function round(config: string): Promise<void> {
  await roundWith(config, WORKERS);
}

async function roundWith(config: string, n: number): Promise<void> {
  const workers = Array.from({ length: n }, () => spawnCli(['worker', '--config', config]));
  const deadline = Date.now() + 150_000;
  while (!workers.every((w) => /run finished/.test(w.out.stdout + w.out.stderr))) {
    if (Date.now() > deadline) throw new Error(`workers did not finish:\n${workers.map((w) => w.out.stderr.slice(-500)).join('\n')}`);
    if (workers.some((w) => w.exitCode !== null)) throw new Error(`a worker exited:\n${workers.map((w) => w.out.stderr).join('\n')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  for (const w of workers) w.kill('SIGTERM');
  for (const r of await Promise.all(workers.map(exited))) expect(r.code, r.stderr).toBe(0);
}

describe.skipIf(PG_SKIP)(`${WORKERS} workers, ${FEEDS} feeds, one PostgreSQL store${PG_SKIP ? ` (${PG_SKIP_NOTE})` : ''}`, () => {
  it('polls every feed exactly once per round, with no double versions', { timeout: 400_000 }, async () => {
    const url = pgDatabase('workers')!;
    const feeds = Array.from({ length: FEEDS }, (_, i) => ({ id: `f${i}`, url: serverOf(i).url(feedPath(i)), fullText: false }));
    // A yearly schedule: the workers' first poll is the round up to its next firing, which all
    // three share; the second set of workers runs under another schedule, hence another round.
    const first = writeConfig(dir, { database: url, feeds, schedule: '0 0 1 1 *' }, 'first.yaml');
    const second = writeConfig(dir, { database: url, feeds, schedule: '0 0 2 1 *' }, 'second.yaml');

    serve(false);
    await round(first);
    expect(feedHits()).toEqual(Array(FEEDS).fill(1));

    // Every tenth story is corrected; a new round polls each feed once more and records one new
    // version of each corrected story, and nothing else.
    serve(true);
    await round(second);
    expect(feedHits()).toEqual(Array(FEEDS).fill(2));

    const store = openStore(url);
    try {
      const versions = store.db.prepare('SELECT a.key, COUNT(*) AS n FROM versions v JOIN articles a ON a.id = v.article_id GROUP BY a.key').all() as Array<{ key: string; n: number }>;
      expect(versions).toHaveLength(FEEDS);
      expect(versions.filter((v) => v.n === 2)).toHaveLength(FEEDS / 10);
      expect(versions.every((v) => v.n <= 2)).toBe(true);
      // Each status change of an agreement is published once: no two consecutive status updates
      // of one agreement say the same.
      const status = store.db.prepare(`SELECT payload FROM updates WHERE kind = 'status' ORDER BY seq`).all() as Array<{ payload: string }>;
      const last = new Map<string, string>();
      for (const { payload } of status) {
        const p = JSON.parse(payload) as { agreementId: string; status: string; since: string };
        const said = `${p.status}@${p.since}`;
        expect(last.get(p.agreementId), `${p.agreementId} published ${said} twice`).not.toBe(said);
        last.set(p.agreementId, said);
      }
      expect(status.length).toBeGreaterThan(0);
      expect(store.agreements.pending()).toEqual([]);
      const corrections = store.db.prepare(`SELECT COUNT(*) AS c FROM updates WHERE kind = 'correction'`).get() as { c: number };
      expect(corrections.c).toBe(FEEDS / 10);
    } finally {
      store.close();
    }
  });
});
