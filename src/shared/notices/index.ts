// The one notice vocabulary, shared by extract (never drop a notice as boilerplate) and diff
// (which notices a version carries).
export {
  carriesNotice,
  closeParen,
  headlineNoticeOf,
  isLabelOnly,
  kindFromWording,
  LEADING_SEPARATORS,
  openParen,
  recogniseParagraph,
  recogniseParenthesis,
  sentencesOf,
  standingNote,
  statementOf,
  tagAt,
  tailTagOf,
  type Recognised,
} from './recognise.js';
export { DATELINE_TAG, LABELS, PARENS, PREDICATES, STANDING, STATEMENTS, SUBJECTS, TAGS, TITLE_TAIL_TAGS, WHOLE_ITEM_RULES } from './vocabulary.js';
