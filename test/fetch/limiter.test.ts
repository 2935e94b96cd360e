import { describe, expect, it } from 'vitest';
import { createLimiter, limiterKey } from '../../src/fetch/index.js';
import { DEFAULT_PER_HOST } from '../../src/fetch/limiter.js';

/** A task we finish by hand, so the tests decide the order of events (no timers). */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Lets queued promise callbacks run. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('createLimiter', () => {
  it('runs at most N tasks overall, in arrival order', async () => {
    const limiter = createLimiter({ concurrency: 2 });
    const started: string[] = [];
    const gates = new Map<string, ReturnType<typeof deferred<string>>>();
    const results = ['a', 'b', 'c', 'd'].map((name) => {
      const gate = deferred<string>();
      gates.set(name, gate);
      return limiter.run(`https://${name}.example.com/feed`, () => {
        started.push(name);
        return gate.promise;
      });
    });
    await settle();
    expect(started).toEqual(['a', 'b']);
    expect(limiter.active).toBe(2);
    expect(limiter.pending).toBe(2);

    gates.get('b')!.resolve('B');
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);

    gates.get('a')!.resolve('A');
    gates.get('c')!.resolve('C');
    await settle();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    gates.get('d')!.resolve('D');
    expect(await Promise.all(results)).toEqual(['A', 'B', 'C', 'D']);
    expect(limiter.active).toBe(0);
    expect(limiter.pending).toBe(0);
  });

  it('with perHost 1, never runs two tasks for one host at once, and lets other hosts pass', async () => {
    const limiter = createLimiter({ concurrency: 3, perHost: 1 });
    const started: string[] = [];
    const gates: Record<string, ReturnType<typeof deferred<void>>> = {};
    const urls: Record<string, string> = {
      x1: 'https://news.example.com/feed1',
      x2: 'https://NEWS.example.com/feed2',
      y1: 'https://other.example.org/rss',
      x3: 'https://news.example.com/page',
    };
    const all = Object.entries(urls).map(([name, url]) => {
      gates[name] = deferred<void>();
      return limiter.run(url, () => {
        started.push(name);
        return gates[name]!.promise;
      });
    });
    await settle();
    // x2 waits for x1 (same host) but y1 overtakes it.
    expect(started).toEqual(['x1', 'y1']);
    gates.x1!.resolve();
    await settle();
    expect(started).toEqual(['x1', 'y1', 'x2']);
    gates.x2!.resolve();
    await settle();
    expect(started).toEqual(['x1', 'y1', 'x2', 'x3']);
    gates.y1!.resolve();
    gates.x3!.resolve();
    await Promise.all(all);
  });

  it('runs two tasks per host by default (DEFAULT_PER_HOST), the third waits for one of them', async () => {
    const limiter = createLimiter({ concurrency: 8 });
    const started: number[] = [];
    const gates = [0, 1, 2].map(() => deferred<void>());
    const all = gates.map((g, i) =>
      limiter.run(`https://news.example.com/page/${i}`, () => {
        started.push(i);
        return g.promise;
      }),
    );
    await settle();
    expect(DEFAULT_PER_HOST).toBe(2);
    expect(started).toEqual([0, 1]);
    gates[1]!.resolve();
    await settle();
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.resolve();
    await Promise.all(all);
  });

  it('frees the slot and the host when a task fails or throws', async () => {
    const limiter = createLimiter({ concurrency: 1 });
    const failing = limiter.run('https://a.example.com/', () => Promise.reject(new Error('boom')));
    const throwing = limiter.run('https://a.example.com/', () => {
      throw new Error('sync boom');
    });
    const after = limiter.run('https://a.example.com/', async () => 'fine');
    await expect(failing).rejects.toThrow('boom');
    await expect(throwing).rejects.toThrow('sync boom');
    expect(await after).toBe('fine');
  });

  it('keys local files by their path', () => {
    expect(limiterKey('/data/a.xml')).toBe('file:/data/a.xml');
    expect(limiterKey('file:///data/a.xml')).toBe('file:/data/a.xml');
    expect(limiterKey('/data/b.xml')).not.toBe(limiterKey('/data/a.xml'));
    expect(limiterKey('https://Example.com:443/x')).toBe(limiterKey('https://example.com/y'));
  });

  it('with pipelining d, a host takes perHost × d pipelined pages at once; a feed takes a whole connection and keeps its place', async () => {
    const limiter = createLimiter({ concurrency: 4, perHost: 2, pipelining: 4 });
    const started: string[] = [];
    const gates: Record<string, ReturnType<typeof deferred<void>>> = {};
    const run = (name: string, url: string, pipelined: boolean): Promise<void> => {
      gates[name] = deferred<void>();
      return limiter.run(
        url,
        () => {
          started.push(name);
          return gates[name]!.promise;
        },
        { pipelined },
      );
    };
    const pages = Array.from({ length: 9 }, (_, i) => run(`p${i}`, `https://news.example.com/p${i}`, true));
    const feed = run('feed', 'https://news.example.com/feed', false);
    const later = run('p9', 'https://news.example.com/p9', true);
    await settle();
    // 2 connections × 4 deep: eight pages; the ninth, the feed and the page after it wait in order.
    expect(started).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
    gates.p0!.resolve();
    await settle();
    expect(started.at(-1)).toBe('p8');
    // The feed needs a whole connection (4 parts): four pages must end first, and p9 may not overtake it.
    for (const name of ['p1', 'p2', 'p3']) gates[name]!.resolve();
    await settle();
    expect(started.at(-1)).toBe('p8');
    gates.p4!.resolve();
    await settle();
    expect(started.slice(-1)).toEqual(['feed']);
    for (const name of ['p5', 'p6', 'p7', 'p8', 'feed']) gates[name]!.resolve();
    await settle();
    expect(started.at(-1)).toBe('p9');
    gates.p9!.resolve();
    await Promise.all([...pages, feed, later]);
    expect(limiter.active).toBe(0);
  });
});
