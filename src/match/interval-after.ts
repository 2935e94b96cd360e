// Step `interval-after-anchor`: a step told inside "<interval> after …" happened that interval
// before the date of the clause it hangs on. "…, when Honduras ratified a day after Jamaica and
// Nauru lodged their ratifications" (dated October 24: Jamaica and Nauru on October 23); "now that
// Australia has become the sixth country to ratify it, four days after Canada gave its formal
// approval" (the news day less four). Only an exact interval shifts a day: "days after", "a few
// days earlier" say no day, and a month or year stays what it was.
import type { PartialDate } from '../types.js';

const COUNTS: Record<string, number> = {
  a: 1, an: 1, one: 1, the: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

// The interval and "after", then the step's own subject in the same clause ("that" may open a
// reported clause: "a day after Lapid announced that Israel had agreed").
const INTERVAL_AFTER = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|the)\s+(days?|weeks?)\s+after\s+[^,;.()]{0,80}$/i;

const PERFECT_END = /\b(?:has|have|['’]ve)\s+(?:\w+ly\s+)?$/i;

export interface IntervalBefore {
  /** Days the step comes before its anchor. */
  days: number;
  /** Where the interval phrase starts and ends in the sentence. */
  start: number;
  end: number;
}

/** The interval that the clause holding a cue starting at `cueStart` opens, if any. */
export function intervalBefore(sentence: string, cueStart: number): IntervalBefore | null {
  const before = sentence.slice(Math.max(0, cueStart - 120), cueStart);
  const m = INTERVAL_AFTER.exec(before);
  if (!m) return null;
  // "takes effect 60 days after six members have deposited their instruments": a present perfect
  // after "after" is a rule's condition, not a dated step.
  if (PERFECT_END.test(before)) return null;
  const word = m[1]!.toLowerCase();
  const unit = m[2]!.toLowerCase();
  // "the day after" is one day; "the week after" says no exact day.
  if (word === 'the' && !unit.startsWith('day')) return null;
  const n = /^\d/.test(word) ? Number(word) : COUNTS[word]!;
  const days = unit.startsWith('week') ? n * 7 : n;
  const start = cueStart - before.length + m.index;
  return { days, start, end: start + m[0].indexOf('after') + 'after'.length };
}

/** The anchor's date less the interval: only an exact day moves. */
export function shiftBack(date: PartialDate, days: number): PartialDate {
  if (date.length !== 10) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}
