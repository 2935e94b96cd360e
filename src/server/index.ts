// The web server: feeds and pages over a SiteData.
export { createServer } from './server.js';
export type { ServerOptions } from './server.js';
export type { FeedScope, FeedState, SiteData } from './site-data.js';
export { FeedService, PAGE_SIZE, RENDER_VERSION, feedTagId, renderFeedDocument } from './feeds.js';
export { acceptsGzip, noneMatchHits, notModifiedSince } from './conditional.js';
