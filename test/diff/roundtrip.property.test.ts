// Property: a diff reproduces both versions. Precisely (see src/diff/side-text.ts):
//   sideText(d, 'new') === bodyText(newArticle)
//   foldKey(sideText(d, 'old')) === foldKey(bodyText(oldArticle))   (exact when nothing folds)
// where bodyText joins the display-form paragraphs (NFC, whitespace collapsed, empty dropped) with
// "\n\n", and a block's side text is its equal segments plus its removed (old) or added (new) ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyText, diffArticles, foldKey, PARAGRAPH_SEPARATOR, sideText } from '../../src/diff/index.js';
import type { ArticleText } from '../../src/types.js';

const VOCAB = ['Japan', 'Philippines', 'pact', 'signed', 'the', 'a', 'Senate', 'treaty', 'Manila', 'Tokyo', 'on', 'Monday'];
const PUNCT = [',', '.', ':', ';', '-', '—', '(', ')', "'", '’', '"', '“', '”', '!', '?', '&', '<', '>', ']]>'];
const UNICODE = ['日本', 'フィリピン', 'é', 'e\u0301', 'Ä', '🇯🇵', 'ß', '\u00a0', '\u200b'];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VOCAB) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const space = fc.constantFrom(' ', ' ', ' ', '', '  ', '\t', '\n', '\n\n');
const paragraph = fc
  .array(fc.tuple(token, space), { maxLength: 14 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));
const paragraphs = fc.array(paragraph, { maxLength: 8 });

/** A new version made from the old one by edits, so versions share text as real ones do. */
const edited = (old: string[]) =>
  fc
    .array(
      fc.oneof(
        fc.record({ kind: fc.constant('keep' as const) }),
        fc.record({ kind: fc.constant('drop' as const) }),
        fc.record({ kind: fc.constant('insert' as const), p: paragraph }),
        fc.record({ kind: fc.constant('edit' as const), p: paragraph }),
        fc.record({ kind: fc.constant('join' as const) }),
      ),
      { minLength: old.length, maxLength: old.length + 2 },
    )
    .map((ops) => {
      const out: string[] = [];
      ops.forEach((op, i) => {
        const p = old[i];
        if (op.kind === 'insert') out.push(op.p, ...(p === undefined ? [] : [p]));
        else if (p === undefined) return;
        else if (op.kind === 'keep') out.push(p);
        else if (op.kind === 'edit') out.push(p.slice(0, p.length >> 1) + ' ' + op.p);
        else if (op.kind === 'join' && out.length > 0) out[out.length - 1] += ' ' + p;
        else if (op.kind === 'join') out.push(p);
      });
      return out;
    });

const pair = fc.oneof(
  paragraphs.map((p) => [p, p] as const), // identical
  fc.tuple(paragraphs, paragraphs), // unrelated
  paragraphs.chain((old) => edited(old).map((nu) => [old, nu] as const)), // edited
);

/**
 * Whether a version holds a character that "the same text" folds (quotes, dashes, joiners, the
 * ellipsis): an equal segment then shows the new version's form, so the old side is exact only
 * under the fold. (Found by fast-check seed -140918429: an old "-" shown as the new "—".)
 */
const holdsFoldedForm = (t: string): boolean => t.split(PARAGRAPH_SEPARATOR).some((p) => foldKey(p) !== p);

function checkRoundTrip(oldPs: readonly string[], newPs: readonly string[], opts: { maxEditLength?: number }): void {
  const a: ArticleText = { title: oldPs[0] ?? '', paragraphs: [...oldPs] };
  const b: ArticleText = { title: newPs[0] ?? '', paragraphs: [...newPs] };
  const d = diffArticles(a, b, { ...opts, timeoutMs: 10_000 });
  expect(sideText(d, 'new')).toBe(bodyText(b));
  const oldText = sideText(d, 'old');
  expect(foldKey(oldText)).toBe(foldKey(bodyText(a)));
  if (!holdsFoldedForm(bodyText(a)) && !holdsFoldedForm(bodyText(b))) expect(oldText).toBe(bodyText(a));
  // Fragments are pieces of the version they come from.
  const oldFolded = foldKey(bodyText(a) + '\n\n' + (a.title ?? ''));
  for (const f of d.removed) expect(oldFolded.includes(foldKey(f)) || foldKey(a.title).includes(foldKey(f))).toBe(true);
  for (const f of d.added) expect(bodyText(b).includes(f) || b.title.replace(/\s+/gu, ' ').normalize('NFC').includes(f)).toBe(true);
  // Blocks are well formed.
  for (const blk of d.blocks) {
    expect(blk.segments.length).toBeGreaterThan(0);
    if (blk.kind === 'equal') expect(blk.segments.every((s) => s.op === 'equal')).toBe(true);
    if (blk.kind === 'removed') expect(blk.segments.every((s) => s.op === 'removed')).toBe(true);
    if (blk.kind === 'added') expect(blk.segments.every((s) => s.op === 'added')).toBe(true);
  }
  if (opts.maxEditLength === 0) expect(d.blocks.some((x) => x.kind === 'changed')).toBe(false);
}

describe('a diff reproduces both versions', () => {
  it('normal path', () => {
    fc.assert(
      fc.property(pair, ([o, n]) => checkRoundTrip(o, n, {})),
      { numRuns: 400 },
    );
  });
  it('coarse path (jsdiff forced to give up: whole paragraphs)', () => {
    fc.assert(
      fc.property(pair, ([o, n]) => checkRoundTrip(o, n, { maxEditLength: 0 })),
      { numRuns: 400 },
    );
  });
  it('long paragraphs (aligned by sentences first)', () => {
    // Over 400 tokens a side: the sentence stage runs.
    const sentence = fc
      .tuple(fc.array(fc.tuple(token, space), { minLength: 8, maxLength: 16 }), fc.constantFrom('.', '!', '?', '。'))
      .map(([parts, end]) => parts.map(([t, s]) => t + s).join('') + end);
    const long = fc.array(sentence, { minLength: 60, maxLength: 80 });
    const longPair = long.chain((old) =>
      fc
        .array(fc.tuple(fc.nat(old.length - 1), sentence, fc.boolean()), { maxLength: 4 })
        .map((edits) => {
          const nu = [...old];
          for (const [i, s, drop] of edits) nu.splice(i, drop ? 1 : 0, ...(drop ? [] : [s]));
          return [[old.join(' ')], [nu.join(' ')]] as const;
        }),
    );
    fc.assert(
      fc.property(longPair, ([o, n]) => checkRoundTrip(o, n, {})),
      { numRuns: 100 },
    );
  });
  it('edge cases', () => {
    checkRoundTrip([], [], {});
    checkRoundTrip([], ['New text.'], {});
    checkRoundTrip(['Old text.'], [], {});
    checkRoundTrip(['', '  ', '\n'], ['x'], {});
    checkRoundTrip(['a.b c'], ['a. b c'], {});
    checkRoundTrip(['a b'], ['ab'], {});
  });
});
