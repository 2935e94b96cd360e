// Writing to the store from a run: SQLite failures (disk full, read-only, corrupt) mean the store
// itself is unusable, so they become StoreFailure, which stops the run instead of blaming a feed.
import { oneLine } from '../store/index.js';
import type { RunContext } from './context.js';

export class StoreFailure extends Error {}

/** One write transaction. */
export function write<T>(ctx: RunContext, fn: () => T): T {
  try {
    return ctx.store.write(fn);
  } catch (err) {
    throw asStoreFailure(ctx, err);
  }
}

export function isSqliteError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'SqliteError' || /^SQLITE_/.test((err as { code?: string }).code ?? ''));
}

export function asStoreFailure(ctx: RunContext, err: unknown): unknown {
  if (err instanceof StoreFailure || !isSqliteError(err)) return err;
  return new StoreFailure(`${ctx.store.file}: ${oneLine(err)}`);
}
