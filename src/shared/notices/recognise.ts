// Recognising one paragraph (or one parenthesis, or a headline's tag) as a publisher's notice, with
// the tables of vocabulary.ts. Pure functions on display-form text; where in an article to look is
// the diff stage's business (diff/notices.ts).

import type { NoticeKind } from '../../types.js';
import { type GateScan, PatternGate } from '../needles.js';
import {
  ABOUT_THE_WORD,
  CITED_ONLY,
  CITED_SUBJECTS,
  DEFINITE_DESCRIBED,
  DESCRIBED_SUBJECTS,
  FOLLOW_UP_AFTER_ANY,
  FOLLOW_UP_ONLY,
  HEADLINE_NOTICES,
  KIND_WORDS,
  LABEL_THEN_RULE,
  NO_FOLLOW_UP,
  type KindRow,
  LABEL_ONLY,
  LABELS,
  NARRATES_A_CORRECTION,
  NARRATIVE_PAST,
  NEEDS_OWN_SUBJECT,
  NOT_ABOUT_THIS_ARTICLE,
  NOT_OWN_CLAIM,
  PARENS,
  PIECE,
  ANOTHER_OUTLET_REMOVED,
  ATTRIBUTION_TAIL,
  BARE_DATE_STAMP,
  BRACKETED_CITATION_LEAD,
  COLUMN_TITLE_ALONE,
  CITATION_CLOSES_PARAGRAPH,
  CLARIFYING_EDIT,
  DATELINE_LEAD,
  DEFINES_A_NOTICE,
  OMITTED_CONTEXT,
  PREDICATES,
  REPORTED_SPEECH,
  type Row,
  STANDING,
  STATEMENTS,
  SUBJECTS,
  NOT_KIND_WORDS,
  OTHER_VENUE,
  OTHERS_AGENT,
  OTHERS_PIECE,
  TAGS,
  TITLE_AFTER_LABEL,
  TITLE_HEADING_LABELS,
  TITLE_TAIL_TAGS,
  UPDATE_SUBJECTS,
  UPDATE_VERBS,
  VERSION_SAID,
} from './vocabulary.js';

export interface Recognised {
  readonly kind: NoticeKind;
  /** The row (or rows, "subject+predicate") that made it a notice. */
  readonly rule: string;
}

/** Parenthesised notices longer than this are taken to be prose, not a notice. */
export const MAX_PAREN_NOTICE = 400;
/** A paragraph longer than this is an article's text, not a notice. */
export const MAX_NOTICE_LENGTH = 1200;
/** Separator lines and bullets before a notice: AP's "___", "--", "*", "•". */
export const LEADING_SEPARATORS = /^[\s_*\u00B7\u2022\u25AA\u25CF=#~>\-\u2013\u2014]+/u;

// Every row's expression has words it cannot match without (shared/needles.ts reads them from
// its source); one pass over a text finds which rows' words it holds, and only those rows are
// tested. The same verdicts as testing every row: most sentences of an article hold the words of
// no row, and the rows were most of a re-check run's CPU.
const GATE = new PatternGate(
  [STANDING, LABELS, KIND_WORDS, SUBJECTS, STATEMENTS, PREDICATES, NOT_ABOUT_THIS_ARTICLE, TAGS, PARENS].flatMap((rows) => rows.map((r) => r.pattern)),
);

/** The kind a notice's words imply; `fallback` when they say nothing specific. */
export function kindFromWording(text: string, fallback: NoticeKind): NoticeKind {
  return firstKindWords(text)?.kind ?? fallback;
}

function firstKindWords(text: string): (Row & { kind: NoticeKind }) | undefined {
  const words = text.replace(NOT_KIND_WORDS, ' ');
  const scan = GATE.scan(words);
  return KIND_WORDS.find((r) => scan.test(r.pattern, words));
}

/** The standing-note row the text matches ("accurate at press time", a newsletter plug), if any. */
export function standingNote(text: string, scan: GateScan = GATE.scan(text)): string | null {
  return STANDING.find((r) => scan.test(r.pattern, text))?.name ?? null;
}

/** Quoted speech is someone else speaking: it never makes a notice. */
const QUOTED = [/\u201C[^\u201D]{0,600}\u201D/gu, /"[^"]{0,600}"/gu, /\u2018[^\u2019]{0,300}\u2019(?![\p{L}])/gu];

function withoutQuotes(text: string): string {
  let out = text;
  // A quotation that ends its sentence ("… entitled “Two coaches dismissed.” The Times accepts …")
  // still ends it.
  for (const re of QUOTED) out = out.replace(re, (q) => (/[.!?]\W?$/u.test(q) ? ' QUOTE. ' : ' QUOTE '));
  return out;
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Hon|Rev|Rt|St|Jr|Sr|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Prof|Inc|Co|Corp|Ltd|No|Nos|Pg|pp?|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Ft|Mt|Fla|Minn|Calif|Mass|Wash|vs?|al|U\.S|U\.K|a\.m|p\.m|[A-Z])\.$/u;

/** Sentences of a paragraph (rough, good enough to keep a subject and its predicate together). */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]["'\u201D\u2019)\]]*\s+(?=["'\u201C\u2018([]?[A-Z0-9])/gu)) {
    const end = m.index + m[0].length;
    const head = text.slice(start, m.index + 1);
    if (ABBREVIATION.test(head)) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') out.push(rest);
  return out;
}

