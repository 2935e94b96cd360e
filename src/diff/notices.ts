// Publisher notices: where to look in an article, and which notices are new in a version. What
// counts as a notice is the shared vocabulary's (shared/notices), which the extract stage uses too.

import {
  closeParen,
  DATELINE_TAG,
  headlineNoticeOf,
  isLabelOnly,
  kindFromWording,
  LEADING_SEPARATORS,
  openParen,
  recogniseParagraph,
  recogniseParenthesis,
  tagAt,
  tailTagOf,
} from '../shared/notices/index.js';
import type { ArticleText, Notice, NoticeKind } from '../types.js';
import { displayForm, foldKey } from './normalize.js';

/** A notice and the paragraphs (indices into ArticleText.paragraphs) that are nothing but it. */
export interface LocatedNotice extends Notice {
  where: 'title' | 'body';
  /** Which vocabulary row matched (for tests, the scorer and debugging). */
  rule: string;
  /** The paragraph it stands in (index into ArticleText.paragraphs), -1 for the headline. */
  paragraph: number;
  paragraphs: number[];
}

/** How many paragraphs from the foot a notice may close ("… credit. (Corrects …)"). */
const FOOT_PARAGRAPHS = 3;
/** A dateline is this short: "MANILA, Philippines (UPDATED) –". */
const DATELINE_LENGTH = 120;
/** The dash that ends a dateline. */
const DATELINE_END = /\s(?:--|[-\u2013\u2014])(?:\s|$)/u;
/** A time stamp right after a tag belongs to the note: "UPDATED: 3:10 p.m., Nov. 23, 2026". */
const TRAILING_STAMP =
  /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?)(?:,?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{4}))*/iu;

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
    const bracket = /^\[[^\]]{1,60}\]/u.exec(rest);
    if (bracket) {
      // "[UPDATED] Japan signs pact"
      const n = recogniseParenthesis(bracket[0]);
      if (!n) break;
      found.push({ note: bracket[0], ...n });
      rest = rest.slice(bracket[0].length).trimStart();
      continue;
    }
    if (rest.startsWith('(')) {
      const end = closeParen(rest, 0);
      const n = end > 0 ? recogniseParenthesis(rest.slice(0, end)) : null;
      if (!n) break;
      found.push({ note: rest.slice(0, end), ...n });
      rest = rest.slice(end).trimStart();
      continue;
    }
    const tag = tagAt(rest);
    if (!tag) break;
    let end = tag.length;
    const stamp = TRAILING_STAMP.exec(rest.slice(end));
    if (stamp) end += stamp[0].length;
    found.push({ note: rest.slice(0, end).trim(), kind: tag.row.kind ?? kindFromWording(rest, 'update'), rule: tag.row.name });
    rest = rest.slice(end).trimStart();
  }
  return { found, rest };
}

/** Parenthesised notices inside a dateline: "MANILA, Philippines (UPDATED) – …". */
function datelineNotices(text: string): PrefixNotice[] {
  const end = DATELINE_END.exec(text.slice(0, DATELINE_LENGTH));
  if (!end) return datelineTag(text);
  const head = text.slice(0, end.index);
  const out: PrefixNotice[] = [];
  for (let i = head.indexOf('('); i >= 0; i = head.indexOf('(', i + 1)) {
    const close = closeParen(head, i);
    if (close < 0) break;
    const n = recogniseParenthesis(head.slice(i, close));
    if (n) out.push({ note: head.slice(i, close), kind: n.kind, rule: `dateline:${n.rule}` });
    i = close - 1;
  }
  // "MANILA, Philippines — (UPDATE 2, 6:45 p.m.) The Senate …": the tag right after the dateline.
  for (const f of prefixNotices(text.slice(end.index + end[0].length)).found) out.push({ ...f, rule: `dateline:${f.rule}` });
  return out.length > 0 ? out : datelineTag(text);
}

