// Helper processes. Servers that a figure measures against (the news sites, the pactwatch web
// server) run in their own process, so their CPU and memory never count towards the figure, and
// the two cores of a small machine are both used as they would be in production.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** dist/bench, where the compiled child scripts are. */
export const BENCH_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

export interface Child<T> {
  proc: ChildProcess;
  /** The first line the child printed, parsed as JSON (its "ready" message). */
  ready: T;
  stop(): Promise<void>;
}

/**
 * Starts `dist/bench/child/<name>.js` and waits for its first stdout line (JSON). The child's stdin
 * is a pipe it watches: when this process dies the pipe closes and the child exits too.
 */
export function startChild<T>(name: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Child<T>> {
  const proc = spawn(process.execPath, [...process.execArgv.filter((a) => a === '--expose-gc'), path.join(BENCH_DIR, 'child', `${name}.js`), ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env,
  });
  const lines = createInterface({ input: proc.stdout! });
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${name} exited (code ${code}) before it was ready`));
    proc.once('exit', onExit);
    proc.once('error', reject);
    lines.once('line', (line) => {
      proc.off('exit', onExit);
      let ready: T;
      try {
        ready = JSON.parse(line) as T;
      } catch {
        reject(new Error(`${name}: unexpected output: ${line.slice(0, 200)}`));
        return;
      }
      resolve({
        proc,
        ready,
        stop: () =>
          new Promise<void>((done) => {
            if (proc.exitCode !== null || proc.signalCode !== null) return done();
            proc.once('exit', () => done());
            proc.kill('SIGTERM');
          }),
      });
    });
  });
}

/** Runs a child to its end and returns its last stdout line, parsed as JSON. */
export function runChild<T>(name: string, args: string[], nodeFlags: string[] = []): Promise<T> {
  // stdin stays an open pipe: the child exits when it closes (see exitWithParent / watchParent).
  const proc = spawn(process.execPath, [...nodeFlags, path.join(BENCH_DIR, 'child', `${name}.js`), ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  proc.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
  return new Promise((resolve, reject) => {
    proc.once('error', reject);
    proc.once('exit', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${name} exited with code ${code}`));
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${name}: unexpected output: ${last.slice(0, 200)}`));
      }
    });
  });
}

/** In a child: exit when the parent goes away (stdin closes) or asks (SIGTERM). */
export function exitWithParent(cleanup: () => void = () => {}): void {
  const bye = () => {
    try {
      cleanup();
    } finally {
      process.exit(0);
    }
  };
  process.stdin.on('end', bye).on('close', bye).resume();
  process.once('SIGTERM', bye);
}

/** In a child that ends on its own: exit at once if the parent goes away first. */
export function watchParent(): void {
  process.stdin.on('end', () => process.exit(1)).resume();
}
