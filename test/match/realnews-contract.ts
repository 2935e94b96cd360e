// The real-news corpus scored as a user meets it: each file's articles served as RSS feeds on
// 127.0.0.1 (one feed per outlet), ingested through the run orchestrator into a fresh store, and
// the timelines of `agreements --json` compared with the labels. This is the measure the issue's
// figures were taken with (timeline events, not per-article findings): a step several articles
// report is one timeline event, and evidence weighing decides its date.
import { makeWorld, rssFeed } from '../helpers/world.js';
import { agreementsJson, readContext } from '../../src/query/index.js';
import { resolveCountry } from '../../src/match/index.js';
import type { AgreementConfig, AgreementJson } from '../../src/types.js';
import type { RealEvent, RealFile } from './labelled-sets.js';

export interface ContractTally {
  tp: number;
  fp: number;
  fn: number;
  /** Of `fn`: steps the timeline has, at another date (two dated steps kept as one). */
  merged: number;
}

export interface ContractScore {
  files: number;
  articles: number;
  /** Timeline events against the labelled steps (one step per agreement, status, date, party). */
  events: ContractTally;
  /** The same with an event's alternative dates accepted too. */
  eventsWithAlternatives: ContractTally;
  finalRight: number;
  finalTotal: number;
  misses: string[];
}

const PARTY_STATUSES = new Set(['ratified', 'terminated']);
const canonical = (p: string | null | undefined): string | null => (p ? (resolveCountry(p) ?? p) : null);
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'outlet';

interface Step {
  agreement: string;
  status: string;
  date: string;
  party: string | null;
}

/** The labelled steps of a file: one per (agreement, status, date, party), as a timeline keeps them. */
function labelledSteps(file: RealFile): Step[] {
  const seen = new Map<string, Step>();
  for (const a of file.articles) {
    for (const e of a.events ?? []) {
      const step = stepOf(e);
      seen.set([step.agreement, step.status, step.date, step.party ?? ''].join('|'), step);
    }
  }
  // A less precise mention of a step the file dates more precisely elsewhere ("July 2024" beside
  // "8 July 2024", or no date at all) is that step: a timeline keeps it once, at its best date.
  const steps = [...seen.values()];
  return steps.filter((s) => !steps.some((o) => o !== s && sameStep(o, s) && o.date.length > s.date.length && o.date.startsWith(s.date)));
}

const stepOf = (e: RealEvent): Step => ({
  agreement: e.agreement,
  status: e.status,
  date: e.date ? String(e.date) : '',
  party: PARTY_STATUSES.has(e.status) ? canonical(e.party) : null,
});
const sameStep = (a: Step, b: Step): boolean => a.agreement === b.agreement && a.status === b.status && (a.party ?? null) === (b.party ?? null);

async function timelinesOf(file: RealFile): Promise<AgreementJson[]> {
  const byOutlet = new Map<string, RealFile['articles']>();
  for (const a of file.articles) byOutlet.set(slug(a.outlet), [...(byOutlet.get(slug(a.outlet)) ?? []), a]);
  const feeds = [...byOutlet.keys()].map((id) => ({ id, name: id, fullText: false, path: `/${id}.rss` }));
  const agreements = file.agreements.map(({ kind: _k, finalStatus: _f, ...a }) => ({
    ...a,
    parties: (a.parties ?? []).filter((p) => resolveCountry(String(p)) !== null),
    patterns: a.patterns ?? [],
  })) as AgreementConfig[];
  const world = await makeWorld(feeds, { agreements });
  try {
    for (const [id, articles] of byOutlet) {
      world.news.set(
        `/${id}.rss`,
        rssFeed(
          articles.map((a) => ({
            title: a.title,
            link: a.url,
            guid: a.id,
            date: new Date(String(a.publishedAt)).toUTCString(),
            content: a.paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join(''),
          })),
        ),
      );
    }
    const newest = file.articles.map((a) => String(a.publishedAt)).sort().at(-1);
    world.clock.now = new Date(new Date(newest ?? '2026-01-01T00:00:00Z').getTime() + 3600_000);
    await world.run();
    return agreementsJson(readContext(world.config, world.store));
  } finally {
    await world.close();
  }
}

/** Ingests every file of a part through the contract and scores the timelines. */
export async function scoreThroughContract(files: RealFile[]): Promise<ContractScore> {
  const s: ContractScore = {
    files: files.length,
    articles: 0,
    events: { tp: 0, fp: 0, fn: 0, merged: 0 },
    eventsWithAlternatives: { tp: 0, fp: 0, fn: 0, merged: 0 },
    finalRight: 0,
    finalTotal: 0,
    misses: [],
  };
  for (const file of files) {
    s.articles += file.articles.length;
    const timelines = await timelinesOf(file);
    const steps = labelledSteps(file);
    for (const withAlternatives of [false, true]) {
      const t = withAlternatives ? s.eventsWithAlternatives : s.events;
      const got = timelines.flatMap((a) =>
        a.timeline
          .filter((e) => !e.disputed)
          .map((e) => ({
            agreement: a.id,
            status: e.status as string,
            dates: [e.date as string, ...(withAlternatives ? e.alternatives.map((x) => x.date as string) : [])],
            party: PARTY_STATUSES.has(e.status) ? (e.party ?? null) : null,
            used: false,
          })),
      );
      for (const step of steps) {
        const hit = got.find((g) => !g.used && sameStep({ ...g, date: '' }, step) && (step.date === '' || g.dates.includes(step.date)));
        if (hit) {
          hit.used = true;
          t.tp++;
        } else {
          t.fn++;
          // A step the timeline keeps under another date (rival dates weighed as one step).
          const merged = got.some((g) => sameStep({ ...g, date: '' }, step));
          if (merged) t.merged++;
          if (!withAlternatives) s.misses.push(`FN${merged ? '(kept at another date)' : ''} ${file.file}: ${step.agreement} ${step.status} ${step.date || '(any)'}${step.party ? ` ${step.party}` : ''}`);
        }
      }
      for (const g of got.filter((x) => !x.used)) {
        t.fp++;
        if (!withAlternatives) s.misses.push(`FP ${file.file}: ${g.agreement} ${g.status} ${g.dates[0]}${g.party ? ` ${g.party}` : ''}`);
      }
    }
    for (const a of file.agreements) {
      if (!file.articles.some((x) => (x.events ?? []).some((e) => e.agreement === a.id))) continue;
      s.finalTotal++;
      const got = timelines.find((t) => t.id === a.id)?.status ?? null;
      if (got === (a.finalStatus ?? null)) s.finalRight++;
      else s.misses.push(`FINAL ${file.file}: ${a.id} want ${String(a.finalStatus)}, got ${String(got)}`);
    }
  }
  return s;
}

const p = (t: ContractTally): number => t.tp / Math.max(1, t.tp + t.fp);
const r = (t: ContractTally): number => t.tp / Math.max(1, t.tp + t.fn);
const fmt = (t: ContractTally): string => `P ${p(t).toFixed(3)} R ${r(t).toFixed(3)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn} of which ${t.merged} kept at another date)`;

export function reportThroughContract(label: string, s: ContractScore, withMisses: boolean): string {
  return [
    `${label} through the contract: ${s.articles} articles in ${s.files} files — timeline events ${fmt(s.events)}; with alternative dates ${fmt(s.eventsWithAlternatives)}; final status right ${s.finalRight}/${s.finalTotal}`,
    ...(withMisses ? s.misses.sort() : []),
  ].join('\n');
}

export { p as contractPrecision, r as contractRecall };
