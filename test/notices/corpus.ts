// The notice corpus and the scorer: each real notice (paraphrased, its form kept) is placed in an
// article at its position, the article is served as two page versions, and both go through the
// real path — extractArticle (Readability) → normaliseArticle → versionChange — as a new version
// of the article would in `pactwatch ingest`. Look-alikes go through the same path and must raise
// nothing.
//
// The set scored is test/fixtures/notices/dev unless NOTICES_DIR names another folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ownItemChange, versionChange, type VersionChange } from '../../src/diff/index.js';
import { extractArticle, normaliseArticle } from '../../src/extract/index.js';
import { escapeText } from '../../src/shared/escape.js';
import { sameTextKey } from '../../src/shared/same-text.js';
import type { ArticleText, NoticeKind } from '../../src/types.js';

export type Position = 'foot' | 'top' | 'dateline' | 'headline' | 'own-item';

export interface CorpusNotice {
  id: string;
  url: string;
  outlet: string;
  position: Position;
  kind: NoticeKind;
  text: string;
  removed?: string[];
  added?: string[];
}

export interface Lookalike {
  id: string;
  url: string;
  outlet: string;
  text: string;
  why: string;
}

export const DEV_DIR = fileURLToPath(new URL('../fixtures/notices/dev/', import.meta.url));
/** The first blind part: scored once, development data since. */
export const BLIND_DIR = fileURLToPath(new URL('../fixtures/notices/blind/', import.meta.url));
/** The second blind part (held/): scored once, development data since. */
export const HELD_DIR = fileURLToPath(new URL('../fixtures/notices/held/', import.meta.url));
/** The third blind part (fresh/): scored once, development data since. */
export const FRESH_DIR = fileURLToPath(new URL('../fixtures/notices/fresh/', import.meta.url));
/** The second development part (dev2/): collected for the fourth round, scored first, then developed on. */
export const DEV2_DIR = fileURLToPath(new URL('../fixtures/notices/dev2/', import.meta.url));
/** The fourth blind part (fresh2/): scored once, development data since. */
export const FRESH2_DIR = fileURLToPath(new URL('../fixtures/notices/fresh2/', import.meta.url));
/** The third development part (dev3/): collected for the sixth round from outlets new to the corpus, scored first, then developed on. */
export const DEV3_DIR = fileURLToPath(new URL('../fixtures/notices/dev3/', import.meta.url));
/** The fifth blind part (fresh3/): scored once, development data since. */
export const FRESH3_DIR = fileURLToPath(new URL('../fixtures/notices/fresh3/', import.meta.url));
/** The fourth development part (dev4/): collected for the seventh round to measure generalisation, scored first, then developed on. */
export const DEV4_DIR = fileURLToPath(new URL('../fixtures/notices/dev4/', import.meta.url));
/** The fifth development part (dev5/): collected for the eighth round (own items from outlets new to the corpus), scored first, then developed on. */
export const DEV5_DIR = fileURLToPath(new URL('../fixtures/notices/dev5/', import.meta.url));
/** The sixth blind part (fresh4/): scored once, development data since. */
export const FRESH4_DIR = fileURLToPath(new URL('../fixtures/notices/fresh4/', import.meta.url));
/** The sixth development part (dev6/): collected for the ninth round (broadcasters', journals' and first-person own items), scored first, then developed on. */
export const DEV6_DIR = fileURLToPath(new URL('../fixtures/notices/dev6/', import.meta.url));
/** The seventh blind part (fresh5/): scored once, development data since. */
export const FRESH5_DIR = fileURLToPath(new URL('../fixtures/notices/fresh5/', import.meta.url));

export function loadCorpus(dir: string): { notices: CorpusNotice[]; lookalikes: Lookalike[] } {
  const notices: CorpusNotice[] = [];
  const lookalikes: Lookalike[] = [];
  if (!existsSync(dir)) return { notices, lookalikes };
  dir = path.resolve(dir);
  for (const f of readdirSync(dir).filter((x) => /\.ya?ml$/.test(x)).sort()) {
    const doc = (parse(readFileSync(path.join(dir, f), 'utf8')) ?? {}) as { notices?: CorpusNotice[]; lookalikes?: Lookalike[] };
    notices.push(...(doc.notices ?? []));
    lookalikes.push(...(doc.lookalikes ?? []));
  }
  return { notices, lookalikes };
}

// ---------------------------------------------------------------- the article a notice is placed in

const URL_BASE = 'https://news.example.com/2026/11/23/japan-philippines-acsa';
const TITLE = 'Japan and Philippines sign military logistics pact';
const DATELINE = 'MANILA, Philippines \u2013';
const BYLINE = 'By Staff Writers';
const BODY = [
  'Japan and the Philippines signed an agreement on Monday that lets their armed forces share fuel, food and ammunition during joint exercises, the latest step in a fast-growing security partnership.',
  'The Acquisition and Cross-Servicing Agreement was signed in Manila by the two defence ministers after talks that began last year, officials from both governments said.',
  'The accord still needs the approval of the Japanese parliament before it can take effect, a process that officials expect to finish early next year.',
  'Both countries have raised concerns about Chinese coast guard activity in nearby waters, and the agreement follows a reciprocal access deal signed by the two sides in 2024.',
  'Analysts said the pact would make it easier for the two militaries to train together and to respond jointly to natural disasters in the region.',
];

