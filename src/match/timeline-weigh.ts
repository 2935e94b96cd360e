// Weighing one step of an agreement (one occurrence of one status for one party): its claims may
// give different dates, and later reports may deny it. The step stays ONE event: the best-supported
// date is the event's, the others become its alternatives, each with its own evidence.
//
// - A candidate date is a set of claims with compatible dates ("2024-07" joins "2024-07-08").
// - Support is counted in independent outlets, not articles: ten stories from one outlet are one.
// - More outlets win. On a tie, the more precise date wins (a day over a month, a month over a
//   year, any date the text gave over a mere "reported by" publication date), then the claim
//   published later: the later, more specific statement outweighs the earlier, vaguer one.
// - A denial ("has not yet been signed", "was only initialled") contradicts the claims that say the
//   step had happened by the time the denial speaks of. A candidate is retracted (kept, marked
//   disputed) when its contradicting denials come from more outlets than its claims, or from as
//   many and the latest denial is later than its latest claim. A claim published after the denial
//   is the later word: it outweighs one denial, as one denial outweighs one earlier claim.
import { compareDates, compatible, minGapDays, order } from './timeline-dates.js';
import type { Evidence, SourcedFinding, TimelineAlternative, TimelineEvent } from '../types.js';

interface Candidate {
  date: string;
  /** True for a candidate made only of claims dated by their publication ("reported by"). */
  reported: boolean;
  claims: SourcedFinding[];
  /** Kept as claims join, so that weighing stays linear in the findings. */
  outlets: Set<string>;
  latest: string;
  denials: SourcedFinding[];
  retracted: boolean;
}

type OutletOf = (e: Evidence) => string;

/** Each date the claims give, with its earliest publication: enough to test them against a denial. */
export type ClaimDates = Map<string, string>;

export function claimDates(claims: SourcedFinding[]): ClaimDates {
  const out: ClaimDates = new Map();
  for (const f of claims) {
    const at = out.get(f.date);
    if (at === undefined || f.evidence.publishedAt < at) out.set(f.date, f.evidence.publishedAt);
  }
  return out;
}

/**
 * Does the denial contradict any of these claims? A claim says the step happened on (or by) its
 * date; the denial says it had not happened as of its own date. On the same date at the precision
 * both share, the denial contradicts only claims published no later than itself ("signed today" at
 * 06:00, "only initialled" at 18:00); a claim published after it may tell of a step that happened
 * since. Tested per distinct date with that date's earliest publication: linear in the findings.
 */
export function contradictsAny(denial: SourcedFinding, dates: ClaimDates): boolean {
  for (const [date, publishedAt] of dates) {
    const c = compareDates(date, denial.date);
    if (c < 0 || (c === 0 && publishedAt <= denial.evidence.publishedAt)) return true;
  }
  return false;
}

/** The first of the candidates by `rank`, in one pass. */
function best(candidates: Candidate[]): Candidate | undefined {
  let top: Candidate | undefined;
  for (const c of candidates) if (!top || rank(c, top) < 0) top = c;
  return top;
}

/**
 * A report is news of what happened in the days before it: an undated "have reached an agreement"
 * published on May 20 tells of the agreement some source dates May 20, not of an earlier one
 * another source dates May 11 (an earlier document, a background mention). Of the candidates
 * dated within `days` before it, the latest; none when no candidate is that recent.
 */
function latestWithin(candidates: Candidate[], date: string, days: number): Candidate | undefined {
  let top: Candidate | undefined;
  for (const c of candidates) {
    if (minGapDays(c.date, date) > days) continue;
    if (!top || compareDates(c.date, top.date) > 0 || (compareDates(c.date, top.date) === 0 && rank(c, top) < 0)) top = c;
  }
  return top;
}

/** How recent a dated claim must be for an undated report to be news of it. */
const NEWS_DAYS = 31;

/** The latest publication among the findings (ISO strings compare as times). */
function latest(fs: SourcedFinding[]): string {
  let m = '';
  for (const f of fs) if (f.evidence.publishedAt > m) m = f.evidence.publishedAt;
  return m;
}

function candidate(f: SourcedFinding, reported: boolean, outletOf: OutletOf): Candidate {
  const c: Candidate = { date: f.date, reported, claims: [], outlets: new Set(), latest: '', denials: [], retracted: false };
  join(c, f, outletOf);
  return c;
}

