// Which part of a scanned page is the article, the way Readability decides it (score paragraphs,
// credit their ancestors, take the best, join its good siblings, clean what is inside), on the
// scan's counts instead of a DOM. Where the counts are only close to Readability's, or the page
// does something Readability treats in ways not modelled here, the answer is "unsure" with the
// signal that made it so, and the caller asks Readability itself.
import { INLINE } from '../blocks.js';
import type { PageScan, ScanBlock, ScanNode } from './scan.js';
import {
  AD_WORDS,
  BYLINE,
  CHAR_THRESHOLD,
  classWeight,
  KEPT_TAGS,
  LOADING_WORDS,
  SCORED,
  SHARE,
  TAG_SCORE,
  TEXTISH,
  textSimilarity,
} from './rules.js';

/** Why the fast path did not answer: one named signal per page. */
export type Unsure =
  | 'no-body'
  | 'no-candidate'
  | 'close-candidates'
  | 'short'
  | 'table'
  | 'embed'
  | 'close-clean'
  | 'inline-removal'
  | 'close-climb'
  | 'close-sibling';

export type Choice = { blocks: ScanBlock[]; unsure: null } | { blocks: null; unsure: Unsure };

/** How far from one of Readability's thresholds a count must be for the fast path to trust it. */
const MARGIN = 0.15;
/** The same for scores, which sum many counts and land within a few per cent of Readability's. */
const SCORE_MARGIN = 0.05;

/** Within `margin` of a threshold: the scan's counts are close to Readability's, not equal. */
function near(value: number, limit: number, margin = MARGIN): boolean {
  return Math.abs(value - limit) <= margin * Math.abs(limit);
}

function linkDensity(n: ScanNode): number {
  return n.text === 0 ? 0 : n.link / n.text;
}

function textOf(scan: PageScan, n: ScanNode): string {
  const parts: string[] = [];
  for (let i = n.blockFirst; i < n.blockEnd; i++) parts.push(scan.blocks[i]!.text);
  return parts.join(' ');
}

/** Readability's _cleanConditionally verdict; "close" when a ratio sits near its threshold. */
function cleanVerdict(scan: PageScan, index: number, tag: string): 'keep' | 'remove' | 'close' {
  const n = scan.nodes[index]!;
  const isList = tag === 'ul' || tag === 'ol' || (n.text > 0 && n.listText / n.text > 0.9);
  const weight = classWeight(n.className, n.id);
  if (weight < 0) return 'remove';
  if (n.commas >= 10) return 'keep';
  // A div's own runs of text were wrapped in <p>s by Readability: paragraphs, and text in them.
  const ownRuns = { count: 0, chars: 0 };
  if (tag === 'div') {
    for (let b = n.blockFirst; b < n.blockEnd; b++) {
      const block = scan.blocks[b]!;
      if (block.owner === index) {
        ownRuns.count++;
        ownRuns.chars += block.text.length;
      }
    }
  }
  const p = n.p + ownRuns.count;
  const img = n.img;
  const li = n.li - 100;
  const length = n.text;
  if (length < 30) {
    const text = textOf(scan, n).trim();
    if (AD_WORDS.test(text) || LOADING_WORDS.test(text)) return 'remove';
  }
  const ld = linkDensity(n);
  const headingDensity = length === 0 ? 0 : n.headingText / length;
  const textDensity = length === 0 ? 0 : (n.textishText + ownRuns.chars) / length;
  if (n.embed > 0) return 'close';
  if (
    (!n.inFigure && img > 1 && p / img < 0.5) ||
    (!isList && li > p) ||
    n.input > Math.floor(p / 3) ||
    (!isList && !n.inFigure && headingDensity < 0.9 && length < 25 && (img === 0 || img > 2) && ld > 0) ||
    (!isList && weight < 25 && ld > 0.2) ||
    (weight >= 25 && ld > 0.5) ||
    (img === 0 && textDensity === 0)
  ) {
    return 'remove';
  }
  if ((!isList && weight < 25 && near(ld, 0.2)) || (weight >= 25 && near(ld, 0.5)) || (!isList && length < 30 && ld > 0)) return 'close';
  return 'keep';
}

