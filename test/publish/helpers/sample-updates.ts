// Update records of every kind, with hostile texts from test/fixtures/publish/hostile-texts.json.
// The article texts paraphrase the kind of news pactwatch follows; none is copied from a source.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TextDiff, UpdatePayload, UpdateRecord } from '../../../src/types.js';

export const hostile = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/publish/hostile-texts.json', import.meta.url)), 'utf8'),
) as Record<string, string>;

export const H = {
  script: hostile.script ?? '',
  doubleCdata: hostile.doubleCdata ?? '',
  ampersand: hostile.ampersand ?? '',
  controls: hostile.controls ?? '',
  loneSurrogate: hostile.loneSurrogate ?? '',
  ltInTitle: hostile.ltInTitle ?? '',
  japanese: hostile.japanese ?? '',
  enDash: hostile.enDash ?? '',
};

export const BASE = 'http://pactwatch.test';

export function diffWith(removed: string, added: string): TextDiff {
  return {
    title: null,
    blocks: [
      { kind: 'equal', segments: [{ op: 'equal', text: 'Defence ministers met in the capital on Monday.' }] },
      {
        kind: 'changed',
        segments: [
          { op: 'equal', text: 'The accord was described as ' },
          { op: 'removed', text: removed },
          { op: 'added', text: added },
          { op: 'equal', text: ' by officials.' },
        ],
      },
    ],
    removed: [removed],
    added: [added],
    coarse: false,
  };
}

const article = (n: number, title: string) => ({
  url: `https://news.example.com/world/pact-${n}?a=1&b=2`,
  feedId: 'example-wire',
  feedName: 'Example Wire & Co',
  title,
  publishedAt: '2024-07-08T06:00:00Z',
});

/** The payload for update number `seq`: kinds rotate, texts carry the hostile strings. */
export function payloadFor(seq: number): UpdatePayload {
  switch (seq % 5) {
    case 0:
      return {
        kind: 'status',
        agreementId: 'jp-ph-raa',
        agreementName: 'Japan–Philippines Reciprocal Access Agreement',
        status: 'signed',
        since: '2024-07-08',
        previousStatus: 'agreed',
        previousSince: '2024-06',
        party: null,
        evidence: [
          {
            url: `https://news.example.com/world/pact-${seq}`,
            feed: 'example-wire',
            title: H.ltInTitle,
            publishedAt: '2024-07-08T06:00:00Z',
            quote: `Ministers from both sides put their names to the visiting-forces pact in Manila. ${H.script}`,
          },
        ],
      };
    case 1:
      return {
        kind: 'correction',
        article: article(seq, `${H.enDash} ${H.ltInTitle}`),
        notices: [{ kind: 'correction', note: `(Fixes the signing date. ${H.script})` }],
        fromVersion: 1,
        toVersion: 2,
        diff: diffWith(`historic ${H.doubleCdata}`, `significant ${H.ampersand}`),
      };
    case 2:
      return {
        kind: 'revision',
        article: article(seq, `${H.japanese} ${H.controls}`),
        fromVersion: 2,
        toVersion: 3,
        diff: diffWith(H.loneSurrogate, H.japanese),
      };
    case 3:
      return {
        kind: 'taken-down',
        article: article(seq, `Withdrawn story ${H.script}`),
        httpStatus: 404,
        lastVersion: 3,
      };
    default:
      return { kind: 'new-article', article: article(seq, `${H.enDash} ${H.doubleCdata}`), agreementIds: ['jp-ph-raa'] };
  }
}

export function makeUpdate(seq: number, title?: string): UpdateRecord {
  const payload = payloadFor(seq);
  const created = new Date(Date.UTC(2024, 6, 8, 6, 0, 0) + seq * 60_000).toISOString();
  return {
    seq,
    uid: `tag:pactwatch.test,2024:update/${seq}`,
    createdAt: created,
    title: title ?? `Update ${seq}: ${H.ltInTitle} ${H.controls}`,
    agreementIds: ['jp-ph-raa'],
    payload,
  };
}

/** `n` updates, newest first (as SiteData.updates returns them). */
export function makeUpdates(n: number, from = 1): UpdateRecord[] {
  const out: UpdateRecord[] = [];
  for (let s = from + n - 1; s >= from; s--) out.push(makeUpdate(s));
  return out;
}