interface Statement {
  rule: string;
  kinds: Array<NoticeKind | null>;
  /** Only a cited piece's claim ("An article on March 8 … included …"): a notice, but it says nothing more. */
  claimOnly?: boolean;
}

function rowHolds(row: KindRow, sentence: string, paragraph: string, scan: GateScan): boolean {
  return scan.test(row.pattern, sentence) && (row.needs === undefined || row.needs.test(paragraph));
}

function firstName(rows: readonly Row[]): string {
  return rows[0]!.name;
}

/**
 * A statement about the article itself: a statement row, or a subject that is the article with a
 * correcting predicate in the same sentence (or the predicate in the next sentence: "An article
 * on Tuesday said X. It was Y, in fact."). Quoted speech and conditional sentences do not count.
 */
export function statementOf(paragraph: string): Statement | null {
  const text = withoutQuotes(paragraph);
  if (NARRATES_A_CORRECTION.test(text)) return null;
  // A subject named once holds for the paragraph: "An article on Tuesday said X. … It was Y."
  let previousSubjects: Row[] = CITATION_CLOSES_PARAGRAPH.pattern.test(text) ? [CITATION_CLOSES_PARAGRAPH] : [];
  let found: Statement | null = null;
  for (const whole of sentencesOf(text)) {
    // A corrections page's heading before the entry ("Moose sighting: An item …", "News Channel: On
    // February 2 …") and a wire dateline ("JUBA, South Sudan (AP) — ") are not part of the sentence.
    const sentence = whole.replace(DATELINE_LEAD, '').replace(BRACKETED_CITATION_LEAD, '').replace(RUN_IN_HEADING, '');
    const scan = GATE.scan(sentence);
    let subjects = SUBJECTS.filter((r) => scan.test(r.pattern, sentence));
    const statement = STATEMENTS.find((r) => rowHolds(r, sentence, text, scan));
    // Without a statement row, a subject here or a subject before, no row below can make a notice:
    // most sentences of an article end here, before the many predicate rows are tried on them.
    if (!statement && subjects.length === 0 && previousSubjects.length === 0) continue;
    // Rules and possibilities, someone else's notice, or a sentence closed by someone speaking.
    if (ATTRIBUTION_TAIL.test(sentence) || NOT_ABOUT_THIS_ARTICLE.some((r) => scan.may(r.pattern) && notAbout(r, sentence))) continue;
    const definite = subjects.length > 0 && subjects.every((s) => DEFINITE_DESCRIBED.has(s.name));
    const cited = subjects.some((s) => CITED_SUBJECTS.has(s.name)) && ownClaim(sentence);
    const predicates = PREDICATES.filter(
      (r) => rowHolds(r, sentence, text, scan) && !(definite && NEEDS_OWN_SUBJECT.has(r.name)) && (cited || !CITED_ONLY.has(r.name)),
    );
    const described = subjects.length > 0 && subjects.every((s) => DESCRIBED_SUBJECTS.has(s.name));
    // Another publication erring ("…, the newspaper falsely describes our editor"): their piece,
    // whatever the sentence names.
    const strongFirst = predicates.filter((p) => !FOLLOW_UP_ONLY.has(p.name));
    const erred = strongFirst.length > 0 ? sentence.slice(0, Math.min(...strongFirst.map((p) => sentence.search(p.pattern)))) : '';
    // …unless we are the ones who erred: "In a Page One story … in the Tuesday issue of The Standard
    // newspaper, we inadvertently placed …".
    if (!WE_ERRED.test(erred) && (OTHERS_AGENT.test(erred) || OTHERS_PIECE.test(erred))) continue;
    if (described && predicates.length > 0) {
      // A described piece with someone else speaking is their piece, or their words; told in the
      // past perfect, it is a story about a piece; placed in another publication, it is theirs.
      const first = Math.min(...predicates.map((p) => sentence.search(p.pattern)));
      const before = sentence.slice(0, first);
      const pastPerfect = NARRATIVE_PAST.test(before) || /^had\b/iu.test(sentence.slice(first));
      if (REPORTED_SPEECH.test(before) || ATTRIBUTION_TAIL.test(sentence) || pastPerfect || OTHER_VENUE.test(sentence)) subjects = [];
    }
    let hit: Statement | null = null;
    // Follow-up predicates ("In fact …", "We apologise") make a notice but do not decide its kind.
    const strong = predicates.filter((p) => !FOLLOW_UP_ONLY.has(p.name));
    if (statement) hit = { rule: statement.name, kinds: [statement.kind, ...strong.map((p) => p.kind)] };
    else {
      const version = subjects.find((s) => s.name === 'earlier-version-of' || s.name === 'earlier-version');
      if (subjects.length > 0 && strong.length > 0) {
        const claimOnly = strong.every((p) => CITED_ONLY.has(p.name));
        hit = { rule: `${firstName(subjects)}+${firstName(strong)}`, kinds: strong.map((p) => p.kind), claimOnly };
      } else if (version) {
        hit = { rule: version.name, kinds: strong.map((p) => p.kind) };
      } else if (previousSubjects.length > 0 && predicates.length > 0) {
        // A follow-up alone ("It was Sunday.") needs a subject that can only be this article.
        const anySubject = strong.length > 0 || predicates.some((p) => FOLLOW_UP_AFTER_ANY.has(p.name));
        const usable = anySubject ? previousSubjects : previousSubjects.filter((s) => !NO_FOLLOW_UP.has(s.name));
        if (usable.length > 0) hit = { rule: `${firstName(usable)}>${firstName(predicates)}`, kinds: strong.map((p) => p.kind) };
      }
    }
    if (hit) {
      if (!found) found = hit;
      else {
        found.kinds.push(...hit.kinds);
        found.claimOnly = found.claimOnly === true && hit.claimOnly === true;
      }
    }
    if (subjects.length > 0) previousSubjects = subjects;
  }
  return found;
}

