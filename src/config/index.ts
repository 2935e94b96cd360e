// The only module that reads the config file and the environment. Everything else receives a
// validated `Config` value.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { AgreementConfig, Config } from '../types.js';
import { agreementsFileSchema, configSchema } from './schema.js';
import { compileCatalogue, CatalogueError } from '../match/index.js';
import { firstLine } from '../shared/errors.js';
import { describeIssues } from './issues.js';
import { scheduleProblem, timezoneProblem } from './schedule.js';

export const DEFAULT_CONFIG_PATH = 'config/default.yaml';
export { DEFAULT_LIMITS, limitsOf, type Limits } from './limits.js';
export { DEFAULT_CLAIM_SECONDS, claimMsOf } from './workers.js';

/** A config problem, for a user: one line naming the file, the key and what is wrong. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly problem: string,
  ) {
    super(`${file}: ${key ? `${key}: ` : ''}${problem}`);
    this.name = 'ConfigError';
  }
}

/** Which config file a command uses: `--config`, else $PACTWATCH_CONFIG, else the default. */
export function configPath(flag?: string): string {
  return flag ?? process.env.PACTWATCH_CONFIG ?? DEFAULT_CONFIG_PATH;
}

export function loadConfig(flag?: string, cwd = process.cwd()): Config {
  const file = path.resolve(cwd, configPath(flag));
  let raw: unknown;
  try {
    raw = readYaml(file);
  } catch (err) {
    // Run outside a checkout (a global install) with no --config: say where a config comes from.
    if (err instanceof ConfigError && err.problem === 'no such file' && flag === undefined && !process.env.PACTWATCH_CONFIG) {
      throw new ConfigError(file, '', `no such file; give --config FILE or set PACTWATCH_CONFIG (copy ${path.join(packageDir(), 'config')} to start from)`);
    }
    throw err;
  }
  const parsed = check(configSchema, raw, file);

  let agreements: AgreementConfig[];
  if (parsed.agreementsFile !== undefined) {
    if (parsed.agreements !== undefined) {
      throw new ConfigError(file, 'agreementsFile', 'give either agreements or agreementsFile, not both');
    }
    const agreementsPath = path.resolve(path.dirname(file), parsed.agreementsFile);
    const fromFile = check(agreementsFileSchema, readYaml(agreementsPath), agreementsPath);
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

  // Relative paths (the store, local feeds, agreementsFile) mean the same wherever the command runs.
  const configDir = path.dirname(file);

  return {
    file,
    database: databasePath(process.env.PACTWATCH_DATABASE_URL || parsed.database, configDir),
    schedule: parsed.schedule,
    timezone: parsed.timezone,
    server: { host: parsed.server.host, port: parsed.server.port, baseUrl: parsed.server.baseUrl.replace(/\/+$/, '') },
    limits: parsed.limits,
    fetch: parsed.fetch,
    articles: parsed.articles,
    workers: parsed.workers,
    publishNewArticles: parsed.publishNewArticles,
    countryNames: parsed.countryNames,
    feeds: parsed.feeds.map((f, i) => ({ ...f, url: feedUrl(f.url, configDir, file, i) })),
    webhooks: parsed.webhooks,
    agreements,
  };
}

/** The config that ships with pactwatch (its agreement catalogue), wherever the command runs. */
export function loadBundledConfig(): Config {
  const dir = packageDir();
  return loadConfig(path.join(dir, DEFAULT_CONFIG_PATH), dir);
}

/** The folder pactwatch is installed in (a checkout, or node_modules/pactwatch). */
function packageDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6 && !existsSync(path.join(dir, 'package.json')); i++) dir = path.dirname(dir);
  return dir;
}

function readYaml(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(file, '', code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(err)})`);
  }
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

/**
 * The store: `:memory:` and a postgres:// URL (PostgreSQL, shared by many workers and servers) stay
 * as they are; a SQLite file path is resolved against the config file's folder.
 * $PACTWATCH_DATABASE_URL wins over the file's `database`, so a password need not be written into a
 * config file.
 */
function databasePath(database: string, configDir: string): string {
  if (database === ':memory:' || /^postgres(ql)?:\/\//i.test(database)) return database;
  return path.resolve(configDir, database);
}

/**
 * http(s) URLs stay as they are; anything else is a local file path, resolved against the config
 * file's folder. A value that is neither (no such file, and nothing that makes it look like a path:
 * a folder separator or a file extension), such as "not a url", is a mistake, not a file to poll.
 */
function feedUrl(url: string, dir: string, file: string, index: number): string {
  const key = `feeds[${index}].url`;
  if (/^https?:\/\//i.test(url)) {
    try {
      return new URL(url).href;
    } catch {
      throw new ConfigError(file, key, `not a valid URL: ${url}`);
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.startsWith('file://')) {
    throw new ConfigError(file, key, `only http(s) URLs and local file paths are supported: ${url}`);
  }
  if (url.startsWith('file://')) return url;
  const resolved = path.resolve(dir, url);
  if (!existsSync(resolved) && /^[a-z0-9-]+(\.[a-z0-9-]+)+\//i.test(url)) {
    throw new ConfigError(file, key, `no such file, and not a URL without its https:// (${url})`);
  }
  if (!existsSync(resolved) && !/[\\/]/.test(url) && !/\.[A-Za-z0-9]{1,8}$/.test(url)) {
    throw new ConfigError(file, key, `neither an http(s) URL nor a path to a file: ${url}`);
  }
  return resolved;
}
