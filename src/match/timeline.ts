// buildTimeline: an agreement's history from every finding about it, whatever order the articles
// arrived in. One step is one event: the findings of a status (for ratification: of one party) are
// grouped into occurrences by the rules below, and each occurrence is weighed into one event with
// the best-supported date, its alternatives and its denials (timeline-weigh.ts). The current
// status is the furthest stage that the undisputed events reach.
import type { AgreementStatus, Evidence, PartialDate, SourcedFinding, Timeline, TimelineEvent } from '../types.js';
import { compareDates, compatible, minGapDays, minGapMonths, order } from './timeline-dates.js';
import { outletNamer } from './timeline-outlets.js';
import { claimDates, contradictsAny, evidenceByPublication, weighStep } from './timeline-weigh.js';

export { compareDates, compatible } from './timeline-dates.js';

/** The linear stages, in order; suspended/terminated stand outside it. */
const STAGE: Partial<Record<AgreementStatus, number>> = {
  proposed: 0,
  negotiating: 1,
  agreed: 2,
  signed: 3,
  ratified: 4,
  'in-force': 5,
};

/** Statuses that undo the stages reached: after one, a stage can be reached again. */
const UNDOING: ReadonlySet<AgreementStatus> = new Set(['suspended', 'terminated']);

/**
 * How the findings of each status group into events.
 * - `once`: the step happens once, so every claim of it is one event whatever dates the sources
 *   give. It happens again only after an undoing event of its party (or of the whole agreement) —
 *   a resumption, a re-entry — and only a claim whose text dates it after that opens a new event.
 * - `episodes`: the status recurs (a proposal revived, talks resumed years later, a second
 *   suspension). Dates that may lie within EPISODE_GAP_MONTHS of an episode's first date are that
 *   one event (sources disagreeing on when talks began); a later date, or one on the other side of
 *   an undoing event, begins another. Anchoring on the first date, not chaining date to date, keeps
 *   years of rounds reported every few months from melting into one event.
 */
const GROUPING: Record<AgreementStatus, 'once' | 'episodes'> = {
  proposed: 'episodes',
  negotiating: 'episodes',
  agreed: 'once',
  signed: 'once',
  ratified: 'once',
  'in-force': 'once',
  suspended: 'episodes',
  terminated: 'episodes',
};

const EPISODE_GAP_MONTHS = 12;

/** Findings of one status for one party. */
interface Kind {
  status: AgreementStatus;
  party: string | null;
  claims: SourcedFinding[];
  denials: SourcedFinding[];
}

/**
 * A claim that names no party ("the pact passed parliament on November 22") of a step that other
 * sources give, on a compatible date, to one party alone ("Australia's parliament passed it in
 * November") is that party's step: one step, one event. A claim whose date fits the steps of
 * several parties ("the two instruments were deposited on January 22", beside Mexico's and
 * Argentina's deposits that day) supports each of them. A ratification that fits no party's date,
 * where the sources name one party only as ratifying ("senators backed ratification" beside "the
 * US ratified it in October"), is that party's. Other claims keep no party.
 */
function attributeUnnamed(findings: SourcedFinding[]): SourcedFinding[] {
  const named = new Map<AgreementStatus, SourcedFinding[]>();
  for (const f of findings) if (f.party !== null && !f.denied) named.set(f.status, [...(named.get(f.status) ?? []), f]);
  return findings.flatMap((f) => {
    if (f.party !== null || f.denied || f.dateSource !== 'text') return [f];
    const mine = named.get(f.status) ?? [];
    const parties = new Set(mine.filter((n) => n.dateSource === 'text' && compatible(n.date, f.date)).map((n) => n.party!));
    if (parties.size === 0 && f.status === 'ratified') {
      const all = new Set(mine.map((n) => n.party!));
      if (all.size === 1) return [{ ...f, party: [...all][0]! }];
    }
    if (parties.size === 0) return [f];
    return [...parties].map((party) => ({ ...f, party }));
  });
}

