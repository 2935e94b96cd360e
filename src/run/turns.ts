// The CPU-heavy steps of a run (extracting a page, matching an article) take turns, each in a turn
// of the event loop of its own: in `pactwatch run` the web server shares the process, so /healthz
// and the pages are answered between two articles, not after a whole chunk of them.

export interface Turns {
  last: Promise<unknown>;
}

export function newTurns(): Turns {
  return { last: Promise.resolve() };
}

/** Runs `fn` after every step queued before it, in a later turn of the event loop (setImmediate). */
export function inTurn<T>(turns: Turns, fn: () => T): Promise<T> {
  const run = turns.last.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(fn);
  turns.last = run.catch(() => undefined);
  return run;
}