/** The outlet in the first person right before the predicate: the error is ours. */
const WE_ERRED = /(?:^|[,;]\s*|\band\s+)(?:we|I)\s+(?:\w+ly\s+)?$/u;

/** A cited claim about our piece, not someone else's report ("A Nov. 3 report by Amnesty said …"). */
function ownClaim(sentence: string): boolean {
  const claim = PREDICATES.find((p) => CITED_ONLY.has(p.name))?.pattern.exec(sentence);
  return claim !== null && claim !== undefined && !NOT_OWN_CLAIM.some((r) => r.pattern.test(claim[0]));
}

/** A run-in heading: a few words and a colon before a capital ("Moose sighting: An item …"); not someone speaking, nor "To clarify:". */
const RUN_IN_HEADING = /^(?![^:]{0,50}\b(?:said|says|told|wrote|added|stated|reads?)\b)(?![Tt]o\s+(?:clarify|be\s+clear)\s*:)[A-Z][\w'\u2019&.-]*(?:\s+[\w'\u2019&.-]+){0,4}:\s+(?=[A-Z])/u;

/**
 * Whether a NOT_ABOUT_THIS_ARTICLE row rules a sentence out. A modal passive counts only before the
 * first correcting word: "should have said a bond can be extended" quotes the fact, "A post will be
 * labelled as false" states a rule.
 */
function notAbout(row: Row, sentence: string): boolean {
  if (row.name !== 'modal-passive') return row.pattern.test(sentence);
  const m = row.pattern.exec(sentence);
  if (!m) return false;
  const firstPredicate = Math.min(
    ...PREDICATES.map((p) => sentence.search(p.pattern)).filter((x) => x >= 0),
    ...STATEMENTS.map((p) => sentence.search(p.pattern)).filter((x) => x >= 0),
  );
  return m.index < firstPredicate;
}

