import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/match/index.js';
import { countOutlets, outletNamer, registrableHost } from '../../src/match/timeline-outlets.js';
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
  it('a multilateral treaty stays in force when one party leaves; a bilateral one ends', () => {
    const findings = [
      finding('in-force', '1999-03-01', 'text', '2020-01-01T00:00:00Z', null, 'ottawa'),
      finding('terminated', '2025-12-27', 'text', '2025-12-28T00:00:00Z', 'Finland', 'ottawa'),
    ];
    const open = buildTimeline('ottawa', findings, { multilateral: true });
    expect([open.status, open.since]).toEqual(['in-force', '1999-03-01']);
    expect(open.events.map((e) => [e.status, e.party])).toContainEqual(['terminated', 'Finland']);
    expect(buildTimeline('ottawa', findings).status).toBe('terminated');
  });

  it('a treaty a party leaves was in force: the status is at least in-force, since unknown without its date', () => {
    const t = buildTimeline('open-skies', [
      finding('negotiating', '1992', 'text', '2020-05-22T00:00:00Z', null, 'open-skies'),
      finding('terminated', '2020-11-22', 'text', '2020-11-23T00:00:00Z', 'United States', 'open-skies'),
    ], { multilateral: true });
    expect([t.status, t.since]).toEqual(['in-force', null]);
  });

  it('a ratification dated before the signing does not set the status when the signing outweighs it', () => {
    const t = buildTimeline('pukpuk', [
      by('a', finding('ratified', '2025-10-02', 'text', '2025-10-03T00:00:00Z', 'Papua New Guinea', 'pukpuk')),
      by('b', finding('signed', '2025-10-06', 'text', '2025-10-06T00:00:00Z', null, 'pukpuk')),
      by('c', finding('signed', '2025-10-06', 'text', '2025-10-07T00:00:00Z', null, 'pukpuk')),
    ]);
    expect(t.events.map((e) => e.status)).toEqual(['ratified', 'signed']);
    expect([t.status, t.since]).toEqual(['signed', '2025-10-06']);
  });

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

/** The same finding as another outlet reports it: its own feed and its own site. */
function by(outlet: string, f: SourcedFinding, feed = outlet): SourcedFinding {
  return { ...f, evidence: { ...f.evidence, feed, url: `https://www.${outlet}.example/${f.quote.replace(/ /g, '-')}` } };
}

/** A report that the step had not happened as of its publication. */
function denial(status: AgreementStatus, publishedAt: string, party: string | null = null, agreementId = 'jp-ph-raa'): SourcedFinding {
  return { ...finding(status, publishedAt.slice(0, 10), 'published', publishedAt, party, agreementId), denied: true };
}

const signed = (date: string, publishedAt: string, dateSource: 'text' | 'published' = 'text'): SourcedFinding =>
  finding('signed', date, dateSource, publishedAt);

