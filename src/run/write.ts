// Writing to the store from a run. The store raises StoreError when the database itself fails
// (disk full, read-only, corrupt): that stops the run instead of blaming a feed.
import type { RunContext } from './context.js';

/** One write transaction. */
export function write<T>(ctx: RunContext, fn: () => T): T {
  return ctx.store.write(fn);
}