/** The kind of a notice: its words first, then what its rows imply, then `fallback`. */
function resolveKind(text: string, kinds: ReadonlyArray<NoticeKind | null>, fallback: NoticeKind): NoticeKind {
  const first = firstKindWords(text);
  const byWords = first?.kind ?? fallback;
  // A conflict of interest made known is a note to readers, whatever was wrong with the piece.
  // So is an altered photograph made known.
  if (first?.name === 'disclosure-words' || first?.name === 'altered-image-words') return 'editors-note';
  // The edit's purpose ("amended to clarify") does not outrank the error's nature ("incorrectly named").
  const purposeOnly = byWords === 'clarification' && kinds.includes('correction') && kindFromWording(text.replace(CLARIFYING_EDIT, ' '), fallback) !== 'clarification';
  if (byWords === 'retraction' || (byWords === 'clarification' && !purposeOnly)) {
    // "make clear" is weaker than a row's own correction ("we implied … We are happy to make clear")
    const weakClarify = byWords === 'clarification' && first?.name === 'make-clear-words';
    if (!(weakClarify && kinds.includes('correction'))) return byWords;
  }
  if (kinds.includes('retraction')) return 'retraction';
  if (kinds.includes('correction')) return 'correction';
  if (kinds.includes('clarification')) return 'clarification';
  return byWords;
}

/** Labels that name the notice a correction. */
const CORRECTION_LABELS = new Set(['correction-label', 'correction-label-caps', 'correction-heading-run-in']);

const PIECE_WORD = new RegExp(String.raw`\b${PIECE}\b`, 'iu');

/** A notice word's label heading a title ("Retraction: What It Means and Why It Matters"), not a notice. */
function headsATitle(label: string, text: string): boolean {
  if (!TITLE_HEADING_LABELS.has(label)) return false;
  const rest = TITLE_AFTER_LABEL.exec(text)?.[1];
  if (rest === undefined) return false;
  const words = rest.replace(NOT_KIND_WORDS, ' ');
  return (
    !PIECE_WORD.test(rest) &&
    !KIND_WORDS.some((r) => r.pattern.test(words)) &&
    !PREDICATES.some((r) => r.pattern.test(rest)) &&
    !STATEMENTS.some((r) => r.pattern.test(rest))
  );
}

/** A label at the paragraph's start ("Correction:", "EDITOR'S NOTE:", "Updated at 9 p.m."). */
function labelOf(text: string, scan: GateScan): Recognised | null {
  if (ABOUT_THE_WORD.test(text)) return null;
  const row = LABELS.find(
    (r) =>
      scan.test(r.pattern, text) &&
      (r.maxLength === undefined || text.length <= r.maxLength) &&
      (r.unless === undefined || !r.unless.test(text)),
  );
  if (!row) return null;
  if (headsATitle(row.name, text) || LABEL_THEN_RULE.test(text)) return null;
  if (row.kind === 'editors-note') {
    // An editor's note that says the story was corrected is a correction; one that says it was
    // withdrawn is a retraction; otherwise it is a note.
    const byWords = kindFromWording(text, 'editors-note');
    if (byWords === 'retraction') return { kind: 'retraction', rule: row.name };
    // Context left out, and no error named: a note ("… neglected to note that we have not seen the letters").
    if (OMITTED_CONTEXT.test(text) && kindFromWording(text.replace(OMITTED_CONTEXT, ' '), 'editors-note') === 'editors-note') {
      return { kind: 'editors-note', rule: row.name };
    }
    const body = statementOf(text);
    const version = body?.rule.startsWith('earlier-version') === true;
    // "Editor's Note: A previous version of this story reported seven hurt." says no more than that:
    // a previous version said something else, so a correction.
    const note = !body || body.claimOnly || (body.kinds.every((k) => k === 'editors-note') && !(version && body.kinds.length === 0 && VERSION_SAID.test(text)));
    if (note) return { kind: 'editors-note', rule: row.name };
    // "Editor's note: This article was revised and updated at 3 p.m." is an update; "Editor's note:
    // A previous version of this story …" a correction.
    const fallback = version ? 'correction' : body.kinds.every((k) => k === null) && UPDATE_VERBS.test(text) ? 'update' : 'editors-note';
    return { kind: resolveKind(text, body.kinds, fallback), rule: row.name };
  }
  if (row.kind === 'retraction') return { kind: 'retraction', rule: row.name };
  if (row.kind === 'clarification') return { kind: kindFromWording(text, 'clarification') === 'retraction' ? 'retraction' : 'clarification', rule: row.name };
  const body = statementOf(text);
  // "UPDATE 6:10 PM: … the error came from his sources" reports news: an update says what changed
  // in the article, and only a statement about the article makes it a correction.
  if (row.statementDecides && !body) return { kind: row.kind ?? 'update', rule: row.name };
  const kind = resolveKind(text, body?.kinds ?? [], row.kind ?? 'correction');
  // The publisher called it a correction: "CORRECTION, …: Updated to clarify that 3% …, not all …"
  // stays one (only a withdrawal of the piece outranks the label).
  // The edit's purpose ("updated to clarify") does not outrank the label; the error's nature
  // ("referred imprecisely") does.
  // Nor does a row's softer kind ("should have included a note") when no word says clarify.
  if (kind === 'clarification' && CORRECTION_LABELS.has(row.name) && kindFromWording(text.replace(CLARIFYING_EDIT, ' '), 'correction') !== 'clarification') {
    return { kind: 'correction', rule: row.name };
  }
  return { kind, rule: row.name };
}