export function chooseArticle(scan: PageScan, title: string, metaByline: boolean): Choice {
  const { nodes } = scan;
  if (scan.body < 0) return { blocks: null, unsure: 'no-body' };
  const dropped = new Uint8Array(nodes.length);
  /** An inline element removed from the middle of a paragraph: the scan's paragraph cannot lose just its words. */
  let inlineRemoved = false;
  const drop = (i: number): void => {
    dropped.fill(1, i, nodes[i]!.end);
    if (INLINE.has(nodes[i]!.tag) && nodes[i]!.text > 0) inlineRemoved = true;
  };

  // Readability's walk: the first byline and the first heading that repeats the title go.
  let bylineFound = metaByline;
  let titleHeaderFound = false;
  /** A div holding just one <p> is replaced by it (its paragraph then belongs to the div's parent). */
  const collapsed = new Uint8Array(nodes.length);
  const scored: Array<{ parent: number; length: number; commas: number }> = [];
  let v = 0;
  const visits = scan.dropped;
  /** The first dropped element (before nodes[i]) that Readability would take as byline or title heading. */
  const visitsBefore = (i: number): void => {
    for (; v < visits.length && visits[v]!.at <= i; v++) {
      const d = visits[v]!;
      if (d.parent >= 0 && dropped[d.parent]) continue;
      const length = d.text.trim().length;
      if (!bylineFound && d.byline && length > 0 && length < 100) bylineFound = true;
      else if (!titleHeaderFound && (d.tag === 'h1' || d.tag === 'h2') && textSimilarity(title, d.text.trim()) > 0.75) titleHeaderFound = true;
    }
  };
  for (let i = scan.body; i < nodes.length; i++) {
    visitsBefore(i);
    if (dropped[i]) continue;
    const n = nodes[i]!;
    const matchString = `${n.className} ${n.id}`;
    if (!bylineFound && (n.authorMark || BYLINE.test(matchString)) && n.text > 0 && n.text < 100) {
      bylineFound = true;
      drop(i);
      continue;
    }
    if (!titleHeaderFound && (n.tag === 'h1' || n.tag === 'h2') && textSimilarity(title, textOf(scan, n)) > 0.75) {
      titleHeaderFound = true;
      drop(i);
      continue;
    }
    if (n.tag === 'div') {
      if (n.children === 1 && n.firstChildTag === 'p' && !n.ownText && linkDensity(n) < 0.25) {
        collapsed[i] = 1;
      } else if (!n.blockInside) {
        scored.push({ parent: n.parent, length: n.text, commas: n.commas });
      } else {
        // Its own runs of text become paragraphs inside it.
        for (let b = n.blockFirst; b < n.blockEnd; b++) {
          const block = scan.blocks[b]!;
          if (block.owner === i) scored.push({ parent: i, length: block.text.length, commas: block.text.split(',').length - 1 });
        }
      }
    } else if (SCORED.has(n.tag)) {
      scored.push({ parent: n.parent, length: n.text, commas: n.commas });
    }
  }

  if (inlineRemoved) return { blocks: null, unsure: 'inline-removal' };
  const parentOf = (i: number): number => {
    let p = nodes[i]!.parent;
    while (p >= 0 && collapsed[p]) p = nodes[p]!.parent;
    return p;
  };
  const score = new Map<number, number>();
  const init = (i: number): void => {
    if (!score.has(i)) score.set(i, classWeight(nodes[i]!.className, nodes[i]!.id) + (TAG_SCORE[nodes[i]!.tag] ?? 0));
  };
  for (const s of scored) {
    if (s.length < 25 || s.parent < 0) continue;
    const points = 1 + (s.commas + 1) + Math.min(Math.floor(s.length / 100), 3);
    let a = s.parent;
    for (let level = 0; level < 5 && a >= 0; level++) {
      if (dropped[a]) break;
      init(a);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      score.set(a, score.get(a)! + points / divider);
      a = parentOf(a);
    }
  }
  for (const [i, s] of score) score.set(i, s * (1 - linkDensity(nodes[i]!)));
  const ranked = [...score.entries()].filter(([i]) => !dropped[i]).sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0]![0] === scan.body) return { blocks: null, unsure: 'no-candidate' };
  let top = ranked[0]![0];
  const topScore = ranked[0]![1];
  // Runners-up within a hair of Readability's 0.75 rule: it may pick their common ancestor.
  const alternatives = ranked.slice(1, 5).filter(([, s]) => s / topScore >= 0.75 * (1 - SCORE_MARGIN));
  if (alternatives.length >= 2) return { blocks: null, unsure: 'close-candidates' };

  // Climb while a parent scores at least a third of the top's score, to the first that beats its child.
  let lastScore = score.get(top)!;
  const climbFloor = lastScore / 3;
  for (let p = parentOf(top); p >= 0 && p !== scan.body; p = parentOf(p)) {
    const ps = score.get(p);
    if (ps === undefined) continue;
    if (near(ps, climbFloor, SCORE_MARGIN) || near(ps, lastScore, SCORE_MARGIN)) return { blocks: null, unsure: 'close-climb' };
    if (ps < climbFloor) break;
    if (ps > lastScore) {
      top = p;
      break;
    }
    lastScore = ps;
  }
  for (let p = parentOf(top); p >= 0 && p !== scan.body && nodes[p]!.children === 1; p = parentOf(p)) top = p;

  // Siblings Readability joins to the article.
  const kept: number[] = [];
  const parent = parentOf(top);
  const final = score.get(top) ?? 0;
  const threshold = Math.max(10, final * 0.2);
  const topNode = nodes[top]!;
  for (let i = parent + 1; parent >= 0 && i < nodes[parent]!.end; i = nodes[i]!.end) {
    if (dropped[i]) continue;
    const n = nodes[i]!;
    if (i === top) {
      kept.push(i);
      continue;
    }
    const bonus = n.className !== '' && n.className === topNode.className ? final * 0.2 : 0;
    const s = score.get(i);
    if (s !== undefined && near(s + bonus, threshold, SCORE_MARGIN)) return { blocks: null, unsure: 'close-sibling' };
    if (s !== undefined && s + bonus >= threshold) kept.push(i);
    else if (n.tag === 'p') {
      const ld = linkDensity(n);
      if (near(n.text, 80) || near(ld, 0.25)) return { blocks: null, unsure: 'close-sibling' };
      if ((n.text > 80 && ld < 0.25) || (n.text < 80 && n.text > 0 && ld === 0 && /\.( |$)/.test(textOf(scan, n)))) kept.push(i);
    }
  }

  // Readability's cleaning of the article: one pass per tag group in its order, each from the last
  // element to the first, so that an inner element is judged (and removed) before its container.
  if (kept.some((k) => nodes[k]!.inTable)) return { blocks: null, unsure: 'table' };
  const inArticle: number[] = [];
  for (const k of kept) for (let i = k; i < nodes[k]!.end; i++) inArticle.push(i);
  const tagOf = (i: number): string => {
    const n = nodes[i]!;
    if (kept.includes(i) && !KEPT_TAGS.has(n.tag)) return 'div';
    // Readability turned divs of phrasing content into paragraphs, and a div holding one <p> into it.
    if (n.tag === 'div' && (!n.blockInside || collapsed[i])) return 'p';
    return n.tag;
  };
  const remove = (i: number): void => {
    if (dropped[i]) return;
    drop(i);
    subtract(nodes, i);
  };
  const survives = (i: number): boolean => blocksOf(scan, i, dropped).length > 0;
  for (const group of CLEANING_ORDER) {
    for (let j = inArticle.length - 1; j >= 0; j--) {
      const i = inArticle[j]!;
      if (dropped[i]) continue;
      const n = nodes[i]!;
      const tag = tagOf(i);
      const own = !kept.includes(i);
      if (group === 'plain') {
        if (own && (tag === 'footer' || tag === 'aside' || ((tag === 'h1' || tag === 'h2') && classWeight(n.className, n.id) < 0))) remove(i);
        else if (own && SHARE.test(`${n.className} ${n.id}`) && n.text < CHAR_THRESHOLD) remove(i);
        continue;
      }
      if (tag !== group) continue;
      if (tag === 'table') {
        // Readability keeps data tables and what is inside them, and judges layout tables: a
        // distinction not modelled here.
        if (survives(i)) return { blocks: null, unsure: 'table' };
        continue;
      }
      if (n.inTable || n.inCode || n.table > 0) continue;
      const verdict = cleanVerdict(scan, i, tag);
      if (verdict === 'remove') remove(i);
      else if (verdict === 'close' && survives(i)) return { blocks: null, unsure: n.embed > 0 ? 'embed' : 'close-clean' };
    }
  }
  if (inlineRemoved) return { blocks: null, unsure: 'inline-removal' };
  const blocks = kept.flatMap((k) => blocksOf(scan, k, dropped));
  const chars = blocks.reduce((sum, b) => sum + b.text.length + 1, 0);
  if (chars < CHAR_THRESHOLD * (1 + MARGIN)) return { blocks: null, unsure: 'short' };
  return { blocks, unsure: null };
}

