// After an article's findings change: rebuild the timelines they touch and publish any change of an
// agreement's current status or its date.
import { timelineOf } from '../query/index.js';
import type { Timeline } from '../types.js';
import type { RunContext } from './context.js';
import { appendUpdate } from './updates.js';
import { write } from './write.js';

/**
 * Rebuild the timelines of the agreements pending a refresh, publish each change of status or date,
 * and clear them. Returns the agreements that changed. Each timeline is built BEFORE its write
 * transaction (an agreement with 20k findings takes a while to read and build, and the write lock
 * must not wait on it); only one ingest runs at a time (the lease), so nothing changes in between.
 * One agreement at a time: a timeline holds every finding of its agreement, and holding all of
 * them at once made the worker's peak memory grow with the store (figure 7).
 */
export function refreshPending(ctx: RunContext, at: string): Set<string> {
  const changed = new Set<string>();
  if (ctx.store.claims) {
    // Many workers on a shared store: another one may write findings while this one builds, so
    // the pending list is read, built and cleared inside one write transaction (the store's single
    // writer lock): each pending agreement is refreshed exactly once, from what is committed.
    return write(ctx, () => {
      const pending = ctx.store.agreements.pending();
      for (const id of new Set(pending)) for (const c of applyTimelines(ctx, buildTimelines(ctx, [id]), at)) changed.add(c);
      ctx.store.agreements.clearPending(pending);
      return changed;
    });
  }
  for (const id of new Set(ctx.store.agreements.pending())) {
    const timelines = buildTimelines(ctx, [id]);
    write(ctx, () => {
      for (const c of applyTimelines(ctx, timelines, at)) changed.add(c);
      ctx.store.agreements.clearPending([id]);
    });
  }
  return changed;
}

/** Returns the agreements whose status (or its date) changed. Runs inside the caller's transaction. */
export function refreshAgreements(ctx: RunContext, agreementIds: Iterable<string>, at: string): Set<string> {
  return applyTimelines(ctx, buildTimelines(ctx, agreementIds), at);
}

/** The timelines of the agreements still in the catalogue (a read, no transaction needed). */
function buildTimelines(ctx: RunContext, agreementIds: Iterable<string>): Map<string, Timeline> {
  const out = new Map<string, Timeline>();
  for (const id of new Set(agreementIds)) {
    if (ctx.agreementNames.has(id)) out.set(id, timelineOf(ctx, id));
  }
  return out;
}

function applyTimelines(ctx: RunContext, timelines: Map<string, Timeline>, at: string): Set<string> {
  const changed = new Set<string>();
  for (const [id, timeline] of timelines) {
    const name = ctx.agreementNames.get(id)!;
    const before = ctx.store.agreements.state(id);
    if (timeline.status === before.status && timeline.since === before.since) continue;
    ctx.store.agreements.setState(id, { status: timeline.status, since: timeline.since }, at);
    const event = [...timeline.events].reverse().find((e) => !e.disputed && e.status === timeline.status && e.date === timeline.since);
    appendUpdate(
      ctx,
      {
        kind: 'status',
        agreementId: id,
        agreementName: name,
        status: timeline.status,
        since: timeline.since,
        previousStatus: before.status,
        previousSince: before.since,
        party: event?.party ?? null,
        // An update is one feed entry: a step that 20k articles support names the first few, and
        // how many more there are (the agreement's page pages through all of them).
        evidence: (event?.evidence ?? []).slice(0, ctx.limits.evidencePerEvent),
        ...(event && event.evidence.length > ctx.limits.evidencePerEvent
          ? { moreEvidence: event.evidence.length - ctx.limits.evidencePerEvent }
          : {}),
      },
      { at, articleId: null, agreementIds: [id] },
    );
    changed.add(id);
  }
  return changed;
}
