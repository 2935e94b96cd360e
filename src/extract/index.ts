// The extract stage: article text from pages and feed bodies, normalised and hashed.
export { extractArticle } from './article.js';
export { textFromFeedHtml } from './feed-html.js';
export { normaliseArticle, articleHash } from './normalise.js';
export { EXTRACTOR_VERSION } from './version.js';