describe('buildTimeline: one step is one event', () => {
  it('makes one event of incompatible dates for a step, the others listed as alternatives with their evidence', () => {
    const t = buildTimeline('jp-ph-raa', [
      by('a', signed('2024-07-08', '2024-07-08T06:00:00Z')),
      by('b', signed('2024-07-09', '2024-07-09T06:00:00Z')),
      by('c', signed('2024-07-08', '2024-07-10T06:00:00Z')),
    ]);
    expect(t.events).toHaveLength(1);
    const e = t.events[0]!;
    expect(e).toMatchObject({ status: 'signed', date: '2024-07-08', sources: 2, disputed: false, denials: [] });
    expect(e.evidence.map((x) => x.feed)).toEqual(['a', 'c']);
    expect(e.alternatives).toEqual([
      { date: '2024-07-09', sources: 1, evidence: [expect.objectContaining({ feed: 'b', publishedAt: '2024-07-09T06:00:00Z' })], disputed: false },
    ]);
    expect(t).toMatchObject({ status: 'signed', since: '2024-07-08' });
  });

  it('does so for agreed, in-force and each party’s ratification, but keeps parties apart', () => {
    const t = buildTimeline('jp-ph-raa', [
      by('a', finding('agreed', '2023-11', 'text', '2023-11-05T00:00:00Z')),
      by('b', finding('agreed', '2024-01', 'text', '2024-01-05T00:00:00Z')),
      by('a', finding('ratified', '2024-12-16', 'text', '2024-12-17T00:00:00Z', 'Philippines')),
      // Rival dates a day or two apart: sources disagreeing about one step.
      by('b', finding('ratified', '2024-12-17', 'text', '2024-12-18T00:00:00Z', 'Philippines')),
      by('a', finding('ratified', '2025-06-06', 'text', '2025-06-06T00:00:00Z', 'Japan')),
      by('a', finding('in-force', '2025-09-11', 'text', '2025-09-11T00:00:00Z')),
      by('b', finding('in-force', '2025-09-12', 'text', '2025-09-12T00:00:00Z')),
    ]);
    expect(t.events.map((e) => [e.status, e.party, e.alternatives.map((a) => a.date)])).toEqual([
      ['agreed', null, ['2023-11']],
      ['ratified', 'Philippines', ['2024-12-16']],
      ['ratified', 'Japan', []],
      ['in-force', null, ['2025-09-11']],
    ]);
  });

  it('a party’s formal steps weeks apart are steps of their own: notice and effect, two chambers', () => {
    const t = buildTimeline('ottawa', [
      by('a', finding('terminated', '2025-12-27', 'text', '2025-12-28T00:00:00Z', 'Latvia', 'ottawa')),
      // Reported as news on the day the notice was given: before the effect, so not that step.
      by('b', finding('terminated', '2025-06-27', 'published', '2025-06-27T00:00:00Z', 'Latvia', 'ottawa')),
      by('c', finding('ratified', '2019-12-19', 'text', '2019-12-20T00:00:00Z', 'United States', 'ottawa')),
      by('d', finding('ratified', '2020-01-16', 'text', '2020-01-17T00:00:00Z', 'United States', 'ottawa')),
    ], { multilateral: true });
    expect(t.events.map((e) => [e.status, e.party, e.date, e.alternatives.length])).toEqual([
      ['ratified', 'United States', '2019-12-19', 0],
      ['ratified', 'United States', '2020-01-16', 0],
      ['terminated', 'Latvia', '2025-06-27', 0],
      ['terminated', 'Latvia', '2025-12-27', 0],
    ]);
  });

  it('gives a claim that names no party to the one party a compatible claim names', () => {
    const t = buildTimeline('ecta', [
      by('a', finding('ratified', '2022-11', 'text', '2022-11-30T00:00:00Z', 'Australia', 'ecta')),
      by('a', finding('ratified', '2022-11-22', 'text', '2022-11-30T00:00:00Z', null, 'ecta')),
      by('b', finding('ratified', '2022-12-01', 'text', '2022-12-01T00:00:00Z', 'India', 'ecta')),
    ]);
    expect(t.events.map((e) => [e.party, e.date, e.sources])).toEqual([
      ['Australia', '2022-11-22', 1],
      ['India', '2022-12-01', 1],
    ]);
  });

  it('counts independent outlets: one outlet repeating itself is one source, so two outlets beat it', () => {
    const t = buildTimeline('jp-ph-raa', [
      by('loud', signed('2024-07-05', '2024-07-05T00:00:00Z')),
      by('loud', signed('2024-07-05', '2024-07-06T00:00:00Z')),
      by('loud', signed('2024-07-05', '2024-07-11T00:00:00Z')),
      by('a', signed('2024-07-08', '2024-07-08T00:00:00Z')),
      by('b', signed('2024-07-08', '2024-07-09T00:00:00Z')),
    ]);
    expect(t.events).toHaveLength(1);
    expect(t.events[0]).toMatchObject({ date: '2024-07-08', sources: 2 });
    expect(t.events[0]!.alternatives).toMatchObject([{ date: '2024-07-05', sources: 1 }]);
    expect(t.events[0]!.alternatives[0]!.evidence).toHaveLength(3);
    expect(t.since).toBe('2024-07-08');
  });

  it('counts the section feeds of one site as one outlet', () => {
    const t = buildTimeline('jp-ph-raa', [
      by('paper', signed('2024-07-05', '2024-07-05T00:00:00Z'), 'paper-world'),
      by('paper', signed('2024-07-05', '2024-07-06T00:00:00Z'), 'paper-politics'),
      by('wire', signed('2024-07-08', '2024-07-04T00:00:00Z')),
    ]);
    // One outlet each: the tie goes to the statement published later.
    expect(t.events[0]).toMatchObject({ date: '2024-07-05', sources: 1 });
    expect(t.events[0]!.evidence).toHaveLength(2);
  });

  it('on a tie, a later, more specific statement outweighs an earlier, vaguer one', () => {
    // More precise wins...
    const precise = buildTimeline('jp-ph-raa', [
      by('a', signed('2024-06', '2024-06-20T00:00:00Z')),
      by('b', signed('2024-07-08', '2024-07-09T00:00:00Z')),
    ]);
    expect(precise.events.map((e) => [e.date, e.alternatives.map((a) => a.date)])).toEqual([['2024-07-08', ['2024-06']]]);
    // ...as does, at equal precision, the later report...
    const later = buildTimeline('jp-ph-raa', [
      by('a', signed('2024-07-05', '2024-07-05T00:00:00Z')),
      by('b', signed('2024-07-08', '2024-07-09T00:00:00Z')),
    ]);
    expect(later.events.map((e) => e.date)).toEqual(['2024-07-08']);
    // ...and a date the text gives, over a mere "reported by" publication date.
    const reported = buildTimeline('jp-ph-raa', [
      by('a', signed('2024-07-01', '2024-07-01T00:00:00Z', 'published')),
      by('b', signed('2024-07-08', '2024-07-09T00:00:00Z')),
    ]);
    expect(reported.events.map((e) => [e.date, e.alternatives.map((a) => a.date)])).toEqual([['2024-07-08', ['2024-07-01']]]);
  });

  it('lets more outlets outweigh a more precise or later single one', () => {
    const t = buildTimeline('jp-ph-raa', [
      by('a', signed('2024-07', '2024-07-20T00:00:00Z')),
      by('b', signed('2024-07', '2024-07-21T00:00:00Z')),
      by('c', signed('2024-08-01', '2024-08-02T00:00:00Z')),
    ]);
    expect(t.events.map((e) => [e.date, e.sources, e.alternatives.map((a) => a.date)])).toEqual([['2024-07', 2, ['2024-08-01']]]);
  });

  it('counts reports dated by publication for the date they are consistent with', () => {
    const t = buildTimeline('jp-ph-raa', [
      by('a', signed('2024-07-05', '2024-07-05T00:00:00Z')),
      by('b', signed('2024-07-08', '2024-07-08T00:00:00Z')),
      // "have signed", published before the 8th: it can only support the 5th.
      by('c', signed('2024-07-06', '2024-07-06T00:00:00Z', 'published')),
    ]);
    expect(t.events.map((e) => [e.date, e.sources])).toEqual([['2024-07-05', 2]]);
  });

  it('is the same whatever order the findings arrive in', () => {
    const fs = [
      by('a', signed('2024-07-05', '2024-07-05T00:00:00Z')),
      by('b', signed('2024-07-08', '2024-07-09T00:00:00Z')),
      by('c', signed('2024-07-10', '2024-07-10T00:00:00Z', 'published')),
      by('d', denial('signed', '2024-07-06T00:00:00Z')),
      by('a', finding('negotiating', '2023-11', 'text', '2023-11-03T00:00:00Z')),
      by('b', finding('negotiating', '2024-02-01', 'published', '2024-02-01T00:00:00Z')),
    ];
    expect(buildTimeline('jp-ph-raa', [...fs].reverse())).toEqual(buildTimeline('jp-ph-raa', fs));
  });
});

