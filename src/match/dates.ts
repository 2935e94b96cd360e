// Dates of past events in news sentences, resolved against the publication date at the precision
// the text has. chrono-node reads explicit calendar dates ("July 8, 2024", "Dec. 16", "8 July 2024");
// the forms it gets wrong for news are parsed here (NOTES.md): past-tense weekdays go backward,
// "April last year" / "last April" / "in September" resolve to the most recent past month,
// "mid-2024", bare years and "this spring" give a year.
import { createRequire } from 'node:module';

type Chrono = typeof import('chrono-node');
let chronoModule: Chrono | null = null;
/**
 * chrono-node is loaded on first use: it is the fallback for calendar forms our own parsers leave,
 * and loading it costs a third of every command's start-up, most of which never date a sentence.
 */
function chrono(): Chrono {
  chronoModule ??= createRequire(import.meta.url)('chrono-node') as Chrono;
  return chronoModule;
}
import type { PartialDate } from '../types.js';
import { execAll } from './scan.js';

export interface DateSpan {
  start: number;
  end: number;
  date: PartialDate;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
// Capitalised only: "may" the verb is not May.
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

const pad = (n: number): string => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const ym = (y: number, m: number): string => `${y}-${pad(m)}`;

function monthNum(word: string): number {
  return MONTHS[word.replace('.', '').toLowerCase()] ?? 0;
}

/** The publication day as UTC calendar parts. */
export interface RefDay {
  y: number;
  m: number;
  d: number;
  /** 0 = Sunday. */
  dow: number;
  /**
   * Published after 14:00 UTC: east of UTC+10 (Sydney, Tokyo, Manila an hour or two later) it is
   * already the next day, so a text may call that day "Tuesday" or "August 20" (rule `local-next-day`).
   */
  late: boolean;
}

const LATE_UTC_HOUR = 14;

export function refDay(publishedAt: string): RefDay {
  const t = new Date(publishedAt);
  const date = Number.isNaN(t.getTime()) ? new Date(0) : t;
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), dow: date.getUTCDay(), late: date.getUTCHours() >= LATE_UTC_HOUR };
}

export function publishedDay(publishedAt: string): PartialDate {
  const r = refDay(publishedAt);
  return ymd(r.y, r.m, r.d);
}

function addDays(ref: RefDay, delta: number): string {
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + delta));
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The most recent month `m` not after the publication month (strictly before it when `strict`). */
function pastMonth(ref: RefDay, m: number, strict = false): string {
  const y = m < ref.m || (m === ref.m && !strict) ? ref.y : ref.y - 1;
  return ym(y, m);
}

/** The most recent day `m`/`d` on or before the publication day (or its local next day, `late`). */
function pastDay(ref: RefDay, m: number, d: number): string {
  const y = m < ref.m || (m === ref.m && d <= ref.d) ? ref.y : ref.y - 1;
  if (y !== ref.y && ref.late && addDays(ref, 1) === ymd(ref.y, m, d)) return ymd(ref.y, m, d);
  return ymd(y, m, d);
}

