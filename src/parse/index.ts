// The parse stage: a decoded feed document to feed items, and the identity of an article.
export { parseFeed } from './feed.js';
export { articleKey, canonicalUrl, trustedCanonical, type KeyedItem } from './identity.js';
export { mayAddVersion, foreignKey, outletOf, type ArticleOwner, type VersionSource } from './ownership.js';
export { parseFeedDate, implausibleDateText, trustedPartialDate, trustedTime } from './dates.js';
