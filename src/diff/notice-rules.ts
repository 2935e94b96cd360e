// The tables that recognise publisher notices. To support another outlet's wording, add a row.
//
// Three kinds of candidate text are tested (see notices.ts for where they are taken from):
//   TAG_RULES   a tag at the start of the headline or of the first paragraph ("CORRECTED-",
//               "UPDATE 2-", "UPDATED:"); the note is the tag itself.
//   PAREN_RULES the inside of a parenthesised notice "(Corrects …)", "(UPDATE)", "(Updated 12:58
//               p.m.)" — a whole paragraph, the start of the first paragraph or of the headline,
//               the end of one of the last paragraphs or of the headline; the note keeps the
//               parentheses.
//   LINE_RULES  a whole paragraph ("This story has been corrected to show …", "Correction: …",
//               "EDITOR'S NOTE: …"); the note is the paragraph. A line that is only a label and
//               a date ("Correction: Nov. 23, 2026") takes the next paragraph into its note.
// Not notices, on purpose: credit lines ("--With assistance from …", "To contact the reporter …"),
// headline counters "(2)", bare time stamps "First posted at …", datelines "(Bloomberg) --".

import type { NoticeKind } from '../types.js';

export type KindOf = NoticeKind | ((text: string) => NoticeKind);

export interface NoticeRule {
  /** For tests and debugging: which row matched. */
  name: string;
  pattern: RegExp;
  kind: KindOf;
}

export interface LineRule extends NoticeRule {
  /** Longest paragraph (characters) the rule accepts; time stamps are short lines. */
  maxLength?: number;
  /** A paragraph matching this is a notice only together with the pattern (e.g. not "… ago"). */
  unless?: RegExp;
}

const CLARIFY_WORDS = /\b(?:clarif\w*|imprecise\w*)/iu;
const CORRECT_WORDS =
  /\b(?:correct(?:ed|s|ion|ions)?|amended|misstat\w*|misidentif\w*|misspel\w*|misquot\w*|misattribut\w*|misreport\w*|mislabel\w*|errors?|erroneous\w*|incorrect\w*|inaccura\w*|wrongly|mistaken\w*|misnamed)\b/iu;

/** The kind a notice's wording implies; `fallback` when it says nothing specific. */
export function kindFromWording(fallback: NoticeKind): (text: string) => NoticeKind {
  return (text) => {
    if (CLARIFY_WORDS.test(text)) return 'clarification';
    if (CORRECT_WORDS.test(text)) return 'correction';
    return fallback;
  };
}

const SEP = String.raw`\s*[-:\u2013\u2014]\s*`;

export const TAG_RULES: NoticeRule[] = [
  // Reuters / wire headlines: "CORRECTED-…", "Corrected: …"
  { name: 'corrected-tag', pattern: new RegExp(`^(?:CORRECTED|Corrected)${SEP}`, 'u'), kind: 'correction' },
  { name: 'clarified-tag', pattern: new RegExp(`^(?:CLARIFIED|Clarified)${SEP}`, 'u'), kind: 'clarification' },
  // "UPDATE 2-…", "UPDATE-…" (upper case: a mixed-case "Update: …" line is a LINE_RULE)
  { name: 'update-tag', pattern: new RegExp(`^UPDATE(?:\\s*\\d+)?${SEP}`, 'u'), kind: 'update' },
  // Philippine outlets: "UPDATED: …"
  { name: 'updated-tag', pattern: new RegExp(`^UPDATED${SEP}`, 'u'), kind: 'update' },
  // Reuters re-transmissions: "REFILE-…", "RPT-…"
  { name: 'refile-tag', pattern: new RegExp(`^(?:REFILED?|RPT|REPEAT)${SEP}`, 'u'), kind: 'update' },
  { name: 'withdrawn-tag', pattern: new RegExp(`^(?:STORY WITHDRAWN|WITHDRAWN|RETRACTED|RETRACTION)${SEP}`, 'u'), kind: 'retraction' },
];

