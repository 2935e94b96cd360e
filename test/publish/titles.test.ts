import { describe, expect, it } from 'vitest';
import { updateTitle } from '../../src/publish/index.js';
import type { ArticleRef } from '../../src/types.js';
import { diffWith } from './helpers/sample-updates.js';

const article: ArticleRef = {
  url: 'https://news.example.com/a',
  feedId: 'example-politics',
  feedName: 'Example Politics',
  title: 'Tokyo and Manila Ink\n  Troop-Visit Pact',
  publishedAt: '2024-07-08T06:00:00Z',
};
const diff = diffWith('old', 'new');

describe('updateTitle', () => {
  it('names the new and the previous status', () => {
    expect(
      updateTitle({
        kind: 'status',
        agreementId: 'jp-ph-raa',
        agreementName: 'Japan–Philippines Reciprocal Access Agreement',
        status: 'signed',
        since: '2024-07-08',
        previousStatus: 'agreed',
        previousSince: null,
        party: null,
        evidence: [],
      }),
    ).toBe('Japan–Philippines Reciprocal Access Agreement: signed (was: agreed)');
  });

  it('names the party for a one-sided status and omits "was" for a first status', () => {
    expect(
      updateTitle({
        kind: 'status',
        agreementId: 'x',
        agreementName: 'Some Pact',
        status: 'ratified',
        since: '2024-12',
        previousStatus: null,
        previousSince: null,
        party: 'Philippines',
        evidence: [],
      }),
    ).toBe('Some Pact: ratified by Philippines');
  });

  it('says what the outlet did, by the weightiest notice, on one line', () => {
    const t = updateTitle({
      kind: 'correction',
      article,
      notices: [
        { kind: 'update', note: 'Updates with reaction.' },
        { kind: 'correction', note: 'Corrects the date.' },
      ],
      fromVersion: 1,
      toVersion: 2,
      diff,
    });
    expect(t).toBe("Example Politics corrected 'Tokyo and Manila Ink Troop-Visit Pact'");
    expect(
      updateTitle({ kind: 'correction', article, notices: [{ kind: 'clarification', note: 'x' }], fromVersion: 1, toVersion: 2, diff }),
    ).toMatch(/^Example Politics clarified /);
  });

  it('covers quiet edits, take-downs and new articles', () => {
    expect(updateTitle({ kind: 'revision', article, fromVersion: 2, toVersion: 3, diff })).toBe(
      "Example Politics quietly edited 'Tokyo and Manila Ink Troop-Visit Pact'",
    );
    expect(updateTitle({ kind: 'taken-down', article, httpStatus: 410, lastVersion: 3 })).toBe(
      "Example Politics took down 'Tokyo and Manila Ink Troop-Visit Pact'",
    );
    expect(updateTitle({ kind: 'new-article', article, agreementIds: ['jp-ph-raa'] })).toBe(
      "New: 'Tokyo and Manila Ink Troop-Visit Pact'",
    );
  });
});
