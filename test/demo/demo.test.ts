// `pactwatch demo`: the sample news replays into the story it tells: RAA proposed → agreed →
// signed → in force, the ACSA signed, two corrections, and no page "taken down".
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDemo } from '../../src/demo/index.js';
import { loadBundledConfig, loadConfig } from '../../src/config/index.js';
import { openStore, openStoreForReading } from '../../src/store/index.js';
import { createRunContext } from '../../src/run/index.js';
import { agreementJson, agreementsJson, correctionsJson, readContext } from '../../src/query/index.js';

describe('the demo', () => {
  it('replays the sample news into the expected timelines and corrections', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pactwatch-demo-test-'));
    const lines: string[] = [];
    const { database } = await runDemo({ port: 0, serve: false, dir, out: (l) => lines.push(l) });
    expect(lines[0]).toMatch(/Replaying 6 snapshots/);
    const store = openStore(database);
    const ctx = createRunContext({ ...loadBundledConfig(), database }, store);
    const raa = agreementJson(ctx, 'jp-ph-raa')!;
    expect(raa.timeline.map((e) => `${e.status} ${e.date}`)).toEqual(['proposed 2023-10-18', 'agreed 2024-07-07', 'signed 2024-07-08', 'in-force 2025-09']);
    const acsa = agreementJson(ctx, 'jp-ph-acsa')!;
    expect(acsa).toMatchObject({ status: 'signed', since: '2026-01-15' });
    // the corrected date (May → April) replaced the wrong one
    expect(acsa.timeline.map((e) => `${e.status} ${e.date}`)).toContain('negotiating 2025-04');
    expect(acsa.timeline.map((e) => `${e.status} ${e.date}`)).not.toContain('negotiating 2025-05');
    const corrections = correctionsJson(ctx);
    expect(corrections.map((c) => c.removed)).toEqual([['May'], ['century-old']]);
    const kinds = store.updates.list({ kind: 'all' }, null, 100).map((u) => u.payload.kind);
    expect(kinds).not.toContain('taken-down');
    store.close();
  });
});

describe('the demo is not a dead end (issue 16, point 7)', () => {
  const demoDirs = () => readdirSync(tmpdir()).filter((d) => d.startsWith('pactwatch-demo-')).sort();

  it('prints a config the CLI reads its store with, and removes its temporary store when stopped', async () => {
    const lines: string[] = [];
    const demo = await runDemo({ port: 0, serve: true, out: (l) => lines.push(l) });
    try {
      expect(lines.join('\n')).toContain(`npx pactwatch agreements --config ${demo.configFile}`);
      // What the CLI does with that line: load the config, open the store read-only.
      const config = loadConfig(demo.configFile, '/');
      expect(config.database).toBe(demo.database);
      const store = openStoreForReading(config.database);
      const raa = agreementsJson(readContext(config, store)).find((a) => a.id === 'jp-ph-raa')!;
      store.close();
      expect(raa.status).toBe('in-force');
      const port = (demo.server!.address() as AddressInfo).port;
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      demo.stop();
    }
    expect(existsSync(path.dirname(demo.database))).toBe(false);
  }, 60_000);

  it('--no-serve leaves nothing behind unless --keep', async () => {
    const before = demoDirs();
    const gone = await runDemo({ port: 0, serve: false, out: () => {} });
    expect(existsSync(gone.database)).toBe(false);
    expect(demoDirs()).toEqual(before);
    const kept = await runDemo({ port: 0, serve: false, keep: true, out: () => {} });
    expect(existsSync(kept.database) && existsSync(kept.configFile)).toBe(true);
  }, 60_000);

  it('a port in use is one line before any replay, and leaves no temporary store', async () => {
    const taken = http.createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = (taken.address() as AddressInfo).port;
    const before = demoDirs();
    const lines: string[] = [];
    try {
      await expect(runDemo({ port, serve: true, out: (l) => lines.push(l) })).rejects.toThrow(new RegExp(`^port ${port} is already in use \\(use --port\\)$`));
    } finally {
      taken.close();
    }
    expect(lines).toEqual([]);
    expect(demoDirs()).toEqual(before);
  });
});
