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
import { compareDates, compatible } from './timeline-dates.js';
import type { Evidence, SourcedFinding, TimelineAlternative, TimelineEvent } from '../types.js';

interface Candidate {
  date: string;
  /** True for a candidate made only of claims dated by their publication ("reported by"). */
  reported: boolean;
  claims: SourcedFinding[];
  denials: SourcedFinding[];
  sources: number;
  retracted: boolean;
}

type OutletOf = (e: Evidence) => string;

/**
 * Does the denial contradict the claim? The claim says the step happened on (or by) its date; the
 * denial says it had not happened as of its own date. On the same date at the precision both share,
 * the denial contradicts only claims published no later than itself ("signed today" at 06:00, "only
 * initialled" at 18:00); a claim published after it may tell of a step that happened since.
 */
export function contradicts(denial: SourcedFinding, claim: SourcedFinding): boolean {
  const c = compareDates(claim.date, denial.date);
  return c < 0 || (c === 0 && claim.evidence.publishedAt <= denial.evidence.publishedAt);
}

const latest = (fs: SourcedFinding[]): string => fs.reduce((m, f) => (f.evidence.publishedAt > m ? f.evidence.publishedAt : m), '');
const outlets = (fs: SourcedFinding[], outletOf: OutletOf): number => new Set(fs.map((f) => outletOf(f.evidence))).size;

/** Best first: standing before retracted, then more outlets, more precise, later published, earlier date. */
function rank(a: Candidate, b: Candidate): number {
  return (
    Number(a.retracted) - Number(b.retracted) ||
    b.sources - a.sources ||
    precision(b) - precision(a) ||
    latest(b.claims).localeCompare(latest(a.claims)) ||
    a.date.localeCompare(b.date)
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
    .sort((a, b) => b.date.length - a.date.length || a.date.localeCompare(b.date) || byPublication(a, b));
  for (const f of sorted) {
    const into = out.filter((c) => compatible(c.date, f.date)).sort(rank)[0];
    if (into) {
      into.claims.push(f);
      into.sources = outlets(into.claims, outletOf);
    } else {
      out.push({ date: f.date, reported: false, claims: [f], denials: [], sources: 1, retracted: false });
    }
  }
  return out;
}

/**
 * A claim dated only by its publication says the step happened by then: it supports the best
 * candidate dated on or before it, else the step's one "reported by" candidate, dated by the
 * earliest such report.
 */
function addReported(candidates: Candidate[], claims: SourcedFinding[], outletOf: OutletOf): void {
  const sorted = claims.filter((f) => f.dateSource !== 'text').sort((a, b) => a.date.localeCompare(b.date) || byPublication(a, b));
  for (const f of sorted) {
    let into = candidates.filter((c) => !c.reported && compareDates(c.date, f.date) <= 0).sort(rank)[0];
    into ??= candidates.find((c) => c.reported);
    if (into) {
      into.claims.push(f);
      into.sources = outlets(into.claims, outletOf);
    } else {
      candidates.push({ date: f.date, reported: true, claims: [f], denials: [], sources: 1, retracted: false });
    }
  }
}

function weighDenials(c: Candidate, denials: SourcedFinding[], outletOf: OutletOf): void {
  c.denials = denials.filter((d) => c.claims.some((f) => contradicts(d, f)));
  if (c.denials.length === 0) return;
  const deny = outlets(c.denials, outletOf);
  c.retracted = deny > c.sources || (deny === c.sources && latest(c.denials) > latest(c.claims));
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
  const [best, ...others] = candidates as [Candidate, ...Candidate[]];
  const first = claims[0]!;
  const denied = new Map<string, Evidence>();
  for (const c of candidates) for (const d of c.denials) denied.set(`${d.evidence.url}\u0000${d.evidence.quote}`, d.evidence);
  return {
    status: first.status,
    date: best.date,
    party: first.party,
    evidence: evidenceOf(best.claims),
    sources: best.sources,
    alternatives: others.map(
      (c): TimelineAlternative => ({ date: c.date, sources: c.sources, evidence: evidenceOf(c.claims), disputed: c.retracted }),
    ),
    disputed: best.retracted,
    denials: [...denied.values()].sort(evidenceByPublication),
  };
}

/** Evidence oldest report first, one per sentence; stable whatever order the findings came in. */
function evidenceOf(claims: SourcedFinding[]): Evidence[] {
  const out: Evidence[] = [];
  for (const f of claims) {
    if (!out.some((x) => x.url === f.evidence.url && x.quote === f.evidence.quote)) out.push(f.evidence);
  }
  return out.sort(evidenceByPublication);
}

export function evidenceByPublication(a: Evidence, b: Evidence): number {
  return a.publishedAt.localeCompare(b.publishedAt) || a.url.localeCompare(b.url) || a.quote.localeCompare(b.quote);
}

function byPublication(a: SourcedFinding, b: SourcedFinding): number {
  return evidenceByPublication(a.evidence, b.evidence);
}