function byKind(findings: SourcedFinding[]): Kind[] {
  const kinds = new Map<string, Kind>();
  for (const f of findings) {
    const key = JSON.stringify([f.status, f.party]);
    let k = kinds.get(key);
    if (!k) {
      k = { status: f.status, party: f.party, claims: [], denials: [] };
      kinds.set(key, k);
    }
    (f.denied ? k.denials : k.claims).push(f);
  }
  return [...kinds.values()];
}

function byDateThenPublication(a: SourcedFinding, b: SourcedFinding): number {
  return order(a.date, b.date) || order(a.evidence.publishedAt, b.evidence.publishedAt) || order(a.quote, b.quote);
}

/** One occurrence of a step, with the earliest date among its claims. */
interface Group {
  start: PartialDate;
  claims: SourcedFinding[];
}

function add(g: Group, f: SourcedFinding): void {
  g.claims.push(f);
  if (compareDates(f.date, g.start) < 0) g.start = f.date;
}

/** How many undoing events lie before this date: claims on different sides are different occurrences. */
function interval(date: PartialDate, undone: PartialDate[]): number {
  return undone.filter((u) => compareDates(date, u) > 0).length;
}

/**
 * One article that gives this step two different dates ("notified on June 27, effective from
 * December 27"; "the lower house approved it on the 25th and the senate on the 29th") is telling
 * of two occurrences, not contradicting itself: rival dates come from different reports.
 */
function datedApartBySameArticle(g: Group, f: SourcedFinding): boolean {
  return g.claims.some((c) => c.evidence.url === f.evidence.url && !compatible(c.date, f.date));
}

/**
 * Whose occurrences one article may date apart: a party's formal steps (ratified, terminated,
 * suspended) and recurring episodes. A step of the whole agreement that happens once (agreed,
 * signed, in force) is not told twice by one article giving two dates: one of them dates
 * something else ("signed the agreement today, after the two declarations signed last year"),
 * so the dates are rivals for one event, weighed like any others.
 */
function splitsBySameArticle(kind: Kind): boolean {
  return GROUPING[kind.status] === 'episodes' || (kind.party !== null && PARTY_PROCESS.has(kind.status));
}

/**
 * One party's ratification, withdrawal or suspension is a process of formal steps (each chamber's
 * vote, the deposit; the notice, the day it takes effect), each a step of its own. Sources that
 * disagree about when one step happened differ by a day or a few (time zones, the announcement
 * and the formal act): dates further apart than this are different steps, not rival dates.
 */
const PARTY_STEP_GAP_DAYS = 10;
const PARTY_PROCESS: ReadonlySet<AgreementStatus> = new Set(['ratified', 'terminated', 'suspended']);

/** May a claim dated `date` be the occurrence that began at `start`? */
function withinStep(kind: Kind, start: PartialDate, date: PartialDate): boolean {
  return kind.party === null || !PARTY_PROCESS.has(kind.status) || minGapDays(start, date) <= PARTY_STEP_GAP_DAYS;
}

/**
 * Groups one kind's claims into occurrences. Text-dated claims make them; a claim dated only by
 * its publication tells of something that had happened by then, so it joins the latest occurrence
 * begun on or before it, else the first (for an episode: if within the gap), else it begins one.
 */
function occurrences(kind: Kind, undone: PartialDate[]): SourcedFinding[][] {
  const rule = GROUPING[kind.status];
  const groups: Group[] = [];
  const text = kind.claims.filter((f) => f.dateSource === 'text').sort(byDateThenPublication);
  for (const f of text) {
    const last = groups.at(-1);
    const prev = last?.claims.at(-1);
    const same =
      prev !== undefined &&
      withinStep(kind, last!.start, f.date) &&
      interval(prev.date, undone) === interval(f.date, undone) &&
      (rule === 'once' || minGapMonths(last!.start, f.date) <= EPISODE_GAP_MONTHS) &&
      !(splitsBySameArticle(kind) && datedApartBySameArticle(last!, f));
    if (same) add(last!, f);
    else groups.push({ start: f.date, claims: [f] });
  }
  const reported = kind.claims.filter((f) => f.dateSource !== 'text').sort(byDateThenPublication);
  for (const f of reported) {
    const begun = groups.findLast((g) => compareDates(g.start, f.date) <= 0);
    const first = groups[0];
    const near = first && withinStep(kind, f.date, first.start) && (rule === 'once' || minGapMonths(f.date, first.start) <= EPISODE_GAP_MONTHS) ? first : undefined;
    const into = begun ?? near;
    if (into) add(into, f);
    else groups.unshift({ start: f.date, claims: [f] }); // earlier than every group: it begins the first
  }
  return groups.map((g) => g.claims);
}

