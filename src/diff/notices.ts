// Publisher notices: where to look in an article, and which notices are new in a version.
// What counts as a notice is in the tables of notice-rules.ts.

import type { ArticleText, Notice, NoticeKind } from '../types.js';
import { displayForm, foldKey } from './normalize.js';
import {
  kindOf,
  LABEL_ONLY,
  LINE_RULES,
  PAREN_RULES,
  TAG_RULES,
  type LineRule,
  type NoticeRule,
} from './notice-rules.js';

/** A notice and the paragraphs (indices into ArticleText.paragraphs) that are nothing but it. */
export interface LocatedNotice extends Notice {
  where: 'title' | 'body';
  /** Which table row matched (for tests and debugging). */
  rule: string;
  paragraphs: number[];
}

/** Parenthesised notices longer than this are taken to be prose, not a notice. */
const MAX_PAREN_NOTICE = 400;
/** How many paragraphs from the foot a notice may close ("… credit. (Corrects …)"). */
const FOOT_PARAGRAPHS = 3;
/** Separator lines and bullets before a notice: AP's "___", "--", "*". */
const LEADING_SEPARATORS = /^[\s_*\u2022=#~\-\u2013\u2014]+/u;
/** A time stamp right after a tag belongs to the note: "UPDATED: 3:10 p.m., Nov. 23, 2026". */
const TRAILING_STAMP =
  /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?)(?:,?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{4}))*/iu;

function firstRule(rules: readonly NoticeRule[], text: string): NoticeRule | undefined {
  return rules.find((r) => r.pattern.test(text));
}

