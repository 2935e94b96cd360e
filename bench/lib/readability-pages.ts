// Readability's own test pages (real pages with known article text), read from a local git mirror
// of mozilla/readability — never copied into this project. The mirror is where the search tool's
// `fetch github:mozilla/readability` puts it, or PACTWATCH_READABILITY_GIT; without it the quality
// figure is "not measured".
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEFAULT_READABILITY_GIT = '/work/.mirror/mozilla+readability/repo';

export interface TestPage {
  name: string;
  html: string;
}

/** The mirror's git directory, or null when it is absent. */
export function readabilityGitDir(): string | null {
  const dir = process.env.PACTWATCH_READABILITY_GIT ?? DEFAULT_READABILITY_GIT;
  return existsSync(dir) ? dir : null;
}

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Every test page's source.html at the mirror's HEAD. */
export function readabilityTestPages(dir: string): TestPage[] {
  const names = git(dir, ['ls-tree', '--name-only', 'HEAD', 'test/test-pages/'])
    .split('\n')
    .filter(Boolean)
    .map((p) => p.replace(/^test\/test-pages\//, ''));
  return names.map((name) => ({ name, html: git(dir, ['show', `HEAD:test/test-pages/${name}/source.html`]) }));
}
