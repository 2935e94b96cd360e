// buildTimeline: an agreement's history from every finding about it, whatever order the articles
// arrived in. Events are (status, party, date); the current status is the furthest stage reached.
import type { AgreementStatus, Evidence, PartialDate, SourcedFinding, Timeline, TimelineEvent } from '../types.js';

/** The linear stages, in order; suspended/terminated stand outside it. */
const STAGE: Partial<Record<AgreementStatus, number>> = {
  proposed: 0,
  negotiating: 1,
  agreed: 2,
  signed: 3,
  ratified: 4,
  'in-force': 5,
};

/** "2024" and "2024-07-08" are compatible: one is a prefix of the other. */
export function compatible(a: PartialDate, b: PartialDate): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Compares on the common precision: "2024" vs "2024-07" is 0. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

function moreExact(a: PartialDate, b: PartialDate): PartialDate {
  return a.length >= b.length ? a : b;
}

interface Draft {
  status: AgreementStatus;
  party: string | null;
  date: PartialDate;
  evidence: Evidence[];
}

/** The url+quote keys of each evidence list: a step with 20k sources must not cost 20k² compares. */
const evidenceKeys = new WeakMap<Evidence[], Set<string>>();

function addEvidence(list: Evidence[], e: Evidence): void {
  let keys = evidenceKeys.get(list);
  if (!keys) {
    keys = new Set(list.map((x) => `${x.url}\u0000${x.quote}`));
    evidenceKeys.set(list, keys);
  }
  const key = `${e.url}\u0000${e.quote}`;
  if (keys.has(key)) return;
  keys.add(key);
  list.push(e);
}

/** Evidence oldest report first; stable whatever order the findings came in. */
function byPublication(a: Evidence, b: Evidence): number {
  return a.publishedAt.localeCompare(b.publishedAt) || a.url.localeCompare(b.url) || a.quote.localeCompare(b.quote);
}

function byDateThenStage(a: { date: string; status: AgreementStatus }, b: { date: string; status: AgreementStatus }): number {
  return a.date.localeCompare(b.date) || (STAGE[a.status] ?? 9) - (STAGE[b.status] ?? 9);
}

/** The timeline of one agreement from its findings (others' findings are ignored). Pure. */
export function buildTimeline(agreementId: string, findings: SourcedFinding[]): Timeline {
  const mine = findings.filter((f) => f.agreementId === agreementId);
  const drafts: Draft[] = [];
  const sameKind = (d: Draft, f: SourcedFinding): boolean => d.status === f.status && d.party === f.party;

  // Text dates first, most precise first, so that "2024-07" joins "2024-07-08".
  const textual = mine
    .filter((f) => f.dateSource === 'text')
    .sort((a, b) => b.date.length - a.date.length || a.date.localeCompare(b.date));
  for (const f of textual) {
    const into = drafts.find((d) => sameKind(d, f) && compatible(d.date, f.date));
    if (into) {
      into.date = moreExact(into.date, f.date);
      addEvidence(into.evidence, f.evidence);
    } else {
      drafts.push({ status: f.status, party: f.party, date: f.date, evidence: [f.evidence] });
    }
  }
  // A report dated only by its publication tells of an event that happened by then: it joins the
  // latest event of its kind dated on or before it, else it starts one (oldest report first).
  const reported = mine.filter((f) => f.dateSource === 'published').sort((a, b) => a.date.localeCompare(b.date));
  for (const f of reported) {
    const earlier = drafts
      .filter((d) => sameKind(d, f) && (compatible(d.date, f.date) || compareDates(d.date, f.date) <= 0))
      .sort((a, b) => compareDates(b.date, a.date));
    const into = earlier[0];
    if (into) addEvidence(into.evidence, f.evidence);
    else drafts.push({ status: f.status, party: f.party, date: f.date, evidence: [f.evidence] });
  }

  const events: TimelineEvent[] = drafts
    .sort(byDateThenStage)
    .map((d) => ({ status: d.status, date: d.date, party: d.party, evidence: d.evidence.sort(byPublication) }));

  // The furthest stage reached, dated by its first event (ordering by event date, not arrival).
  let furthest: TimelineEvent | null = null;
  for (const e of events) {
    const rank = STAGE[e.status];
    if (rank === undefined) continue;
    const best = furthest ? STAGE[furthest.status]! : -1;
    if (rank > best) furthest = e;
  }
  let current: TimelineEvent | null = furthest;
  // Suspension or termination on/after that stage overrides it; the latest such wins.
  for (const e of events) {
    if (STAGE[e.status] !== undefined) continue;
    if (!furthest || compareDates(e.date, furthest.date) >= 0) {
      if (!current || STAGE[current.status] !== undefined || compareDates(e.date, current.date) >= 0) current = e;
    }
  }
  return {
    agreementId,
    status: current ? current.status : null,
    since: current ? current.date : null,
    events,
  };
}