// "said Wednesday", "told reporters on Thursday", "in a statement on Sunday": when it was said,
// not when the event happened.
const ATTRIBUTION =
  /\b(?:said|says|told(?:\s+\w+){0,2}?|statement|announced|added|reported|confirmed|wrote|posted)\s+(?:late\s+|early\s+)?(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g;

// Row `name-date`: a date that is part of a document's name ("the Convention of 2 July 2019 on the
// Recognition …", "the Hague Convention of 2019", "Presidential Regulation No. 20 of 2020", "the
// Violence and Harassment Convention, 2019 (No. 190)") names the text, not the day anything
// happened to it: "On Friday 12 January, the UK signed the Hague Convention of 2019".
const NAME_DATE = new RegExp(
  `(\\b(?:[A-Z][a-z]+\\s+)?(?:Convention|Treaty|Agreement|Protocol|Regulation|Act|Law|Decree|Declaration|Resolution|Accord|Charter|No\\.\\s*\\d+))(?:\\s+of\\s+(?:\\d{1,2}\\s+${MONTH}\\s+|${MONTH}\\s+\\d{1,2},?\\s+)?\\d{4}\\b|,\\s+\\d{4}(?=\\s+\\(No))`,
  'g',
);

// Row `ahead-phrase`: a time still to come ("later this year", "next month", "later this week").
const AHEAD_PHRASE = /\b(?=later|next)(?<!\bthe\s)(?:later\s+this|next)\s+(?:year|month|week)\b/gi;

type Parser = (m: RegExpExecArray, ref: RefDay) => string | null;

const WEEKDAY_PREFIX = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';

/** A stated day: with its year, else the most recent such day; null when no such day exists. */
function calendarDay(r: RefDay, month: number, day: number, year: string | undefined): string | null {
  const y = year ? Number(year) : null;
  const probe = new Date(Date.UTC(y ?? 2000, month - 1, day));
  if (month < 1 || day < 1 || probe.getUTCMonth() !== month - 1) return null;
  return y === null ? pastDay(r, month, day) : ymd(y, month, day);
}

const WEEKDAY_RE = /\b(?:on\s+|late\s+|early\s+|last\s+)?(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/g;

/** A weekday of a past event: the day on or before publication ("on Monday", "late Monday"). */
function weekdayBack(m: RegExpExecArray, r: RefDay): string {
  const dow = WEEKDAYS.indexOf(m[1]!.toLowerCase() + 'day');
  let back = (r.dow - dow + 7) % 7;
  if (back === 0 && /^last/i.test(m[0])) back = 7;
  // The local next day of a late publication (row `local-next-day`), rather than six days back.
  if (back === 6 && r.late && !/^last/i.test(m[0])) return addDays(r, 1);
  return addDays(r, -back);
}

const OWN_BEFORE_CHRONO: Array<[RegExp, Parser]> = [
  // "July 8 last year", "Dec. 16 this year", "July 10 of last year"
  [
    new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?(last|this)\\s+year\\b`, 'g'),
    (m, r) => ymd(m[3] === 'last' ? r.y - 1 : r.y, monthNum(m[1]!), Number(m[2])),
  ],
  // "April last year", "April of last year"
  [
    new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?(last|this)\\s+year\\b`, 'g'),
    (m, r) => ym(m[2] === 'last' ? r.y - 1 : r.y, monthNum(m[1]!)),
  ],
  // "last April"
  [new RegExp(`\\b[Ll]ast\\s+${MONTH}(?!\\s*\\d)`, 'g'), (m, r) => pastMonth(r, monthNum(m[1]!), true)],
  // "on Christmas Eve", "New Year's Day 2021": the holidays news dates by (rule `holiday`), with
  // their year, else the most recent one.
  [
    /\b(Christmas\s+Eve|Christmas\s+Day|New\s+Year['’]s\s+Eve|New\s+Year['’]s\s+Day)(?:,?\s+(\d{4})(?!\d))?/g,
    (m, r) => {
      const h = m[1]!.toLowerCase();
      const [month, day] = h.startsWith('christmas') ? [12, h.endsWith('eve') ? 24 : 25] : h.endsWith('eve') ? [12, 31] : [1, 1];
      return calendarDay(r, month, day, m[2]);
    },
  ],
  // "from 5 to 9 December", "5-9 December 2022": a span of days is its month (rule `day-range`).
  [
    new RegExp(`\\b(?:from\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s*(?:to|until|[-–])\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4})(?!\\d))?`, 'g'),
    (m, r) => (m[2] ? ym(Number(m[2]), monthNum(m[1]!)) : pastMonth(r, monthNum(m[1]!))),
  ],
  // "02-Jun-2021": day, abbreviated month and year joined by hyphens (rule `hyphenated-day`).
  [
    new RegExp(`\\b(\\d{1,2})-${MONTH}-((?:19|20)\\d{2})(?!\\d)`, 'g'),
    (m, r) => calendarDay(r, monthNum(m[2]!), Number(m[1]), m[3]),
  ],
  // "(20/03/2022)", "20.03.2022", "2022-03-20": a numeric day (rule `numeric-day`), read day first
  // where outlets outside the US write it; a day and month both under 13 could be either order,
  // so only a part over 12 (or the year first) tells which is the day.
  [
    /(?<![\d/.-])(?:(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})-(\d{2}))(?![\d/.-]?\d)/g,
    (m, r) => {
      if (m[4]) return calendarDay(r, Number(m[5]), Number(m[6]), m[4]);
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (a > 12 && b <= 12) return calendarDay(r, b, a, m[3]);
      if (b > 12 && a <= 12) return calendarDay(r, a, b, m[3]);
      return null;
    },
  ],
  // The two calendar forms news writes, read here because chrono costs more than the rest of the
  // matcher together: "(Monday,) July 8(, 2024)", "Dec. 16", "8 July 2024", "8th of July".
  [
    new RegExp(`\\b${WEEKDAY_PREFIX}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4})(?!\\d))?`, 'g'),
    (m, r) => calendarDay(r, monthNum(m[1]!), Number(m[2]), m[3]),
  ],
  [
    new RegExp(`\\b${WEEKDAY_PREFIX}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4})(?!\\d))?`, 'g'),
    (m, r) => calendarDay(r, monthNum(m[2]!), Number(m[1]), m[3]),
  ],
];

