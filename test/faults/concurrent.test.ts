// Issue 9: two `pactwatch ingest` processes started at once on one store (a cron job and a user at
// the same minute). One holds the run lease, the other waits for it (`--wait`) and then finds
// nothing left to do: the store ends up exactly as after a single run. Both start on a store file
// that does not exist yet, so they also race to create it and its schema.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewsServer } from '../helpers/news-server.js';
import { article, cli, exited, integrity, publish, snapshot, spawnCli, tempDir, writeConfig } from './support.js';

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

describe('two ingest runs at once on one store', () => {
  it('gives the same store as one run; one process waits on the lease', async () => {
    const stories = Array.from({ length: 8 }, (_, i) => article(i));
    publish(news, '/wire.xml', stories, () => delayMs);
    const feeds = [{ id: 'wire', url: news.url('/wire.xml') }];
    const sharedDb = path.join(dir, 'shared.db');
    const sharedConfig = writeConfig(dir, { database: sharedDb, feeds }, 'shared.yaml');
    const singleConfig = writeConfig(dir, { database: path.join(dir, 'single.db'), feeds }, 'single.yaml');

    // The reference: one run alone.
    const single = await cli(['ingest', '--config', singleConfig]);
    expect(single.code, single.stderr).toBe(0);
    const expected = snapshot(path.join(dir, 'single.db'));
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