/**
 * The events of one kind. A denial concerns the latest occurrence it contradicts: "has not yet
 * entered into force" speaks of the current attempt, not of one before a termination.
 */
function eventsOf(kind: Kind, undone: PartialDate[], outletOf: (e: Evidence) => string): TimelineEvent[] {
  const groups = occurrences(kind, undone);
  const denialsOf = groups.map((): SourcedFinding[] => []);
  const dates = groups.map(claimDates);
  for (const d of kind.denials) {
    const i = dates.findLastIndex((g) => contradictsAny(d, g));
    if (i >= 0) denialsOf[i]!.push(d);
  }
  return groups.map((g, i) => weighStep(g, denialsOf[i]!, outletOf));
}

function byDateThenStage(a: TimelineEvent, b: TimelineEvent): number {
  return order(a.date, b.date) || (STAGE[a.status] ?? 9) - (STAGE[b.status] ?? 9) || order(a.party ?? '', b.party ?? '');
}

/** The timeline of one agreement from its findings (others' findings are ignored). Pure. */
export interface TimelineOptions {
  /**
   * More than two parties, or open to all states: one party's suspension or withdrawal is that
   * party's, not the agreement's (Finland leaving the Ottawa Convention leaves it in force).
   */
  multilateral?: boolean;
}

export function buildTimeline(agreementId: string, findings: SourcedFinding[], options: TimelineOptions = {}): Timeline {
  const mine = attributeUnnamed(findings.filter((f) => f.agreementId === agreementId));
  const outletOf = outletNamer(mine.map((f) => f.evidence));
  const kinds = byKind(mine).filter((k) => k.claims.length > 0); // a denial alone retracts nothing
  // Undoing events first: they separate the occurrences of the steps they undo.
  const undoing = kinds.filter((k) => UNDOING.has(k.status)).flatMap((k) => eventsOf(k, [], outletOf));
  const events = [...undoing];
  for (const k of kinds.filter((x) => !UNDOING.has(x.status))) {
    const undone = undoing
      .filter((u) => !u.disputed && (u.party === null || k.party === null || u.party === k.party))
      .map((u) => u.date);
    events.push(...eventsOf(k, undone, outletOf));
  }
  foldSuspensions(events, outletOf, options.multilateral ?? false);
  events.sort(byDateThenStage);
  const current = currentOf(events, options.multilateral ?? false);
  return { agreementId, status: current ? current.status : null, since: current ? current.since : null, events };
}

/**
 * Step `one-suspension-for-all`: the parties' suspensions of one agreement on the same day (or in
 * the same month, where a source gives no day) are one step — "NATO allies froze their
 * participation", "Washington and London suspended it". The better-supported event takes the
 * other's evidence. It names no party once a source names none (the agreement's suspension), nor,
 * of a bilateral agreement, once both sides are named (one side suspending suspends the agreement).
 * Disputed events are left as they are.
 */
function foldSuspensions(events: TimelineEvent[], outletOf: (e: Evidence) => string, multilateral: boolean): void {
  const kept: TimelineEvent[] = [];
  const folded = new Set<TimelineEvent>();
  const suspensions = events.filter((e) => e.status === 'suspended' && !e.disputed).sort((a, b) => b.sources - a.sources || order(a.date, b.date));
  for (const e of suspensions) {
    const into = kept.find((k) => k.party !== e.party && compatible(k.date, e.date));
    if (!into) {
      kept.push(e);
      continue;
    }
    const evidence = new Map(into.evidence.map((x) => [`${x.url}\u0000${x.quote}`, x]));
    for (const x of e.evidence) evidence.set(`${x.url}\u0000${x.quote}`, x);
    into.evidence = [...evidence.values()].sort(evidenceByPublication);
    into.sources = new Set(into.evidence.map(outletOf)).size;
    if (!multilateral || e.party === null) into.party = null;
    folded.add(e);
  }
  for (let i = events.length - 1; i >= 0; i--) if (folded.has(events[i]!)) events.splice(i, 1);
}

