// Issue 16 point 6: /corrections, /corrections.atom and `pactwatch corrections` follow one policy
// on unannounced edits (none lists them unless asked: the history is what publishers announced,
// and CONTRACT.md's `corrections --json` kinds are the five notice kinds), and each change shows its sentence.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../src/demo/index.js';
import { loadBundledConfig } from '../../src/config/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { correctionsJson, createSiteData, readContext, type ReadContext } from '../../src/query/index.js';
import { sentenceText } from '../../src/publish/index.js';

let store: Store;
let ctx: ReadContext;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pactwatch-policy-test-'));
  const { database } = await runDemo({ port: 0, serve: false, dir, out: () => {} });
  store = openStore(database);
  ctx = readContext({ ...loadBundledConfig(), database }, store);
  // An unannounced edit of a tracked article, recorded as the run would record it.
  const c = correctionsJson(ctx)[0]!;
  const article = store.articles.byUrl(c.url)!;
  const latest = store.articles.latestVersion(article.id)!;
  store.write(() => {
    const n = store.articles.insertVersion({ ...latest, articleId: article.id, seenAt: '2099-01-01T00:00:00.000Z', paragraphs: [...latest.paragraphs, 'The fund is $1.7 billion.'], hash: 'quiet-edit', baseline: false });
    store.articles.insertChange({
      articleId: article.id,
      from: n - 1,
      to: n,
      detectedAt: '2099-01-01T00:00:00.000Z',
      notices: [],
      removed: ['2'],
      added: ['7'],
      diff: {
        title: null,
        blocks: [{ kind: 'changed', segments: [{ op: 'equal', text: 'The fund is $1.' }, { op: 'removed', text: '2' }, { op: 'added', text: '7' }, { op: 'equal', text: ' billion.' }] }],
        removed: ['2'],
        added: ['7'],
        coarse: false,
      },
      announced: false,
    });
    store.updates.insert({
      uid: 'tag:pactwatch,2026:update/quiet',
      createdAt: '2099-01-01T00:00:00.000Z',
      title: 'quietly edited',
      articleId: article.id,
      agreementIds: [],
      payload: { kind: 'revision', article: { url: c.url, feedId: c.feed, feedName: c.feed, title: c.title, publishedAt: null }, fromVersion: n - 1, toVersion: n, diff: { title: null, blocks: [], removed: [], added: [], coarse: false } },
    });
  });
}, 120_000);

afterAll(() => store.close());

describe('one policy on unannounced edits', () => {
  it('the CLI list, the page data and the corrections feed leave the unannounced edit out, and list it when asked', () => {
    const cli = correctionsJson(ctx);
    expect(cli.map((c) => c.kind)).not.toContain('revision');
    const page = createSiteData(ctx).corrections({});
    expect(page.map((c) => `${c.kind} ${c.url} ${c.toVersion}`)).toEqual(cli.map((c) => `${c.kind} ${c.url} ${c.toVersion}`));
    const feedKinds = store.updates.list({ kind: 'corrections' }, null, 100).map((u) => u.payload.kind);
    expect(new Set(feedKinds)).toEqual(new Set(['correction']));
    // The feed of every update has it; --all (and ?kind=revision on the page) lists it.
    expect(store.updates.list({ kind: 'all' }, null, 100).map((u) => u.payload.kind)).toContain('revision');
    expect(correctionsJson(ctx, { revisions: true })[0]).toMatchObject({ kind: 'revision', note: '' });
    expect(createSiteData(ctx).corrections({ kind: 'revision' })[0]).toMatchObject({ kind: 'revision' });
  });

  it('each change carries its sentence with the change marked, numbers whole', () => {
    const [quiet, ...rest] = correctionsJson(ctx, { revisions: true });
    expect(quiet!.sentences!.map(sentenceText)).toEqual(['The fund is $[-1.2-]{+1.7+} billion.']);
    const may = rest.find((c) => c.removed.includes('May'))!;
    expect(may.sentences!.map(sentenceText).join(' ')).toMatch(/\[-May-\]\{\+April\+\}/);
  });
});
