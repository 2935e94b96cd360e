// One new version of an article, as data: the diff, the publisher's notices new in it (each with
// the vocabulary row that found it), and the corrected words (removed/added) without notice lines
// or page furniture. The run stage records it; the notice scorer measures it.

import type { ArticleText, Notice, TextDiff } from '../types.js';
import { diffArticles, type DiffOptions } from './article-diff.js';
import { correctionFragments } from './correction-fragments.js';
import { WHOLE_ITEM_RULES } from '../shared/notices/index.js';
import { locateNotices, newNotices, type LocatedNotice } from './notices.js';

export interface VersionChange {
  diff: TextDiff;
  /** Notices new in this version, as stored ({kind, note}). */
  notices: Notice[];
  /** The same notices with where they stood and the row that found each. */
  found: LocatedNotice[];
  removed: string[];
  added: string[];
}

const EMPTY: ArticleText = { title: '', paragraphs: [] };

/** Most paragraphs an item may have and still be a notice published as an item of its own. */
const OWN_ITEM_PARAGRAPHS = 6;

function asNotice(n: LocatedNotice): Notice {
  return { kind: n.kind, note: n.note };
}

/** What changed from `previous` to `current`. */
export function versionChange(previous: ArticleText, current: ArticleText, opts: DiffOptions = {}): VersionChange {
  const diff = diffArticles(previous, current, opts);
  const before = locateNotices(previous).map(asNotice);
  const located = locateNotices(current);
  const fresh = new Set(newNotices(before, located.map(asNotice)).map((n) => n.note));
  const found = located.filter((n) => fresh.has(n.note));
  const notices = found.map(asNotice);
  const { removed, added } = correctionFragments(diff, notices);
  return { diff, notices, found, removed, added };
}

/**
 * A notice published as an item of its own (a wire corrective "Correction: … story", a
 * corrections column entry, "ADVISORY: … is withdrawn"): an article whose body is mostly notices.
 * Its first version is then a correction record of its own (from version 0). Null for any other
 * article, whose first version is only a baseline.
 */
export function ownItemChange(current: ArticleText, opts: DiffOptions = {}): VersionChange | null {
  const paragraphs = current.paragraphs.filter((p) => p.trim() !== '');
  if (paragraphs.length === 0 || paragraphs.length > OWN_ITEM_PARAGRAPHS) return null;
  const found = locateNotices(current);
  // A paragraph counts when it is nothing but a notice, or opens with a correction or withdrawal
  // tag ("STORY WITHDRAWN-…"); an "(UPDATE)" before a news paragraph is a news story, not a notice item.
  const covered = new Set(
    found.filter((n) => n.where === 'body' && (n.paragraphs.length > 0 || n.kind !== 'update')).map((n) => n.paragraph),
  );
  // Mostly notices, or a notice headline over at most three paragraphs (the headline read a second
  // time, with every tag, only when the body alone does not settle it: most new articles are
  // settled here).
  // …or a notice that speaks for the whole item ("IPSO required the paper to publish this adjudication").
  if (covered.size * 2 < paragraphs.length && !found.some((n) => n.where === 'body' && WHOLE_ITEM_RULES.has(n.rule))) {
    if (paragraphs.length > 3) return null;
    if (!locateNotices(current, { allHeadlineTags: true }).some((n) => n.where === 'title')) return null;
  }
  const diff = diffArticles(EMPTY, current, opts);
  const notices = found.map(asNotice);
  const { removed, added } = correctionFragments(diff, notices);
  return { diff, notices, found, removed, added };
}
