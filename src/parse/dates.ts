// Feed dates: RFC 822 (RSS), RFC 3339 (Atom), W3C-DTF (dc:date), and in practice anything.
import * as chrono from 'chrono-node';

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
  const result = chrono.strict.parse(value)[0];
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
