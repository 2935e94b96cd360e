// How the matcher does on real news (test/fixtures/realnews): events per article on (agreement,
// status, date), party right for ratifications and withdrawals, the final status of each agreement
// through the timeline, broken down by kind of agreement and by status. One definition, shared by
// the development part's test and the blind part's.
import { buildTimeline, matchArticle, resolveCountry } from '../../src/match/index.js';
import type { SourcedFinding, StatusFinding } from '../../src/types.js';
import type { RealArticle, RealEvent, RealFile } from './labelled-sets.js';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface RealScore {
  articles: number;
  all: Tally;
  byKind: Map<string, Tally>;
  byStatus: Map<string, Tally>;
  partyRight: number;
  partyTotal: number;
  finalRight: number;
  finalTotal: number;
  misses: string[];
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const bump = (m: Map<string, Tally>, k: string): Tally => {
  let t = m.get(k);
  if (!t) {
    t = tally();
    m.set(k, t);
  }
  return t;
};
export const precision = (t: Tally): number => t.tp / Math.max(1, t.tp + t.fp);
export const recall = (t: Tally): number => t.tp / Math.max(1, t.tp + t.fn);

const PARTY_STATUSES = new Set(['ratified', 'terminated']);

/** The annotator's party as the matcher names it ("EU" → "European Union"). */
const canonical = (party: string | null | undefined): string | null => (party ? (resolveCountry(party) ?? party) : null);

/** The article's predictions: affirmed findings, one per (agreement, status, date, party). */
function predictions(article: RealArticle, file: RealFile): StatusFinding[] {
  const { findings } = matchArticle(
    { title: article.title, paragraphs: article.paragraphs, publishedAt: String(article.publishedAt) },
    file.catalogue,
  );
  const seen = new Set<string>();
  return findings.filter((f) => {
    if (f.denied) return false;
    const k = [f.agreementId, f.status, f.date, PARTY_STATUSES.has(f.status) ? f.party : ''].join('|');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const dateFits = (want: RealEvent, got: StatusFinding): boolean => want.date === '' || want.date === null || String(want.date) === got.date;
const fits = (want: RealEvent, got: StatusFinding): boolean => want.agreement === got.agreementId && want.status === got.status && dateFits(want, got);

export function scoreRealNews(files: RealFile[]): RealScore {
  const s: RealScore = {
    articles: 0,
    all: tally(),
    byKind: new Map(),
    byStatus: new Map(),
    partyRight: 0,
    partyTotal: 0,
    finalRight: 0,
    finalTotal: 0,
    misses: [],
  };
  const kindOf = new Map<string, string>();
  const finalOf = new Map<string, string | null>();
  const finalAsOf = new Map<string, string>();
  const partiesOf = new Map<string, string[]>();
  const sourced = new Map<string, SourcedFinding[]>();
  for (const file of files) {
    // Each file says where an agreement stands after its own newest article about it: the file
    // with the newest such article of all speaks for the corpus.
    for (const a of file.agreements) {
      kindOf.set(a.id, a.kind ?? 'other');
      partiesOf.set(a.id, a.parties ?? []);
      const newest = file.articles
        .filter((x) => (x.events ?? []).some((e) => e.agreement === a.id))
        .map((x) => String(x.publishedAt))
        .sort()
        .at(-1);
      if (newest === undefined) continue;
      if (!finalOf.has(a.id) || newest > (finalAsOf.get(a.id) ?? '')) {
        finalOf.set(a.id, a.finalStatus ?? null);
        finalAsOf.set(a.id, newest);
      }
    }
    for (const article of file.articles) {
      s.articles++;
      const got = predictions(article, file);
      const want = [...(article.events ?? [])];
      for (const f of got) {
        const list = sourced.get(f.agreementId) ?? [];
        list.push({ ...f, evidence: { url: article.url, feed: article.outlet, title: article.title, publishedAt: String(article.publishedAt), quote: f.quote } });
        sourced.set(f.agreementId, list);
      }
      // Exact party first, then any party (a right event with the wrong party).
      const unmatchedGot = new Set(got.map((_, i) => i));
      const matched = new Map<number, number>();
      for (const exact of [true, false]) {
        want.forEach((w, wi) => {
          if (matched.has(wi)) return;
          for (const gi of unmatchedGot) {
            const g = got[gi]!;
            if (!fits(w, g)) continue;
            if (exact && PARTY_STATUSES.has(w.status) && canonical(w.party) !== (g.party ?? null)) continue;
            matched.set(wi, gi);
            unmatchedGot.delete(gi);
            return;
          }
        });
      }
      want.forEach((w, wi) => {
        const kind = kindOf.get(w.agreement) ?? 'other';
        const gi = matched.get(wi);
        if (gi !== undefined) {
          s.all.tp++;
          bump(s.byKind, kind).tp++;
          bump(s.byStatus, w.status).tp++;
          if (PARTY_STATUSES.has(w.status) && w.party) {
            s.partyTotal++;
            if (got[gi]!.party === canonical(w.party)) s.partyRight++;
            else s.misses.push(`PARTY ${article.id}: ${w.agreement} ${w.status} want ${w.party}, got ${String(got[gi]!.party)}`);
          }
        } else {
          s.all.fn++;
          bump(s.byKind, kind).fn++;
          bump(s.byStatus, w.status).fn++;
          s.misses.push(`FN ${article.id}: ${w.agreement} ${w.status} ${w.date || '(any date)'}${w.party ? ' ' + w.party : ''} | ${w.quote ?? ''}`);
        }
      });
      for (const gi of unmatchedGot) {
        const g = got[gi]!;
        s.all.fp++;
        bump(s.byKind, kindOf.get(g.agreementId) ?? 'other').fp++;
        bump(s.byStatus, g.status).fp++;
        s.misses.push(`FP ${article.id}: ${g.agreementId} ${g.status} ${g.date}${g.party ? ' ' + g.party : ''} [${g.rule ?? '?'}] | ${g.quote}`);
      }
    }
  }
  for (const [id, final] of finalOf) {
    if (final === undefined) continue;
    s.finalTotal++;
    const t = buildTimeline(id, sourced.get(id) ?? [], { multilateral: (partiesOf.get(id) ?? []).length !== 2 });
    if ((t.status ?? null) === (final ?? null)) s.finalRight++;
    else s.misses.push(`FINAL ${id}: want ${String(final)}, got ${String(t.status)} since ${String(t.since)}`);
  }
  return s;
}

const fmt = (t: Tally): string => `P ${precision(t).toFixed(3)} R ${recall(t).toFixed(3)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;

/** The report a test run prints: overall, per kind, per status, parties, final statuses, misses. */
export function reportRealNews(label: string, s: RealScore, withMisses = true): string {
  const lines = [
    `${label}: ${s.articles} articles — ${fmt(s.all)}; party right ${s.partyRight}/${s.partyTotal}; final status right ${s.finalRight}/${s.finalTotal}`,
    ...[...s.byKind].sort().map(([k, t]) => `  kind ${k}: ${fmt(t)}`),
    ...[...s.byStatus].sort().map(([k, t]) => `  status ${k}: ${fmt(t)}`),
  ];
  if (withMisses) lines.push(...s.misses.sort());
  return lines.join('\n');
}
