// The outside of the program (CONTRACT.md): commands, exit codes, one-line errors and JSON shapes,
// through the built `pactwatch` binary, on the demo's sample news served on 127.0.0.1.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleServer, SNAPSHOTS } from '../../src/demo/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'dist/src/cli/main.js');
const agreementsFile = path.join(root, 'config/agreements.yaml');

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function pactwatch(args: string[], env: Record<string, string> = {}): Promise<Result> {
  return pactwatchIn(process.cwd(), args, env);
}

function pactwatchIn(cwd: string, args: string[], env: Record<string, string> = {}): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let server: http.Server;
let snapshot = 0;
let dir: string;
let config: string;
let base: string;

beforeAll(async () => {
  server = sampleServer(() => SNAPSHOTS[snapshot]!);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = mkdtempSync(path.join(tmpdir(), 'pactwatch-cli-'));
  config = path.join(dir, 'config.yaml');
  writeFileSync(
    config,
    `database: ${path.join(dir, 'p.db')}
server: { port: 8080, baseUrl: "http://pactwatch.test" }
articles: { recheckForDays: 3650, minRecheckMinutes: 0 }
agreementsFile: ${agreementsFile}
feeds:
${SNAPSHOTS[0]!.feeds.map((f) => `  - { id: ${f.id}, name: "${f.name}", url: "${base}/feeds/${f.id}.xml", fullText: true }`).join('\n')}
  - { id: broken, name: Broken, url: "${base}/feeds/missing.xml" }
`,
  );
  // Replay every snapshot through the real command.
  for (snapshot = 0; snapshot < SNAPSHOTS.length; snapshot++) {
    const r = await pactwatch(['ingest', '--config', config]);
    expect(r.code, r.stderr).toBe(0);
  }
  snapshot = SNAPSHOTS.length - 1;
}, 120_000);

afterAll(() => server?.close());

