// The only module that reads the config file and the environment, and checks the file in full
// (YAML, schema, catalogue, schedule). Everything else receives a validated `Config` value.
// checked.ts skips the check for a file whose exact bytes passed it before (start-up of a command).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { AgreementConfig, Config } from '../types.js';
import { agreementsFileSchema, configSchema } from './schema.js';
import { compileCatalogue, CatalogueError } from '../match/index.js';
import { firstLine } from '../shared/errors.js';
import { describeIssues } from './issues.js';
import { scheduleProblem, timezoneProblem } from './schedule.js';
import { assembleConfig, type CheckedConfig, ConfigError, configPath, DEFAULT_CONFIG_PATH, packageDir } from './assemble.js';

export { ConfigError, configPath, DEFAULT_CONFIG_PATH, type CheckedConfig } from './assemble.js';
export { DEFAULT_LIMITS, limitsOf, type Limits } from './limits.js';
export { DEFAULT_CLAIM_SECONDS, claimMsOf } from './workers.js';

export function loadConfig(flag?: string, cwd = process.cwd()): Config {
  const file = path.resolve(cwd, configPath(flag));
  return assembleConfig(file, checkConfigText(file, readConfigText(file, flag)));
}

/** The config file's text; a missing file says where a config comes from. */
export function readConfigText(file: string, flag?: string): string {
  try {
    return readText(file);
  } catch (err) {
    // Run outside a checkout (a global install) with no --config: say where a config comes from.
    if (err instanceof ConfigError && err.problem === 'no such file' && flag === undefined && !process.env.PACTWATCH_CONFIG) {
      throw new ConfigError(file, '', `no such file; give --config FILE or set PACTWATCH_CONFIG (copy ${path.join(packageDir(), 'config')} to start from)`);
    }
    throw err;
  }
}

/** What a config file checked in full gives, with the agreements file it read (if any) and its text. */
export interface CheckedFile extends CheckedConfig {
  agreementsFile: string | null;
  agreementsText: string | null;
}

/** Every check of a config file's text: YAML, schema, agreements file, catalogue, time zone, schedule. */
export function checkConfigText(file: string, text: string): CheckedFile {
  const parsed = check(configSchema, parseYaml(file, text), file);

  let agreements: AgreementConfig[];
  let agreementsFile: string | null = null;
  let agreementsText: string | null = null;
  if (parsed.agreementsFile !== undefined) {
    if (parsed.agreements !== undefined) {
      throw new ConfigError(file, 'agreementsFile', 'give either agreements or agreementsFile, not both');
    }
    agreementsFile = path.resolve(path.dirname(file), parsed.agreementsFile);
    agreementsText = readText(agreementsFile);
    const fromFile = check(agreementsFileSchema, parseYaml(agreementsFile, agreementsText), agreementsFile);
    agreements = Array.isArray(fromFile) ? fromFile : fromFile.agreements;
  } else {
    agreements = parsed.agreements ?? [];
  }

  const feedIds = new Set<string>();
  parsed.feeds.forEach((feed, i) => {
    if (feedIds.has(feed.id)) throw new ConfigError(file, `feeds[${i}].id`, `duplicate feed id "${feed.id}"`);
    feedIds.add(feed.id);
  });

  // The catalogue compiler knows what makes an agreement entry unusable (duplicate id, a bad
  // pattern, an unknown country); its verdict is reported here as a config error.
  try {
    compileCatalogue(agreements, parsed.countryNames);
  } catch (err) {
    // The catalogue's message starts with the key; the ConfigError line names it once.
    if (err instanceof CatalogueError) throw new ConfigError(file, err.key, err.message.replace(`${err.key}: `, ''));
    throw err;
  }

  // Checked here, not when the worker starts: `run` must not serve first and die later.
  const badTimezone = timezoneProblem(parsed.timezone);
  if (badTimezone) throw new ConfigError(file, 'timezone', badTimezone);
  const badSchedule = scheduleProblem(parsed.schedule);
  if (badSchedule) throw new ConfigError(file, 'schedule', badSchedule);

  return { parsed, agreements, agreementsFile, agreementsText };
}

/** The config that ships with pactwatch (its agreement catalogue), wherever the command runs. */
export function loadBundledConfig(): Config {
  const dir = packageDir();
  return loadConfig(path.join(dir, DEFAULT_CONFIG_PATH), dir);
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(file, '', code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(err)})`);
  }
}

function parseYaml(file: string, text: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
    throw new ConfigError(file, '', `invalid YAML${where}: ${firstLine(first).replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  return doc.toJS() ?? {};
}

function check<S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const { key, problem } = describeIssues(schema, result.error.issues);
  throw new ConfigError(file, key, problem);
}