/**
 * A whole paragraph as a notice: a label, or a statement about the article. Standing notes and
 * over-long paragraphs are not notices.
 */
export function recogniseParagraph(paragraph: string): Recognised | null {
  const hit = paragraphMemo.get(paragraph);
  if (hit !== undefined) return hit;
  const verdict = recognise(paragraph);
  if (paragraphMemo.size >= PARAGRAPH_MEMO_SIZE) paragraphMemo.clear();
  // A copy as the key: the paragraph may be a slice of a whole page, which the key would keep alive.
  paragraphMemo.set(Buffer.from(paragraph, 'utf8').toString('utf8'), verdict);
  return verdict;
}

// The diff asks about the same paragraphs several times per new version (the old and the new text,
// then each side again to mask notes from the corrected words), most of them unchanged between the
// two, and the vocabulary costs ~0.3 ms a paragraph: half of a re-check run's CPU went here. The
// verdict is a pure function of the text, so the last verdicts are kept.
const PARAGRAPH_MEMO_SIZE = 4096;
const paragraphMemo = new Map<string, Recognised | null>();

/**
 * A paragraph that is one quotation and nothing else: a notice quoted whole by a roundup page
 * ("“An article on Thursday … misspelled the surname …”") when it names a piece of the outlet's;
 * otherwise someone speaking ("“We would like to clarify that the scene was a drill”").
 */
// Inner quotations are kept ("… Ms. Levitt's staging of "Orpheus" in Bryant Park …"): the marks
// that open and close the paragraph make it one quotation.
const WHOLE_QUOTATION = /^\u201C([\s\S]+)\u201D$|^"([\s\S]+)"$/u;