describe('buildTimeline: denials', () => {
  const initialled = (): SourcedFinding[] => [
    by('a', finding('agreed', '2024-06', 'text', '2024-06-10T00:00:00Z')),
    by('a', signed('2024-07-08', '2024-07-08T06:00:00Z')),
    // The same day, later: "the text was only initialled, not signed".
    by('b', denial('signed', '2024-07-08T18:00:00Z')),
  ];

  it('a later denial retracts a claim: the event stays, disputed, and the status does not count it', () => {
    const t = buildTimeline('jp-ph-raa', initialled());
    const s = t.events.find((e) => e.status === 'signed')!;
    expect(s).toMatchObject({ date: '2024-07-08', disputed: true, sources: 1 });
    expect(s.denials.map((d) => d.feed)).toEqual(['b']);
    expect(t).toMatchObject({ status: 'agreed', since: '2024-06' });
  });

  it('a later affirming source outweighs the denial', () => {
    const t = buildTimeline('jp-ph-raa', [...initialled(), by('c', signed('2024-07-08', '2024-07-10T00:00:00Z'))]);
    const s = t.events.find((e) => e.status === 'signed')!;
    expect(s).toMatchObject({ date: '2024-07-08', disputed: false, sources: 2 });
    expect(s.denials).toHaveLength(1);
    expect(t).toMatchObject({ status: 'signed', since: '2024-07-08' });
  });

  it('one outlet’s claim contradicted by several independent ones loses, even when it is the later word', () => {
    const t = buildTimeline('jp-ph-raa', [
      by('b', denial('signed', '2024-07-09T00:00:00Z')),
      by('c', denial('signed', '2024-07-09T12:00:00Z')),
      by('a', signed('2024-07-08', '2024-07-10T00:00:00Z')),
    ]);
    expect(t.events).toMatchObject([{ status: 'signed', disputed: true }]);
    expect(t.events[0]!.denials).toHaveLength(2);
    expect(t.status).toBeNull();
  });

  it('several outlets’ claims are not retracted by one later denial', () => {
    const t = buildTimeline('jp-ph-raa', [
      by('a', signed('2024-07-08', '2024-07-08T00:00:00Z')),
      by('b', signed('2024-07-08', '2024-07-08T01:00:00Z')),
      by('c', denial('signed', '2024-07-09T00:00:00Z')),
    ]);
    expect(t.events).toMatchObject([{ status: 'signed', disputed: false, sources: 2 }]);
    expect(t.status).toBe('signed');
  });

  it('a denial before the step happened contradicts nothing', () => {
    const t = buildTimeline('jp-ph-raa', [
      by('b', denial('signed', '2024-07-01T00:00:00Z')),
      by('a', signed('2024-07-08', '2024-07-08T00:00:00Z')),
    ]);
    expect(t.events).toMatchObject([{ status: 'signed', disputed: false, denials: [] }]);
  });

  it('retracts a premature date and keeps the step at the date that came true', () => {
    const t = buildTimeline('jp-ph-raa', [
      by('a', signed('2024-07-05', '2024-07-05T00:00:00Z', 'published')),
      by('b', denial('signed', '2024-07-06T00:00:00Z')),
      by('c', signed('2024-07-08', '2024-07-08T00:00:00Z')),
    ]);
    expect(t.events).toHaveLength(1);
    expect(t.events[0]).toMatchObject({ date: '2024-07-08', disputed: false, sources: 1 });
    expect(t.events[0]!.alternatives).toMatchObject([{ date: '2024-07-05', disputed: true }]);
    expect(t.since).toBe('2024-07-08');
  });

  it('a denial of one step or party leaves the others alone', () => {
    const t = buildTimeline('jp-ph-raa', [
      by('a', finding('ratified', '2024-12-16', 'text', '2024-12-17T00:00:00Z', 'Philippines')),
      by('b', denial('ratified', '2025-01-10T00:00:00Z', 'Japan')),
      by('b', denial('in-force', '2025-01-10T00:00:00Z')),
    ]);
    expect(t.events).toMatchObject([{ status: 'ratified', party: 'Philippines', disputed: false, denials: [] }]);
    expect(t.status).toBe('ratified');
  });
});

