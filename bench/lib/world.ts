// A pactwatch installation for a figure: the bundled catalogue, a store in a temp folder and a run
// context, built as the CLI builds them (the approach of test/helpers/world.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadBundledConfig } from '../../src/config/index.js';
import { createRunContext, type RunContext } from '../../src/run/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import type { Config, FeedConfig } from '../../src/types.js';

export function tempDir(label: string): string {
  return mkdtempSync(path.join(tmpdir(), `pactwatch-bench-${label}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The bundled config (catalogue, country names) with the bench's feeds and store. */
export function benchConfig(database: string, feeds: FeedConfig[], articles = { recheckForDays: 14, minRecheckMinutes: 15 }): Config {
  const bundled = loadBundledConfig();
  return {
    ...bundled,
    file: path.join(path.dirname(database), 'config.yaml'),
    database,
    server: { port: 0, baseUrl: 'http://localhost:8080' },
    fetch: { ...bundled.fetch, timeoutSeconds: 20 },
    articles,
    feeds,
  };
}

export interface World {
  config: Config;
  store: Store;
  ctx: RunContext;
  close(): void;
}

export function openWorld(config: Config): World {
  const store = openStore(config.database);
  const ctx = createRunContext(config, store);
  return { config, store, ctx, close: () => store.close() };
}