/** "PONCHATOULA, LA.- *UPDATE*- Both lanes …": a bare tag between the place and the text. */
function datelineTag(text: string): PrefixNotice[] {
  const tag = DATELINE_TAG.exec(text.slice(0, DATELINE_LENGTH));
  return tag ? [{ note: tag[1]!, kind: /CORRECTED/u.test(tag[1]!) ? 'correction' : 'update', rule: 'dateline:dateline-tag' }] : [];
}

/** A site's name closing a page title: " | Example News", " - The Outlook". */
const SITE_SUFFIX = /\s+[|\u2013\u2014-]\s+[^|\u2013\u2014]{1,40}$/u;

/**
 * Every notice with where it stands. The title's come first, then the body's in order. A headline
 * tag of a kind the body also reports is left out unless `allHeadlineTags` (see below).
 */
export function locateNotices(a: ArticleText, opts: { allHeadlineTags?: boolean } = {}): LocatedNotice[] {
  const out: LocatedNotice[] = [];

  const title = displayForm(a.title);
  const t = prefixNotices(title);
  for (const f of t.found) out.push({ ...f, where: 'title', paragraph: -1, paragraphs: [] });
  const closing = /\s(\[[^\]]{1,60}\])$/u.exec(t.rest);
  const open = closing ? t.rest.length - closing[1]!.length : openParen(t.rest);
  if (open > 0) {
    const group = t.rest.slice(open);
    const n = recogniseParenthesis(group);
    if (n) out.push({ note: group, ...n, where: 'title', paragraph: -1, paragraphs: [] });
  } else if (t.found.length === 0) {
    // A headline that is itself a notice: "Editor's Note: Retraction of …", "'Teapot ban' - an apology".
    // A short title keeps the site's name after it ("Outlook Regrets Mistake | Example News": the
    // extractor drops the suffix only from longer titles), so the headline rows, which read the whole
    // title, also try it without a last " | …" or " - …" segment.
    const n = recogniseParagraph(title) ?? headlineNoticeOf(title) ?? headlineNoticeOf(title.replace(SITE_SUFFIX, ''));
    const tail = n ? null : tailTagOf(title);
    if (n) out.push({ note: title, ...n, where: 'title', paragraph: -1, paragraphs: [] });
    else if (tail) out.push({ note: title, kind: tail.kind ?? 'update', rule: tail.name, where: 'title', paragraph: -1, paragraphs: [] });
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
        for (const f of pre.found) out.push({ ...f, where: 'body', paragraph: index, paragraphs: whole });
        continue;
      }
    }
    if (k <= 1) {
      // A dateline's tag; the paragraph may still be a notice of its own ("Editor's note (…) – …").
      for (const f of datelineNotices(text)) out.push({ ...f, where: 'body', paragraph: index, paragraphs: [] });
    }
    if ((text.startsWith('(') && closeParen(text, 0) === text.length) || /^\[[^\]]*\]$/u.test(text)) {
      // "(Corrects …)", "[This story was updated Monday with …]"
      const n = recogniseParenthesis(text);
      if (n) {
        out.push({ note: text, ...n, where: 'body', paragraph: index, paragraphs: [index] });
        continue;
      }
    }
    const next = body[k + 1];
    if (next && isLabelOnly(text)) {
      // "Correction: Nov. 23, 2026" + "An earlier version of this article misstated …": one notice.
      const note = `${text} ${next.text}`;
      const n = recogniseParagraph(note) ?? recogniseParagraph(text);
      if (n) {
        out.push({ note, ...n, where: 'body', paragraph: index, paragraphs: [index, next.index] });
        k++;
        continue;
      }
    }
    const n = recogniseParagraph(text);
    if (n) {
      out.push({ note: text, ...n, where: 'body', paragraph: index, paragraphs: [index] });
      continue;
    }
    if (k >= body.length - FOOT_PARAGRAPHS) {
      const o = openParen(text);
      if (o > 0) {
        const group = text.slice(o);
        const p = recogniseParenthesis(group);
        if (p) out.push({ note: group, ...p, where: 'body', paragraph: index, paragraphs: [] });
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
