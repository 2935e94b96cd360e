// The real-news parts through the contract (feeds → ingest → `agreements --json` timelines), as a
// user or a judge meets them: figures printed, sanity floors only (per-article findings are pinned
// by the golden ratchet). REALNEWS_PARTS=dev,held picks parts; REALNEWS_MISSES=1 prints misses.
import { describe, expect, it } from 'vitest';
import { loadRealNews, type RealNewsPart } from './labelled-sets.js';
import { contractPrecision, contractRecall, reportThroughContract, scoreThroughContract } from './realnews-contract.js';

/** Ratchet: the figures reached (2026-12-03, after issue 13's ratification/party round: organ table, lists, ranks, withdrawal notices); raise them as they improve. */
const FLOORS: Record<string, { p: number; r: number; final: number }> = {
  dev: { p: 0.675, r: 0.655, final: 68 },
  blind: { p: 0.66, r: 0.51, final: 35 },
  held: { p: 0.73, r: 0.555, final: 22 },
  fresh: { p: 0.635, r: 0.49, final: 31 },
};

const PARTS = (process.env.REALNEWS_PARTS ?? 'dev,blind,held').split(',') as RealNewsPart[];

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
