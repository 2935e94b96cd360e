// Feed dates: RFC 822 (RSS), RFC 3339 (Atom), W3C-DTF (dc:date), and in practice anything.
import { createRequire } from 'node:module';

type Chrono = typeof import('chrono-node');
let chronoModule: Chrono | null = null;
/** Loaded on first use: most feeds date their items in forms Date.parse reads, and loading
 *  chrono-node costs a quarter of a second at every start of the command. */
function chrono(): Chrono {
  chronoModule ??= createRequire(import.meta.url)('chrono-node') as Chrono;
  return chronoModule;
}

/**
 * ISO 8601 for a feed date, or null. Date.parse handles the standard forms; chrono-node handles
 * what it does not, such as zone abbreviations ("Mon, 08 Jul 2024 15:00:00 JST"), but only when
 * the text names a full calendar date: a bare "Monday" must not become a guess.
 */
export function parseFeedDate(text: string | null | undefined): string | null {
  const value = text?.trim();
  if (!value) return null;
  const t = Date.parse(value);
  if (!Number.isNaN(t)) return new Date(t).toISOString();
  const result = chrono().strict.parse(value)[0];
  if (!result) return null;
  const start = result.start;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  const date = start.date();
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** True when a date text is usable by `new Date()` (what rss-parser itself calls). */
export function isNativeDate(text: string): boolean {
  return !Number.isNaN(Date.parse(text.trim()));
}

/** Dates before this are not news we track: a typo, a zero date or an attack. */
const EARLIEST_YEAR = 1900;
/** Clocks and time zones differ; a publisher a day ahead of us is not. */
const MAX_AHEAD_MS = 24 * 60 * 60 * 1000;
/** The widest real UTC offset is +14:00 (Kiribati) and the narrowest -12:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * Whether a date text carries something no real clock writes: a year of five or more digits, a
 * negative year, or a UTC offset beyond ±14:00 ("+2500", which Date.parse reads as +25:00).
 */
export function implausibleDateText(text: string | null | undefined): boolean {
  const value = text?.trim();
  if (!value) return false;
  if (/^[+-]\d{5,}|^-\d|\b\d{5,}\b(?![:.]\d)/.test(value)) return true;
  const offset = /([+-])(\d{2}):?(\d{2})\s*$/.exec(value);
  // Only as an offset: after a time of day ("10:00:00 +2500", "T10:00+25:00").
  if (offset && /\d:\d{2}(?::\d{2}(?:\.\d+)?)?\s*[+-]\d{2}:?\d{2}\s*$/.test(value)) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3]);
    if (minutes > MAX_OFFSET_MINUTES || Number(offset[3]) > 59) return true;
  }
  return false;
}

/**
 * An ISO time inside the window we trust (from 1900 to a day ahead of `now`), or null: an item
 * dated 9999 must not pin an agreement's status to the future, and a date outside four-digit
 * years would break the YYYY[-MM[-DD]] form of every date we publish.
 */
export function trustedTime(iso: string | null | undefined, now: Date): string | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  if (d.getUTCFullYear() < EARLIEST_YEAR || t > now.getTime() + MAX_AHEAD_MS) return null;
  return d.toISOString();
}

/** A YYYY, YYYY-MM or YYYY-MM-DD date inside the same window (its first day counts). */
export function trustedPartialDate(date: string, now: Date): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return false;
  const year = Number(m[1]);
  const start = Date.UTC(year, Number(m[2] ?? 1) - 1, Number(m[3] ?? 1));
  return year >= EARLIEST_YEAR && start <= now.getTime() + MAX_AHEAD_MS;
}
