// Work over a list with a bounded number of tasks in flight and no barrier between batches: a
// new task starts as soon as one finishes (the limiter still decides when its request goes out),
// and finished results are handed on in batches (one write transaction each) while the rest run.
// With a barrier every batch waited for its slowest page, and the hosts sat idle meanwhile.

export async function inWindow<T, R>(
  items: readonly T[],
  opts: { window: number; batch: number; shouldStop: () => boolean },
  work: (item: T) => Promise<R>,
  onBatch: (done: Array<[T, R]>) => void,
): Promise<void> {
  const running = new Set<Promise<void>>();
  let done: Array<[T, R]> = [];
  let failure: { err: unknown } | null = null;
  const flush = (): void => {
    if (done.length === 0) return;
    const batch = done;
    done = [];
    onBatch(batch);
  };
  for (const item of items) {
    if (opts.shouldStop() || failure) break;
    while (running.size >= opts.window) await Promise.race(running);
    if (done.length >= opts.batch) flush();
    const task: Promise<void> = work(item).then(
      (r) => {
        done.push([item, r]);
      },
      (err: unknown) => {
        failure ??= { err };
      },
    );
    const tracked = task.finally(() => running.delete(tracked));
    running.add(tracked);
  }
  await Promise.all(running);
  flush();
  if (failure) throw (failure as { err: unknown }).err;
}
