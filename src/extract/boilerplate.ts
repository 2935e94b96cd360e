// Lines that Readability lets through but that are not the article: they change between two
// fetches of the same story (counters, clocks, teaser links) and would show up as false edits.
// Publisher notices (corrections, updates, editor's notes) are the opposite: they are exactly
// what the diff stage looks for, so no rule here may ever drop one.
import { carriesNotice } from '../shared/notices/index.js';
import type { Block } from './blocks.js';

/**
 * A correction, update or editor's notice, as the diff stage will recognise it (one vocabulary:
 * shared/notices). A line that is one is always kept, bare "Updated …" time stamps included.
 */
export function isNotice(text: string): boolean {
  let verdict = noticeMemo.get(text);
  if (verdict === undefined) {
    verdict = carriesNotice(text);
    if (noticeMemo.size >= NOTICE_MEMO_SIZE) noticeMemo.clear();
    // A copy, not the line itself: the line is a slice of the page or feed it came from, and as a
    // key it would keep that whole document alive (1,024 feed bodies: the worker ran out of heap).
    noticeMemo.set(Buffer.from(text, 'utf8').toString('utf8'), verdict);
  }
  return verdict;
}

// The lines asked about are an outlet's furniture ("Advertisement", "Read more: …", share bars),
// the same on its pages and on every re-check of one page, and the vocabulary costs ~0.3 ms a line:
// the verdicts of the last lines asked are kept (a pure function of the text).
const NOTICE_MEMO_SIZE = 1024;
const noticeMemo = new Map<string, boolean>();

// ---------------------------------------------------------------- timestamps

const MONTHS =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)?\.?,?$/i;
const WEEKDAYS = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|urday|rsday)?\.?,?$/i;
const RELATIVE = new Set([
  'ago', 'just', 'now', 'today', 'yesterday', 'at', 'on', 'a', 'an', 'and', 'second', 'seconds', 'sec',
  'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'h', 'm', 'day', 'days', 'week',
  'weeks', 'month', 'months', 'year', 'years', 'am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', 'of', '|', '-', '–',
  '—', '/', '·', '•', ',', 'hrs.', 'mins.',
]);
/** An optional label before the clock: "Updated:", "Last updated on", "Published". */
const TIMESTAMP_LABEL =
  /^(?:last\s+)?(?:updated|update|published|posted|modified|edited|date)\b\s*(?:on|at)?\s*[:\-–—|]?\s*/i;

function isDateToken(token: string, original: string): boolean {
  const t = token.replace(/[,;]$/, '');
  if (!t) return true;
  if (RELATIVE.has(t.toLowerCase())) return true;
  if (MONTHS.test(t) || WEEKDAYS.test(t)) return true;
  if (/^\d{1,4}(?:st|nd|rd|th)?\.?$/i.test(t)) return true; // 23, 2026, 3rd
  if (/^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:am|pm|a\.m\.?|p\.m\.?|h))?$/i.test(t)) return true; // 5:00, 12:58pm
  if (/^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?$/i.test(t)) return true; // 2026-11-23
  if (/^(?:utc|gmt)(?:[+-]\d{1,2}(?::?\d{2})?)?$/i.test(t) || /^[+-]\d{2}:?\d{2}$/.test(t)) return true;
  // Zone abbreviations (PHT, JST, EST, AEDT) are written in capitals.
  if (/^\(?[A-Z]{2,5}\)?$/.test(t) && original.includes(t)) return true;
  return false;
}

/**
 * A line that is only a date or a clock, possibly labelled: "Updated: Nov 23, 2026 5:00 PM",
 * "3 hours ago", "Published 2026-11-23 17:00 PHT". THE RULE: a line in parentheses or brackets
 * is never a bare timestamp — "(Updated 12:58 p.m.)" is how Philippine outlets announce a
 * change, so it is a notice and stays. Everything after the optional label must be date words,
 * numbers, clock times, zone names or separators, with at least one digit or relative word.
 */