const OWN_AFTER_CHRONO: Array<[RegExp, Parser]> = [
  // "a year ago today", "two years ago this week": that day (week: month) that many years back.
  [
    /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+ago\s+(today|this\s+week)\b/gi,
    (m, r) => {
      const w = m[1]!.toLowerCase();
      const n = w === 'a' || w === 'an' ? 1 : (NUMBER_WORDS[w] ?? Number(m[1]));
      return /^today$/i.test(m[2]!) ? ymd(r.y - n, r.m, r.d) : ym(r.y - n, r.m);
    },
  ],
  // "July 2024", "February 1998", "June of 2019"
  [new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?(\\d{4})\\b`, 'g'), (m) => ym(Number(m[2]), monthNum(m[1]!))],
  // "in September", "that December", "early June", "mid-March": the most recent such month
  [
    new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Ff]rom|[Uu]ntil|[Oo]f|[Tt]hat|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-|[Ee]nd\\s+of|[Ss]tart\\s+of|[Bb]eginning\\s+of|[Tt]hroughout)\\s*${MONTH}(?![\\w.]*\\s*\\d)`, 'g'),
    (m, r) => pastMonth(r, monthNum(m[1]!)),
  ],
  // "at the end of 2024": its last month (rule `end-of-year`).
  [/\b(?:the\s+)?end\s+of\s+((?:19|20)\d{2})\b(?!\s*-\s*\d)/gi, (m) => `${m[1]}-12`],
  // "mid-2024", "in early 2024", "since 1999", "in 2022"; "between 2006 and 2014" is its first year,
  // as "from 2006 to 2014" is (rule `year-span-start`: a state held over a span began then).
  [
    /\b(?:mid-|early\s+|late\s+|(?:in|since|during|by|from|between|of|until|through|throughout|end\s+of)\s+(?:early\s+|late\s+|mid-)?)((?:19|20)\d{2})\b(?!\s*-\s*\d)/gi,
    (m) => m[1]!,
  ],
  // "at a 2023 summit in Johannesburg", "during the 2019 ministerial conference": a year naming an
  // event's meeting dates what happened there (rule `year-of-meeting`).
  [/\b(?:at|during)\s+(?:a|an|the|its|their|this|that)\s+((?:19|20)\d{2})\s+(?=(?:[\w-]+\s+)?(?:summit|meeting|conference|session|ministerial|gathering|assembly)\b)/gi, (m) => m[1]!],
  [/\b(?:earlier|later)?\s*this\s+year\b/gi, (_m, r) => String(r.y)],
  [/\blast\s+year\b/gi, (_m, r) => String(r.y - 1)],
  [/\b(?:earlier\s+)?this\s+month\b/gi, (_m, r) => ym(r.y, r.m)],
  [/\blast\s+month\b/gi, (_m, r) => (r.m === 1 ? ym(r.y - 1, 12) : ym(r.y, r.m - 1))],
  // A week is less precise than a day: its month (news does not say which day of it).
  [/\b(?:earlier\s+)?this\s+week\b/gi, (_m, r) => ym(r.y, r.m)],
  [/\blast\s+week\b/gi, (_m, r) => addDays(r, -7).slice(0, 7)],
  [/\byesterday\b/gi, (_m, r) => addDays(r, -1)],
  [/\b(?:today|tonight|this\s+morning|this\s+afternoon)\b/gi, (_m, r) => ymd(r.y, r.m, r.d)],
  [
    /\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(years?|decades?)\s+ago\b/gi,
    (m, r) => {
      const w = m[1]!.toLowerCase();
      const n = w === 'a' || w === 'an' ? 1 : (NUMBER_WORDS[w] ?? Number(m[1]));
      return String(r.y - n * (/^decade/i.test(m[2]!) ? 10 : 1));
    },
  ],
  // "two months ago", "three weeks ago", "ten days ago" (rule `units-ago`): a month back is that
  // month, a week back its month (news does not say which day), a day back that day.
  [
    /\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|months?)\s+ago\b/gi,
    (m, r) => {
      const w = m[1]!.toLowerCase();
      const n = w === 'a' || w === 'an' ? 1 : (NUMBER_WORDS[w] ?? Number(m[1]));
      const unit = m[2]!.toLowerCase().replace(/s$/, '');
      if (unit === 'month') {
        const months = r.y * 12 + r.m - 1 - n;
        return ym(Math.floor(months / 12), (months % 12) + 1);
      }
      const day = addDays(r, -n * (unit === 'week' ? 7 : 1));
      return unit === 'week' ? day.slice(0, 7) : day;
    },
  ],
  // "on the 8th": that day of the publication month, or of the month before if still to come.
  [
    /\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\b|round|anniversary|centur|time|day|meeting|session|summit|edition|floor|straight|consecutive|year|month|week|amendment|article|paragraph|clause|[A-Z]))/g,
    (m, r) => {
      const d = Number(m[1]);
      if (d < 1 || d > 31) return null;
      if (d <= r.d) return ymd(r.y, r.m, d);
      return r.m === 1 ? ymd(r.y - 1, 12, d) : ymd(r.y, r.m - 1, d);
    },
  ],
  [/\b(this|last)\s+(?:spring|summer|autumn|fall|winter)\b/gi, (m, r) => String(m[1]!.toLowerCase() === 'last' ? r.y - 1 : r.y)],
  // Weekdays of past events: the day on or before publication ("on Monday", "late Monday")
  [WEEKDAY_RE, (m, r) => weekdayBack(m, r)],
];

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

