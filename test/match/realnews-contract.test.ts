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
  // references and relative dates; merged 2026-12-03): dev P 0.698 R 0.673 final 69/99, blind P 0.721
  // R 0.567 final 40/49, held P 0.805 R 0.619 final 25/32, fresh P 0.764 R 0.621 final 36/44, fresh2
  // P 0.698 R 0.550 final 28/46. (The fourth blind part's first run: P 0.617 R 0.459, final 26/46.)
  dev: { p: 0.69, r: 0.665, final: 68 },
  blind: { p: 0.71, r: 0.555, final: 39 },
  held: { p: 0.795, r: 0.61, final: 24 },
  fresh: { p: 0.755, r: 0.61, final: 35 },
  fresh2: { p: 0.69, r: 0.54, final: 27 },
};

const PARTS = (process.env.REALNEWS_PARTS ?? 'dev,blind,held,fresh,fresh2').split(',') as RealNewsPart[];

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
