// The extract stage: article text from pages and feed bodies, normalised and hashed.
export { extractArticle } from './article.js';
export { feedBodyText, textFromFeedHtml } from './feed-html.js';
export { boundHtml, boundWarnings, type BoundedHtml, type TagBounds } from './tag-scan.js';
export { normaliseArticle, articleHash } from './normalise.js';
export { EXTRACTOR_VERSION } from './version.js';
