// The web server's view of the store (the SiteData interface of src/server).
import type { FeedScope, SiteData } from '../server/index.js';
import { agreementJson, agreementsJson, agreementSummaries, articleHistoryView, correctionsJson, type ReadContext, searchJson, versionView } from './index.js';

export function createSiteData(ctx: ReadContext): SiteData {
  // Counting a million rows on every request would cost more than serving the feed: a scope's
  // count is recomputed only when its newest entry changes.
  const counts = new Map<string, { seq: number; count: number }>();
  const known = (scope: FeedScope) => scope.kind !== 'agreement' || ctx.agreementNames.has(scope.agreementId);
  return {
    ping: () => ctx.store.ping(),
    feedState(scope) {
      if (!known(scope)) return null;
      const state = ctx.store.updates.state(scope);
      const key = JSON.stringify(scope);
      let cached = counts.get(key);
      if (!cached || cached.seq !== state.newestSeq) {
        cached = { seq: state.newestSeq, count: ctx.store.updates.count(scope) };
        counts.set(key, cached);
      }
      return { ...state, count: cached.count };
    },
    updates: (scope, opts) => (known(scope) ? ctx.store.updates.list(scope, opts.beforeSeq, opts.limit) : []),
    agreements: () => agreementsJson(ctx),
    agreementSummaries: () => agreementSummaries(ctx),
    revision: () => ctx.store.revision(),
    agreement: (id) => agreementJson(ctx, id),
    agreementName: (id) => ctx.agreementNames.get(id) ?? null,
    corrections: (filter) => correctionsJson(ctx, { ...filter, revisions: filter.revisions ?? true }),
    articleHistory: (url, page) => articleHistoryView(ctx, url, page),
    articleVersion: (url, n) => versionView(ctx, url, n),
    search: (term, opts) => searchJson(ctx, term, opts),
    feeds: () => {
      const configured = new Set(ctx.config.feeds.map((f) => f.id));
      return ctx.store.feeds
        .all()
        .filter((f) => configured.has(f.id))
        .map(({ validators: _v, nextPollAt: _n, ...view }) => view);
    },
  };
}