const SPEAKER_BETWEEN_QUOTES = /[,.!?]?["\u201D]\s+(?:[\w.'\u2019-]+\s+){0,3}(?:said|says|added|wrote|writes|told|asked|continued)\b/u;

function unquoted(text: string): string {
  const whole = WHOLE_QUOTATION.exec(text.trim());
  const inner = whole ? (whole[1] ?? whole[2] ?? '').trim() : '';
  // Two quotations and a speaker between them ("“…,” he said. “…”") are not one quotation.
  if (SPEAKER_BETWEEN_QUOTES.test(inner)) return text;
  return inner !== '' && SUBJECTS.some((r) => r.pattern.test(inner)) ? inner : text;
}

function recognise(paragraph: string): Recognised | null {
  const text = unquoted(paragraph.replace(LEADING_SEPARATORS, ''));
  if (text === '' || text.length > MAX_NOTICE_LENGTH) return null;
  const scan = GATE.scan(text);
  if (standingNote(text, scan) !== null || DEFINES_A_NOTICE.test(text) || BARE_DATE_STAMP.pattern.test(text)) return null;
  const label = labelOf(text, scan);
  if (label) return label;
  const statement = statementOf(text);
  if (!statement) return null;
  // A statement whose rows all make a note to readers ("We apologize to anyone affected by the story").
  if (statement.kinds.length > 0 && statement.kinds.every((k) => k === 'editors-note')) return { kind: 'editors-note', rule: statement.rule };
  const subject = statement.rule.split(/[+>]/)[0]!;
  // A statement whose rows all make an update ("This story was originally posted on …") is one too.
  const onlyUpdates = statement.kinds.length > 0 && statement.kinds.every((k) => k === 'update');
  // "An earlier version of this article said …, this has been updated": what a version said was
  // changed, so a correction, not an update.
  const versionSaid = VERSION_SAID.test(text);
  const fallback = !versionSaid && (onlyUpdates || (UPDATE_SUBJECTS.has(subject) && UPDATE_VERBS.test(text))) ? 'update' : 'correction';
  return { kind: resolveKind(text, statement.kinds, fallback), rule: statement.rule };
}

/** A line that is only a label and maybe a date: its substance is in the next paragraph. */
export function isLabelOnly(paragraph: string): boolean {
  const line = paragraph.replace(LEADING_SEPARATORS, '');
  // A page's date stamp and a column's title are furniture: the next paragraph is not their substance.
  return LABEL_ONLY.test(line) && !BARE_DATE_STAMP.pattern.test(line.trim()) && !COLUMN_TITLE_ALONE.test(line.trim());
}

/** The inside of a parenthesis or square brackets ("Corrects …", "UPDATED", "A previous version of this story …"). */
export function recogniseParenthesis(group: string): Recognised | null {
  if (group.length > MAX_PAREN_NOTICE + 2) return null;
  const inner = group.slice(1, -1).trim();
  if (inner === '' || BARE_DATE_STAMP.pattern.test(inner)) return null;
  const scan = GATE.scan(inner);
  const row = PARENS.find((r) => scan.test(r.pattern, inner));
  if (row) {
    // "(Update: This part of the article is in error. …)": a label whose statement decides the kind.
    const labelled = /^update[sd]?\s*:\s*/iu.exec(inner);
    const statement = labelled ? recogniseParagraph(inner.slice(labelled[0].length)) : null;
    if (statement && statement.kind !== 'update' && statement.kind !== 'editors-note') return { kind: statement.kind, rule: row.name };
    return { kind: row.kind ?? kindFromWording(inner, 'update'), rule: row.name };
  }
  return recogniseParagraph(inner);
}

/** A headline that is itself a notice by the headline rows ("Clarification: Senator's remarks …"). */
export function headlineNoticeOf(title: string): Recognised | null {
  const row = HEADLINE_NOTICES.find((r) => r.pattern.test(title));
  return row ? { kind: row.kind ?? kindFromWording(title, 'correction'), rule: row.name } : null;
}

/** A tag closing a headline ("… Manila Mall UPDATED"). */
export function tailTagOf(title: string): KindRow | null {
  return TITLE_TAIL_TAGS.find((r) => r.pattern.test(title)) ?? null;
}

/** A tag at the start of a headline or first paragraph ("CORRECTED-", "UPDATE 2-"). */
export function tagAt(text: string): { row: KindRow; length: number } | null {
  const scan = GATE.scan(text);
  if (DEFINES_A_NOTICE.test(text) || standingNote(text, scan) !== null || ANOTHER_OUTLET_REMOVED.test(text)) return null;
  for (const row of TAGS) {
    if (!scan.may(row.pattern)) continue;
    const m = row.pattern.exec(text);
    if (m) return { row, length: m[0].length };
  }
  return null;
}

/** Index just past the ")" that closes the "(" at `start`, or -1. */
export function closeParen(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Index of the "(" that opens the ")" ending `s`, or -1. */
export function openParen(s: string): number {
  if (!s.endsWith(')')) return -1;
  let depth = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i];
    if (c === ')') depth++;
    else if (c === '(') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Whether a paragraph is, starts with or ends with a notice: what the extract stage must never
 * drop as boilerplate.
 */
export function carriesNotice(paragraph: string): boolean {
  const text = paragraph.replace(LEADING_SEPARATORS, '').trim();
  if (text === '' || text.length > MAX_NOTICE_LENGTH * 2) return false;
  if (recogniseParagraph(text)) return true;
  if (tagAt(text)) return true;
  if (text.startsWith('(')) {
    const end = closeParen(text, 0);
    if (end > 0 && recogniseParenthesis(text.slice(0, end))) return true;
  }
  const open = openParen(text);
  return open >= 0 && recogniseParenthesis(text.slice(open)) !== null;
}