/** The furthest stage, dated by its first event (events are in date order). */
function furthestOf(events: TimelineEvent[]): TimelineEvent | null {
  let best: TimelineEvent | null = null;
  for (const e of events) {
    const rank = STAGE[e.status];
    if (rank !== undefined && (best === null || rank > STAGE[best.status]!)) best = e;
  }
  return best;
}

/** The latest publication among an event's evidence: when its word was last given. */
function lastWord(e: TimelineEvent): string {
  let m = '';
  for (const x of e.evidence) if (x.publishedAt > m) m = x.publishedAt;
  return m;
}

/** Does `a` outweigh `b`: more outlets, or as many and the later word? */
function outweighs(a: TimelineEvent, b: TimelineEvent): boolean {
  return a.sources > b.sources || (a.sources === b.sources && lastWord(a) > lastWord(b));
}

/**
 * A ratification dated before the text was signed, or (no signing known before it) on or before
 * the day it was agreed, cannot be one of this text: a cabinet's approval ahead of the signing
 * called "ratified", another instrument's date. Such an event stays in the timeline (it is what the
 * sources said) but does not set the status when the earlier stage it contradicts outweighs it.
 * Entry into force is not held to this: a ceasefire takes effect before its text is signed.
 */
function outOfOrder(e: TimelineEvent, firstAgreed: TimelineEvent | undefined, firstSigned: TimelineEvent | undefined): boolean {
  if (e.status !== 'ratified') return false;
  if (firstSigned && compareDates(firstSigned.date, e.date) <= 0) return false;
  if (firstSigned && outweighs(firstSigned, e)) return true;
  return firstAgreed !== undefined && compareDates(firstAgreed.date, e.date) >= 0 && outweighs(firstAgreed, e);
}

/**
 * The event that gives the current status. Disputed events don't count, nor a later stage dated
 * before an earlier one that outweighs it (outOfOrder). A suspension or termination on or after
 * the furthest stage overrides it (the latest such wins); a stage reached again after that (a
 * resumption, a re-entry) overrides the suspension in turn. An old article never moves the status
 * back: it only adds events before the furthest stage.
 *
 * A multilateral treaty one party leaves or suspends stays in force for the others: that party's
 * withdrawal is its own event, and it tells that the treaty was in force (one leaves only a treaty
 * that binds): the status is then at least `in-force`, since the date an event gives, if any.
 */
function currentOf(events: TimelineEvent[], multilateral: boolean): { status: AgreementStatus; since: PartialDate | null } | null {
  const standing = events.filter((e) => !e.disputed);
  const firstAgreed = standing.find((e) => e.status === 'agreed');
  const firstSigned = standing.find((e) => e.status === 'signed');
  const partyLeaving = (e: TimelineEvent): boolean => multilateral && UNDOING.has(e.status) && e.party !== null;
  const counted = standing.filter((e) => !partyLeaving(e) && !outOfOrder(e, firstAgreed, firstSigned));
  const left = standing.find(partyLeaving);
  let furthest: { status: AgreementStatus; date: PartialDate; since: PartialDate | null } | null = null;
  const reached = furthestOf(counted);
  if (reached) furthest = { status: reached.status, date: reached.date, since: reached.date };
  if (left && (!furthest || STAGE[furthest.status]! < STAGE['in-force']!)) {
    furthest = { status: 'in-force', date: left.date, since: null };
  }
  let undo: TimelineEvent | null = null;
  for (const e of counted) {
    if (!UNDOING.has(e.status)) continue;
    if (furthest && compareDates(e.date, furthest.date) < 0) continue;
    if (!undo || compareDates(e.date, undo.date) >= 0) undo = e;
  }
  if (!undo) return furthest && { status: furthest.status, since: furthest.since };
  const after = furthestOf(counted.filter((e) => compareDates(e.date, undo.date) > 0)) ?? undo;
  return { status: after.status, since: after.date };
}