/** Readability's cleaning passes, in its order ('plain': footers, asides, share boxes, negative headings). */
const CLEANING_ORDER = ['form', 'fieldset', 'plain', 'table', 'ul', 'div'] as const;

/** Takes a removed element's counts out of its ancestors', as its removal from the DOM would. */
function subtract(nodes: ScanNode[], i: number): void {
  const d = nodes[i]!;
  let heading = /^h[1-6]$/.test(d.tag);
  let textish = false;
  let list = d.tag === 'ul' || d.tag === 'ol';
  for (let a = d.parent; a >= 0; a = nodes[a]!.parent) {
    const n = nodes[a]!;
    n.text -= d.text;
    n.link -= d.link;
    n.commas -= d.commas;
    n.p -= d.p + (d.tag === 'p' ? 1 : 0);
    n.img -= d.img + (d.tag === 'img' ? 1 : 0);
    n.li -= d.li + (d.tag === 'li' ? 1 : 0);
    n.input -= d.input;
    n.embed -= d.embed;
    n.table -= d.table + (d.tag === 'table' ? 1 : 0);
    n.headingText -= heading ? d.text : d.headingText;
    n.textishText -= textish || TEXTISH.has(d.tag) ? d.text : d.textishText;
    n.listText -= list ? d.text : d.listText;
    heading ||= /^h[1-6]$/.test(n.tag);
    textish ||= TEXTISH.has(n.tag);
    list ||= n.tag === 'ul' || n.tag === 'ol';
  }
}

/** The blocks of node i's subtree whose element was not dropped. */
function blocksOf(scan: PageScan, i: number, dropped: Uint8Array): ScanBlock[] {
  const n = scan.nodes[i]!;
  const out: ScanBlock[] = [];
  for (let b = n.blockFirst; b < n.blockEnd; b++) {
    const block = scan.blocks[b]!;
    if (!dropped[block.owner]) out.push(block);
  }
  return out;
}