describe('pactwatch (the command)', () => {
  it('ingest --json prints one object as in CONTRACT.md, exit 0 although a feed failed', async () => {
    const r = await pactwatch(['ingest', '--json', '--config', config]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { feeds: Array<Record<string, unknown>>; durationMs: number };
    expect(typeof out.durationMs).toBe('number');
    const broken = out.feeds.find((f) => f.id === 'broken')!;
    expect(broken).toMatchObject({ status: 'error', error: expect.stringMatching(/404/) });
    for (const f of out.feeds) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'status', 'items', 'newArticles', 'newVersions', 'corrections', 'statusChanges', 'error']));
      expect(['ok', 'not-modified', 'error']).toContain(f.status);
    }
  });

  it('ingest prints a line per feed', async () => {
    const r = await pactwatch(['ingest', '--feed', 'ap', '--config', config]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ap: ok: \d+ items/m);
  });

  it("feeds [--json]: each feed's last poll, status, error, failures in a row, next attempt and why", async () => {
    const r = await pactwatch(['feeds', '--json', '--config', config]);
    expect(r.code, r.stderr).toBe(0);
    const list = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(list.map((f) => f.id)).toContain('broken');
    const broken = list.find((f) => f.id === 'broken')!;
    expect(broken).toMatchObject({ status: 'error', error: expect.stringMatching(/404/), lastOkAt: null, nextAttemptWhy: expect.stringMatching(/^backing off after \d+ failures in a row/) });
    expect(broken.failuresInARow).toBeGreaterThanOrEqual(SNAPSHOTS.length);
    const ok = list.find((f) => f.id !== 'broken')!;
    expect(ok).toMatchObject({ status: expect.stringMatching(/^(ok|not-modified)$/), error: null, failuresInARow: 0 });
    expect(Object.keys(ok)).toEqual(['id', 'name', 'url', 'lastPolledAt', 'lastOkAt', 'status', 'error', 'failuresInARow', 'nextAttemptAt', 'nextAttemptWhy']);
    const text = await pactwatch(['feeds', '--config', config]);
    expect(text.stdout).toMatch(/^broken: error \(\d+ failures in a row\)$/m);
    expect(text.stdout).toMatch(/^ {2}next attempt: \d{4}-\d\d-\d\d \d\d:\d\d UTC \(backing off/m);
  });

  it('agreements --json: every agreement with its status', async () => {
    const r = await pactwatch(['agreements', '--json', '--config', config]);
    const list = JSON.parse(r.stdout) as Array<{ id: string; status: string | null; since: string | null }>;
    expect(list.find((a) => a.id === 'jp-ph-raa')).toMatchObject({ status: 'in-force', since: '2025-09' });
    expect(list.find((a) => a.id === 'jp-ph-acsa')).toMatchObject({ status: 'signed', since: '2026-01-15' });
    expect(list.find((a) => a.id === 'jp-au-raa')).toMatchObject({ status: 'in-force', since: '2023' });
    expect(list.find((a) => a.id === 'us-jp-sofa')).toMatchObject({ status: null, since: null });
  });

  it('agreement ID --json: the timeline with evidence', async () => {
    const r = await pactwatch(['agreement', 'jp-ph-raa', '--json', '--config', config]);
    const a = JSON.parse(r.stdout) as { parties: string[]; timeline: Array<{ status: string; date: string; party: string | null; evidence: Array<Record<string, string>> }> };
    expect(a.parties).toEqual(['Japan', 'Philippines']);
    expect(a.timeline.map((e) => e.status)).toEqual(['proposed', 'agreed', 'signed', 'in-force']);
    const signed = a.timeline.find((e) => e.status === 'signed')!;
    expect(signed.date).toBe('2024-07-08');
    // The contract's keys, then why the matcher read it so (lexicon row, mention, date's words).
    expect(Object.keys(signed.evidence[0]!).sort()).toEqual(['datePhrase', 'feed', 'mention', 'publishedAt', 'quote', 'rule', 'title', 'url', 'version']);
    expect((signed.evidence[0] as unknown as { rule: string }).rule).toMatch(/^signed-/);
    // Extra keys: independent outlets (Bloomberg and AP), other dates given for the step, denials.
    expect(signed).toMatchObject({ sources: 2, alternatives: [], disputed: false, denials: [] });
  });

  it('agreement ID prints each step with its source count', async () => {
    const r = await pactwatch(['agreement', 'jp-ph-raa', '--config', config]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2024-07-08 {2}signed · 2 sources$/m);
    expect(r.stdout).toMatch(/^2025-09 {5}in-force · 1 source$/m);
  });

  it('corrections --json: newest first, with the notice and the removed words', async () => {
    const r = await pactwatch(['corrections', '--json', '--config', config]);
    const list = JSON.parse(r.stdout) as Array<{ feed: string; kind: string; note: string; removed: string[]; added: string[] }>;
    expect(list.map((c) => c.feed)).toEqual(['ap', 'bloomberg-politics']);
    expect(list[1]).toMatchObject({ kind: 'correction', removed: ['century-old'], added: [] });
    expect(list[1]!.note).toMatch(/^\(Corrects/);
    expect(list[0]).toMatchObject({ kind: 'correction', removed: ['May'], added: ['April'] });
    const since = await pactwatch(['corrections', '--json', '--since', '2100-01-01', '--config', config]);
    expect(JSON.parse(since.stdout)).toEqual([]);
  });

  it('corrections: each change shows its sentence with the change marked', async () => {
    const r = await pactwatch(['corrections', '--config', config]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}.*\[-May-\]\{\+April\+\}.*$/m);
    const announced = await pactwatch(['corrections', '--json', '--config', config]);
    expect((JSON.parse(announced.stdout) as Array<{ kind: string }>).every((c) => c.kind !== 'revision')).toBe(true);
  });

  it('search TERM [--json]: stored versions, one hit per article', async () => {
    const r = await pactwatch(['search', 'century-old', '--json', '--config', config]);
    expect(r.code, r.stderr).toBe(0);
    const hits = JSON.parse(r.stdout) as Array<{ url: string; version: number; latest: boolean; snippet: string }>;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.snippet).toContain('[century]-[old]');
    const text = await pactwatch(['search', 'zzzznotaword', '--config', config]);
    expect(text.stdout.trim()).toBe('Nothing found in the stored versions.');
    const bad = await pactwatch(['search', 'x', '--limit', 'lots', '--config', config]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--limit/);
  });

  it('history URL --json: versions and changes', async () => {
    const url = `${base}/bloomberg/japan-philippines-sign-raa`;
    const r = await pactwatch(['history', url, '--json', '--config', config]);
    const h = JSON.parse(r.stdout) as { url: string; versions: Array<{ n: number; hash: string }>; changes: Array<{ from: number; to: number; removed: string[]; notices: Array<{ kind: string }> }> };
    expect(h.url).toBe(url);
    expect(h.versions.map((v) => v.n)).toEqual([1, 2]);
    expect(h.changes[0]).toMatchObject({ from: 1, to: 2, removed: ['century-old'], notices: [{ kind: 'correction' }] });
    const text = await pactwatch(['history', url, '--config', config]);
    expect(text.stdout).toContain('[-century-old-]');
  });

  it('history finds the article by the URL as a reader copies it: trackers, fragment, trailing slash', async () => {
    const url = `${base}/bloomberg/japan-philippines-sign-raa`;
    for (const typed of [`${url}/`, `${url}?utm_source=newsletter&utm_medium=email`, `${url}#comments`, ` ${url}/?utm_campaign=x `]) {
      const r = await pactwatch(['history', typed, '--json', '--config', config]);
      expect(r.code, `${typed}: ${r.stderr}`).toBe(0);
      expect((JSON.parse(r.stdout) as { url: string }).url).toBe(url);
    }
  });

  it('explain URL: each finding with its lexicon row, mention and date phrase; why other rows gave nothing', async () => {
    const url = `${base}/bloomberg/japan-philippines-sign-raa`;
    const r = await pactwatch(['explain', url, '--json', '--config', config]);
    expect(r.code, r.stderr).toBe(0);
    const e = JSON.parse(r.stdout) as { url: string; sentences: Array<{ text: string; findings: Array<{ agreementId: string; status: string; rule: string; mention: string; datePhrase: string | null }>; stopped: Array<{ reason: string }> }> };
    expect(e.url).toBe(url);
    const signed = e.sentences.flatMap((s) => s.findings).find((f) => f.agreementId === 'jp-ph-raa' && f.status === 'signed');
    expect(signed).toBeDefined();
    expect(signed!.rule).toMatch(/^signed-/);
    expect(signed!.mention.length).toBeGreaterThan(0);
    const text = await pactwatch(['explain', url, '--config', config]);
    expect(text.stdout).toMatch(/FINDS jp-ph-raa signed .* row signed-/);
    const none = await pactwatch(['explain', 'http://nowhere.test/x', '--config', config]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no article with URL/);
  });

  it('feed --out writes the Atom document the server serves', async () => {
    const out = path.join(dir, 'corrections.atom');
    const r = await pactwatch(['feed', '--corrections', '--out', out, '--config', config]);
    expect(r.code).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    const all = await pactwatch(['feed', '--agreement', 'jp-ph-raa', '--config', config]);
    expect(all.stdout).toContain('signed');
  });

  it.each([
    [['history', 'http://nowhere.test/x'], /no article with URL/],
    [['export', '--out', '/nonexistent-folder/x.jsonl'], /^pactwatch: \/nonexistent-folder\/x\.jsonl: cannot write \(no such folder\)$/],
    [['feed', '--out', '/nonexistent-folder/x.atom'], /^pactwatch: \/nonexistent-folder\/x\.atom: cannot write \(no such folder\)$/],
  ])('%s: exit 1 with one line', async (args, message) => {
    const r = await pactwatch([...args, '--config', config]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
  });

  it.each([
    [['agreement', 'no-such-id'], /no agreement with id "no-such-id"/],
    [['ingest', '--feed', 'nope'], /--feed: no feed with id "nope"/],
    [['corrections', '--feed', 'nope'], /--feed: no feed with id "nope"/],
    [['corrections', '--since', 'yesterday-ish'], /--since: not a date/],
    [['feed', '--agreement', 'nope'], /no agreement with id "nope"/],
    [['serve', '--port', 'eighty'], /--port: not a port number: eighty/],
    [['ingest', '--wait', 'soon'], /--wait: not a number of seconds: soon/],
  ])('%s: a usage error, exit 2 with one line', async (args, message) => {
    const r = await pactwatch([...args, '--config', config]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it('an unknown option or a missing argument exits 2 (commander), distinct from a config error (1)', async () => {
    expect((await pactwatch(['agreements', '--jsn', '--config', config])).code).toBe(2);
    expect((await pactwatch(['history', '--config', config])).code).toBe(2);
    expect((await pactwatch(['no-such-command'])).code).toBe(2);
    expect((await pactwatch(['--version'])).code).toBe(0);
  });

  it('a bad schedule is a config error before anything starts: run exits 1 naming file and key, serving nothing', async () => {
    const bad = path.join(dir, 'bad-schedule.yaml');
    writeFileSync(bad, readFileSync(config, 'utf8').replace('server: { port: 8080', 'schedule: "61 * * * *"\nserver: { port: 0'));
    for (const cmd of [['run'], ['ingest'], ['worker']]) {
      const r = await pactwatch([...cmd, '--config', bad]);
      expect(r.code, cmd.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`${bad}: schedule: "61 * * * *": 61 is not a valid value for the minutes field`);
      expect(r.stdout).not.toMatch(/serving on/);
    }
  });

  it('a relative database resolves against the config file; read commands elsewhere create nothing', async () => {
    const sub = mkdtempSync(path.join(dir, 'relative-'));
    const cfg = path.join(sub, 'pactwatch.yaml');
    writeFileSync(cfg, `database: ${path.relative(sub, path.join(dir, 'p.db'))}\nagreementsFile: ${agreementsFile}\n`);
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'pactwatch-cwd-'));
    const r = await pactwatchIn(elsewhere, ['agreements', '--json', '--config', cfg]);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ status: string | null }>).some((a) => a.status !== null)).toBe(true);
    // A config whose store does not exist yet (nor its folder): read commands and serve say so, and leave nothing.
    writeFileSync(cfg, `database: data/none.db\nagreementsFile: ${agreementsFile}\n`);
    for (const cmd of [['agreements'], ['corrections'], ['serve', '--port', '0']]) {
      const none = await pactwatchIn(elsewhere, [...cmd, '--config', cfg]);
      expect(none.code, cmd.join(' ')).toBe(1);
      expect(none.stderr).toMatch(/no store here yet/);
    }
    expect(readdirSync(sub)).toEqual(['pactwatch.yaml']);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('a bad config exits 1 with one line naming the file, the key and the problem', async () => {
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, 'fetch: { timeoutSeconds: -1 }\n');
    const r = await pactwatch(['agreements', '--config', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(bad);
    expect(r.stderr).toContain('fetch.timeoutSeconds');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('$PACTWATCH_CONFIG is used when --config is not given', async () => {
    const r = await pactwatch(['agreements', '--json'], { PACTWATCH_CONFIG: config });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(17);
  });

  it('a store it cannot open exits 1 with one line naming it', async () => {
    const junk = path.join(dir, 'junk.db');
    writeFileSync(junk, 'not a database '.repeat(200));
    const cfg = path.join(dir, 'junk.yaml');
    writeFileSync(cfg, `database: ${junk}\nagreementsFile: ${agreementsFile}\n`);
    const r = await pactwatch(['agreements', '--config', cfg]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(junk);
  });
});
