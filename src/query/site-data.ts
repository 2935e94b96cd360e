// The web server's view of the store (the SiteData interface of src/server).
import type { FeedScope, SiteData } from '../server/index.js';
import { agreementJson, agreementsJson, agreementSummaries, articleHistoryView, correctionsJson, type ReadContext } from './index.js';

export function createSiteData(ctx: ReadContext): SiteData {
  const known = (scope: FeedScope) => scope.kind !== 'agreement' || ctx.agreementNames.has(scope.agreementId);
  return {
    ping: () => ctx.store.ping(),
    feedState(scope) {
      if (!known(scope)) return null;
      // One index lookup: the feed's ETag and cache key come from the newest entry alone.
      return ctx.store.updates.state(scope);
    },
    updates: (scope, opts) => (known(scope) ? ctx.store.updates.list(scope, opts.beforeSeq, opts.limit) : []),
    agreements: () => agreementsJson(ctx),
    agreementSummaries: () => agreementSummaries(ctx),
    revision: () => ctx.store.revision(),
    agreement: (id) => agreementJson(ctx, id),
    agreementName: (id) => ctx.agreementNames.get(id) ?? null,
    corrections: (filter) => correctionsJson(ctx, { ...filter, revisions: true }),
    articleHistory: (url, page) => articleHistoryView(ctx, url, page),
    feeds: () => {
      const configured = new Set(ctx.config.feeds.map((f) => f.id));
      return ctx.store.feeds
        .all()
        .filter((f) => configured.has(f.id))
        .map(({ validators: _v, nextPollAt: _n, ...view }) => view);
    },
  };
}