function factParagraph(words: string): string {
  return `The account of the signing gave the detail as ${words} in its report on the ceremony.`;
}

function page(a: ArticleText): string {
  const ps = a.paragraphs.map((p) => `      <p>${escapeText(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeText(a.title)} | Example News</title>
<link rel="canonical" href="${URL_BASE}"></head>
<body>
  <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
  <main>
    <article>
      <h1>${escapeText(a.title)}</h1>
${ps}
    </article>
  </main>
  <footer><p>Copyright 2026 Example News. All rights reserved.</p></footer>
</body></html>`;
}

/** The two versions of the article a notice is placed in (v1 null: a new item of its own). */
export function placeNotice(n: CorpusNotice): { v1: ArticleText | null; v2: ArticleText } {
  const removed = n.removed ?? [];
  const added = n.added ?? [];
  const oldFacts = removed.map(factParagraph);
  const newFacts = added.map(factParagraph);
  const body1 = [`${DATELINE} ${BODY[0]}`, ...BODY.slice(1, 3), ...oldFacts, ...BODY.slice(3)];
  const body2 = [`${DATELINE} ${BODY[0]}`, ...BODY.slice(1, 3), ...newFacts, ...BODY.slice(3)];
  // The byline is kept in one fetch and not in the next: it must not show as removed text.
  const v1: ArticleText = { title: TITLE, paragraphs: [BYLINE, ...body1] };
  switch (n.position) {
    case 'foot':
      return { v1, v2: { title: TITLE, paragraphs: [...body2, n.text] } };
    case 'top':
      return { v1, v2: { title: TITLE, paragraphs: [n.text, ...body2] } };
    case 'dateline': {
      // A whole dateline with its tag ("MANILA, Philippines (UPDATED) –") replaces ours; a bare tag
      // ("(Update 1, 6:45 p.m.)") goes inside it.
      const first = /[-\u2013\u2014]\s*$/.test(n.text)
        ? `${n.text} ${BODY[0]}`
        : `MANILA, Philippines ${n.text} \u2013 ${BODY[0]}`;
      return { v1, v2: { title: TITLE, paragraphs: [first, ...body2.slice(1)] } };
    }
    case 'headline': {
      const t = n.text.trim();
      // A whole headline as published; a bare tag ("CORRECTED-", "(UPDATE 2)") goes onto ours.
      const title = /[-:\u2013\u2014]$/.test(t) ? `${t}${TITLE}` : /^\([^)]*\)$/.test(t) ? `${TITLE} ${t}` : t;
      return { v1, v2: { title, paragraphs: body2 } };
    }
    case 'own-item':
      return { v1: null, v2: { title: n.outlet, paragraphs: [n.text] } };
  }
}

const extracted = new Map<string, ArticleText>();

/** Serves a version as a page and extracts it, as ingest does with an article's page. */
export function throughExtract(a: ArticleText): ArticleText {
  const html = page(a);
  let out = extracted.get(html);
  if (!out) {
    const p = extractArticle(html, URL_BASE);
    out = normaliseArticle({ title: p.title, paragraphs: p.paragraphs });
    extracted.set(html, out);
  }
  return out;
}

/** The correction record a placed notice yields, through extract and diff. */
export function recordOf(v1: ArticleText | null, v2: ArticleText): VersionChange | null {
  const b = throughExtract(v2);
  return v1 === null ? ownItemChange(b) : versionChange(throughExtract(v1), b);
}

/**
 * The placements a look-alike is tried in: at the top, in the body and at the foot of one new
 * version (each paragraph is judged where it stands, so one page tries all three), and as an item
 * of its own.
 */
export function placeLookalike(l: Lookalike): Array<{ where: string; v1: ArticleText | null; v2: ArticleText }> {
  const v1: ArticleText = { title: TITLE, paragraphs: [`${DATELINE} ${BODY[0]}`, ...BODY.slice(1)] };
  const inArticle = [l.text, ...v1.paragraphs.slice(0, 2), l.text, ...v1.paragraphs.slice(2), l.text];
  return [
    { where: 'top/body/foot', v1, v2: { title: TITLE, paragraphs: inArticle } },
    { where: 'own-item', v1: null, v2: { title: TITLE, paragraphs: [l.text] } },
  ];
}

// ---------------------------------------------------------------- scoring

