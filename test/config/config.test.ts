// The config: valid files load with defaults; each bad one is a ConfigError whose one line names
// the file, the key and the problem.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimMsOf, ConfigError, DEFAULT_CLAIM_SECONDS, DEFAULT_LIMITS, loadBundledConfig, loadConfig } from '../../src/config/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pactwatch-config-'));
let n = 0;
function file(yaml: string, name = `c${n++}.yaml`): string {
  const p = path.join(dir, name);
  writeFileSync(p, yaml);
  return p;
}

const AGREEMENT = `
agreements:
  - id: jp-ph-raa
    name: Japan–Philippines RAA
    parties: [Japan, Philippines]
    aliases: [Reciprocal Access Agreement, RAA]
`;

function errorOf(yaml: string): ConfigError {
  const p = file(yaml);
  try {
    loadConfig(p, dir);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    const e = err as ConfigError;
    expect(e.message).not.toContain('\n');
    expect(e.message.startsWith(p)).toBe(true);
    return e;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('fills in the defaults of CONTRACT.md and resolves paths against the config file', () => {
    const c = loadConfig(file(`feeds:\n  - { id: local, name: Local, url: feeds/local.xml }\n${AGREEMENT}`), dir);
    expect(c.database).toBe(path.join(dir, 'store/pactwatch.db'));
    expect(c.schedule).toBe('*/15 * * * *');
    expect(c.fetch).toEqual({ timeoutSeconds: 20, maxBytes: 5_000_000, concurrency: 4, perHost: 2, pipelining: 4, feedBudgetSeconds: 120 });
    expect(c.articles).toEqual({ recheckForDays: 14, minRecheckMinutes: 15 });
    expect(c.server).toEqual({ host: '127.0.0.1', port: 8080, baseUrl: 'http://localhost:8080' });
    expect(c.feeds[0]).toEqual({ id: 'local', name: 'Local', url: path.join(dir, 'feeds/local.xml'), fullText: false, allowPrivateLinks: false });
  });

  it('takes organisations as parties and a treaty open to all states with no parties', () => {
    const c = loadConfig(
      file(`agreements:
  - { id: eu-mercosur, kind: trade, name: EU–Mercosur agreement, parties: [EU, Mercosur], aliases: [EU-Mercosur agreement] }
  - { id: bbnj, kind: multilateral, name: High Seas Treaty, parties: [], aliases: [High Seas Treaty] }
  - { id: tpnw, name: Treaty on the Prohibition of Nuclear Weapons, aliases: [TPNW] }
`),
      dir,
    );
    expect(c.agreements.map((a) => [a.id, a.parties, a.kind])).toEqual([
      ['eu-mercosur', ['EU', 'Mercosur'], 'trade'],
      ['bbnj', [], 'multilateral'],
      ['tpnw', [], undefined],
    ]);
  });

  it('reads agreements from agreementsFile, relative to the config file', () => {
    file(AGREEMENT, 'agreements.yaml');
    const c = loadConfig(file('agreementsFile: agreements.yaml\n'), '/');
    expect(c.agreements.map((a) => a.id)).toEqual(['jp-ph-raa']);
  });

  it('uses $PACTWATCH_CONFIG when no --config is given', () => {
    const p = file(AGREEMENT);
    process.env.PACTWATCH_CONFIG = p;
    try {
      expect(loadConfig(undefined, dir).file).toBe(p);
    } finally {
      delete process.env.PACTWATCH_CONFIG;
    }
  });

  it.each([
    ['an unknown key', 'colour: blue\n', 'colour', /unknown key/],
    ['an unknown nested key', 'fetch: { timeout: 3 }\n', 'fetch.timeout', /unknown key/],
    ['a bad feed id', 'feeds:\n  - { id: Bad_Id, name: x, url: http://x.test/ }\n', 'feeds[0].id', /\[a-z0-9-\]/],
    ['a duplicate feed id', 'feeds:\n  - { id: a, name: x, url: http://x.test/1 }\n  - { id: a, name: y, url: http://x.test/2 }\n', 'feeds[1].id', /duplicate/],
    ['a wrong type', 'fetch: { concurrency: "four" }\n', 'fetch.concurrency', /number/i],
    ['a missing feed url', 'feeds:\n  - { id: a, name: x }\n', 'feeds[0].url', /required|expected/i],
    ['an unsupported scheme', 'feeds:\n  - { id: a, name: x, url: "ftp://x.test/f" }\n', 'feeds[0].url', /http/],
    ['an agreement with no alias', 'agreements:\n  - { id: a, name: A, parties: [Japan, Philippines], aliases: [] }\n', 'agreements[0].aliases', /alias/],
    ['a bad time zone', 'timezone: Mars/Olympus\n', 'timezone', /time zone/],
    ['a time zone only Intl knows', 'timezone: "+05:00"\n', 'timezone', /time zone/],
    ['a minute out of range', 'schedule: "61 * * * *"\n', 'schedule', /61 is not a valid value for the minutes field/],
    ['a schedule with too few fields', 'schedule: "every hour"\n', 'schedule', /not a cron expression/],
    ['an impossible day', 'schedule: "0 0 31 2 *"\n', 'schedule', /day of month/],
    ['invalid YAML', 'feeds: [\n', '', /YAML/],
    ['a misspelt key', 'feeds:\n  - { id: a, name: x, ulr: "http://x.test/" }\n', 'feeds[0].ulr', /^unknown key `ulr` \(did you mean `url`\?\)$/],
    ['a misspelt top-level key', 'schedul: "* * * * *"\n', 'schedul', /did you mean `schedule`/],
    ['a key nothing like a known one', 'colour: blue\n', 'colour', /^unknown key `colour`$/],
    ['a string for a number', 'fetch: { concurrency: "4" }\n', 'fetch.concurrency', /^must be a number, not a string$/],
    ['a fraction for a whole number', 'limits: { pageBytes: 1.5 }\n', 'limits.pageBytes', /^must be a whole number/],
    ['a wrong item type', 'agreements:\n  - { id: a, name: A, parties: [Japan, 3], aliases: [A] }\n', 'agreements[0].parties[1]', /^must be a string, not a number$/],
    ['a number out of range', 'server: { port: 70000 }\n', 'server.port', /^must be at most 65535$/],
    ['words for a feed url', 'feeds:\n  - { id: a, name: x, url: "not a url" }\n', 'feeds[0].url', /neither an http\(s\) URL nor a path/],
    ['a misspelt webhook key', 'webhooks:\n  - { url: "https://hooks.example/x", secrte: s }\n', 'webhooks[0].secrte', /did you mean `secret`/],
    ['a webhook that is not a URL', 'webhooks:\n  - { url: "hooks" }\n', 'webhooks[0].url', /absolute URL/],
    ['a URL without its scheme', 'feeds:\n  - { id: a, name: x, url: "www.example.com/feed" }\n', 'feeds[0].url', /https:\/\//],
  ])('%s', (_what, yaml, key, problem) => {
    const e = errorOf(yaml);
    expect(e.key).toBe(key);
    expect(e.problem).toMatch(problem);
  });

  it('reports agreement catalogue problems (duplicate id, bad pattern, unknown country) naming the entry', () => {
    const dup = errorOf(`agreements:
  - { id: a, name: A, parties: [Japan, Philippines], aliases: [RAA] }
  - { id: a, name: B, parties: [Japan, Australia], aliases: [RAA] }
`);
    expect(dup.key).toMatch(/agreements\[1\]/);
    const pattern = errorOf(`agreements:
  - { id: a, name: A, parties: [Japan, Philippines], aliases: [RAA], patterns: ["(unclosed"] }
`);
    expect(pattern.key).toMatch(/agreements\[0\]\.patterns/);
    const country = errorOf(`agreements:
  - { id: a, name: A, parties: [Japan, Atlantis], aliases: [RAA] }
`);
    expect(country.key).toMatch(/agreements\[0\]\.parties/);
    // The key is named once: "file: key: problem", never "key: key: problem".
    expect(country.message.split('agreements[0].parties').length).toBe(2);
  });

  it('webhooks: the guard stays on unless allowed; three tries by default', () => {
    const c = loadConfig(file(`${AGREEMENT}webhooks:\n  - { url: "https://hooks.example/p", secret: s3 }\n`), dir);
    expect(c.webhooks).toEqual([{ url: 'https://hooks.example/p', secret: 's3', allowPrivateAddresses: false, attempts: 3, timeoutSeconds: 10 }]);
  });

  it('a YAML error names its line and column', () => {
    const e = errorOf('database: x.db\nfeeds:\n  - id: a\n   name: b\n');
    expect(e.problem).toMatch(/^invalid YAML at line \d+, column \d+: /);
  });

  it('relative database and local feed paths resolve against the config file, not the current folder', () => {
    const sub = mkdtempSync(path.join(dir, 'sub-'));
    const p = path.join(sub, 'pactwatch.yaml');
    writeFileSync(p, `database: data/p.db\nfeeds:\n  - { id: a, name: A, url: feeds/a.xml }\n${AGREEMENT}`);
    const c = loadConfig(p, '/');
    expect(c.database).toBe(path.join(sub, 'data/p.db'));
    expect(c.feeds[0]!.url).toBe(path.join(sub, 'feeds/a.xml'));
    writeFileSync(p, `database: ":memory:"\n${AGREEMENT}`);
    expect(loadConfig(p, '/').database).toBe(':memory:');
  });

  it('a missing file is one line naming it', () => {
    expect(() => loadConfig(path.join(dir, 'nope.yaml'), dir)).toThrow(/nope\.yaml: no such file/);
  });

  it('the bundled default config is valid and lists the seed agreements', () => {
    const c = loadBundledConfig();
    expect(c.feeds.length).toBeGreaterThanOrEqual(6);
    expect(c.agreements.map((a) => a.id)).toEqual(
      expect.arrayContaining(['jp-ph-raa', 'jp-ph-acsa', 'jp-ph-isa', 'jp-au-raa', 'jp-uk-raa', 'us-ph-vfa', 'ph-fr-sovfa', 'ph-ca-sovfa', 'us-jp-sofa', 'jp-fr-raa', 'ph-nz-sovfa']),
    );
  });
});

describe('workers.claimSeconds (issue 18)', () => {
  it('a feed claim lives a minute by default; the config may say otherwise, within bounds', () => {
    const c = loadConfig(file(AGREEMENT), dir);
    expect(c.workers).toEqual({ claimSeconds: DEFAULT_CLAIM_SECONDS });
    expect(claimMsOf(c)).toBe(60_000);
    expect(claimMsOf(loadConfig(file(`${AGREEMENT}workers: { claimSeconds: 20 }\n`), dir))).toBe(20_000);
    // Configs built by hand (tests, tools) leave the section out.
    expect(claimMsOf({})).toBe(60_000);
    expect(errorOf(`${AGREEMENT}workers: { claimSeconds: 1 }\n`).key).toBe('workers.claimSeconds');
    expect(errorOf(`${AGREEMENT}workers: { claimSecond: 30 }\n`).key).toBe('workers.claimSecond');
  });
});

describe('limits and server.host (issue 14)', () => {
  it('every bound has a default; a partial limits section keeps the others', () => {
    const c = loadConfig(file(`${AGREEMENT}limits: { itemsPerPoll: 10 }\nserver: { host: 0.0.0.0 }\n`), dir);
    expect(c.limits).toEqual({ ...DEFAULT_LIMITS, itemsPerPoll: 10 });
    expect(c.server.host).toBe('0.0.0.0');
    expect(loadConfig(file(AGREEMENT), dir).limits).toEqual(DEFAULT_LIMITS);
  });

  it('an unknown or non-positive limit is a one-line error naming the key', () => {
    expect(errorOf(`${AGREEMENT}limits: { itemsPerPol: 10 }\n`).key).toBe('limits.itemsPerPol');
    expect(errorOf(`${AGREEMENT}limits: { pageBytes: 0 }\n`).key).toBe('limits.pageBytes');
  });
});
