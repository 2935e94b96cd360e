// A small concurrency limiter: at most `concurrency` tasks in flight overall and at most `perHost`
// per host, so that a run over many feeds is quick without hammering any one publisher; with
// keep-alive the connections are reused. Written here because the usual packages (p-limit,
// p-queue) have no per-key rule and we need exactly this.
//
// The default per host is 2 connections (the issue's polite default, RFC 2616's old advice) with
// no delay between requests: a bound on concurrency, not a rate. It is configurable up to 8 for
// a user who knows the publisher tolerates more (Scrapy's default is 8 per domain with
// DOWNLOAD_DELAY 0; a browser opens up to 6; urlwatch has no per-host rule; RFC 9112 §9.4 leaves
// it to the client). Measured (bench figure 8, paired at a 50 ms round trip): 4 per host brought
// the ratio to urlwatch from 2.7–3.5× slower to 2.1–3.0× slower; the row stays bound by CPU per
// changed page, so the politer default stays. A site that asks for fewer: `fetch.perHost: 1`.

export interface Limiter {
  /** Runs `task` when a slot is free and fewer than `perHost` tasks for its host are running. */
  run<T>(url: string, task: () => Promise<T>): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly pending: number;
}

interface Waiting {
  key: string;
  start: () => void;
}

/** The per-host key: the URL's host; a local file (path or file: URL) is its own key. */
export function limiterKey(url: string): string {
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return `${u.protocol}//${u.host}`.toLowerCase();
    if (u.protocol === 'file:') return `file:${u.pathname}`;
  } catch {
    // Not a URL: a plain path.
  }
  return `file:${url}`;
}

export const DEFAULT_PER_HOST = 2;

export function createLimiter(options: { concurrency: number; perHost?: number }): Limiter {
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const perHost = Math.max(1, Math.floor(options.perHost ?? DEFAULT_PER_HOST));
  const queue: Waiting[] = [];
  /** Tasks running per host. */
  const busy = new Map<string, number>();
  let active = 0;

  // Start, in arrival order, every waiting task whose host is free, while there are slots.
  // Tasks for a busy host keep their place, so a slow host never blocks the others.
  function pump(): void {
    for (let i = 0; i < queue.length && active < concurrency; ) {
      const next = queue[i];
      if (next && (busy.get(next.key) ?? 0) < perHost) {
        queue.splice(i, 1);
        busy.set(next.key, (busy.get(next.key) ?? 0) + 1);
        active++;
        next.start();
      } else {
        i++;
      }
    }
  }

  return {
    run<T>(url: string, task: () => Promise<T>): Promise<T> {
      const key = limiterKey(url);
      return new Promise<T>((resolve, reject) => {
        queue.push({
          key,
          start: () => {
            let result: Promise<T>;
            try {
              result = Promise.resolve(task());
            } catch (err) {
              result = Promise.reject(err);
            }
            result
              .finally(() => {
                const left = (busy.get(key) ?? 1) - 1;
                if (left > 0) busy.set(key, left);
                else busy.delete(key);
                active--;
                pump();
              })
              .then(resolve, reject);
          },
        });
        pump();
      });
    },
    get active() {
      return active;
    },
    get pending() {
      return queue.length;
    },
  };
}
