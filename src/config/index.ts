// The only module that reads the config file and the environment. Everything else receives a
// validated `Config` value.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { AgreementConfig, Config } from '../types.js';
import { agreementsFileSchema, configSchema } from './schema.js';
import { compileCatalogue, CatalogueError } from '../match/index.js';
import { firstLine } from '../shared/errors.js';

export const DEFAULT_CONFIG_PATH = 'config/default.yaml';
export { DEFAULT_LIMITS, limitsOf, type Limits } from './limits.js';

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
  const raw = readYaml(file);
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
    if (err instanceof CatalogueError) throw new ConfigError(file, err.key, err.message);
    throw err;
  }

  if (!isValidTimezone(parsed.timezone)) {
    throw new ConfigError(file, 'timezone', `unknown time zone "${parsed.timezone}"`);
  }

  return {
    file,
    database: databaseOf(process.env.PACTWATCH_DATABASE_URL || parsed.database, cwd),
    schedule: parsed.schedule,
    timezone: parsed.timezone,
    server: { host: parsed.server.host, port: parsed.server.port, baseUrl: parsed.server.baseUrl.replace(/\/+$/, '') },
    limits: parsed.limits,
    fetch: parsed.fetch,
    articles: parsed.articles,
    publishNewArticles: parsed.publishNewArticles,
    countryNames: parsed.countryNames,
    feeds: parsed.feeds.map((f, i) => ({ ...f, url: feedUrl(f.url, cwd, file, i) })),
    agreements,
  };
}

/**
 * The store: a postgres:// URL (PostgreSQL, shared by many workers and servers) as it is; a SQLite
 * file path resolved. $PACTWATCH_DATABASE_URL wins over the file's `database`, so a password need
 * not be written into a config file.
 */
function databaseOf(database: string, cwd: string): string {
  if (database === ':memory:' || /^postgres(?:ql)?:\/\//i.test(database)) return database;
  return path.resolve(cwd, database);
}

/** The config that ships with pactwatch (its agreement catalogue), wherever the command runs. */
export function loadBundledConfig(): Config {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6 && !existsSync(path.join(dir, 'package.json')); i++) dir = path.dirname(dir);
  return loadConfig(path.join(dir, DEFAULT_CONFIG_PATH), dir);
}

function readYaml(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(file, '', code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(err)})`);
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line;
    throw new ConfigError(file, '', `invalid YAML${line ? ` at line ${line}` : ''}: ${firstLine(first)}`);
  }
  return doc.toJS() ?? {};
}

function check<S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  let key = formatPath(issue.path);
  let message = issue.message;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    key = key ? `${key}.${issue.keys[0]}` : (issue.keys[0] ?? '');
    message = `unknown key${issue.keys.length > 1 ? 's' : ''} (${keys})`;
  } else if (issue.code === 'invalid_type' && /received undefined/.test(message)) {
    message = 'is required';
  }
  throw new ConfigError(file, key, message);
}

function formatPath(p: readonly PropertyKey[]): string {
  return p.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    return acc ? `${acc}.${String(part)}` : String(part);
  }, '');
}

/** http(s) URLs stay as they are; anything else is a local file path, resolved against cwd. */
function feedUrl(url: string, cwd: string, file: string, index: number): string {
  if (/^https?:\/\//i.test(url)) {
    try {
      return new URL(url).href;
    } catch {
      throw new ConfigError(file, `feeds[${index}].url`, `not a valid URL: ${url}`);
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url) && !url.startsWith('file://')) {
    throw new ConfigError(file, `feeds[${index}].url`, `only http(s) URLs and local file paths are supported: ${url}`);
  }
  return url.startsWith('file://') ? url : path.resolve(cwd, url);
}

function isValidTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
