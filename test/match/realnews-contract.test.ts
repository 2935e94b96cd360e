// The real-news parts through the contract (feeds → ingest → `agreements --json` timelines), as a
// user or a judge meets them: figures printed, sanity floors only (per-article findings are pinned
// by the golden ratchet). REALNEWS_PARTS=dev,held picks parts; REALNEWS_MISSES=1 prints misses.
import { describe, expect, it } from 'vitest';
import { loadRealNews, type RealNewsPart } from './labelled-sets.js';
import { contractPrecision, contractRecall, reportThroughContract, scoreThroughContract } from './realnews-contract.js';

/**
 * Ratchet: the figures reached (2026-12-03, issue 13's fourth round: the organ table, lists, ranks and
 * withdrawal notices; agreeing and ceasing rows, the news day, an agreement's own expiry); raise them as
 * they improve. The timeline's figures move by one event between runs (dev R 0.615–0.618 before this
 * round), so the floors sit just under the figures of the merged run.
 */
const FLOORS: Record<string, { p: number; r: number; final: number }> = {
  // Sixth round (h13d ratification, parties and lists; h13e talks lifecycle, concluded texts, generic
  // references and relative dates; h13f approvals of leaving, "<interval> after", sign-up lists; h13g
  // suspension rows, talks without an agreement noun, numeric dates; merged 2026-12-03): dev P 0.707
  // R 0.680 final 69/99, blind P 0.727 R 0.567 final 40/49, held P 0.795 R 0.619 final 26/32, fresh
  // P 0.778 R 0.643 final 36/44, fresh2 P 0.713 R 0.569 final 29/46. (The fourth blind part's first
  // run: P 0.617 R 0.459, final 26/46.)
  // h13c (timeline suspensions and unnamed ratifications, coming days, shared passive auxiliaries,
  // entry conditions): dev P 0.716 R 0.686, blind P 0.750 R 0.574, held P 0.837 R 0.637, fresh P 0.801
  // R 0.647, fresh2 P 0.729 final 32/46, dev4 P 0.580.
  // Eighth round merged (h13e truces, ceasefires, suspensions, terminations; h13f accessions and the
  // early statuses; h13g the timeline's rival dates, other documents, dates in names; h13h mentions and
  // references; 2026-12-03): dev P 0.743 R 0.712 final 68/99 (the Ottawa Convention's final status
  // turns with a withdrawal approval no longer read as one), blind P 0.764 R 0.574 41/49, held P 0.879
  // R 0.708 30/32, fresh P 0.811 R 0.670 36/44, fresh2 P 0.864 R 0.642 36/46, fresh3 P 0.806 R 0.581
  // 27/41 (h13g: nine labelled second dates of one step are alternatives now, not events), dev4
  // P 0.675 R 0.516 27/34, fresh4 P 0.586 R 0.414 33/49.
  dev: { p: 0.735, r: 0.705, final: 67 },
  blind: { p: 0.755, r: 0.565, final: 40 },
  held: { p: 0.87, r: 0.7, final: 29 },
  fresh: { p: 0.8, r: 0.66, final: 35 },
  fresh2: { p: 0.855, r: 0.635, final: 35 },
  // The fifth blind part's first run (2026-12-03, after the sixth round): P 0.755 R 0.566, final 26/41.
  // Lowered to 0.575 in the eighth round: see above (was 0.58).
  fresh3: { p: 0.8, r: 0.575, final: 26 },
  // The fourth development part as it came (2026-12-03, before any work on it): P 0.570 R 0.404,
  // final 28/34 (per article P 0.660 R 0.426).
  // Branch h13a: P 0.574 R 0.410, final 26/34 (two signings now rightly dated leave two older false
  // findings newest: a nullifying law's "ratified", a false termination on the signing day).
  // After h13b (late lifecycle and parties): dev P 0.715 R 0.689 final 69/99, blind P 0.730 R 0.574
  // 41/49, held P 0.795 R 0.619 26/32, fresh P 0.774 R 0.643 36/44, fresh2 P 0.730 R 0.596 31/46,
  // fresh3 P 0.769 R 0.588 27/41, dev4 P 0.628 R 0.472 28/34.
  // Seventh round merged (h13a early lifecycle and accessions, h13b late lifecycle and parties, h13c
  // precision, dates and the timeline, h13d mentions; 2026-12-03): dev P 0.727 R 0.715 final 69/99,
  // blind P 0.743 R 0.574 41/49, held P 0.839 R 0.690 29/32, fresh P 0.799 R 0.656 36/44, fresh2
  // P 0.761 R 0.615 34/46, fresh3 P 0.784 R 0.588 27/41, dev4 P 0.633 R 0.472 26/34.
  dev4: { p: 0.665, r: 0.505, final: 26 },
  // The sixth blind part's first run (2026-12-03, after the seventh round): P 0.562 R 0.381, final 31/49.
  fresh4: { p: 0.58, r: 0.405, final: 32 },
  // The seventh blind part's first run (2026-12-03, after the eighth round): P 0.670 R 0.463, final
  // 22/36 (per article P 0.689 R 0.476).
  // Branch h13j (weak statuses: in force without "enter", ends by notice, ruling and dropped bid,
  // declared ceasefires, applications, talks' start and end in one sentence): fresh5 P 0.672 R 0.494
  // final 25/36; fresh4 P 0.582 (one ceasefire "is holding" dated by the report) final 34/49; the
  // other parts unchanged.
  fresh5: { p: 0.665, r: 0.485, final: 24 },
};

const PARTS = (process.env.REALNEWS_PARTS ?? 'dev,blind,held,fresh,fresh2,fresh3,dev4,fresh4,fresh5').split(',') as RealNewsPart[];

describe('real-news corpus through the contract', () => {
  for (const part of PARTS) {
    it(`${part}: timeline events and final statuses`, async () => {
      const files = loadRealNews(part);
      if (files.length === 0) return;
      const s = await scoreThroughContract(files);
      console.log(reportThroughContract(`real-news ${part}`, s, process.env.REALNEWS_MISSES === '1'));
      const floor = FLOORS[part] ?? { p: 0, r: 0, final: 0 };
      expect(contractPrecision(s.events)).toBeGreaterThanOrEqual(floor.p);
      expect(contractRecall(s.events)).toBeGreaterThanOrEqual(floor.r);
      expect(s.finalRight).toBeGreaterThanOrEqual(floor.final);
    }, 300_000);
  }
});