export const PAREN_RULES: NoticeRule[] = [
  { name: 'corrects', pattern: /^(?:corrects|corrected|correcting|correction|fixes|fixed|removes|deletes)\b/iu, kind: 'correction' },
  { name: 'clarifies', pattern: /^(?:clarifies|clarified|clarification)\b/iu, kind: 'clarification' },
  { name: 'withdrawn', pattern: /^(?:story\s+)?(?:withdrawn|retracted|retraction)\b/iu, kind: 'retraction' },
  {
    name: 'updates',
    // "(Updates with …)", "(Adds …)", "(Recasts …)", "(Changes headline …)", "(UPDATE)",
    // "(UPDATED)", "(2ND UPDATE)", "(UPDATE 3)", "(Updated 12:58 p.m.)", "(Refiles to …)"
    pattern:
      /^(?:updates?|updated|adds|recasts|changes|refiles?|repeats|rewrites|writes\s+through|inserts|\d+\s*(?:st|nd|rd|th)\s+update)\b/iu,
    kind: 'update',
  },
];

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const CLOCK = String.raw`(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?\s?m\b)`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})`;
const STORY = String.raw`(?:story|article|report|item|piece|post|blog\s+post|video|headline|version|page|photo\s+caption|caption|column|graphic)`;

export const LINE_RULES: LineRule[] = [
  // Retractions first: "Editor's note: this story has been withdrawn" is a retraction.
  { name: 'story-withdrawn', pattern: /^story\s+withdrawn\b/iu, kind: 'retraction' },
  { name: 'retraction-label', pattern: /^retraction\s*[:\-\u2013\u2014]/iu, kind: 'retraction' },
  {
    name: 'has-been-withdrawn',
    pattern: new RegExp(String.raw`\b(?:this|the|that)\s+${STORY}\b[^.]{0,80}?\b(?:has|had)\s+been\s+(?:withdrawn|retracted)\b`, 'iu'),
    kind: 'retraction',
  },
  // AP, NYT, Al Jazeera…: "EDITOR'S NOTE: …", "Editors' Note: …", "Note to readers: …"
  { name: 'editors-note', pattern: /^editors?['\u2019]?s?\s+note\b\s*(?:[:.\-\u2013\u2014]|$)/iu, kind: 'editors-note' },
  { name: 'note-to-readers', pattern: /^note\s+to\s+(?:our\s+)?readers\s*[:.\-\u2013\u2014]/iu, kind: 'editors-note' },
  // NYT "Correction: Nov. 23, 2026", CNN "Correction: …", BBC "Correction 23 November 2026: …"
  {
    name: 'correction-label',
    pattern: new RegExp(String.raw`^corrections?\b\s*(?:$|[:(\-\u2013\u2014]|\d|${MONTH}\s)`, 'iu'),
    kind: kindFromWording('correction'),
  },
  { name: 'clarification-label', pattern: new RegExp(String.raw`^clarifications?\b\s*(?:$|[:(\-\u2013\u2014]|\d|${MONTH}\s)`, 'iu'), kind: 'clarification' },
  // AP "This story has been corrected to show …", Guardian "This article was amended on … to …"
  {
    name: 'this-story-was',
    pattern: new RegExp(
      String.raw`^(?:this|the)\s+${STORY}\b[^.]{0,80}?\b(?:has|have|had)?\s*(?:been|was|were)\s+(?:corrected|amended|updated|clarified|revised|edited|changed|modified)\b`,
      'iu',
    ),
    kind: kindFromWording('update'),
  },
  // NYT "An earlier version of this article misstated …"; "Because of an editing error, a previous version …"
  {
    name: 'earlier-version',
    pattern: /^(?:[^.]{0,80}?,\s*)?an?\s+(?:earlier|previous|prior)\s+version\s+of\s+(?:this|the|a)\b/iu,
    kind: kindFromWording('correction'),
  },
  // "Update: …", "UPDATE (3:10 p.m.): …"
  { name: 'update-label', pattern: /^update[sd]?\s*(?:\(|[:\-\u2013\u2014])/iu, kind: 'update' },
  // Time-stamped updates as their own line: "Updated 3:10 p.m., Nov. 23", "Last updated: 23 Nov 2026"
  {
    name: 'updated-stamp',
    pattern: new RegExp(String.raw`^(?:last\s+)?updated\s*(?:on|at)?\s*[:\-\u2013\u2014]?\s*(?:${CLOCK}|${DATE})`, 'iu'),
    kind: 'update',
    maxLength: 120,
    unless: /\bago\b/iu,
  },
  // Inquirer: "First posted 10:12 PM … Updated 11:30 PM" (a bare "First posted …" is a time stamp)
  { name: 'first-posted-updated', pattern: /^first\s+posted\b.*\bupdated\b/iu, kind: 'update', maxLength: 200 },
];

/**
 * A line that is only a label and maybe a date ("Correction: Nov. 23, 2026", "Editor's Note:"):
 * its substance is in the next paragraph.
 */
export const LABEL_ONLY = new RegExp(
  String.raw`^(?:corrections?|clarifications?|editors?['\u2019]?s?\s+note|note\s+to\s+(?:our\s+)?readers)\s*[:.\-\u2013\u2014]?\s*(?:\(?\s*(?:${DATE}(?:,?\s+\d{4})?|${CLOCK})\s*\)?)?\s*[:.]?$`,
  'iu',
);

export function kindOf(k: KindOf, text: string): NoticeKind {
  return typeof k === 'function' ? k(text) : k;
}
