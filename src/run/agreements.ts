// After an article's findings change: rebuild the timelines they touch and publish any change of an
// agreement's current status or its date.
import { timelineOf } from '../query/index.js';
import type { RunContext } from './context.js';
import { appendUpdate } from './updates.js';

/**
 * Rebuild the timelines of the agreements pending a refresh, publish each change of status or date,
 * and clear them. Returns the agreements that changed. Runs inside the caller's transaction.
 */
export function refreshPending(ctx: RunContext, at: string): Set<string> {
  const pending = ctx.store.agreements.pending();
  const changed = refreshAgreements(ctx, pending, at);
  ctx.store.agreements.clearPending(pending);
  return changed;
}

/** Returns the agreements whose status (or its date) changed. */
export function refreshAgreements(ctx: RunContext, agreementIds: Iterable<string>, at: string): Set<string> {
  const changed = new Set<string>();
  for (const id of new Set(agreementIds)) {
    const name = ctx.agreementNames.get(id);
    if (name === undefined) continue; // no longer in the catalogue
    const timeline = timelineOf(ctx, id);
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
        evidence: event?.evidence ?? [],
      },
      { at, articleId: null, agreementIds: [id] },
    );
    changed.add(id);
  }
  return changed;
}