describe('buildTimeline: steps that really happen again', () => {
  it('keeps negotiation episodes years apart as separate events, and near dates as one', () => {
    const t = buildTimeline('jp-ph-raa', [
      by('a', finding('negotiating', '2012-03', 'text', '2012-03-10T00:00:00Z')),
      by('b', finding('negotiating', '2012-05-02', 'text', '2012-05-03T00:00:00Z')),
      by('a', finding('negotiating', '2019-05', 'text', '2019-05-10T00:00:00Z')),
      by('c', finding('negotiating', '2021-02-01', 'published', '2021-02-01T00:00:00Z')),
    ]);
    expect(t.events.map((e) => [e.status, e.date, e.alternatives.map((a) => a.date), e.evidence.length])).toEqual([
      ['negotiating', '2012-05-02', ['2012-03'], 1],
      // a report of ongoing talks joins the episode begun before it
      ['negotiating', '2019-05', [], 2],
    ]);
  });

  it('measures an episode from its first date: years of rounds are not one event', () => {
    const t = buildTimeline('jp-ph-raa', [
      by('a', finding('negotiating', '2015-03', 'text', '2015-03-10T00:00:00Z')),
      by('b', finding('negotiating', '2015-11', 'text', '2015-11-10T00:00:00Z')),
      by('a', finding('negotiating', '2016-07', 'text', '2016-07-10T00:00:00Z')),
      by('b', finding('negotiating', '2017-04', 'text', '2017-04-10T00:00:00Z')),
    ]);
    expect(t.events.map((e) => [e.date, ...e.alternatives.map((a) => a.date)].sort())).toEqual([
      ['2015-03', '2015-11'],
      ['2016-07', '2017-04'],
    ]);
  });

  it('keeps a suspension and a later termination apart', () => {
    const t = buildTimeline('vfa', [
      by('a', finding('in-force', '1999-06-01', 'text', '2020-01-01T00:00:00Z', null, 'vfa')),
      by('a', finding('suspended', '2020-02', 'text', '2020-02-12T00:00:00Z', null, 'vfa')),
      by('b', finding('terminated', '2020-08', 'text', '2020-08-12T00:00:00Z', null, 'vfa')),
    ]);
    expect(t.events.map((e) => [e.status, e.date])).toEqual([
      ['in-force', '1999-06-01'],
      ['suspended', '2020-02'],
      ['terminated', '2020-08'],
    ]);
    expect(t).toMatchObject({ status: 'terminated', since: '2020-08' });
  });

  it('a step dated after a suspension is a resumption: a new event that the status follows', () => {
    const t = buildTimeline('vfa', [
      by('a', finding('in-force', '1999-06-01', 'text', '2020-01-01T00:00:00Z', null, 'vfa')),
      by('b', finding('in-force', '1999-05-27', 'text', '2019-01-01T00:00:00Z', null, 'vfa')),
      by('a', finding('suspended', '2020-02', 'text', '2020-02-12T00:00:00Z', null, 'vfa')),
      by('b', finding('in-force', '2020-07-30', 'text', '2020-07-31T00:00:00Z', null, 'vfa')),
    ]);
    expect(t.events.map((e) => [e.status, e.date, e.alternatives.length])).toEqual([
      ['in-force', '1999-06-01', 1],
      ['suspended', '2020-02', 0],
      ['in-force', '2020-07-30', 0],
    ]);
    expect(t).toMatchObject({ status: 'in-force', since: '2020-07-30' });
  });

  it('a mere report after a suspension does not resume the step', () => {
    const t = buildTimeline('vfa', [
      by('a', finding('in-force', '1999-06-01', 'text', '2020-01-01T00:00:00Z', null, 'vfa')),
      by('a', finding('suspended', '2020-02', 'text', '2020-02-12T00:00:00Z', null, 'vfa')),
      by('b', finding('in-force', '2020-04-01', 'published', '2020-04-01T00:00:00Z', null, 'vfa')),
    ]);
    expect(t.events.map((e) => [e.status, e.date, e.sources])).toEqual([
      ['in-force', '1999-06-01', 2],
      ['suspended', '2020-02', 1],
    ]);
    expect(t.status).toBe('suspended');
  });

  it('a withdrawal then a re-entry: the party’s ratifications on either side are two events', () => {
    const t = buildTimeline('paris', [
      by('a', finding('ratified', '2016-09-03', 'text', '2016-09-04T00:00:00Z', 'United States', 'paris')),
      by('b', finding('ratified', '2016-09', 'text', '2017-01-04T00:00:00Z', 'United States', 'paris')),
      by('a', finding('terminated', '2020-11-04', 'text', '2020-11-05T00:00:00Z', 'United States', 'paris')),
      by('b', finding('ratified', '2021-02-19', 'text', '2021-02-19T00:00:00Z', 'United States', 'paris')),
      by('c', finding('ratified', '2016-10-05', 'text', '2016-10-06T00:00:00Z', 'India', 'paris')),
    ]);
    expect(t.events.map((e) => [e.status, e.party, e.date])).toEqual([
      ['ratified', 'United States', '2016-09-03'],
      ['ratified', 'India', '2016-10-05'],
      ['terminated', 'United States', '2020-11-04'],
      ['ratified', 'United States', '2021-02-19'],
    ]);
    expect(t).toMatchObject({ status: 'ratified', since: '2021-02-19' });
  });

  it('a disputed suspension neither overrides the status nor splits the step', () => {
    const t = buildTimeline('vfa', [
      by('a', finding('in-force', '1999-06-01', 'text', '2020-01-01T00:00:00Z', null, 'vfa')),
      by('a', finding('suspended', '2020-02', 'text', '2020-02-12T00:00:00Z', null, 'vfa')),
      by('b', denial('suspended', '2020-02-13T00:00:00Z', null, 'vfa')),
      by('c', denial('suspended', '2020-02-14T00:00:00Z', null, 'vfa')),
      by('b', finding('in-force', '2020-07-30', 'text', '2020-07-31T00:00:00Z', null, 'vfa')),
      by('c', finding('in-force', '1999-06-01', 'text', '2019-07-31T00:00:00Z', null, 'vfa')),
    ]);
    // Without the suspension, 2020-07-30 is only another date for the one entry into force.
    expect(t.events.map((e) => [e.status, e.date, e.disputed, e.alternatives.map((a) => a.date)])).toEqual([
      ['in-force', '1999-06-01', false, ['2020-07-30']],
      ['suspended', '2020-02', true, []],
    ]);
    expect(t).toMatchObject({ status: 'in-force', since: '1999-06-01' });
  });
});

