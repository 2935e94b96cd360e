// Building update records: the immutable entries the feeds publish.
import { randomUUID } from 'node:crypto';
import { updateTitle } from '../publish/index.js';
import type { ArticleRow } from '../store/index.js';
import type { ArticleRef, UpdatePayload } from '../types.js';
import type { RunContext } from './context.js';

/**
 * Append an update. Its id is a tag: URI with a random UUID: unique across every feed and every
 * store, and never reused, even if the same change happens again later.
 */
export function appendUpdate(
  ctx: RunContext,
  payload: UpdatePayload,
  opts: { at: string; articleId: number | null; agreementIds: string[] },
): number {
  return ctx.store.updates.insert({
    uid: `tag:pactwatch,2026:update/${randomUUID()}`,
    createdAt: opts.at,
    title: updateTitle(payload),
    articleId: opts.articleId,
    agreementIds: [...new Set(opts.agreementIds)].sort(),
    payload,
  });
}

export function articleRef(ctx: RunContext, a: ArticleRow, title: string): ArticleRef {
  const feed = ctx.config.feeds.find((f) => f.id === a.feedId);
  return { url: a.url, feedId: a.feedId, feedName: feed?.name ?? a.feedId, title, publishedAt: a.publishedAt };
}
