// The web server's view of the store (the SiteData interface of src/server).
import type { FeedScope, SiteData } from '../server/index.js';
import { feedHealthOf } from './feed-health.js';
import { agreementJson, agreementsJson, agreementSummaries, articleHistoryView, correctionsJson, type ReadContext, searchJson, versionView } from './index.js';

/**
 * `source` is the context, or a function returning the current one: after a config reload
 * (SIGHUP) the server answers from the new config without a restart.
 */
export function createSiteData(source: ReadContext | (() => ReadContext)): SiteData {
  const current = typeof source === 'function' ? source : () => source;
  // Rendered pages are cached by revision: a new config is a new revision too.
  let generation = 0;
  let last = current();
  const c = (): ReadContext => {
    const now = current();
    if (now !== last) {
      last = now;
      generation++;
    }
    return now;
  };
  const known = (scope: FeedScope) => scope.kind !== 'agreement' || c().agreementNames.has(scope.agreementId);
  return {
    ping: () => c().store.ping(),
    feedState(scope) {
      if (!known(scope)) return null;
      // One index lookup: the feed's ETag and cache key come from the newest entry alone.
      return c().store.updates.state(scope);
    },
    updates: (scope, opts) => (known(scope) ? c().store.updates.list(scope, opts.beforeSeq, opts.limit) : []),
    agreements: () => agreementsJson(c()),
    agreementSummaries: () => agreementSummaries(c()),
    revision: () => {
      const store = c().store;
      return `${store.revision()}.${generation}`;
    },
    agreement: (id) => agreementJson(c(), id),
    agreementName: (id) => c().agreementNames.get(id) ?? null,
    // Unannounced edits (kind `revision`) only when asked, as in `pactwatch corrections --all` and
    // /corrections.atom: the corrections are what publishers announced.
    corrections: (filter) => correctionsJson(c(), { ...filter, revisions: filter.revisions ?? false }),
    articleHistory: (url, page) => articleHistoryView(c(), url, page),
    articleVersion: (url, n) => versionView(c(), url, n),
    search: (term, opts) => searchJson(c(), term, opts),
    feeds: () =>
      feedHealthOf(c()).map((h) => ({
        id: h.id,
        name: h.name,
        url: h.url,
        lastStatus: h.status,
        lastError: h.error,
        lastPolledAt: h.lastPolledAt,
        consecutiveFailures: h.failuresInARow,
        nextAttemptAt: h.nextAttemptAt,
        nextAttemptWhy: h.nextAttemptWhy,
      })),
    lastRun: () => c().store.runs.last(),
  };
}