describe('registrableHost and outlets', () => {
  it('names the site a URL belongs to, or nothing when the host names no outlet', () => {
    expect(registrableHost('https://www.bbc.co.uk/news/world-1')).toBe('bbc.co.uk');
    expect(registrableHost('https://asia.nikkei.com/politics/x')).toBe('nikkei.com');
    expect(registrableHost('https://www.abc.net.au/news/x')).toBe('abc.net.au');
    expect(registrableHost('https://www.japantimes.co.jp/news/x')).toBe('japantimes.co.jp');
    expect(registrableHost('https://newsinfo.inquirer.net/1')).toBe('inquirer.net');
    expect(registrableHost('https://someone.substack.com/p/x')).toBe('someone.substack.com');
    expect(registrableHost('http://127.0.0.1:8080/a')).toBeNull();
    expect(registrableHost('http://localhost/a')).toBeNull();
    expect(registrableHost('https://news.google.com/articles/x')).toBeNull();
    expect(registrableHost('not a url')).toBeNull();
  });

  it('joins feeds that share a site, and keeps feeds of one aggregator apart', () => {
    const ev = (feed: string, url: string) => ({ feed, url, title: '', publishedAt: '', quote: '' });
    const list = [
      ev('nyt-world', 'https://www.nytimes.com/a'),
      ev('nyt-asia', 'https://nytimes.com/b'),
      ev('gn-reuters', 'https://news.google.com/c'),
      ev('gn-ap', 'https://news.google.com/d'),
      ev('local', 'http://127.0.0.1/e'),
    ];
    const outletOf = outletNamer(list);
    expect(countOutlets(list, outletOf)).toBe(4);
    expect(outletOf(list[0]!)).toBe(outletOf(list[1]!));
  });
});

