// The diff stage: what changed between two versions of an article, and what the publisher said
// about it (correction notices). It returns data; rendering a diff (HTML, text, compact) is the
// publish stage's.

export { diffArticles, DEFAULT_TIMEOUT_MS, type DiffOptions } from './article-diff.js';
export { findNotices, locateNotices, newNotices, noticeParagraphs, noticeKey, type LocatedNotice } from './notices.js';
export { correctionFragments } from './correction-fragments.js';
export { versionChange, ownItemChange, type VersionChange } from './change.js';
export { sideText, sideParagraphs, type DiffSide } from './side-text.js';
export { bodyText, bodyParagraphs, displayForm, foldKey, PARAGRAPH_SEPARATOR } from './normalize.js';