function join(c: Candidate, f: SourcedFinding, outletOf: OutletOf): void {
  c.claims.push(f);
  c.outlets.add(outletOf(f.evidence));
  if (f.evidence.publishedAt > c.latest) c.latest = f.evidence.publishedAt;
}

/** Best first: standing before retracted, then more outlets, more precise, later published, earlier date. */
function rank(a: Candidate, b: Candidate): number {
  return (
    Number(a.retracted) - Number(b.retracted) ||
    b.outlets.size - a.outlets.size ||
    precision(b) - precision(a) ||
    order(b.latest, a.latest) ||
    order(a.date, b.date)
  );
}

function precision(c: Candidate): number {
  return c.reported ? 0 : c.date.length;
}

/** Text-dated claims, most precise first, each joining the best compatible candidate so far. */
function textCandidates(claims: SourcedFinding[], outletOf: OutletOf): Candidate[] {
  const out: Candidate[] = [];
  const sorted = claims
    .filter((f) => f.dateSource === 'text')
    .sort((a, b) => b.date.length - a.date.length || order(a.date, b.date) || byPublication(a, b));
  for (const f of sorted) {
    const into = best(out.filter((c) => compatible(c.date, f.date)));
    if (into) join(into, f, outletOf);
    else out.push(candidate(f, false, outletOf));
  }
  return out;
}

/**
 * A claim dated only by its publication says the step happened by then: it supports the best
 * candidate dated on or before it, else the step's one "reported by" candidate, dated by the
 * earliest such report.
 */
function addReported(candidates: Candidate[], claims: SourcedFinding[], outletOf: OutletOf): void {
  const sorted = claims.filter((f) => f.dateSource !== 'text').sort((a, b) => order(a.date, b.date) || byPublication(a, b));
  for (const f of sorted) {
    const before = candidates.filter((c) => !c.reported && compareDates(c.date, f.date) <= 0);
    let into = latestWithin(before, f.date, NEWS_DAYS) ?? best(before);
    into ??= candidates.find((c) => c.reported);
    if (into) join(into, f, outletOf);
    else candidates.push(candidate(f, true, outletOf));
  }
}

function weighDenials(c: Candidate, denials: SourcedFinding[], outletOf: OutletOf): void {
  const dates = claimDates(c.claims);
  c.denials = denials.filter((d) => contradictsAny(d, dates));
  if (c.denials.length === 0) return;
  const deny = new Set(c.denials.map((d) => outletOf(d.evidence))).size;
  c.retracted = deny > c.outlets.size || (deny === c.outlets.size && latest(c.denials) > c.latest);
}

/**
 * One step as one event. `claims` are the step's affirming findings (same status and party, one
 * occurrence); `denials` the denials of that step that may concern it. Pure.
 */
export function weighStep(claims: SourcedFinding[], denials: SourcedFinding[], outletOf: OutletOf): TimelineEvent {
  const candidates = textCandidates(claims, outletOf);
  addReported(candidates, claims, outletOf);
  for (const c of candidates) weighDenials(c, denials, outletOf);
  candidates.sort(rank);
  const [top, ...others] = candidates as [Candidate, ...Candidate[]];
  const first = claims[0]!;
  const denied = new Map<string, Evidence>();
  for (const c of candidates) for (const d of c.denials) denied.set(`${d.evidence.url}\u0000${d.evidence.quote}`, d.evidence);
  return {
    status: first.status,
    date: top.date,
    party: first.party,
    evidence: evidenceOf(top.claims),
    sources: top.outlets.size,
    alternatives: others.map(
      (c): TimelineAlternative => ({ date: c.date, sources: c.outlets.size, evidence: evidenceOf(c.claims), disputed: c.retracted }),
    ),
    disputed: top.retracted,
    denials: [...denied.values()].sort(evidenceByPublication),
  };
}

/** Evidence oldest report first, one per sentence; stable whatever order the findings came in. */
function evidenceOf(claims: SourcedFinding[]): Evidence[] {
  const out = new Map<string, Evidence>();
  for (const f of claims) out.set(`${f.evidence.url}\u0000${f.evidence.quote}`, f.evidence);
  return [...out.values()].sort(evidenceByPublication);
}

export function evidenceByPublication(a: Evidence, b: Evidence): number {
  return order(a.publishedAt, b.publishedAt) || order(a.url, b.url) || order(a.quote, b.quote);
}

function byPublication(a: SourcedFinding, b: SourcedFinding): number {
  return evidenceByPublication(a.evidence, b.evidence);
}
