// The publish stage: values in, strings out (Atom documents and HTML pages).
export { renderAtom, EMPTY_FEED_UPDATED, GENERATOR } from './atom.js';
export type { AtomInput } from './atom.js';
export { renderUpdateContent } from './content.js';
export { updateTitle } from './titles.js';
export { cleanText, escapeAttr, escapeText, plainText, safeHttpUrl } from '../shared/escape.js';
export {
  agreementFeedPath,
  agreementPath,
  articlePath,
  basePath,
  correctionsPath,
  versionPath,
  trimBase,
  CORRECTIONS_FEED_PATH,
  FEED_PATH,
} from './urls.js';
export { renderOverviewPage } from './html/overview.js';
export type { OverviewInput } from './html/overview.js';
export { renderAgreementPage } from './html/agreement-page.js';
export type { AgreementPageOptions } from './html/agreement-page.js';
export { renderCorrectionsPage, CORRECTION_KINDS } from './html/corrections-page.js';
export type { CorrectionsPageInput } from './html/corrections-page.js';
export { renderArticlePage } from './html/article-page.js';
export type { ArticlePageOptions } from './html/article-page.js';
export { renderMessagePage, renderNotFoundPage } from './html/message-page.js';
export { renderVersionPage } from './html/version-page.js';
export { renderSearchPage } from './html/search-page.js';
export { renderDiffHtml } from './diff-render/html.js';
export { changedSentences, sentenceText, wholeNumbers } from './diff-render/sentences.js';
export { renderDiffText, type TextRenderOptions } from './diff-render/text.js';
export { compactDiff, ELLIPSIS } from './diff-render/compact.js';
export { renderOpml, type OpmlInput } from './opml.js';
