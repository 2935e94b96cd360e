// Scores the notice recogniser on the corpus through extract → diff and prints the figures:
//   npx vitest run test/notices        (the six dev sets and the seven old blind sets, each checked against
//                                       its golden file)
//   NOTICES_DIR=path/to/set npx vitest run test/notices   (that set only: figures, no ratchet)
// The golden files (test/notices/golden/dev.json, blind.json, held.json, fresh.json, dev2.json,
// fresh2.json, dev3.json, fresh3.json, dev4.json, dev5.json, fresh4.json, dev6.json, fresh5.json) are a ratchet: every notice one
// records as found must stay found with its kind, and no look-alike may raise a notice. When the
// recogniser finds more, or the corpus grows, rewrite them with UPDATE_GOLDEN=1 (refused while
// anything regresses).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BLIND_DIR,
  DEV2_DIR,
  DEV3_DIR,
  DEV4_DIR,
  DEV5_DIR,
  DEV6_DIR,
  DEV_DIR,
  FRESH2_DIR,
  FRESH3_DIR,
  FRESH4_DIR,
  FRESH5_DIR,
  FRESH_DIR,
  HELD_DIR,
  loadCorpus,
  report,
  scoreLookalike,
  scoreNotice,
  type LookalikeResult,
  type NoticeResult,
} from './corpus.js';

/** The sets scored and the golden file of each (null: figures only). */
const SETS: Array<{ dir: string; golden: string | null }> = process.env.NOTICES_DIR
  ? [{ dir: process.env.NOTICES_DIR, golden: null }]
  : [
      { dir: DEV_DIR, golden: fileURLToPath(new URL('./golden/dev.json', import.meta.url)) },
      // Scored blind once (README); development data since, held by its own ratchet.
      { dir: BLIND_DIR, golden: fileURLToPath(new URL('./golden/blind.json', import.meta.url)) },
      { dir: HELD_DIR, golden: fileURLToPath(new URL('./golden/held.json', import.meta.url)) },
      { dir: FRESH_DIR, golden: fileURLToPath(new URL('./golden/fresh.json', import.meta.url)) },
      { dir: DEV2_DIR, golden: fileURLToPath(new URL('./golden/dev2.json', import.meta.url)) },
      { dir: FRESH2_DIR, golden: fileURLToPath(new URL('./golden/fresh2.json', import.meta.url)) },
      { dir: DEV3_DIR, golden: fileURLToPath(new URL('./golden/dev3.json', import.meta.url)) },
      { dir: FRESH3_DIR, golden: fileURLToPath(new URL('./golden/fresh3.json', import.meta.url)) },
      { dir: DEV4_DIR, golden: fileURLToPath(new URL('./golden/dev4.json', import.meta.url)) },
      { dir: DEV5_DIR, golden: fileURLToPath(new URL('./golden/dev5.json', import.meta.url)) },
      { dir: FRESH4_DIR, golden: fileURLToPath(new URL('./golden/fresh4.json', import.meta.url)) },
      { dir: DEV6_DIR, golden: fileURLToPath(new URL('./golden/dev6.json', import.meta.url)) },
      { dir: FRESH5_DIR, golden: fileURLToPath(new URL('./golden/fresh5.json', import.meta.url)) },
    ];

interface Golden {
  notices: Record<string, Array<{ kind: string; rule: string }>>;
  lookalikes: Record<string, string[]>;
}

function goldenOf(results: readonly NoticeResult[], looks: readonly LookalikeResult[]): Golden {
  return {
    notices: Object.fromEntries(results.map((r) => [r.id, r.found])),
    lookalikes: Object.fromEntries(looks.map((l) => [l.id, l.raised.map((x) => `${x.where} ${x.rule}`)])),
  };
}

/** What got worse against the golden file: notices lost or their kind lost, look-alikes raised. */
function regressions(golden: Golden, results: readonly NoticeResult[], looks: readonly LookalikeResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    const before = golden.notices[r.id];
    if (!before || before.length === 0) continue;
    if (r.found.length === 0) out.push(`${r.id}: no longer recognised (was ${before.map((b) => b.rule).join(', ')})`);
    else if (before.some((b) => b.kind === r.kind) && !r.found.some((f) => f.kind === r.kind)) {
      out.push(`${r.id}: kind ${r.kind} lost (now ${r.found.map((f) => f.kind).join('+')})`);
    }
  }
  for (const l of looks) if (l.raised.length > 0) out.push(`${l.id}: look-alike raised ${l.raised.map((x) => `${x.where} ${x.rule}`).join(', ')}`);
  return out;
}

for (const { dir, golden: GOLDEN } of SETS) {
  const { notices, lookalikes } = loadCorpus(dir);

  describe.runIf(notices.length > 0)(`notice corpus through extract → diff (${dir})`, () => {
    const results = notices.map(scoreNotice);
    const looks = lookalikes.map(scoreLookalike);

    it('prints the figures', () => {
      console.log(`\n${dir}\n${report(results, looks)}\n`);
    });

    it('raises no notice on a look-alike', () => {
      expect(looks.filter((l) => l.raised.length > 0).map((l) => `${l.id} ${JSON.stringify(l.raised)}`)).toEqual([]);
    });

    it('never lists the byline as corrected text', () => {
      expect(results.filter((r) => r.furnitureListed).map((r) => r.id)).toEqual([]);
    });

    it.runIf(GOLDEN !== null)('keeps every notice of the golden file (ratchet)', () => {
      if (GOLDEN === null) return;
      const now = goldenOf(results, looks);
      const golden: Golden = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Golden) : { notices: {}, lookalikes: {} };
      const worse = regressions(golden, results, looks);
      if (process.env.UPDATE_GOLDEN === '1' && worse.length === 0) writeFileSync(GOLDEN, `${JSON.stringify(now, null, 1)}\n`);
      expect(worse).toEqual([]);
      // Entries the golden file does not know yet (the corpus grew) are reported, not failed.
      const unknown = Object.keys(now.notices).filter((id) => !(id in golden.notices));
      if (unknown.length > 0 && process.env.UPDATE_GOLDEN !== '1') {
        console.log(`${unknown.length} corpus entries are not in the golden file yet: UPDATE_GOLDEN=1 npx vitest run test/notices`);
      }
      // What the golden file knows must match: better than it is fine, but the file must follow.
      const known = (g: Golden): Golden => ({
        notices: Object.fromEntries(Object.entries(g.notices).filter(([id]) => id in golden.notices)),
        lookalikes: Object.fromEntries(Object.entries(g.lookalikes).filter(([id]) => id in golden.lookalikes)),
      });
      expect(known(now), 'the golden file is out of date: UPDATE_GOLDEN=1 npx vitest run test/notices').toEqual(
        process.env.UPDATE_GOLDEN === '1' ? known(now) : golden,
      );
    });
  });
}
