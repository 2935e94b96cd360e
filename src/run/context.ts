// What a run needs, built once per process: the config, the store, the request limiter and a clock
// (injectable, so tests run on a fake one). The compiled agreement catalogue is not here: it is
// compiled when the first text is matched (record.ts), so a run whose feeds are all unchanged never
// loads the matcher.
import type { Store } from '../store/index.js';
import type { Config, FetchOptions, Limits } from '../types.js';
import { limitsOf } from '../config/limits.js';
import { createLimiter, userAgent, type Limiter } from '../fetch/index.js';
import { VERSION } from '../version.js';
import { newTurns, type Turns } from './turns.js';

export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export type FetchDefaults = Omit<FetchOptions, 'policy'>;

export interface RunContext {
  config: Config;
  /** The config's limits, defaults filled in. */
  limits: Limits;
  store: Store;
  limiter: Limiter;
  /** Fetch options without the policy, which is each feed's own (feedPolicy). */
  feedFetch: FetchDefaults;
  pageFetch: FetchDefaults;
  now: () => Date;
  log: Logger;
  /** Agreement id -> name, for update titles. */
  agreementNames: Map<string, string>;
  /** Extraction and matching take turns on the event loop (turns.ts). */
  turns: Turns;
}

export function createRunContext(
  config: Config,
  store: Store,
  opts: { now?: () => Date; log?: Logger } = {},
): RunContext {
  const base = {
    timeoutMs: config.fetch.timeoutSeconds * 1000,
    maxBytes: config.fetch.maxBytes,
    maxRedirects: 5,
    userAgent: userAgent(VERSION),
  };
  return {
    config,
    limits: limitsOf(config),
    store,
    limiter: createLimiter({ concurrency: config.fetch.concurrency, perHost: config.fetch.perHost, pipelining: config.fetch.pipelining }),
    feedFetch: {
      ...base,
      accept: 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
    },
    pageFetch: {
      ...base,
      accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5',
      ...(config.fetch.pipelining > 1 ? { pipelining: { connections: config.fetch.perHost, depth: config.fetch.pipelining } } : {}),
    },
    now: opts.now ?? (() => new Date()),
    log: opts.log ?? silentLogger,
    agreementNames: new Map(config.agreements.map((a) => [a.id, a.name])),
    turns: newTurns(),
  };
}