export function isBareTimestamp(text: string): boolean {
  if (text.length > 80 || /^[([]/.test(text)) return false;
  const rest = text.replace(TIMESTAMP_LABEL, '');
  const tokens = rest.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return false;
  if (!tokens.every((t) => isDateToken(t, rest))) return false;
  return /\d/.test(rest) || /\b(?:ago|today|yesterday|just now)\b/i.test(rest);
}

// ---------------------------------------------------------------- share and comment counters

const SOCIAL = new Set([
  'share', 'shares', 'shared', 'tweet', 'tweets', 'email', 'e-mail', 'print', 'facebook', 'twitter', 'x',
  'linkedin', 'whatsapp', 'reddit', 'telegram', 'pinterest', 'threads', 'bluesky', 'messenger', 'line',
  'viber', 'copy', 'link', 'copied', 'comment', 'comments', 'like', 'likes', 'reaction', 'reactions',
  'view', 'views', 'read', 'reads', 'save', 'saved', 'bookmark', 'gift', 'article', 'story', 'this',
  'on', 'via', 'retweet', 'retweets', 'listen', 'to', 'follow', 'us',
]);

/** "1.2K shares", "12 comments", "Share on Facebook | Tweet | Email", "Comments (12)". */
export function isSocialCounter(text: string): boolean {
  if (text.length > 100) return false;
  const tokens = text
    .toLowerCase()
    .split(/[\s|·•,/()[\]:]+/)
    .filter(Boolean);
  if (tokens.length === 0 || tokens.length > 10) return false;
  const social = tokens.filter((t) => SOCIAL.has(t));
  if (social.length === 0) return false;
  return tokens.every((t) => SOCIAL.has(t) || /^\d[\d.,]*[km]?$/.test(t));
}

// ---------------------------------------------------------------- teaser labels

/** Section labels that introduce teasers, ads or calls to action, alone on their line. */
const LABEL =
  /^(?:read more|read also|also read|more from .{1,40}|related(?: coverage| stories| articles| content| news| links| reading| topics)?|most (?:read|popular|viewed|shared|commented)|trending(?: now| stories)?|recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|see also|don['’]?t miss|top stories|latest(?: news| stories| videos)?|more stories|editor['’]?s picks|advertisement|advertisement - scroll to continue|sponsored(?: content| links)?|story continues (?:below|after) (?:the )?(?:advertisement|ad)|continue reading(?: below)?|share this (?:article|story)|follow us(?: on .{1,30})?|sign up (?:for|to) .{0,80}|subscribe(?: now| today| to .{1,60})?|skip (?:to .{1,30}|advertisement)|get the latest .{0,60})\s*[:.!…»›>\-|]*$/i;

/** A teaser that starts with a label and carries a link: "Read more: <a>…</a>". */
const TEASER_PREFIX = /^(?:read more|read also|also read|read|related|see also|more|watch|listen|recommended|also on .{1,30})\s*[:|»›>\-–—]/i;

// ---------------------------------------------------------------- the rules

/** The text-only rules, without the notice exception. */
function looksLikeBoilerplate(text: string): boolean {
  return isBareTimestamp(text) || isSocialCounter(text) || LABEL.test(text);
}

/** The link rules: teasers and link lists. */
function looksLikeLinks(block: Block): boolean {
  if (block.linkChars === 0) return false;
  if (TEASER_PREFIX.test(block.text)) return true;
  // Link lists ("Most read", related headlines, tag clouds): mostly link text. A long paragraph
  // needs a higher share before it is thrown away.
  const density = block.linkChars / block.text.length;
  const words = block.text.split(/\s+/).length;
  return density >= 0.8 || (density >= 0.5 && words <= 30);
}

// A notice is never boilerplate. Recognising one runs the whole notice vocabulary, a hundred
// times the cost of the rules above, so it is asked only of a line the rules would drop.

/** Boilerplate judged from the text alone (also used on text that has lost its links). */
export function isBoilerplateText(text: string): boolean {
  return looksLikeBoilerplate(text) && !isNotice(text);
}

/** Boilerplate judged from the text and its links. */
export function isBoilerplateBlock(block: Block): boolean {
  return (looksLikeBoilerplate(block.text) || looksLikeLinks(block)) && !isNotice(block.text);
}

/** The article's paragraphs: blocks minus boilerplate. */
export function articleParagraphs(blocks: Block[]): string[] {
  return blocks.filter((b) => !isBoilerplateBlock(b)).map((b) => b.text);
}