export interface NoticeResult {
  id: string;
  position: Position;
  kind: NoticeKind;
  found: Array<{ kind: NoticeKind; rule: string }>;
  /** Expected removed/added words that the record shows (null when none were expected). */
  removedShown: boolean | null;
  addedShown: boolean | null;
  /** Furniture (the byline) listed as corrected text. */
  furnitureListed: boolean;
}

/** Each expected phrase is shown: a fragment holds it, or holds the words of it that changed ("$400 [-million-]"). */
function shows(fragments: readonly string[], words: readonly string[]): boolean {
  const hay = fragments.map((f) => sameTextKey(f).toLowerCase()).filter((f) => /[\p{L}\p{N}]/u.test(f));
  return words.every((w) => {
    const want = sameTextKey(w).toLowerCase();
    return hay.some((f) => f.includes(want) || want.includes(f));
  });
}

export function scoreNotice(n: CorpusNotice): NoticeResult {
  const { v1, v2 } = placeNotice(n);
  const rec = recordOf(v1, v2);
  const found = (rec?.found ?? []).map((f) => ({ kind: f.kind, rule: f.rule }));
  const listed = [...(rec?.removed ?? []), ...(rec?.added ?? [])];
  return {
    id: n.id,
    position: n.position,
    kind: n.kind,
    found,
    // An item of its own corrects another article: it has no corrected words of its own to show.
    removedShown: n.removed?.length && v1 ? shows(rec?.removed ?? [], n.removed) : null,
    addedShown: n.added?.length && v1 ? shows(rec?.added ?? [], n.added) : null,
    furnitureListed: listed.some((f) => f.includes(BYLINE)),
  };
}

export interface LookalikeResult {
  id: string;
  raised: Array<{ where: string; kind: NoticeKind; rule: string; note: string }>;
}

export function scoreLookalike(l: Lookalike): LookalikeResult {
  const raised: LookalikeResult['raised'] = [];
  for (const p of placeLookalike(l)) {
    const rec = recordOf(p.v1, p.v2);
    for (const f of rec?.found ?? []) raised.push({ where: p.where, kind: f.kind, rule: f.rule, note: f.note });
  }
  return { id: l.id, raised };
}

function ratio(a: number, b: number): string {
  return b === 0 ? '-' : `${a}/${b} (${(a / b).toFixed(3)})`;
}

/** The figures, as printed by `npx vitest run test/notices`. */
export function report(results: readonly NoticeResult[], looks: readonly LookalikeResult[]): string {
  const lines: string[] = [];
  const recalled = results.filter((r) => r.found.length > 0);
  const kindRight = recalled.filter((r) => r.found.some((f) => f.kind === r.kind));
  lines.push(`notices recognised (recall): ${ratio(recalled.length, results.length)}`);
  lines.push(`kind right (of recognised): ${ratio(kindRight.length, recalled.length)}`);
  const by = (key: (r: NoticeResult) => string) => {
    const groups = new Map<string, NoticeResult[]>();
    for (const r of results) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
    return [...groups.entries()]
      .sort()
      .map(([k, rs]) => `${k} ${ratio(rs.filter((r) => r.found.length > 0).length, rs.length)}`)
      .join(' | ');
  };
  lines.push(`  by position: ${by((r) => r.position)}`);
  lines.push(`  by kind:     ${by((r) => r.kind)}`);
  const kindRightBy = [...new Set(recalled.map((r) => r.kind))]
    .sort()
    .map((k) => {
      const rs = recalled.filter((r) => r.kind === k);
      return `${k} ${ratio(rs.filter((r) => r.found.some((f) => f.kind === k)).length, rs.length)}`;
    })
    .join(' | ');
  lines.push(`  kind right by kind (of recognised): ${kindRightBy}`);
  const raised = looks.filter((l) => l.raised.length > 0);
  lines.push(`look-alikes raised as notices: ${raised.length} of ${looks.length}`);
  const rem = results.filter((r) => r.removedShown !== null);
  const add = results.filter((r) => r.addedShown !== null);
  lines.push(
    `removed/added show the corrected words: ${rem.filter((r) => r.removedShown).length}/${rem.length}, ${add.filter((r) => r.addedShown).length}/${add.length}`,
  );
  lines.push(`byline listed as removed/added: ${results.filter((r) => r.furnitureListed).length}`);
  const missed = results.filter((r) => r.found.length === 0);
  if (missed.length > 0) lines.push(`missed: ${missed.map((r) => `${r.id} (${r.position}, ${r.kind})`).join(', ')}`);
  const wrongKind = recalled.filter((r) => !r.found.some((f) => f.kind === r.kind));
  if (wrongKind.length > 0) lines.push(`kind wrong: ${wrongKind.map((r) => `${r.id} ${r.kind}→${r.found.map((f) => f.kind).join('+')}`).join(', ')}`);
  for (const l of raised) lines.push(`FALSE NOTICE ${l.id}: ${l.raised.map((x) => `${x.where} ${x.rule}`).join(', ')}`);
  return lines.join('\n');
}