describe('one step of the whole agreement, rival dates from one article (branch h13g)', () => {
  /** A finding of the article at `url`. */
  const inArticle = (url: string, f: SourcedFinding): SourcedFinding => ({ ...f, evidence: { ...f.evidence, feed: url, url } });

  it('an article dating a signing twice gives one event with an alternative, not two signings on one day', () => {
    const a = 'https://www.white-house.example/edca';
    const t = buildTimeline('us-pl-edca', [
      inArticle(a, finding('signed', '2019', 'text', '2020-08-15T12:00:00Z', null, 'us-pl-edca')),
      inArticle(a, finding('signed', '2020-08-15', 'text', '2020-08-15T12:00:00Z', null, 'us-pl-edca')),
      by('pap', finding('signed', '2020-08-15', 'text', '2020-08-15T09:00:00Z', null, 'us-pl-edca')),
      by('ap', finding('signed', '2020-08-15', 'text', '2020-08-16T09:00:00Z', null, 'us-pl-edca')),
    ]);
    const signed = t.events.filter((e) => e.status === 'signed');
    expect(signed.map((e) => [e.date, e.sources])).toEqual([['2020-08-15', 3]]);
    expect(signed[0]!.alternatives.map((x) => x.date)).toEqual(['2019']);
  });

  it("a party's formal steps dated apart by one article stay two events", () => {
    const a = 'https://www.paper.example/votes';
    const t = buildTimeline('x', [
      inArticle(a, finding('ratified', '2024-03-05', 'text', '2024-04-01T00:00:00Z', 'Japan', 'x')),
      inArticle(a, finding('ratified', '2024-03-08', 'text', '2024-04-01T00:00:00Z', 'Japan', 'x')),
    ]);
    expect(t.events.map((e) => e.date)).toEqual(['2024-03-05', '2024-03-08']);
  });

  it('an undated report is news of the date a source gives in the month before it, not of an older rival', () => {
    const t = buildTimeline('sd-jeddah', [
      by('reuters', finding('agreed', '2023-05-20', 'published', '2023-05-20T20:00:00Z', null, 'sd-jeddah')),
      by('cna', finding('agreed', '2023-05-20', 'text', '2023-05-21T08:00:00Z', null, 'sd-jeddah')),
      by('arabnews', finding('agreed', '2023-05-11', 'text', '2023-10-26T08:00:00Z', null, 'sd-jeddah')),
    ]);
    expect(t.events.map((e) => [e.date, e.sources])).toEqual([['2023-05-20', 2]]);
    expect(t.events[0]!.alternatives.map((x) => x.date)).toEqual(['2023-05-11']);
  });

  it('an undated report long after every dated claim supports the best-supported date', () => {
    const t = buildTimeline('y', [
      by('a', finding('signed', '2021-09', 'text', '2023-07-03T00:00:00Z', null, 'y')),
      by('b', finding('signed', '2022', 'text', '2023-07-04T00:00:00Z', null, 'y')),
      by('c', finding('signed', '2023-07-04', 'published', '2023-07-04T00:00:00Z', null, 'y')),
    ]);
    expect(t.events.map((e) => [e.date, e.sources])).toEqual([['2021-09', 2]]);
  });
});
