// A remembered config check (config/checked.ts): the same Config as a full check, and a file that
// changed in any byte (or whose agreements file changed) is checked in full again.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCheckedConfig } from '../../src/config/checked.js';
import { ConfigError, loadConfig } from '../../src/config/index.js';

const AGREEMENTS = `agreements:
  - { id: jp-ph-raa, name: Japan–Philippines RAA, parties: [Japan, Philippines], aliases: [Reciprocal Access Agreement] }
`;

let dir: string;
let cache: string;
const saved = process.env.PACTWATCH_CACHE_DIR;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pactwatch-checked-'));
  cache = path.join(dir, 'cache');
  process.env.PACTWATCH_CACHE_DIR = cache;
});
afterEach(() => {
  process.env.PACTWATCH_CACHE_DIR = saved;
});

describe('a remembered config check', () => {
  it('gives the Config a full check gives, the first time and from the cache', async () => {
    const file = path.join(dir, 'c.yaml');
    writeFileSync(path.join(dir, 'agreements.yaml'), AGREEMENTS);
    writeFileSync(file, 'feeds:\n  - { id: local, name: Local, url: feeds/local.xml }\nagreementsFile: agreements.yaml\n');
    const full = loadConfig(file, dir);
    expect(await loadCheckedConfig(file, dir)).toEqual(full);
    expect(existsSync(path.join(cache, 'config-checks.json'))).toBe(true);
    expect(await loadCheckedConfig(file, dir)).toEqual(full);
  });

  it('checks a changed file in full again, and never remembers a failing one', async () => {
    const file = path.join(dir, 'c.yaml');
    writeFileSync(file, `timezone: UTC\n${AGREEMENTS}`);
    await loadCheckedConfig(file, dir);
    writeFileSync(file, `timezone: Mars/Olympus\n${AGREEMENTS}`);
    await expect(loadCheckedConfig(file, dir)).rejects.toThrow(ConfigError);
    await expect(loadCheckedConfig(file, dir)).rejects.toThrow(/timezone: unknown time zone/);
  });

  it('checks again when the agreements file changed', async () => {
    const file = path.join(dir, 'c.yaml');
    const agreements = path.join(dir, 'agreements.yaml');
    writeFileSync(agreements, AGREEMENTS);
    writeFileSync(file, 'agreementsFile: agreements.yaml\n');
    await loadCheckedConfig(file, dir);
    writeFileSync(agreements, AGREEMENTS.replace('Philippines]', 'Atlantis]'));
    await expect(loadCheckedConfig(file, dir)).rejects.toThrow(/Atlantis/);
  });

  it('applies the environment afresh: $PACTWATCH_DATABASE_URL is not remembered', async () => {
    const file = path.join(dir, 'c.yaml');
    writeFileSync(file, AGREEMENTS);
    await loadCheckedConfig(file, dir);
    process.env.PACTWATCH_DATABASE_URL = 'postgres://u@h/db';
    try {
      expect((await loadCheckedConfig(file, dir)).database).toBe('postgres://u@h/db');
    } finally {
      delete process.env.PACTWATCH_DATABASE_URL;
    }
    expect((await loadCheckedConfig(file, dir)).database).toBe(path.join(dir, 'store/pactwatch.db'));
  });

  it('works without a cache (off)', async () => {
    process.env.PACTWATCH_CACHE_DIR = 'off';
    const file = path.join(dir, 'c.yaml');
    writeFileSync(file, AGREEMENTS);
    expect(await loadCheckedConfig(file, dir)).toEqual(loadConfig(file, dir));
    expect(existsSync(cache)).toBe(false);
  });
});
