// The real-news parts through the contract (feeds → ingest → `agreements --json` timelines), as a
// user or a judge meets them: figures printed, sanity floors only (per-article findings are pinned
// by the golden ratchet). REALNEWS_PARTS=dev,held picks parts; REALNEWS_MISSES=1 prints misses.
import { describe, expect, it } from 'vitest';
import { loadRealNews, type RealNewsPart } from './labelled-sets.js';
import { contractPrecision, contractRecall, reportThroughContract, scoreThroughContract } from './realnews-contract.js';

const PARTS = (process.env.REALNEWS_PARTS ?? 'dev,blind,held').split(',') as RealNewsPart[];

describe('real-news corpus through the contract', () => {
  for (const part of PARTS) {
    it(`${part}: timeline events and final statuses`, async () => {
      const files = loadRealNews(part);
      if (files.length === 0) return;
      const s = await scoreThroughContract(files);
      console.log(reportThroughContract(`real-news ${part}`, s, process.env.REALNEWS_MISSES === '1'));
      expect(contractPrecision(s.events)).toBeGreaterThanOrEqual(0.4);
      expect(contractRecall(s.events)).toBeGreaterThanOrEqual(0.2);
    }, 300_000);
  }
});
