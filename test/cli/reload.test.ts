// SIGHUP reloads the config (issue 16, point 10): `serve` answers from the new catalogue, `run`
// takes the new schedule; a broken config, or one that moves the store or the server, is refused in
// one log line and the running config is kept.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'dist/src/cli/main.js');

const agreement = (id: string, name: string) => `  - { id: ${id}, name: "${name}", parties: [Japan, Philippines], aliases: ["${name}"] }\n`;

function configText(agreements: string, extra = ''): string {
  return `database: p.db\nschedule: "0 0 1 1 *"\nserver: { port: 0, baseUrl: "http://pw.test" }\n${extra}agreements:\n${agreements}`;
}

/** The log as a person reads it: JSON lines (stdout is not a terminal) by their message. */
function readable(text: string): string {
  return text
    .split('\n')
    .map((l) => {
      try {
        return (JSON.parse(l) as { msg: string }).msg;
      } catch {
        return l;
      }
    })
    .join('\n');
}

async function until(out: { text: string }, pattern: RegExp, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!pattern.test(readable(out.text)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(readable(out.text)).toMatch(pattern);
}

let child: ChildProcess | null = null;
afterEach(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await once(child, 'close');
  }
  child = null;
});

function start(args: string[]): { text: string } {
  const out = { text: '' };
  child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (out.text += d));
  child.stderr!.on('data', (d) => (out.text += d));
  return out;
}

describe('SIGHUP', () => {
  it('serve: answers from the reloaded config; a broken one or a moved server is refused and the old one kept', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pactwatch-reload-'));
    const config = path.join(dir, 'pactwatch.yaml');
    writeFileSync(config, configText(agreement('first-pact', 'First Pact')));
    const made = spawn(process.execPath, [bin, 'ingest', '--config', config], { stdio: 'ignore' });
    expect((await once(made, 'close'))[0]).toBe(0);

    const out = start(['serve', '--config', config]);
    await until(out, /serving on http:\/\/127\.0\.0\.1:(\d+)\//);
    const port = /serving on http:\/\/127\.0\.0\.1:(\d+)\//.exec(out.text)![1];
    const opml = async () => (await fetch(`http://127.0.0.1:${port}/feeds.opml`)).text();
    expect(await opml()).toContain('First Pact');

    writeFileSync(config, configText(agreement('first-pact', 'First Pact') + agreement('second-pact', 'Second Pact')));
    child!.kill('SIGHUP');
    await until(out, /config reloaded from .*pactwatch\.yaml: 0 feeds, 2 agreements/);
    expect(await opml()).toContain('Second Pact');
    expect((await fetch(`http://127.0.0.1:${port}/agreements/second-pact`)).status).toBe(200);

    writeFileSync(config, `${configText(agreement('first-pact', 'First Pact'))}colour: blue\n`);
    child!.kill('SIGHUP');
    await until(out, /config not reloaded: .*pactwatch\.yaml: colour: unknown key `colour` \(the running config is kept\)/);
    expect(await opml()).toContain('Second Pact');

    writeFileSync(config, configText(agreement('first-pact', 'First Pact')).replace('port: 0', 'port: 1'));
    child!.kill('SIGHUP');
    await until(out, /config not reloaded: `server` changed in .*; that needs a restart/);
    expect(await opml()).toContain('Second Pact');
  }, 60_000);

  it('run: the worker takes the new schedule', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pactwatch-reload-'));
    const config = path.join(dir, 'pactwatch.yaml');
    writeFileSync(config, configText(agreement('first-pact', 'First Pact')));
    const out = start(['run', '--config', config]);
    await until(out, /worker started: schedule "0 0 1 1 \*"/);
    writeFileSync(config, configText(agreement('first-pact', 'First Pact')).replace('0 0 1 1 *', '30 4 * * *'));
    child!.kill('SIGHUP');
    await until(out, /config reloaded from .*: 0 feeds, 1 agreement, schedule "30 4 \* \* \*" \(UTC\)/);
    child!.kill('SIGTERM');
    expect((await once(child!, 'close'))[0]).toBe(0);
  }, 60_000);
});
