// `pactwatch run` as a service: it polls at start-up, serves the pages and feeds, and on SIGTERM
// finishes its write, closes the store and exits 0 — through the built binary.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleServer, SNAPSHOTS } from '../../src/demo/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let news: http.Server;
let base: string;

beforeAll(async () => {
  news = sampleServer(() => SNAPSHOTS[2]!);
  await new Promise<void>((r) => news.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(news.address() as AddressInfo).port}`;
});
afterAll(() => news?.close());

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

describe('pactwatch run', () => {
  it('polls at start-up, serves, and exits 0 on SIGTERM with the store closed and whole', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pactwatch-service-'));
    const port = await freePort();
    const config = path.join(dir, 'config.yaml');
    const db = path.join(dir, 'p.db');
    writeFileSync(
      config,
      `database: ${db}
schedule: "0 0 1 1 *"
server: { port: ${port}, baseUrl: "http://localhost:${port}" }
agreementsFile: ${path.join(root, 'config/agreements.yaml')}
feeds:
  - { id: bloomberg-politics, name: Bloomberg, url: "${base}/feeds/bloomberg-politics.xml", fullText: true }
`,
    );
    const child = spawn(process.execPath, [path.join(root, 'dist/src/cli/main.js'), 'run', '--config', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));

    // The first poll runs at start-up: wait for its line, then for the server's answers.
    const deadline = Date.now() + 20_000;
    while (!/run finished/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(out).toMatch(/feed bloomberg-politics: ok/);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect((await health.text()).trim()).toMatch(/^ok; last run finished \d{4}-\d\d-\d\dT[\d:.]+Z \(1 feed, [\d.]+ s\)$/);
    const feed = await fetch(`http://127.0.0.1:${port}/feed.atom`);
    expect(feed.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(await feed.text()).toContain('Reciprocal Access Agreement');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Logs are JSON lines when stdout is not a terminal, one per feed per run.
    const lines = out.split('\n').filter((l) => l.startsWith('{'));
    expect(lines.some((l) => (JSON.parse(l) as { feed?: string }).feed === 'bloomberg-politics')).toBe(true);
    const store = new Database(db, { readonly: true });
    expect((store.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check).toBe('ok');
    expect((store.prepare('SELECT COUNT(*) AS c FROM articles').get() as { c: number }).c).toBe(2);
    store.close();
  }, 40_000);
});