function runParsers(text: string, parsers: Array<[RegExp, Parser]>, ref: RefDay, out: DateSpan[]): string {
  let rest = text;
  for (const [re, parse] of parsers) {
    re.lastIndex = 0;
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      const date = parse(m, ref);
      if (date) {
        // Trim leading spaces the optional prefixes may have matched.
        const lead = m[0].length - m[0].trimStart().length;
        out.push({ start: m.index + lead, end: m.index + m[0].length, date });
        rest = blank(rest, m.index, m.index + m[0].length);
      }
    }
  }
  return rest;
}

const HAS_MONTH = new RegExp(MONTH);
const MONTH_AND_DAY = new RegExp(`${MONTH}\\s+\\d{1,2}(?!\\d)|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`);

// "five months later", "a year afterwards", "the following month": an offset from the date stated
// before it in the sentence, at the precision of the offset's unit.
const RELATIVE =
  /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(day|week|month|year)s?\s+(?:later|afterwards?|after\s+that|on)|the\s+(?:following|next)\s+(day|week|month|year))\b/gi;

function shift(base: PartialDate, unit: string, n: number): PartialDate | null {
  const [y, m, d] = base.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (unit === 'year') return String(y + n);
  if (m === undefined) return null;
  if (unit === 'month') {
    const t = new Date(Date.UTC(y, m - 1 + n, 1));
    return ym(t.getUTCFullYear(), t.getUTCMonth() + 1);
  }
  if (d === undefined) return null;
  const t = new Date(Date.UTC(y, m - 1, d + n * (unit === 'week' ? 7 : 1)));
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function relativeDates(text: string, found: DateSpan[]): DateSpan[] {
  const out: DateSpan[] = [];
  if (!/later|after|following|next|\bon\b/i.test(text)) return out;
  for (const m of execAll(RELATIVE, text)) {
    const base = found.filter((d) => d.end <= m.index).sort((a, b) => b.end - a.end)[0];
    if (!base) continue;
    const word = (m[1] ?? '').toLowerCase();
    const n = m[3] ? 1 : (NUMBER_WORDS[word] ?? (word === 'a' || word === 'an' ? 1 : Number(word)));
    const date = shift(base.date, (m[2] ?? m[3])!.toLowerCase(), n);
    if (date) out.push({ start: m.index, end: m.index + m[0].length, date });
  }
  return out;
}

// "in May of that year", "in March the same year": the year is the one stated before it.
const SAME_YEAR = /^,?\s+(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year\b/;

function sameYear(text: string, found: DateSpan[]): void {
  for (const d of found) {
    const tail = SAME_YEAR.exec(text.slice(d.end));
    if (!tail) continue;
    const base = found.filter((b) => b.end <= d.start).sort((a, b) => b.end - a.end)[0];
    if (!base) continue;
    d.date = base.date.slice(0, 4) + d.date.slice(4);
    d.end += tail[0].length;
  }
}

// "LONDON, July 24, 2025 —", "WASHINGTON, Jan 24 (FAM) –", "SHARM EL-SHEIKH, Egypt, Oct 14 —": a
// dateline, the day the report was filed where it happened (often the day before publication in UTC).
const DATELINE = new RegExp(
  `^[A-Z][\\p{L} .'’-]{1,40},\\s+(?:[A-Z][\\p{L} .'’-]{1,30},\\s+)?${MONTH}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:[—–-]|--)`,
  'u',
);

/** The day a sentence's dateline gives, if it opens with one. */
export function datelineDay(sentence: string, publishedAt: string): string | null {
  const m = DATELINE.exec(sentence);
  return m ? calendarDay(refDay(publishedAt), monthNum(m[1]!), Number(m[2]), m[3]) : null;
}

/** Every past date a sentence states, with its position. Dates after publication are dropped. */
export function findDates(sentence: string, publishedAt: string): DateSpan[] {
  return findDatesDetailed(sentence, publishedAt).dates;
}

/** The dates of events, and apart from them the days things were said ("said on Saturday"). */
export function findDatesDetailed(sentence: string, publishedAt: string): { dates: DateSpan[]; said: DateSpan[] } {
  const ref = refDay(publishedAt);
  const said: DateSpan[] = [];
  for (const m of execAll(ATTRIBUTION, sentence)) {
    const day = new RegExp(WEEKDAY_RE.source, 'g').exec(m[0]);
    const date = day ? weekdayBack(day, ref) : null;
    if (day && date) said.push({ start: m.index + day.index, end: m.index + m[0].length, date });
  }
  const out: DateSpan[] = [];
  let rest = sentence.replace(ATTRIBUTION, (m) => ' '.repeat(m.length));
  // "later this year", "next month": a time still to come dates no event the text reports.
  if (/\b(?:later|next)\b/i.test(rest)) rest = rest.replace(AHEAD_PHRASE, (m) => ' '.repeat(m.length));
  if (/\bof\s|,\s+\d{4}\s+\(No/.test(rest)) rest = rest.replace(NAME_DATE, (m, doc: string) => doc + ' '.repeat(m.length - doc.length));
  rest = runParsers(rest, OWN_BEFORE_CHRONO, ref, out);
  // chrono is the costly part: only where a month stands next to a number.
  if (MONTH_AND_DAY.test(rest)) {
    const refDate = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12));
    for (const r of chrono().parse(rest, refDate)) {
      const s = r.start;
      if (!s.isCertain('month') || !s.isCertain('day') || !HAS_MONTH.test(r.text)) continue;
      const month = s.get('month');
      const day = s.get('day');
      if (month === null || day === null) continue;
      const date = s.isCertain('year') ? ymd(s.get('year') ?? ref.y, month, day) : pastDay(ref, month, day);
      out.push({ start: r.index, end: r.index + r.text.length, date });
      rest = blank(rest, r.index, r.index + r.text.length);
    }
  }
  rest = runParsers(rest, OWN_AFTER_CHRONO, ref, out);
  dropComingDays(sentence, ref, out);
  out.push(...relativeDates(rest, out));
  sameYear(sentence, out);
  const today = ref.late ? addDays(ref, 1) : ymd(ref.y, ref.m, ref.d);
  const past = (d: DateSpan): boolean => d.date <= today.slice(0, d.date.length);
  return { dates: out.filter(past).sort((a, b) => a.start - b.start), said: said.filter(past) };
}

// Row `coming-day`: "will come into effect on July 1", "its provisional application from January 1":
// a day or month the text gives without a year, in a clause that looks ahead, is the coming one
// when that is near (within COMING_DAYS after publication), not the same day a year back.
const COMING_DAYS = 92;
const LOOKS_AHEAD = /\b(?:will|would|shall|due|scheduled|set\s+(?:for|to)|expected|planned|to\s+(?:take|come|enter)|starting|effective)\b|['’]ll\b|\b(?:from|as\s+of|until|before)\s+(?:(?:\w+day,?\s+)?(?:the\s+)?)$/i;

function dropComingDays(sentence: string, ref: RefDay, out: DateSpan[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const d = out[k]!;
    if (d.date.length < 7 || /\d{4}/.test(sentence.slice(d.start, d.end))) continue;
    const next = `${Number(d.date.slice(0, 4)) + 1}${d.date.slice(4)}`;
    const gap = (Date.parse(next.length === 7 ? `${next}-01` : next) - Date.UTC(ref.y, ref.m - 1, ref.d)) / 86_400_000;
    if (gap <= 0 || gap > COMING_DAYS) continue;
    const clause = /[^,;.:]*$/.exec(sentence.slice(0, d.start))![0];
    if (LOOKS_AHEAD.test(clause)) out.splice(k, 1);
  }
}

// "The same day, …", "signed it the same year": a day, month or year the passage stated before.
const SAME_AS_BEFORE = /\b(?:(?:on|in)\s+)?(?:the\s+same|that\s+same)\s+(day|date|month|year)\b/gi;

/**
 * Dates a sentence gives only by reference to the date stated before it in the passage
 * (`previous`), at the precision of the unit it names; none when that date is less precise.
 */
export function anaphoricDates(sentence: string, previous: PartialDate | null): DateSpan[] {
  if (previous === null || !/\bsame\b/i.test(sentence)) return [];
  const out: DateSpan[] = [];
  for (const m of execAll(SAME_AS_BEFORE, sentence)) {
    const unit = m[1]!.toLowerCase();
    const size = unit === 'year' ? 4 : unit === 'month' ? 7 : 10;
    if (previous.length < size) continue;
    out.push({ start: m.index, end: m.index + m[0].length, date: previous.slice(0, size) });
  }
  return out;
}
