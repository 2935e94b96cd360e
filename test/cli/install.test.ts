// A global install (`npm install -g`, `npm link`) runs outside the checkout (issue 16, point 10):
// the bundled catalogue, the migrations and the demo are found from wherever `pactwatch` is
// started, and without a config the one-line error says how to give one.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('a global install', () => {
  it('pactwatch works from another folder', () => {
    const prefix = mkdtempSync(path.join(tmpdir(), 'pactwatch-global-'));
    // From the checkout, as `npm link` does; offline, and without re-running the build.
    execFileSync('npm', ['install', '-g', '--prefix', prefix, '--ignore-scripts', '--offline', '--no-audit', '--no-fund', root], { stdio: 'ignore' });
    const bin = path.join(prefix, 'bin', 'pactwatch');
    const cwd = mkdtempSync(path.join(tmpdir(), 'pactwatch-elsewhere-'));
    const run = (args: string[]) => spawnSync(bin, args, { cwd, encoding: 'utf8', env: { ...process.env, PACTWATCH_CONFIG: '' } });

    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const demo = run(['demo', '--no-serve']);
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/Replaying 6 snapshots/);

    const env = { ...process.env };
    delete env.PACTWATCH_CONFIG;
    const none = spawnSync(bin, ['agreements'], { cwd, encoding: 'utf8', env });
    expect(none.status).toBe(1);
    expect(none.stderr.trim()).toMatch(/config\/default\.yaml: no such file; give --config FILE or set PACTWATCH_CONFIG \(copy .*config to start from\)$/);
    expect(readdirSync(cwd)).toEqual([]);
  }, 180_000);
});
