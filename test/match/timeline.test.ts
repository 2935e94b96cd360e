import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/match/index.js';
import type { AgreementStatus, SourcedFinding } from '../../src/types.js';

let n = 0;
function finding(
  status: AgreementStatus,
  date: string,
  dateSource: 'text' | 'published',
  publishedAt: string,
  party: string | null = null,
  agreementId = 'jp-ph-raa',
): SourcedFinding {
  n++;
  const quote = `sentence ${n}`;
  return {
    agreementId,
    status,
    date,
    dateSource,
    party,
    quote,
    evidence: { url: `https://news.example/${n}`, feed: 'f', title: `t${n}`, publishedAt, quote },
  };
}

describe('buildTimeline', () => {
  it('is empty with no findings', () => {
    expect(buildTimeline('x', [])).toEqual({ agreementId: 'x', status: null, since: null, events: [] });
  });

  it('merges compatible text dates into the most precise one', () => {
    const t = buildTimeline('jp-ph-raa', [
      finding('signed', '2024-07', 'text', '2025-01-01T00:00:00Z'),
      finding('signed', '2024-07-08', 'text', '2024-07-08T06:00:00Z'),
      finding('signed', '2024', 'text', '2026-01-15T00:00:00Z'),
    ]);
    expect(t.events).toHaveLength(1);
    expect(t.events[0]!.date).toBe('2024-07-08');
    expect(t.events[0]!.evidence).toHaveLength(3);
    // oldest report first
    expect(t.events[0]!.evidence[0]!.publishedAt).toBe('2024-07-08T06:00:00Z');
  });

  it('joins a report dated by publication to the earlier event it reports', () => {
    const t = buildTimeline('jp-ph-raa', [
      finding('negotiating', '2024-07-09', 'published', '2024-07-09T00:00:00Z'),
      finding('negotiating', '2023-11-03', 'text', '2023-11-03T00:00:00Z'),
      finding('negotiating', '2024-03-10', 'published', '2024-03-10T00:00:00Z'),
    ]);
    expect(t.events.map((e) => [e.status, e.date, e.evidence.length])).toEqual([['negotiating', '2023-11-03', 3]]);
  });

  it('keeps parties apart for ratification, and reports the furthest stage by event date', () => {
    const t = buildTimeline('jp-ph-raa', [
      finding('ratified', '2025-06-06', 'text', '2025-06-06T00:00:00Z', 'Japan'),
      finding('ratified', '2024-12-16', 'text', '2024-12-17T00:00:00Z', 'Philippines'),
      finding('signed', '2024-07-08', 'text', '2024-07-08T00:00:00Z'),
    ]);
    expect(t.events.map((e) => [e.status, e.date, e.party])).toEqual([
      ['signed', '2024-07-08', null],
      ['ratified', '2024-12-16', 'Philippines'],
      ['ratified', '2025-06-06', 'Japan'],
    ]);
    expect(t.status).toBe('ratified');
    expect(t.since).toBe('2024-12-16');
  });

  it('never moves backward when an old article arrives late', () => {
    const inForce = finding('in-force', '2025-09-11', 'text', '2025-09-11T00:00:00Z');
    const oldNews = finding('negotiating', '2023-11-03', 'published', '2023-11-03T00:00:00Z');
    const t = buildTimeline('jp-ph-raa', [inForce, oldNews]);
    expect(t.status).toBe('in-force');
    expect(t.since).toBe('2025-09-11');
    expect(t.events.map((e) => e.status)).toEqual(['negotiating', 'in-force']);
  });

  it('lets a later suspension or termination override, but not an earlier one', () => {
    const signed = finding('in-force', '1999-06-01', 'text', '2020-01-01T00:00:00Z', null, 'vfa');
    const suspendedLater = finding('suspended', '2020-02', 'text', '2020-03-01T00:00:00Z', 'Philippines', 'vfa');
    expect(buildTimeline('vfa', [signed, suspendedLater])).toMatchObject({ status: 'suspended', since: '2020-02' });
    const terminatedEarlier = finding('terminated', '1990', 'text', '2020-03-01T00:00:00Z', null, 'vfa');
    expect(buildTimeline('vfa', [signed, terminatedEarlier])).toMatchObject({ status: 'in-force', since: '1999-06-01' });
  });

  it('ignores other agreements', () => {
    const t = buildTimeline('a', [finding('signed', '2020', 'text', '2021-01-01T00:00:00Z', null, 'b')]);
    expect(t.events).toEqual([]);
  });
});
