// The light half of reading the config: where the file is, the error type, and turning the checked
// contents of the file into a `Config` (paths resolved against the file's folder, the environment's
// database URL applied). No parser or schema here: a command whose config was checked before
// (checked.ts) builds its Config from this module alone.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import type { AgreementConfig, Config } from '../types.js';
import type { configSchema } from './schema.js';

export const DEFAULT_CONFIG_PATH = 'config/default.yaml';

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

/** What the file says once every check passed: the schema's output and the agreements. */
export interface CheckedConfig {
  parsed: z.output<typeof configSchema>;
  agreements: AgreementConfig[];
}

/** Which config file a command uses: `--config`, else $PACTWATCH_CONFIG, else the default. */
export function configPath(flag?: string): string {
  return flag ?? process.env.PACTWATCH_CONFIG ?? DEFAULT_CONFIG_PATH;
}

/** The folder pactwatch is installed in (a checkout, or node_modules/pactwatch). */
export function packageDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6 && !existsSync(path.join(dir, 'package.json')); i++) dir = path.dirname(dir);
  return dir;
}

/** The Config of a checked file: relative paths mean the same wherever the command runs. */
export function assembleConfig(file: string, { parsed, agreements }: CheckedConfig): Config {
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
