// `pactwatch demo`: the sample news replays into the story it tells: RAA proposed → agreed →
// signed → in force, the ACSA signed, two corrections, and no page "taken down".
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDemo } from '../../src/demo/index.js';
import { loadBundledConfig } from '../../src/config/index.js';
import { openStore } from '../../src/store/index.js';
import { createRunContext } from '../../src/run/index.js';
import { agreementJson, correctionsJson } from '../../src/query/index.js';

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
