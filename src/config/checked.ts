// A command's config without the full check when the file's exact bytes passed it before. Checking
// (yaml, the zod schema, the catalogue with the world-countries index, node-cron and the ICU time
// zones) is most of what `pactwatch ingest` of an unchanged feed costs at start-up, and cron starts
// one process per poll with the same file every time. So a passing check is remembered in the
// user's cache folder: the schema's output, keyed by the SHA-256 of the config file's bytes (and of
// the agreements file's), pactwatch's version and build, and Node's (ICU and time-zone data
// included). Anything else — a changed byte, another build, a cache that cannot be read — checks in
// full, as `loadConfig` does; a failing file is never remembered. The paths and the environment
// (PACTWATCH_DATABASE_URL, local feed files) are applied afresh every time (assemble.ts). The file
// holds what the config says (webhook secrets too), so it is the user's alone (0600 in a 0700 folder).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../types.js';
import { VERSION } from '../version.js';
import { assembleConfig, type CheckedConfig, configPath } from './assemble.js';

/** The built files whose code decides a verdict or the schema's defaults (their size and mtime). */
const CHECKING_CODE = [
  './index.js',
  './schema.js',
  './limits.js',
  './workers.js',
  './schedule.js',
  './assemble.js',
  '../match/catalogue.js',
  '../match/countries.js',
];

/** Configs remembered at once (most recently checked first): a few real ones, the rest churn. */
const ENTRIES = 8;
const FORMAT = 1;

interface Entry extends CheckedConfig {
  file: string;
  key: string;
  agreementsFile: string | null;
  agreementsHash: string | null;
}

/**
 * The Config of `--config` (or $PACTWATCH_CONFIG, or the default), as `loadConfig` gives it, with
 * the same errors; checked in full only when the file (or its agreements file) is not the one
 * remembered. `PACTWATCH_CACHE_DIR` moves the cache (`off` turns it off).
 */
export async function loadCheckedConfig(flag?: string, cwd = process.cwd()): Promise<Config> {
  const file = path.resolve(cwd, configPath(flag));
  const cacheFile = cachePath();
  let text: string | null = null;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // The full check says why, in its words.
  }
  const key = text === null ? null : keyOf(text);
  const entries = cacheFile && key ? readEntries(cacheFile) : [];
  const hit = entries.find((e) => e.file === file && e.key === key && sameAgreements(e));
  if (hit) return assembleConfig(file, hit);

  const full = await import('./index.js');
  const checkedText = full.readConfigText(file, flag);
  const checked = full.checkConfigText(file, checkedText);
  const config = assembleConfig(file, checked);
  if (cacheFile) {
    const entry: Entry = {
      file,
      key: keyOf(checkedText),
      parsed: checked.parsed,
      agreements: checked.agreements,
      agreementsFile: checked.agreementsFile,
      agreementsHash: checked.agreementsText === null ? null : sha256(checked.agreementsText),
    };
    writeEntries(cacheFile, [entry, ...entries.filter((e) => e.file !== file)].slice(0, ENTRIES));
  }
  return config;
}

/** Where the remembered checks live, or null when there is nowhere (or it is turned off). */
function cachePath(): string | null {
  const dir = process.env.PACTWATCH_CACHE_DIR;
  if (dir === 'off') return null;
  if (dir) return path.join(dir, 'config-checks.json');
  try {
    const base = process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
    return path.join(base, 'pactwatch', 'config-checks.json');
  } catch {
    return null;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The file's bytes with what decides the verdict besides them: this build of the checking code
 * (a rebuild or an upgrade rewrites these files) and the runtime's ICU and time-zone data.
 */
function keyOf(text: string): string {
  const build = CHECKING_CODE.map((rel) => {
    try {
      const st = statSync(fileURLToPath(new URL(rel, import.meta.url)));
      return `${st.size}:${st.mtimeMs}`;
    } catch {
      return 'none';
    }
  });
  const runtime = [process.version, process.versions.icu ?? '', process.versions.tz ?? ''];
  return sha256(JSON.stringify([FORMAT, VERSION, build, runtime, text]));
}

function sameAgreements(e: Entry): boolean {
  if (e.agreementsFile === null) return true;
  try {
    return sha256(readFileSync(e.agreementsFile, 'utf8')) === e.agreementsHash;
  } catch {
    return false;
  }
}

function readEntries(cacheFile: string): Entry[] {
  try {
    const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as { format?: unknown; entries?: unknown };
    return data.format === FORMAT && Array.isArray(data.entries) ? (data.entries as Entry[]) : [];
  } catch {
    return [];
  }
}

/** Best effort and atomic (a rename): a reader sees the old list or the new one, never half. */
function writeEntries(cacheFile: string, entries: Entry[]): void {
  try {
    mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 0o700 });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ format: FORMAT, entries }), { mode: 0o600 });
    renameSync(tmp, cacheFile);
  } catch {
    // No cache: the next command checks in full again.
  }
}