/** Index just past the ")" that closes the "(" at `start`, or -1. */
function closeParen(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Index of the "(" that opens the ")" ending `s`, or -1. */
function openParen(s: string): number {
  if (!s.endsWith(')')) return -1;
  let depth = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i];
    if (c === ')') depth++;
    else if (c === '(') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** A parenthesised notice "( … )", if `group` (with its parentheses) is one. */
function parenNotice(group: string): { kind: NoticeKind; rule: string } | null {
  if (group.length > MAX_PAREN_NOTICE + 2) return null;
  const inner = group.slice(1, -1).trim();
  const rule = firstRule(PAREN_RULES, inner);
  return rule ? { kind: kindOf(rule.kind, inner), rule: rule.name } : null;
}

interface PrefixNotice {
  note: string;
  kind: NoticeKind;
  rule: string;
}

/**
 * Tags and parenthesised notices at the start of a headline or first paragraph, one after the
 * other ("REFILE-UPDATE 1-…", "(Corrects …) TOKYO, Nov 23 (Reuters) - …"). Returns them and the
 * text left after them.
 */
function prefixNotices(text: string): { found: PrefixNotice[]; rest: string } {
  const found: PrefixNotice[] = [];
  let rest = text;
  for (;;) {
    if (rest.startsWith('(')) {
      const end = closeParen(rest, 0);
      const n = end > 0 ? parenNotice(rest.slice(0, end)) : null;
      if (!n) break;
      found.push({ note: rest.slice(0, end), ...n });
      rest = rest.slice(end).trimStart();
      continue;
    }
    const tag = TAG_RULES.find((r) => r.pattern.test(rest));
    if (!tag) break;
    const m = tag.pattern.exec(rest)!;
    let end = m[0].length;
    const stamp = TRAILING_STAMP.exec(rest.slice(end));
    if (stamp) end += stamp[0].length;
    found.push({ note: rest.slice(0, end).trim(), kind: kindOf(tag.kind, rest), rule: tag.name });
    rest = rest.slice(end).trimStart();
  }
  return { found, rest };
}

function lineRule(text: string): LineRule | undefined {
  return LINE_RULES.find(
    (r) =>
      r.pattern.test(text) &&
      (r.maxLength === undefined || text.length <= r.maxLength) &&
      (r.unless === undefined || !r.unless.test(text)),
  );
}

/**
 * Every notice with where it stands. The title's come first, then the body's in order. A headline
 * tag of a kind the body also reports is left out unless `allHeadlineTags` (see below).
 */
export function locateNotices(a: ArticleText, opts: { allHeadlineTags?: boolean } = {}): LocatedNotice[] {
  const out: LocatedNotice[] = [];

  const title = displayForm(a.title);
  const t = prefixNotices(title);
  for (const f of t.found) out.push({ ...f, where: 'title', paragraphs: [] });
  const open = openParen(t.rest);
  if (open > 0) {
    const group = t.rest.slice(open);
    const n = parenNotice(group);
    if (n) out.push({ note: group, ...n, where: 'title', paragraphs: [] });
  }

  const body: Array<{ text: string; index: number }> = [];
  a.paragraphs.forEach((p, index) => {
    const text = displayForm(p).replace(LEADING_SEPARATORS, '');
    if (text !== '') body.push({ text, index });
  });

  for (let k = 0; k < body.length; k++) {
    const { text, index } = body[k]!;
    if (k === 0) {
      const pre = prefixNotices(text);
      if (pre.found.length > 0) {
        const whole = pre.rest === '' ? [index] : [];
        for (const f of pre.found) out.push({ ...f, where: 'body', paragraphs: whole });
        continue;
      }
    }
    if (text.startsWith('(') && closeParen(text, 0) === text.length) {
      const n = parenNotice(text);
      if (n) {
        out.push({ note: text, ...n, where: 'body', paragraphs: [index] });
        continue;
      }
    }
    const rule = lineRule(text);
    if (rule) {
      const next = body[k + 1];
      if (LABEL_ONLY.test(text) && next) {
        // "Correction: Nov. 23, 2026" + "An earlier version of this article misstated …": one notice.
        const note = `${text} ${next.text}`;
        out.push({ note, kind: kindOf(rule.kind, note), rule: rule.name, where: 'body', paragraphs: [index, next.index] });
        k++;
      } else {
        out.push({ note: text, kind: kindOf(rule.kind, text), rule: rule.name, where: 'body', paragraphs: [index] });
      }
      continue;
    }
    if (k >= body.length - FOOT_PARAGRAPHS) {
      const o = openParen(text);
      if (o > 0) {
        const group = text.slice(o);
        const n = parenNotice(group);
        if (n) out.push({ note: group, ...n, where: 'body', paragraphs: [] });
      }
    }
  }

  // A headline tag only flags what the body says: "CORRECTED-…" over "(Corrects …)" is one
  // correction, reported by the body's line. The tag stands alone when the body has no notice of
  // its kind.
  const bodyKinds = new Set(out.filter((n) => n.where === 'body').map((n) => n.kind));
  const seen = new Set<string>();
  return out.filter((n) => {
    if (n.where === 'title' && bodyKinds.has(n.kind) && !opts.allHeadlineTags) return false;
    const key = noticeKey(n.note);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The notices an article carries, title first, then in the order of the text. */
export function findNotices(a: ArticleText): Notice[] {
  return locateNotices(a).map(({ kind, note }) => ({ kind, note }));
}

/**
 * Indices (into a.paragraphs) of the paragraphs that are nothing but a notice, e.g. to leave them
 * out of a text. The diff itself keeps them (a reader should see the notice arrive); the
 * correction record drops them with correctionFragments.
 */
export function noticeParagraphs(a: ArticleText): number[] {
  const set = new Set<number>();
  for (const n of locateNotices(a)) for (const i of n.paragraphs) set.add(i);
  return [...set].sort((x, y) => x - y);
}

/** Two notices are the same when their notes are, ignoring case, spacing and quote style. */
export function noticeKey(note: string): string {
  return foldKey(displayForm(note)).toLowerCase();
}

/**
 * The notices of `current` that `previous` did not carry: a notice belongs to the version where it
 * first appears. A reworded notice ("(Updated 12:58 p.m.)" → "(Updated 3:10 p.m.)") is new.
 */
export function newNotices(previous: readonly Notice[], current: readonly Notice[]): Notice[] {
  const before = new Set(previous.map((n) => noticeKey(n.note)));
  return current.filter((n) => !before.has(noticeKey(n.note)));
}
