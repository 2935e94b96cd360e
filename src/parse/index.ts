// The parse stage: a decoded feed document to feed items, and the identity of an article.
export { parseFeed } from './feed.js';
export { articleKey, canonicalUrl, type KeyedItem } from './identity.js';
export { parseFeedDate, implausibleDateText, trustedPartialDate, trustedTime } from './dates.js';
