// Adding feeds to a config file (`pactwatch opml-import`): the YAML is edited as a document, so the
// user's comments and layout stay, and the result is checked as a whole config before it replaces
// the file. Feeds already in the config (by URL) are left alone; each new one gets an id made from
// its title, unique in the file.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument } from 'yaml';
import { ConfigError, loadConfig } from './index.js';

export interface NewFeed {
  title: string;
  url: string;
}

export interface AddResult {
  added: Array<{ id: string; name: string; url: string }>;
  /** Feeds left out, each with why. */
  skipped: string[];
}

export function addFeedsToConfig(file: string, feeds: NewFeed[], opts: { dryRun?: boolean } = {}): AddResult {
  const config = loadConfig(file);
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const known = new Set(config.feeds.map((f) => normalUrl(f.url)));
  const ids = new Set(config.feeds.map((f) => f.id));
  const result: AddResult = { added: [], skipped: [] };
  for (const f of feeds) {
    if (!/^https?:\/\//i.test(f.url)) {
      result.skipped.push(`${f.url}: not an http(s) URL`);
      continue;
    }
    if (known.has(normalUrl(f.url))) {
      result.skipped.push(`${f.url}: already in the config`);
      continue;
    }
    known.add(normalUrl(f.url));
    const id = uniqueId(slug(f.title) || slug(hostOf(f.url)) || 'feed', ids);
    ids.add(id);
    result.added.push({ id, name: f.title, url: f.url });
  }
  if (result.added.length === 0 || opts.dryRun) return result;

  const existing = doc.get('feeds');
  if (existing !== undefined && existing !== null && !isSeq(existing)) throw new ConfigError(config.file, 'feeds', 'is not a list; cannot add to it');
  if (!isMap(doc.contents) && doc.contents !== null) throw new ConfigError(config.file, '', 'the file is not a YAML mapping');
  for (const f of result.added) doc.addIn(['feeds'], doc.createNode({ id: f.id, name: f.name, url: f.url }));

  // Checked as a whole config before it replaces the file: an import never leaves a broken one.
  const tmp = `${config.file}.opml-import.tmp`;
  writeFileSync(tmp, doc.toString());
  try {
    loadConfig(tmp);
  } catch (err) {
    rmSync(tmp, { force: true });
    if (err instanceof ConfigError) throw new ConfigError(config.file, err.key, `${err.problem} (after adding the feeds; the file was not changed)`);
    throw err;
  }
  renameSync(tmp, config.file);
  if (existsSync(tmp)) rmSync(tmp, { force: true });
  return result;
}

function normalUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** "The Japan Times — World" → "the-japan-times-world": an id of [a-z0-9-]+. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

function uniqueId(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
