// The notice vocabulary: every table that says what a publisher's notice is. Shared by the extract
// stage (a notice is never boilerplate) and the diff stage (which notices a version carries), so
// the two can never disagree. To support another way of speaking, add a row; name rows after the
// way of speaking, not after an outlet's sentence.
//
// A notice is either
//   - a LABEL: "Correction:", "***Correction***", "Correction, July 11, 3:49 p.m.:", "CORRECTION
//     NOTICE:", "Retraction 3 June:", "Updated on … at …:", a bare "UPDATE" heading, "APOLOGY:";
//   - a TAG at the start of a headline or first paragraph ("CORRECTED-", "UPDATE 2-") or a
//     PARENthesised notice ("(Corrects …)", "(UPDATED)", "(2nd LD)", "(ATTN: UPDATES 5th para)");
//   - a time STAMP of an update as its own line ("Updated at 9 p.m. EDT");
//   - a STATEMENT about the article itself: a SUBJECT that is the article (this story, an earlier
//     version, our review, a March 4 article, "we", the outlet) with a correcting PREDICATE
//     (misstated, incorrectly said, has been corrected, should have said …), or one of the
//     STATEMENT rows that carry both ("we have removed the article", "the Sun regrets the error").
// Not notices: STANDING notes ("accurate at press time", "generated automatically", newsletter
// plugs, "originally published by"), statements in quotation marks (someone else speaking),
// conditional or policy sentences ("If a story has been updated, we …"), credit lines.

import type { NoticeKind } from '../../types.js';

export interface Row {
  /** Recorded in every finding: which row made it. */
  name: string;
  pattern: RegExp;
}

export interface KindRow extends Row {
  /** The kind this row implies; null when the wording decides (see KIND_WORDS). */
  kind: NoticeKind | null;
  /** The paragraph must also say this (e.g. name the article) for the row to count. */
  needs?: RegExp;
}

// ---------------------------------------------------------------- building blocks

export const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
export const DAYNAME = '(?:mon|tues?|wednes|thurs?|fri|satur|sun)day';
export const CLOCK = String.raw`(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\b\.?)?|\d{1,2}\s*[ap]\.?\s?m\b\.?)`;
export const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})`;
/** What a publication calls its own pieces. */
export const PIECE = String.raw`(?:stor(?:y|ies)|articles?|news\s+briefs?|manuscripts?|cartoons?|reports?|items?|pieces?|posts?|blog\s+posts?|videos?|headlines?|versions?|pages?|photo(?:graph)?s?|pictures?|images?|(?:photo\s+)?captions?|columns?|graphics?|maps?|charts?|tables?|obituar(?:y|ies)|reviews?|editorials?|features?|essays?|profiles?|interviews?|newsletters?|podcasts?|episodes?|broadcasts?|segments?|listings?|lists?|letters?|analys[ie]s|explainers?|briefings?|sections?|editions?|newspapers?|supplements?|magazines?|quiz|poll|infographics?|slideshows?|galler(?:y|ies)|transcripts?|script|commentar(?:y|ies)|series|newscasts?|recipes?|tweets?|e-?mails?|alerts?|programs?|programmes?|shows?|bulletins?|blogs?|guides?|papers?|errat(?:um|a))`;
/**
 * Pieces described without "this" or "our" ("an article on Tuesday", "the story published …"):
 * only the words that in news prose rarely name someone else's document — not report, review,
 * letter, post, video, tweet, e-mail or interview ("In a post on X, he said the claims were false").
 */
const OWN_PIECE = String.raw`(?:stor(?:y|ies)|articles?|news\s+briefs?|cartoons?|items?|pieces?|headlines?|photo(?:graph)?s?|pictures?|images?|(?:photo\s+)?captions?|columns?|graphics?|maps?|charts?|obituar(?:y|ies)|editorials?|features?|essays?|profiles?|listings?|infographics?|commentar(?:y|ies)|recipes?|programs?|programmes?)`;
/**
 * A piece that is the whole article, not a part of it: removing a photo, a caption or a map from a
 * story is a correction, removing the story a retraction.
 */
const WHOLE_PIECE = String.raw`(?!(?:photo(?:graph)?s?|pictures?|images?|(?:photo\s+)?captions?|graphics?|maps?|charts?|tables?|headlines?|infographics?)\b)${PIECE}`;
const ANY_WORDS = (n: number) => String.raw`(?:[\w'\u2019&.-]+\s+){0,${n}}?`;
const APOSTROPHE_S = String.raw`['\u2019]s`;
const ERROR_NOUN = '(?:errors?|mistakes?|omissions?|typos?|inaccurac(?:y|ies)|oversights?|confusion|distress|embarrassment|misunderstanding|misprint|inconvenience|offen[cs]e|hurt)';
/**
 * Where a described piece ("an article about …") is what the sentence is about: at its start, after
 * an opening clause, or in a prepositional phrase ("in an article on Tuesday", "the publication of
 * an essay") — not the object of someone else's verb ("the anchor deleted a tweet about …").
 */
const AS_SUBJECT = String.raw`(?<=^|^[^,]{0,80}[,:;(]\s*|\b(?:in|on|from|with|by|about|of|and)\s+)`;
/** What a publisher calls itself: "The Sun", "The Denver Daily News", "Us", "the editors of …". */
const OUTLET_WORD = String.raw`(?:Times|Post|Herald|Sun|News|Journal|Mail|Guardian|Telegraph|Observer|Tribune|Gazette|Star|Chronicle|Express|Standard|Inquirer|Globe|Examiner|Courier|Record|Bulletin|Press|Daily|Weekly|Magazine|Network|Channel|Radio|TV|BBC|CNN|AP|Associated\s+Press|Reuters|AFP|ABC|NBC|CBS|Fox|Sky|Us|Editor|Editors|Newsroom|[Pp]ublisher|[Pp]ublishers)`;
const OUTLET_SUBJECT = String.raw`^(?:(?:[A-Z][\w.&'\u2019-]*\s+){0,4}${OUTLET_WORD}|[Tt]he\s+editors?(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w.&'\u2019-]*\s*){1,4})?)\s+`;
/**
 * An outlet naming itself, after an opening clause or a conjunction ("As a result, USA TODAY
 * removed …", "This is inaccurate and ABC News wishes to clarify …"): a name OUTLET_WORD knows, or
 * one written in capitals (wire services and broadcasters: "IANS", "KHQA TV", "USA TODAY").
 */
const OUTLET_NAMED = String.raw`(?:^|^(?:as\s+a\s+result|since\s+then|subsequently|however|today|on\s+[^,]{1,30}),\s+|[,;]\s+|\band\s+)(?:[Tt]he\s+)?(?:(?:[A-Z][\w.&'\u2019-]*\s+){0,4}${OUTLET_WORD}|[A-Z][A-Z.&]{1,}(?:\s+[A-Z][A-Z.&]+){0,2})\s+`;
const CAPITALISED_DAY = '(?:Mon|Tues?|Wednes|Thurs?|Fri|Satur|Sun)day';
/** "this year's list", "this week's column": a period of time, not this piece. */
const TIME_POSSESSIVE = String.raw`(?:year|week|month|morning|afternoon|evening|night|season|decade|century|weekend|summer|winter|spring|autumn|fall|term|time)['\u2019]s\b`;
const CAPITALISED_MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';

// ---------------------------------------------------------------- kinds from wording

/**
 * Words that name a notice word without being one: the Guardian's "Corrections and clarifications"
 * column, a page's "clarification header" or "corrections box" (where a correction can be found),
 * errors denied ("There were no inaccuracies in the original story"), and an apology for the distress
 * a piece caused, which owns no error ("We apologise for any distress caused by the inclusion of his
 * photograph" after "We wish to make it clear that he was acquitted").
 */
export const NOT_KIND_WORDS =
  /\b(?:amended|updated|changed|revised|edited)\s+(?:on\s+[^.]{1,40}?\s+)?to\s+(?:confirm|include|add|note|insert)\b|\b(?:we|I)\s+(?:\w+ly\s+)?apologi[sz]e\s+(?:\w+ly\s+)?(?:to\s+[^.]{1,60}?\s+)?for\s+any\s+(?:distress|hurt|offen[cs]e|upset|embarrassment)\b|\bcorrections?\s+(?:and|&)\s+clarifications?\b|\b(?:corrections?|clarifications?)\s+(?:header|heading|column|box|section|panel|slot)\b|\b(?:there\s+(?:was|were|is|are)\s+)?no\s+(?:[\w-]+\s+)?(?:errors?|inaccurac(?:y|ies)|mistakes?)\b|\ban?\s+retraction\b[^.]{0,80}?\b(?:elsewhere|by\s+(?:another|the\s+other)|in\s+(?:another|the\s+other)\s+(?:publication|paper|newspaper|outlet))\b/giu;

/** In this order: the first row whose words a notice uses gives its kind. */
export const KIND_WORDS: Array<Row & { kind: NoticeKind }> = [
  // A regulator's adjudication the paper was required to publish ("IPSO required The Jewish Chronicle
  // to publish this adjudication"): a correction of the record, whatever retraction it tells of.
  {
    name: 'adjudication-words',
    kind: 'correction',
    pattern: /\b(?:publish|published|publication\s+of|print|printed)\s+(?:this|the|an|its)\s+(?:[\w-]+\s+)?adjudication\b|\bcomplaint\s+(?:was|has\s+been)\s+upheld\b[^.]{0,80}?\b(?:required|directed|ordered)\b/iu,
  },
  // A piece withdrawn, removed, or disowned as untrue: "a completely false story", "We took the
  // article down", "not putting the story back online", "we now have no standing to back the
  // report", "articles based on testimonies … that turned out later to be false", "regrets the
  // assertions and imputations".
  {
    name: 'retraction-words',
    kind: 'retraction',
    pattern: new RegExp(
      String.raw`\b(?:retract(?:ed|s|ion|ing)?|withdr(?:aw|ew|awn|aws|awing)\b(?!\s+(?:any|all|the|that|this|its|their|such)\s+(?:such\s+)?(?:suggestions?|claims?|allegations?|remarks?|imputations?|implications?|statements?|comments?|references?)\b)|withdrawal\s+of\s+(?:the|this|our|that)\s+(?:\w+\s+)?${WHOLE_PIECE}|(?:kill|eliminate|disregard)\s+(?:the|this)\s+(?:story|item|report)|a\s+kill\s+is|mandatory\s+kill|kill\s+(?:is\s+)?mandatory|${WHOLE_PIECE}\b[^.]{0,200}?\b(?:was|were|has\s+been|have\s+been)\s+(?:removed|deleted|taken\s+down|pulled|unpublished)\s+from\s+(?:the|our|its|this)\s+(?:\w+\s+)?(?:site|website|web\s*site|platforms?|archives?|app)\b|(?:removed|deleted|pulled|unpublished|took\s+down|taken\s+down)\s+(?:(?:the\s+)?(?:content|text)\s+of\s+)?(?:the|this|that|our|an?\s+(?:earlier|previous)|\d+|two|three|several|all)\s+(?:\w+\s+)?${WHOLE_PIECE}|(?:decided|chose|agreed|opted)\s+to\s+(?:remove|delete|take\s+down|withdraw|unpublish|pull)\s+(?:the|this|that|our|an?)\s+(?:\w+\s+)?${WHOLE_PIECE}|(?:the|this|our)\s+(?:news|story|report|article)\s+(?:was|is)\s+(?:\w+ly\s+)?(?:untrue|fabricated|fictitious|made\s+up)\b|\bno\s+(?:factual\s+)?(?:basis|foundation)\s+for\s+(?:its|the|their)\s+publication\b|(?:the|this|our)\s+(?:news|story|report|article)\s+(?:was|is)\b[^.]{0,40}?\b(?:false|fake)\s+news\b|\b(?:an?|the)\s+(?:\w+ly\s+)?(?:fictitious|false|fabricated|untrue)\s+(?:news\s+)?(?:story|article|report)\b|(?:take|took|taken|pulled)\s+(?:the|this|that|our)\s+(?:\w+\s+)?${WHOLE_PIECE}\s+down\b|not\s+(?:putting|to\s+put)\s+(?:the|this|that|our)\s+(?:\w+\s+)?${WHOLE_PIECE}\s+back\s+(?:online|up)\b|no\s+(?:longer\s+)?(?:have\s+)?(?:any\s+)?(?:standing|basis|grounds?)\s+to\s+(?:back|stand\s+by|support|defend)\s+(?:the|this|our|that)\s+(?:\w+\s+)?${WHOLE_PIECE}|${WHOLE_PIECE}\s+based\s+on\s+[^.]{1,80}?\b(?:turned\s+out|proved|were\s+found|was\s+found)\s+(?:later\s+)?(?:to\s+be\s+)?(?:false|untrue|fabricated)\b|regrets?\s+(?:the|these|those|its)\s+(?:[\w-]+\s+)?(?:assertions|imputations|allegations)\b|(?:this|the|our)\s+(?:\w+\s+)?${WHOLE_PIECE}\s*(?:,[^,.]{1,80},\s*)?(?:(?:that|which)\s+(?:\w+\s+){0,3})?(?:(?:has|have|had)\s+(?:since\s+|now\s+)?been|was|were)\s+(?:\w+ly\s+)?(?:removed|deleted|taken\s+down|unpublished|pulled)\b(?![^.]{0,80}\b(?:re-?uploaded|republished|re-?posted|replaced|corrected|restored)\b)|\b(?:it|they)\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:removed|deleted|taken\s+down|pulled|unpublished)\s+from\s+our\s+(?:web\s*site|site|archives?|platforms?|app)\b|published\s+in\s+error|(?:should|ought)\s+(?:not|never)\s+(?:to\s+)?have\s+been\s+published(?!\s+in\s+(?:that|this|its|their)\s+(?:\w+\s+)?(?:form|state|version))|\b(?:we|I)\s+(?:have\s+|had\s+)?(?:since\s+)?(?:taken|took|pulled)\s+it\s+down\b|(?:regrets?|apologi[sz]es?\s+(?:\w+ly\s+)?(?:to\s+[^.]{1,80}?\s+)?for)\s+(?:publishing|having\s+published|the\s+publication\s+of)\s+(?:this|the|these|that|its|our)\s+(?:\w+\s+)?(?:${WHOLE_PIECE}|claims|allegations|assertions)\b|${WHOLE_PIECE}\b[^.]{0,120}?\bbefore\s+(?:it|they)\s+(?:was|were)\s+(?:removed|deleted|taken\s+down|pulled|unpublished)\b|not\s+(?:intended|meant)\s+for\s+publication|no\s+longer\s+stands?\s+by|${WHOLE_PIECE}\s+(?:with|at|under)\s+this\s+(?:filename|URL|web\s+address|address|link)\b[^.]{0,140}?\b(?:was|were|is)\s+(?:\w+ly\s+)?(?:incorrect|wrong|false|inaccurate|untrue)\b)`,
      'iu',
    ),
  },
  // "failed to disclose his financial ties", "did not disclose that the companies sponsor …": a
  // conflict of interest made known is an editor's note, whatever else the notice says.
  {
    name: 'disclosure-words',
    kind: 'editors-note',
    pattern:
      /\b(?:fail(?:ed|ure|s)?\s+to\s+disclose|did\s+not\s+disclose|(?:was|were)\s+not\s+disclosed)\b[^.]{0,120}?\b(?:financial|relationships?|ties|funding|funded|interests?|sponsor\w*|paid|payments?|fees?|consult\w*|employ\w*|conflicts?)\b|\bconflicts?\s+of\s+interest\b|\bnotice\s+of\s+failure\s+to\s+disclose\b/iu,
  },
  // A photograph altered and the readers told: "A photograph on the cover … was altered to soften
  // the images of …; Altering an image in this manner is not consistent with Times photo policy." A
  // note to readers about the picture, not a fact corrected (as the disclosure of ties above); an
  // alteration "not disclosed in the credit or caption" is the error, and a correction (held-05-002).
  {
    name: 'altered-image-words',
    kind: 'editors-note',
    pattern:
      /\b(?:photo(?:graph)?s?|images?|pictures?)\b[^.]{0,160}?\b(?:was|were|had\s+been|has\s+been)\s+(?:digitally\s+)?(?:altered|manipulated|doctored|retouched)\b(?![^.]{0,60}\bnot\s+(?:disclosed|noted|acknowledged)\b)/iu,
  },
  {
    name: 'clarification-words',
    kind: 'clarification',
    pattern:
      /\b(?:clarif\w*|imprecise\w*|misperception|(?:was|were)\s+unclear\s+(?:in|about|on|as\s+to)\b|no\s+other\s+meaning\s+was\s+intended|ambiguous(?:ly)?|to\s+be\s+precise|(?:may|might|would)\s+be\s+more\s+(?:accurate|precise)\s+to\s+say)|\bmay\s+have\s+(?:\w+ly\s+)?(?:given|created|left|conveyed)\s+(?:the|an?)\s+(?!(?:inaccurate|false|wrong|incorrect|misleading|erroneous|mistaken)\b)(?:[\w-]+\s+)?impression\b/iu,
  },
  {
    name: 'correction-words',
    kind: 'correction',
    pattern:
      /\b(?:correct(?:ed|s|ion|ions)?|amended|mis(?:stat|quot|identif|spel|attribut|report|label|nam|characteri[sz]|represent|describ|gender|translat|dat|caption|transcrib|spoke)\w*|errors?|erroneous\w*|incorrect\w*|inaccura\w*|wrongly|mistaken\w*|mistakes?|typos?|implied|regrets?|apologi[sz]\w*|omitted|omission|neglected|failed\s+to|should\s+have|misleading|unsubstantiated|unfounded|outdated)\b|\b(?:removed|deleted|cut|taken\s+out)\s+from\s+(?:this|the|our)\s+(?:\w+\s+)?(?:stor(?:y|ies)|articles?|reports?|items?|pieces?|posts?|columns?|episodes?|programmes?|programs?|videos?|broadcasts?)\b|\b(?:modified|edited|updated|changed|amended|revised)\s+to\s+(?:remove|delete|take\s+out|cut)\b|\bnot\s+(?:consistent|in\s+line|in\s+keeping)\s+with\s+(?:our|its|the|\w+)\s+(?:[\w-]+\s+){0,2}?(?:policy|policies|standards|guidelines)\b|\b(?:breach|lapse)\s+(?:of|in)\s+(?:our|its)\s+(?:[\w-]+\s+){0,3}?(?:standards|guidelines|policy)\b/iu,
  },
  { name: 'make-clear-words', kind: 'clarification', pattern: /\b(?:make|made)\s+(?:it\s+|this\s+|that\s+)?clear\b/iu },
  // Context for an old piece going round again: "This four-year-old post … went viral following …
  // The remarks are unrelated to the incident." Last: any correcting word above decides first.
  {
    name: 'old-piece-context-words',
    kind: 'editors-note',
    pattern: new RegExp(
      String.raw`\bthis\s+(?:[\w-]+-(?:year|month|week)s?-old|old|archived?)\s+${PIECE}\b|\b(?:went|has\s+gone)\s+viral\b|\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:being\s+)?(?:re-?circulat|re-?shar|resurfac)\w*`,
      'iu',
    ),
  },
];

/**
 * Under an editor's-note label, context left out ("The original version … neglected to note that
 * CBC News has not seen the letters") is a note to readers, unless the note also names an error.
 */
export const OMITTED_CONTEXT =
  /\b(?:neglected|failed|omitted)\s+to\s+(?:note|mention|say|disclose|make\s+(?:it\s+)?clear|point\s+out|explain|state)\b|\bshould\s+have\s+(?:noted|mentioned|disclosed|made\s+(?:it\s+)?clear|pointed\s+out)\b/iu;

/**
 * Verbs of a change that is neither a correction nor a removal: with nothing else said, an update
 * — when the sentence is about this very article (this story, the story headlined …), not about a
 * dated piece of a corrections column.
 */
export const UPDATE_SUBJECTS = new Set(['outlet-published-dated', 'this-piece', 'our-piece', 'piece-opens-sentence', 'the-piece-named', 'we-removed', 'outlet-removed', 'changed-in-piece']);
/** Verbs of a change that is neither a correction nor a removal: with nothing else said, an update. */
export const UPDATE_VERBS = /\b(?:updated|revised|edited|expanded|changed|modified|refiled|republished|rewritten|altered|reissued|recast)\b/iu;

// ---------------------------------------------------------------- standing notes (never notices)

export const STANDING: Row[] = [
  // An embedded social post ("CORRECTION: A person was questioned … #MPDAlert"): a police force's or
  // a platform user's own post shown in the article, correcting that post, not the article. A
  // publisher's notice carries no hashtag.
  { name: 'embedded-social-post', pattern: /(?:^|\s)#[A-Za-z][A-Za-z0-9_]{2,}\b/u },
  // A worked example in a corrections policy ("Correction: The story originally said John Smith is
  // 52 …"): a placeholder name is no one a notice would be about.
  { name: 'placeholder-example', pattern: /\b(?:John|Jane)\s+(?:Smith|Doe)\b|\bJoe\s+Bloggs\b/u },
  // A service notice: "Some deliveries may be up to three hours late … We apologize for the
  // inconvenience." apologises for the paper's delivery, not for what an article said.
  {
    name: 'delivery-delay',
    pattern: /\bdeliver(?:y|ies)\b[^.]{0,80}?\b(?:late|delayed|delays?|disrupted|suspended)\b|\b(?:late|delayed|disrupted)\s+deliver(?:y|ies)\b/iu,
  },
  {
    name: 'accurate-at-press-time',
    pattern:
      /\b(?:accurate|correct|true|up[\s-]to[\s-]date)\s+(?:at|as\s+of)\s+(?:the\s+)?(?:time\s+of\s+(?:publication|publishing|writing|going\s+to\s+press|press)|press\s+time|publication|time\s+of\s+posting)\b/iu,
  },
  {
    name: 'generated-automatically',
    pattern:
      /\b(?:generated|written|produced|created|compiled|translated)\s+(?:automatically|by\s+(?:an?\s+)?(?:automat\w*|computers?|algorithms?|AI|artificial\s+intelligence|machines?|software))\b|\bautomatically\s+(?:generated|produced|written|translated)\b/iu,
  },
  { name: 'newsletter-plug', pattern: /\bsign\s+up\b|(?<!\b(?:we|I|they|he|she|which\s+we)\s+)\bsubscribe\b|\b(?:in|to)\s+your\s+inbox\b|\bdelivered\s+(?:daily|weekly|to\s+you)\b/iu },
  // A credit, not a stamp: "This story was originally published on December 3 at 4:15 p.m." alone is
  // the first-publication stamp of a piece updated since (originally-posted-stamp).
  {
    name: 'originally-published-elsewhere',
    pattern: new RegExp(
      String.raw`^(?:this|the)\s+(?:\w+\s+)?${PIECE}\s+(?:was|is|has\s+been)\s+(?:originally|first)\s+(?:published|posted|appeared)\b(?!\s+(?:on\s+)?(?:${DATE}|${DAYNAME})(?:,?\s+(?:at\s+)?${CLOCK})?\s*\.?$)(?![^.]*\b(?:updated|corrected|amended|revised|clarified|errors?|mistakes?|inaccurac\w+|apologi[sz]e)\b)|\bappears\s+in\s+print\b|\brepublished\s+(?:here\s+)?(?:with\s+permission|under)\b`,
      'iu',
    ),
  },
  // A corrections policy or style guide: "Update: new material advances the story; we add an Update
  // note with a timestamp", "When we make an error, we publish a correction" — a habit, not an event.
  {
    name: 'notice-policy',
    pattern:
      /\bwe\s+(?:always\s+|then\s+|also\s+|usually\s+|normally\s+|typically\s+|generally\s+|routinely\s+|will\s+)?(?:add|append|attach|publish|issue|post|run|print|include|use|label|flag|mark)\s+(?:an?\s+)(?:[\w-]+\s+)?(?:updates?|corrections?|clarifications?|editor['\u2019]?s\s+notes?|notes?|notices?|time-?stamps?|explanations?|labels?)\b/iu,
  },
  // A corrections page describing what it lists: "This page includes apologies, significant
  // corrections, statements and responses. It does not include routine corrections …".
  {
    name: 'notices-page-contents',
    pattern:
      /\b(?:includes?|contains?|lists?|does\s+not\s+include|do\s+not\s+include|carries)\s+(?:[\w-]+\s+){0,2}?(?:apologies|corrections|clarifications|retractions|errata)\s*(?:,|\band\b)/iu,
  },
  { name: 'age-warning', pattern: /\bthis\s+(?:article|story|post)\s+is\s+(?:more\s+than|over)\s+\w+\s+\w+\s+old\b/iu },
  // A republication credit under a note label: "Editor's note: This article, distributed by The
  // Associated Press, first appeared on The Conversation website." names the venue it came from,
  // not a date of ours (unless the note goes on to say what was corrected or updated).
  {
    name: 'first-appeared-elsewhere',
    pattern: new RegExp(
      String.raw`^(?![\s\S]*\b(?:updated|corrected|amended|revised|clarified|errors?|mistakes?|inaccurac\w+|apologi[sz]e)\b)[\s\S]*?\b(?:first|originally)\s+(?:appeared|ran|(?:was\s+)?published|posted)\s+(?:on|in|at|by)\s+(?!${CAPITALISED_MONTH}\b|${CAPITALISED_DAY}|Page\b|Section\b)(?:[Tt]he\s+)?[A-Z]`,
      'u',
    ),
  },
  // A note introducing the piece that follows, not a notice about it: "Editors' note: For some time
  // now, we've given the county's other paper a pass in these pages.", "Editor's note: We run this
  // article for the benefit of readers who …", "Editor's note: This is the third in a series …".
  {
    name: 'piece-introduction',
    pattern: /^(?![\s\S]*\b(?:updated|corrected|amended|revised|clarified|errors?|mistakes?|inaccurac\w+|apologi[sz]e|misstated|misquoted|misidentified|incorrectly|erroneously|wrongly)\b)editors?['\u2019]?s?['\u2019]?\s+note\s*[:.\-\u2013\u2014]\s*(?:for\s+(?:some\s+time|years|months|weeks|decades)\b|we\s+(?:run|are\s+running|publish|present|offer|reprint)\s+th(?:is|ese)\b|this\s+is\s+(?:the\s+)?(?:first|second|third|fourth|fifth|\w+th|last|final|latest|one|part)\b|[^.]{0,120}\b(?:in|on)\s+these\s+pages\b)/iu,
  },
  // A post embedded in the article, closed by its author's handle and date ("UPDATE: Disabled vehicle
  // on I-476 … — 511PA Philadelphia (@511PAPhilly) May 9, 2023"): its label is the poster's, not ours.
  {
    name: 'embedded-post',
    pattern: new RegExp(String.raw`\s[\u2014\u2013-]+\s*[^()\n]{0,80}\(@\w{1,30}\)\s*(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH}\s+\d{4})\s*$`, 'iu'),
  },
];

// ---------------------------------------------------------------- labels (at a paragraph's start)

/**
 * After a label word: the end, a separator, a bracket, a date or a time. A comma labels only
 * before a date, a time or a page ("Correction, July 11, 3:49 p.m.:", "A correction, page 36, …"):
 * "A clarification, unlike a correction, …" is a sentence about the word, not a label.
 */
const AFTER_LABEL = String.raw`[*_]*\s*(?:$|[:(\-\u2013\u2014.|\[]|,\s*(?:\d|${MONTH}\s|${DAYNAME}|page\b|p\.)|\d|${MONTH}\s|${DAYNAME})`;
/**
 * A label must label: the word as the subject of a definition or a rule ("A correction is …",
 * "Clarifications, unlike corrections, …", "A retraction means …") is a sentence about the word.
 */
export const ABOUT_THE_WORD =
  /^(?:an?\s+|the\s+)?(?:corrections?|clarifications?|retractions?|updates?|apolog(?:y|ies)|editors?['\u2019]?s?['\u2019]?\s+notes?)\b[*_]*\s*,?\s*(?:unlike|like|as\s+opposed\s+to|which|is|are|means?|refers?\s+to|differs?|can|may(?!\s*\d)|might|must|should|does|do|will|would)\b/iu;

/**
 * A style guide defining a notice word, under its tag or anywhere: "STORY WITHDRAWN -- The so-called
 * "kill" is kept for stories that are wholly wrong …". It speaks of notices in general.
 */
export const DEFINES_A_NOTICE =
  /\bso-called\s+["\u201C\u2018']?(?:kills?|corrections?|retractions?|clarifications?|withdrawals?|updates?|editor['\u2019]?s\s+notes?)\b|\b(?:kills?|corrections?|retractions?|clarifications?|withdrawals?)["\u201D\u2019']?\s+(?:is|are)\s+(?:kept|reserved|used|issued|meant)\s+for\b/iu;

/**
 * "A correction was made on …:", "The same day a correction was carried out and …": a label at a
 * paragraph's start, a statement inside one.
 */
const CORRECTION_MADE =
/^(?:(?:the\s+same\s+day|that\s+day|later|subsequently|since\s+then|then|on\s+[^,]{1,30}),?\s+)?an?\s+(?:[\w-]+\s+)?(?:correction|clarification)(?:\s+(?:notice|note))?\s+(?:was|has\s+been|had\s+been)\s+(?:made|appended|added|issued|published|broadcast|aired|posted|run|carried\s+out)\b(?!\s+by\b)/iu;

/**
 * An update label over another outlet's removal: "UPDATE: The Post has pulled the story." — a
 * reader's or blogger's update on someone else's piece (our own says "this story" or "we").
 */
export const ANOTHER_OUTLET_REMOVED =
  /^[^:]{0,40}:\s*(?:the\s+)?[A-Z][\w&'\u2019.-]*(?:\s+[A-Z][\w&'\u2019.-]*){0,3}\s+(?:has|have|had)\s+(?:since\s+|now\s+|quietly\s+)?(?:pulled|removed|deleted|taken\s+down|retracted|withdrawn|scrubbed)\s+(?:the|that)\s+(?:story|article|piece|post|report|video)\b/u;

/** A corrections column's title alone ("Corrections & clarifications"): a section's name or a link, not a notice. */
export const COLUMN_TITLE_ALONE = /^corrections?\s+(?:and|&)\s+clarifications?\s*$/iu;

/**
 * statementDecides: the label's own kind holds unless the text is a statement about the article
 * ("Update: … the error came from his sources" is news; "Update: This story misstated …" a correction).
 */
export const LABELS: Array<KindRow & { maxLength?: number; unless?: RegExp; statementDecides?: boolean }> = [
  // "INQUIRER STATEMENT ON ERRONEOUS VIDEO", "Statement on inaccurate article": a heading naming a
  // piece of ours as erroneous (not a ministry's "Statement on false reports": reports are anyone's).
  {
    name: 'statement-on-erroneous-piece',
    pattern: new RegExp(String.raw`^(?:[\w'\u2019&.-]+\s+){0,3}statement\s+(?:on|about|regarding)\s+(?:the\s+|an?\s+|our\s+)?(?:erroneous|inaccurate|incorrect)\s+(?:[\w-]+\s+)?(?:${OWN_PIECE}|videos?|posts?)\b`, 'iu'),
    kind: 'correction',
  },
  { name: 'retraction-label', pattern: new RegExp(String.raw`^retractions?\b(?:${AFTER_LABEL}|\s+(?:to|of|notice|note)\b)`, 'iu'), kind: 'retraction' },
  // Wire desks: "TITLE CHANGED, PREVIOUS TITLE WAS: …", "Headline corrected."
  {
    name: 'title-changed',
    pattern: /^(?:title|headline|heading)\s+(?:changed|corrected|updated|amended|replaced)\b|^previous\s+(?:title|headline|heading)\s+(?:was|read)\b/iu,
    kind: 'update',
  },
  { name: 'story-withdrawn', pattern: /^(?:story|item|article)\s+(?:withdrawn|killed|retracted)\b/iu, kind: 'retraction' },
  // AP, NYT, Al Jazeera…: "EDITOR'S NOTE: …", "Editors' Note: …", "Editor's note. …"
  { name: 'editors-note', pattern: /^editors?['\u2019]?s?['\u2019]?\s+note\b[*_]*\s*(?:[:.\-\u2013\u2014,([]|$)/iu, kind: 'editors-note' },
  { name: 'note-to-readers', pattern: /^(?:(?:a\s+)?note\s+)?to\s+(?:our\s+)?readers\s*[:.\-\u2013\u2014]/iu, kind: 'editors-note' },
  // "Correction:", "Correction, July 11, 3:49 p.m.:", "CORRECTION NOTICE:", "A correction and an apology."
  {
    name: 'correction-label',
    pattern: new RegExp(
      String.raw`^(?:an?\s+)?(?:editorial\s+)?corrections?(?:\s+notice|\s+(?:and|&)\s+(?:an?\s+)?(?:apology|clarifications?))?(?:${AFTER_LABEL}|\s+to\s+(?:this|our|the|an?)\s)`,
      'iu',
    ),
    kind: null,
    unless: COLUMN_TITLE_ALONE,
  },
  // Canadian Press: "Corrective to March 3 story on NDP leadership debate", "CORRECTIVE: …".
  { name: 'corrective-label', pattern: /^corrective\s*(?:to\b|[:\-\u2013\u2014])/iu, kind: 'correction' },
  // "CORRECTION The article …": a capital label with its text in the same paragraph.
  { name: 'correction-label-caps', pattern: /^CORRECTIONS?\s+(?=[A-Z][a-z]|\d)/u, kind: null },
  // "Correction appended", "Corrections made on …"
  { name: 'correction-appended', pattern: /^(?:an?\s+)?(?:correction|clarification)s?\s+(?:appended|added|made|issued|attached)\b(?!\s+by\b)/iu, kind: null },
  // "Updated with new figures", "Updated to include comments from …"
  {
    name: 'updated-with',
    pattern: /^(?:this\s+\w+\s+(?:was|has\s+been)\s+)?updated\s+(?:with|to\s+(?:include|add|reflect|correct|clarify|remove|note|show|fix))\b/iu,
    kind: 'update',
  },
  // "Story updated at 4 p.m.", "Article corrected on May 3"
  { name: 'piece-edited-line', pattern: /^(?:story|article|post|item|report|blog|page|video)\s+(?:updated|corrected|amended|clarified|edited|revised)\b/iu, kind: 'update' },
  // "A correction was made on …:", "A correction has been appended …"
  // "A clarification notice was added to …", "An on-air correction was broadcast on …"
  {
    name: 'correction-made',
    pattern:
      CORRECTION_MADE,
    kind: null,
  },
  // "Note: Corrected on August 14, 2019", "Note: This article was updated on …" (the verb decides the kind)
  {
    name: 'note-edited-line',
    pattern:
      /^note\s*[:.\-\u2013\u2014]\s*(?:this\s+\w+\s+(?:was|has\s+been)\s+)?(?:corrected|updated|amended|clarified|revised|edited|changed)\b/iu,
    kind: 'update',
  },
  // "KHQA Clarification Thursday, March 12, 2009": the outlet's name before the label and its date.
  {
    name: 'named-label',
    pattern: new RegExp(
      String.raw`^(?:[A-Z][\w.&'\u2019-]*\s+){1,3}(?:Corrections?|Clarifications?|Retractions?|CORRECTIONS?|CLARIFICATIONS?|RETRACTIONS?)\s*[:,\-\u2013\u2014]?\s*(?:${CAPITALISED_DAY}|${CAPITALISED_MONTH}\.?\s+\d)`,
      'u',
    ),
    kind: null,
  },
  // Live blogs' headlines: "Open thread: …; Update: Two towns evacuated"
  { name: 'update-segment', pattern: /[;|]\s*update[sd]?\s*[:\-\u2013\u2014]\s*\S/iu, kind: 'update', maxLength: 200 },
  { name: 'clarification-label', pattern: new RegExp(String.raw`^(?:an?\s+)?clarifications?${AFTER_LABEL}`, 'iu'), kind: 'clarification' },
  { name: 'clarification-label-caps', pattern: /^CLARIFICATIONS?\s+(?=[A-Z][a-z]|\d)/u, kind: 'clarification' },
  // "Apology:", "Apology to our readers.", "Apology to Mr Delaney." (a heading naming who is owed it)
  { name: 'apology-label', pattern: /^(?:[Aa]n?\s+)?(?:[Aa]pology|APOLOGY)\s*(?:[:.\-\u2013\u2014]|to\s+(?:our\s+readers|readers|(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+[A-Z]|[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+)[^.]{0,40}\.)/u, kind: null },
  // Wire advisories: "ADVISORY: … is withdrawn", "Eds: SUBS 4th graf … to CORRECT …" (kind from the wording).
  {
    name: 'wire-advisory',
    pattern:
      /^(?:advisory|attn|attention|editors?|eds?|note\s+to\s+editors)\s*[:\-\u2013\u2014]\s*.*\b(?:withdr[ae]wn?|kill(?:ed)?|eliminated?|correct\w*|updat\w*|repeat\w*|refil\w*|adds?|changes?|fix\w*|insert\w*|substitut\w*|recast\w*|subs)\b/iu,
    kind: 'update',
  },
  // Bloomberg/Reuters lines without brackets: "Corrects spelling of the minister's name in third paragraph."
  {
    name: 'corrects-line',
    pattern:
      /^(?:corrects|clarifies|updates|adds|recasts|refiles|removes|fixes)\s*:?\s+(?:[\w'\u2019-]+\s+){0,8}?(?:paragraph|para|graf|headline|spelling|name|date|figure|byline|dateline|quote|title|story|throughout|reference|details?|typo|caption)s?\b/iu,
    kind: 'update',
  },
  // "For clarification, …", "To clarify: …"
  { name: 'for-clarification', pattern: /^(?:for\s+(?:the\s+sake\s+of\s+)?clarification|to\s+clarify)\s*[,:\-\u2013\u2014]/iu, kind: 'clarification' },
  // "For the record, …", "For the record: X is not the owner of Y" (IOL; the Los Angeles Times names
  // its corrections column so): the words decide, a correction when they say nothing more.
  // Also as a heading line of its own over the entry ("For the Record\n\nAn Aug. 30 article …").
  { name: 'for-the-record', pattern: /^for\s+the\s+record\s*(?:[,:\-\u2013\u2014]|\n)/iu, kind: null },
  // "Errata: A confession … So here is the mistake.", "Erratum: …": the label of a list of fixes (not
  // "Corrigendum:", which journals' glossaries define under that label).
  { name: 'errata-label', pattern: new RegExp(String.raw`^errat(?:um|a)(?:${AFTER_LABEL})`, 'iu'), kind: null },
  // "Clarified this sentence: …", "Corrected the figure in paragraph 3.", "Updated this post with …"
  {
    name: 'edit-line',
    pattern:
      /^(?:corrected|clarified|updated|amended|edited|fixed|changed)\s+(?:this|the|a)\s+(?:sentence|paragraph|figure|quote|headline|post|story|article|spelling|name|date|number|caption|graf|para|typo|error|reference)\b/iu,
    kind: 'update',
  },
  // "March 6 update: …", "Nov. 23, 3:10 p.m. correction: …"
  {
    name: 'dated-label',
    pattern: new RegExp(
      String.raw`^(?:${DATE}|${DAYNAME}|${CLOCK})[,\s]*(?:${CLOCK}[,\s]*)?(?:update[sd]?|correction|clarification|editors?['\u2019]?s?\s+note|retraction)\s*[:.\-\u2013\u2014]`,
      'iu',
    ),
    kind: 'update',
  },
  // "'Teapot ban' - an apology", "Mayor's remarks: a correction", "'Fishermen freed': a correction"
  // (a headline naming itself a notice)
  { name: 'titled-notice', pattern: /(?:\s[-\u2013\u2014]|\s?:)\s*(?:an?\s+)?(?:apology|correction|clarification|retraction)s?\.?$/iu, kind: null, maxLength: 160 },
  // "Update:", "UPDATE (3:10 p.m.):", "Updated on May 3 at 2 p.m.:", "UPDATE by JOHN:", a bare "UPDATE" heading.
  {
    name: 'update-label',
    pattern: new RegExp(
      String.raw`^(?:last\s+|(?:first|second|third|fourth|fifth|sixth|another|new|latest|further|final|\d+(?:st|nd|rd|th))\s+)?update[sd]?(?:\s*#?\d+)?\b[*_]*\s*(?:$|[:(\-\u2013\u2014,|\[]|\d|(?:on|at)\s+(?:${MONTH}|${DAYNAME}|\d)|${MONTH}\s+\d|by\s+[A-Z])`,
      'iu',
    ),
    kind: 'update',
    unless: new RegExp(String.raw`\bago\b|${ANOTHER_OUTLET_REMOVED.source}`, 'u'),
    statementDecides: true,
  },
  // Time-stamped updates as their own line: "Updated 3:10 p.m., Nov. 23", "Updated at 9 p.m. EDT"
  {
    name: 'updated-stamp',
    pattern: new RegExp(String.raw`^(?:last\s+)?updated\s*(?:on|at)?\s*[:\-\u2013\u2014]?\s*(?:${CLOCK}|${DATE}|${DAYNAME})`, 'iu'),
    kind: 'update',
    maxLength: 120,
    unless: /\bago\b/iu,
  },
  // "June 3, 2024, 7:41 pm Updated on June 4, 2024, 10:05 am": a publication stamp, then the update's.
  {
    name: 'stamp-then-updated',
    pattern: new RegExp(String.raw`^(?:${DATE}|${DAYNAME})[,\s]*(?:${CLOCK})?[,\s|\u2022\u00B7-]*(?:last\s+)?updated\s*(?:on|at)?\s*[:\-\u2013\u2014]?\s*(?:${CLOCK}|${DATE}|${DAYNAME})`, 'iu'),
    kind: 'update',
    maxLength: 120,
    unless: /\bago\b/iu,
  },
  // AP slugs: "BC-AP News Coverage Advisory 6:30,2nd Ld-Writethru" (a write-through is a rewritten, updated story)
  // The first version's heading under an update: "ORIGINAL REPORT (5:20 a.m.)", "Original story:".
  { name: 'original-report-heading', pattern: /^(?:ORIGINAL|EARLIER)\s+(?:REPORT|STORY|POST|ARTICLE)\b\s*(?:\(|[:\-\u2013\u2014]|$)|^(?:Original|Earlier)\s+(?:report|story|post|article)\s*(?:\([^)]{1,30}\)\s*)?:/u, kind: 'update', maxLength: 60 },
  // An edit stamped with its date, as a heading: "EDIT (2012-11-09)", "Edit (Nov. 9):".
  { name: 'edit-dated-heading', pattern: new RegExp(String.raw`^edit(?:ed)?\s*\(\s*(?:\d{4}-\d{2}-\d{2}|${DATE})[^()]{0,20}\)\s*(?:[:\n]|$|(?=[A-Z]))`, 'iu'), kind: 'update' },
  { name: 'writethru-slug', pattern: /\b(?:\d+(?:st|nd|rd|th)\s+)?(?:Ld-|Lead-)?Writethru\b/iu, kind: 'update', maxLength: 160 },
  // Inquirer: "First posted 10:12 PM … Updated 11:30 PM", "Published: … Updated: …" (a bare
  // "First posted …" is a time stamp)
  {
    name: 'first-posted-updated',
    pattern: /^(?:first\s+|originally\s+)?(?:posted|published)\b.*\b(?:updated|last\s+modified)\b/iu,
    kind: 'update',
    maxLength: 200,
    unless: /\bago\b/iu,
  },
  // A label on its own line run into its text when the line break is lost: "Correction We have
  // corrected an error …", "Retraction and Apology In the Thursday … edition". Capitals only, and a
  // sentence's opening word after it ("Correction in the markets" is news).
  {
    name: 'retraction-heading-run-in',
    pattern: /^(?:Retraction|RETRACTION)S?s?(?:\s+(?:and|AND|&)\s+(?:an?\s+)?(?:Apology|APOLOGY))?\s+(?=(?:We|In|On|The|This|An?|Our|It|Following)\s)/u,
    kind: 'retraction',
  },
  {
    name: 'correction-heading-run-in',
    pattern: /^(?:Correction|CORRECTION)S?s?(?:\s+(?:and|AND|&)\s+(?:an?\s+)?(?:Apology|APOLOGY|Clarification|CLARIFICATION))?\s+(?=(?:We|In|On|The|This|An?|Our|It|Following)\s)/u,
    kind: 'correction',
  },
];

/** A wire dateline before a sentence's subject ("JUBA, South Sudan (AP) — "): not part of the sentence. */
export const DATELINE_LEAD = /^[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,3}(?:,\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})?\s+\([^)]{1,30}\)\s*[-\u2013\u2014]+\s+/u;

/**
 * A page's date stamp ("Updated 14 March 2021", "Last updated: March 2, 2021", "(Updated: March 9,
 * 2020)"): a date and nothing else, no time of day, no colon closing it and no text. Site furniture
 * on every page, not a statement that the story was changed; the other sets label it so (a stamp
 * with a time of day — "UPDATED 2:14 PM ET Jun. 06, 2024", "Updated 4:41 p.m." — is a live story's
 * update, and stays one).
 */
export const BARE_DATE_STAMP: Row = {
  name: 'bare-date-stamp',
  pattern: new RegExp(String.raw`^(?:last\s+)?updated\s*(?:on\s*)?[:\-\u2013\u2014]?\s*(?:${DAYNAME}[,\s]+)?${DATE}\.?$`, 'iu'),
};

/** A corrections entry's bracketed citation of the piece before its sentence: "[April 3: "Cat Saves Fireman"] The Weekly regrets the error." */
export const BRACKETED_CITATION_LEAD = /^\[[^\]]{1,160}\]\s+(?=[A-Z])/u;

/** A label heading a rule, not a notice: "Corrections: If we publish a factual error, we will …". */
export const LABEL_THEN_RULE = /^[^:.]{1,40}:\s*(?:if|whenever|unless)\b/iu;

/**
 * A label heading a title, not a notice: "Retraction: What It Means and Why It Matters" (a
 * glossary's heading), "A note to our readers: our only loyalty is to you" (a plug under a note's
 * label). What follows the label's separator is a short phrase with no sentence end, no date or
 * number; recognise.ts also requires it to name no piece and no error. A notice's label heads a
 * statement ("Correction: This story …"), a date, or the piece it corrects ("Correction: Pact story").
 */
export const TITLE_AFTER_LABEL = /^[^:\u2013\u2014]{1,40}?\s*[:\u2013\u2014]\s*((?:[^\s\d]+\s+){0,9}[^\s\d.!?)\]]+)\s*$/u;
/** The labels that can head a title: the notice words, not update stamps or wire lines. */
export const TITLE_HEADING_LABELS = new Set(['retraction-label', 'correction-label', 'clarification-label', 'editors-note', 'note-to-readers', 'apology-label', 'errata-label']);

/**
 * A line that is only a label and maybe a date or time ("Correction: Nov. 23, 2026", "Editor's
 * Note:", "UPDATE"): its substance is in the next paragraph.
 */
export const LABEL_ONLY = new RegExp(
  String.raw`^(?:(?:an?\s+)?corrections?(?:\s+notice|\s+(?:and|&)\s+(?:an?\s+)?(?:apology|clarifications?))?|(?:an?\s+)?clarifications?|retractions?|(?:an?\s+)?apology|editors?['\u2019]?s?['\u2019]?\s+note|(?:a\s+)?note\s+to\s+(?:our\s+)?readers|update[sd]?)[*_]*(?:[\s,:.;()\[\]|\-\u2013\u2014]+(?:${DATE}|${CLOCK}|${DAYNAME}|\d{4}|on|at|[A-Z]{2,4}))*[\s,:.;()\[\]|\-\u2013\u2014*_]*$`,
  'iu',
);

// ---------------------------------------------------------------- tags and parentheses

/**
 * A headline that is itself a notice, tried on the title only (a paragraph under such words is
 * news): the notice word heading it ("Clarification: Senator's remarks in Abbottabad",
 * "RETRACTION/APOLOGY"; not a glossary's "Retraction: What It Means"), a piece of ours named
 * erroneous ("Erroneous article about palm oil levy"), "Error in translation", an old post's age
 * ("This Post About … Is From 2016"); a site's name may close the title ("… | Example News"). kind
 * null: the words decide.
 */
export const HEADLINE_NOTICES: KindRow[] = [
  // A whole headline in brackets under an update label: "[UPDATE: Nationwide outage traced to …]".
  { name: 'bracketed-update-headline', pattern: /^\[\s*UPDATE[SD]?\s*:\s*[^\]]+\]$/u, kind: 'update' },
  {
    name: 'notice-word-heads-headline',
    pattern:
      /^(?:corrections?|clarifications?|retractions?|apolog(?:y|ies)|errat(?:um|a)|corrigend(?:um|a))(?:\s*(?:and|&|\/)\s*(?:an?\s+)?(?:corrections?|clarifications?|retractions?|apolog(?:y|ies)))?\s*[:/\u2013\u2014|]\s*(?!(?:what|how|why|when|who|where|which|is|are|does|do|can|should|a\s+guide|explained|the\s+meaning|definition)\b)\S/iu,
    kind: null,
  },
  // An outlet's apology under its own heading: "Apology to the Chief Justice", "The Earl of
  // Tynedale: an apology and correction", "We regret errors that got past us", "From the Editor: We
  // are sorry we added pain …", "Outlook Regrets Mistake". Only a whole short title: a news
  // headline goes on ("Apology to victims marks …").
  // Journals' notices heading the article's own title: "Retracted: Effect of …", "… in Mice
  // [Retraction]", "… [Expression of Concern]".
  {
    name: 'retracted-heads-headline',
    pattern: /^(?:retracted|withdrawn|retraction\s+notice)\s*:\s*(?!(?:what|how|why|when|who|where|which|is|are|does|do|can|should)\b)\S/iu,
    kind: 'retraction',
  },
  {
    name: 'notice-tag-closes-headline',
    pattern: /\S\s*\[\s*(?:retraction(?:\s+notice)?|retracted|withdrawn|correction|corrected|erratum|corrigendum|expression\s+of\s+concern)\s*\]\s*$/iu,
    kind: null,
  },
  { name: 'apology-to-name-headline', pattern: /^[Aa]pology\s+to\s+(?:the\s+)?(?:Hon\.?\s+)?(?:[A-Z][\w.'\u2019-]*\s*){1,5}$/u, kind: 'correction' },
  { name: 'name-an-apology-headline', pattern: /^[^:]{2,60}:\s+(?:an?\s+)?apology(?:\s+and\s+(?:a\s+)?correction)?$/iu, kind: 'correction' },
  { name: 'we-regret-headline', pattern: /^(?:from\s+the\s+editor:\s+)?we\s+(?:regret|are\s+sorry|apologi[sz]e)\b/iu, kind: 'correction' },
  { name: 'outlet-regrets-headline', pattern: /^(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}\s+[Rr]egrets\s+(?:the\s+|its\s+|our\s+)?(?:[Mm]istake|[Ee]rrors?)$/u, kind: 'correction' },
  // An outlet's own apology headline in the third person, for what it published: "NST apologises to
  // three civil society groups for groundless allegations". The outlet is a name OUTLET_WORD knows or
  // an initialism, and the apology is for a piece or for unfounded claims (not "NHS apologises for
  // delays": someone else's apology in the news).
  {
    name: 'outlet-apologises-headline',
    pattern: new RegExp(
      String.raw`^(?:[Tt]he\s+)?(?:(?:[A-Z][\w.&'\u2019-]*\s+){0,3}${OUTLET_WORD}|[A-Z]{2,6})\s+(?:apologi[sz]es|says\s+sorry|regrets)\s+(?:to\s+[^,:;]{1,80}?\s+)?(?:for|over)\s+(?:(?:its|the|an?|our)\s+)?(?:(?:groundless|baseless|unfounded|false|untrue|defamatory|erroneous|inaccurate|incorrect|misleading)\s+(?:[\w-]+\s+)?(?:allegations|claims|reports?|stor(?:y|ies)|articles?|headlines?|captions?)|(?:stor(?:y|ies)|articles?|reports?|headlines?|captions?|cartoons?|editorials?|columns?|publication)\b)`,
      'u',
    ),
    kind: 'correction',
  },
  // A student or small paper's staff owning up: "Corsair staff offers mea culpa", "Editors issue
  // apology" (not a politician's "… offers mea culpa").
  {
    name: 'staff-offers-apology-headline',
    pattern: new RegExp(String.raw`^(?:[Tt]he\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){0,3}(?:staff|editors?|newsroom|editorial\s+board|${OUTLET_WORD})\s+(?:offers?|issues?|owes?)\s+(?:an?\s+|its\s+|our\s+)?(?:mea\s+culpa|apology)\b`, 'u'),
    kind: 'correction',
  },
  {
    name: 'erroneous-piece-headline',
    pattern: new RegExp(String.raw`^(?:an?\s+|the\s+|our\s+)?(?:erroneous|inaccurate|incorrect)\s+(?:[\w-]+\s+)?${OWN_PIECE}\s+(?:about|on|regarding|concerning|over)\b`, 'iu'),
    kind: 'correction',
  },
  {
    name: 'error-in-headline',
    pattern: /^(?:an?\s+)?(?:errors?|mistakes?)\s+in\s+(?:(?:our|the|a|an)\s+)?(?:translation|report(?:ing)?|story|article|headline|caption|graphic|print|edition)\s*(?:[|\u2013\u2014]\s*[^|]{1,60})?$/iu,
    kind: 'correction',
  },
  { name: 'old-post-headline', pattern: new RegExp(String.raw`^this\s+${PIECE}\b[^.]{0,80}\b(?:is|was)\s+from\s+\d{4}\s*(?:[|\u2013\u2014]\s*[^|]{1,60})?$`, 'iu'), kind: 'editors-note' },
];

/** A tag closing a headline: "Dozens Trapped as Fire Sweeps Manila Mall UPDATED" (capitals after mixed case). */
export const TITLE_TAIL_TAGS: KindRow[] = [
  { name: 'updated-tail-tag', pattern: /^(?=.*[a-z]).*\s(?:UPDATED|UPDATE(?:\s*\d+)?)\s*$/u, kind: 'update' },
  { name: 'corrected-tail-tag', pattern: /^(?=.*[a-z]).*\s(?:CORRECTED|CORRECTION)\s*$/u, kind: 'correction' },
];

const SEP = String.raw`\s*[-:\u2013\u2014]\s*`;

/** A tag at the start of a headline or first paragraph; the note is the tag itself. */
export const TAGS: KindRow[] = [
  // Reuters / wire headlines: "CORRECTED-…", "Corrected: …"
  { name: 'corrected-tag', pattern: new RegExp(`^(?:CORRECTED|Corrected|CORRECTS)${SEP}`, 'u'), kind: 'correction' },
  { name: 'clarified-tag', pattern: new RegExp(`^(?:CLARIFIED|Clarified)${SEP}`, 'u'), kind: 'clarification' },
  // "UPDATE 2-…", "UPDATE-…" (upper case: a mixed-case "Update: …" line is a label)
  // …also starred, numbered with "#" and stamped: "*UPDATE*- …", "UPDATE #2 (6:12 a.m.) -- …"
  { name: 'update-tag', pattern: new RegExp(`^\\*?UPDATE(?:\\s*#?\\s*\\d+)?\\*?(?:\\s*\\([^()]{1,30}\\))?${SEP}`, 'u'), kind: 'update' },
  // Philippine outlets: "UPDATED: …"
  { name: 'updated-tag', pattern: new RegExp(`^UPDATED${SEP}`, 'u'), kind: 'update' },
  // Reuters re-transmissions: "REFILE-…" (a refile corrects or adds). A repeat ("RPT-…", "(Repeats
  // for more subscribers)") sends the same story again unchanged: no notice.
  { name: 'refile-tag', pattern: new RegExp(`^(?:REFILED?)${SEP}`, 'u'), kind: 'update' },
  { name: 'withdrawn-tag', pattern: new RegExp(`^(?:STORY WITHDRAWN|WITHDRAWN|RETRACTED|RETRACTION|KILL|KILLED)${SEP}`, 'u'), kind: 'retraction' },
];

/**
 * A bare tag inside a dateline, between the place and the text: "PONCHATOULA, LA.- *UPDATE*- Both
 * lanes …", "DOVER, Del. UPDATE: …" (the place in capitals and a comma — "WEDNESDAY UPDATE:" is a
 * label — the tag in capitals between dashes or before a colon). Group 1 is the tag.
 */
export const DATELINE_TAG =
  /^(?=[A-Z][A-Z.'\u2019 -]{0,30},)[A-Z][A-Z.'\u2019-]+(?:[\s,]+[A-Z][\w.'\u2019-]*){0,5}[\s,.]*[-\u2013\u2014]*\s*(\*?(?:UPDATED?|CORRECTED)\*?(?:\s*#?\s*\d+)?(?:\s*\([^()]{1,30}\))?)\s*(?:--|[-:\u2013\u2014])/u;

/**
 * The inside of a parenthesised notice: "(Corrects …)", "(UPDATE)", "(Updated 12:58 p.m.)",
 * "(2nd LD)". A parenthesis whose inside is a label or a statement about the article ("(A previous
 * version of this story …)", "(Editor's note: …)") is one too — see recognise.ts.
 */
export const PARENS: KindRow[] = [
  { name: 'corrects', pattern: /^(?:corrects|corrected|correcting|correction|fixes|fixed|removes|deletes)\b/iu, kind: 'correction' },
  { name: 'clarifies', pattern: /^(?:clarifies|clarified|clarification)\b/iu, kind: 'clarification' },
  { name: 'withdrawn', pattern: /^(?:story\s+)?(?:withdrawn|retracted|retraction|kill(?:ed)?|eliminat\w+)\b/iu, kind: 'retraction' },
  {
    name: 'updates',
    // "(Updates with …)", "(Adds …)", "(Recasts …)", "(Changes headline …)", "(UPDATE)",
    // "(UPDATED)", "(2ND UPDATE)", "(UPDATE 3)", "(Update 1, 6:45 p.m.)", "(Refiles to …)"
    pattern:
      /^(?:updates?|updated|updating|adds|recasts|changes|refiles?|repeats\s+(?=to\s|with\s)|rewrites|writes\s+through|inserts|substitutes|\d+\s*(?:st|nd|rd|th)\s+update)\b/iu,
    kind: 'update',
  },
  // "(Story corrects paragraph 3 …)", "(This story refiles to add …)" (kind from the verb)
  {
    name: 'story-verb',
    pattern: /^(?:this\s+)?(?:story|item|article|version|report)\s+(?:corrects|clarifies|updates|adds|refiles|recasts|removes|fixes|changes|withdraws|replaces)\b/iu,
    kind: null,
  },
  // Yonhap-style lead counters: "(LEAD)", "(2nd LD)", "(3rd LD)" mark a rewritten, updated story.
  { name: 'lead-counter', pattern: /^(?:\d+\s*(?:st|nd|rd|th)\s+)?(?:LD|LEAD)(?:\s*[,:].*)?$/u, kind: 'update' },
  // Wire advisories in brackets: "(ATTN: UPDATES 5th para …)", "(ATTN: ADDS byline)"
  {
    name: 'attn-advisory',
    pattern: /^(?:attn|attention|eds?)\s*:\s*(?:updates?|adds?|corrects?|changes?|recasts?|fixes|removes|inserts|rewrites|refiles?|clarifies|withdraw\w*|subs)\b/iu,
    kind: null,
  },
];

// ---------------------------------------------------------------- statements about the article

/** Who or what a sentence is about: the article itself, one of its versions, the outlet. */
export const SUBJECTS: Row[] = [
  // "The story published at this URL …"
  { name: 'at-this-address', pattern: /\b(?:at|on|under)\s+this\s+(?:URL|address|link|web\s+address|page)\b/iu },
  // "This story", "this four-year-old post", "The above article", "This part of the article"
  {
    name: 'this-piece',
    pattern: new RegExp(
      String.raw`\b(?:this|the\s+above)\s+(?!${TIME_POSSESSIVE})(?:${ANY_WORDS(2)}|(?:part|section|paragraph|passage|sentence|portion)\s+of\s+(?:the|this|our)\s+)${PIECE}\b`,
      'iu',
    ),
  },
  // "An earlier version of this story", "Earlier versions of this graphic", "an earlier draft of this article"
  {
    name: 'earlier-version-of',
    pattern: new RegExp(
      String.raw`\b(?:(?:an?|the|our|in)\s+)?(?:earlier|previous|prior|original|initial|early|first|older)\s+(?:online\s+|web\s+)?(?:versions?|drafts?|editions?|iterations?|headlines?|(?:photo\s+)?captions?|photos?|graphics?|maps?|charts?|summar(?:y|ies)|subheadlines?)\s+(?:of|on|for|with|accompanying)\s+(?:(?:this|our|that)\s+${ANY_WORDS(1)}|the\s+)${PIECE}\b|\b(?:an?|the)\s+(?:earlier|previous|prior|original)\s+versions?\s+of\s+this\s+(?:statement|notice|note|release)\b`,
      'iu',
    ),
  },
  { name: 'earlier-version', pattern: /\b(?:an?|the)\s+(?:earlier|previous|prior)\s+version\b(?!\s+of\b)/iu },
  // "An earlier version of “Harvest of Doubt” stated …": the piece named by its quoted title (a
  // subject like the others, not a notice alone: an earlier version of a quoted play or bill is news).
  { name: 'earlier-version-of-title', pattern: /\b(?:an?|the)\s+(?:earlier|previous|prior|original)\s+(?:online\s+)?versions?\s+of\s+QUOTE\b/iu },
  // BBC: "In an interview it was claimed that … In fact …": an own broadcast or piece, said in the passive.
  {
    name: 'in-piece-it-was-said',
    pattern:
      /^(?:in|during)\s+(?:an?|the|our|this|last\s+\w+['\u2019]s|\w+['\u2019]s)\s+(?:[\w-]+\s+){0,3}?(?:interview|programme|program|report|item|bulletin|broadcast|episode|segment|article|story|feature|column|podcast|edition|discussion|debate|coverage|package|documentary|newscast)\b[^.]{0,80}?,?\s+it\s+was\s+(?:claimed|said|stated|reported|suggested|asserted|mentioned|written|shown|indicated|printed)\b/iu,
  },
  // "It was erroneously reported in the 4 p.m. newscast on March 9 that …": the passive with the
  // piece it was said in.
  {
    name: 'it-was-said-in-piece',
    pattern: new RegExp(
      String.raw`^it\s+was\s+(?:\w+ly\s+)?(?:reported|stated|said|claimed|suggested|mentioned|written|broadcast|announced|shown)\s+(?:in|on)\s+(?:the|an?|our|this)\s+${ANY_WORDS(4)}${PIECE}\b`,
      'iu',
    ),
  },
  // Broadcasters' corrections pages: "Newsnight, BBC Two, 3 November 2022 In a discussion about …":
  // the programme and its date cited, then what it said.
  {
    name: 'cited-broadcast',
    pattern:
      /\b\d{4}:?\s+in\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:interview|programme|program|report|item|bulletin|broadcast|episode|segment|discussion|package|feature|story|debate)\b/iu,
  },
  // "A report “Floodwaters cut off rail link” (August 12, 2017, page 1)", "The photograph
  // accompanying the interview, “…” (Jul. 9, 2015 - print editions)": a piece cited by its quoted
  // title and a date in brackets.
  {
    name: 'cited-piece',
    pattern: new RegExp(
      String.raw`\b(?:${PIECE}|sentences?|paragraphs?|passages?|pointers?|info-?box(?:es)?|lines?)\b[^.]{0,60}?\bQUOTE\s*\([^()]{0,60}?(?:${DATE}|\b\d{4}\b)[^()]{0,40}\)`,
      'iu',
    ),
  },
  // "A story about rural Guard casualties on March 11 …", "A Part 2 review of the documentary … on
  // June 2 …": a piece opening its sentence and dated after its description.
  {
    name: 'piece-dated-after',
    pattern: new RegExp(
      String.raw`^(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Bb]oth)\s+${ANY_WORDS(3)}(?:${OWN_PIECE}|reviews?|series)\b(?:[^.;]{0,80}?\b(?:on|of|from)\s+(?:${CAPITALISED_MONTH}\.?\s+\d|\d{1,2}\s+${CAPITALISED_MONTH}|${CAPITALISED_DAY})|\s+(?:${CAPITALISED_MONTH}\.?\s+\d|${CAPITALISED_DAY}\b(?!['\u2019])|yesterday\b))`,
      'u',
    ),
  },
  // Broadcasters' and papers' entries naming the part that erred after the piece it stood in: "In a
  // report on the pensions triple lock a graphic showed a figure of …", "In our coverage of the
  // match, the caption named …" (a cited piece: a claim and a sentence of facts make the notice).
  {
    name: 'part-in-piece',
    pattern:
      /^(?:in|during)\s+(?:an?|the|our|this)\s+(?:[\w-]+\s+){0,2}?(?:report|programme|program|item|bulletin|broadcast|story|article|feature|segment|episode|package|coverage|edition|interview)\b[^.]{0,100}?,?\s+(?:an?|the|our)\s+(?:on-?screen\s+|accompanying\s+)?(?:graphic|caption|map|chart|table|photo(?:graph)?|picture|image|headline|clip|graph|figure|presenter|reporter|correspondent|headline)\s+(?:showed|said|stated|read|gave|listed|suggested|described|referred|named|identified|included|used)\b/iu,
  },
  // "The iPlayer version has been corrected", "the online edition": the outlet's own copy on a
  // platform.
  {
    name: 'platform-version',
    pattern:
      /^(?:the|our)\s+(?:online|web|website|digital|internet|e-?paper|print|app|mobile|podcast|on-?demand|catch-?up|iplayer|video|audio|radio|tv|television|broadcast|archived?)\s+(?:versions?|editions?|copy|copies)\b/iu,
  },
  // "the story headlined …", "the item slugged …": a piece named by its headline or slug
  {
    name: 'the-piece-named',
    pattern: new RegExp(String.raw`\bthe\s+${PIECE}\s+(?:headlined|titled|entitled|headed|slugged|with\s+the\s+(?:slug|headline))\b`, 'iu'),
  },
  // "A news report headlined '…' erroneously quoted …": a headline (or a slug) names a newspaper's own
  // piece; "titled" alone is as often a study's or a film's.
  {
    name: 'a-piece-headlined',
    pattern: new RegExp(String.raw`\ban?\s+(?:news\s+|wire\s+)?${PIECE}\s+(?:headlined|slugged|with\s+the\s+(?:slug|headline))\b`, 'iu'),
  },
  // "There was a mix-up in the colour scheme of the Sport page table (Nov. 12, 2013) …": a piece
  // cited with its date in brackets, as a corrections column cites its own pages.
  {
    name: 'piece-dated-in-brackets',
    pattern: new RegExp(String.raw`\b(?:the|an?|our)\s+(?:[\w'\u2019&-]+\s+){0,3}?${PIECE}\s*\((?:${DATE})\)`, 'iu'),
  },
  // "The post initially said both candidates declined …": the piece's own first state, owned.
  {
    name: 'piece-initially-said',
    pattern:
      /^(?:the|this)\s+(?:[\w-]+\s+)?(?:post|blog\s+post|report|video|podcast|episode|segment|newsletter|piece|story|article)\s+(?:initially|originally|first|previously|earlier)\s+(?:said|stated|reported|indicated|described|identified|gave|listed|named|called|suggested|claimed)\b/iu,
  },
  // "The report “Renewing the party” last Thursday stated …", "a News Briefing entitled “…” on March
  // 4": a piece named by its quoted title and dated (someone else's only with its venue or speaker).
  {
    name: 'piece-titled-dated',
    pattern: new RegExp(
      String.raw`\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?${PIECE}\s*,?\s*(?:(?:headlined|titled|entitled|headed|called)\s+)?QUOTE\s*,?\s*(?:[a-z]+ed\s+[^,.;]{0,60}?\b(?:on|of)\s+(?:${DATE}|${DAYNAME})|\(|(?:on|of|from|published\s+on)\s+(?:${DATE}|${DAYNAME})|last\s+(?:week|month|${DAYNAME})|yesterday\b|${DATE}|${DAYNAME})`,
      'iu',
    ),
  },
  // The New Yorker, the Guardian: "In “Night Shift” (March 3rd), …", "(Councillors in the firing line,
  // 10 May, page 2)": one of our pieces cited by its quoted title and its date in brackets.
  {
    name: 'quoted-title-dated',
    pattern: new RegExp(String.raw`^(?:in\s+)?QUOTE\s*,?\s*(?:by\s+[^()]{1,80}?\s*)?\((?:[^()]{1,50}?,\s*)?(?:${DATE}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|[^()]{0,40}\b\d{4}\b)[^()]{0,40}\)`, 'iu'),
  },
  // One of our pieces cited by its quoted title (and link) and its publication date: "In “…”
  // (https://…), published on April 2, the <paper> described …" (seen first in a South African weekly).
  {
    name: 'quoted-title-published',
    pattern: new RegExp(
      String.raw`^(?:in\s+)?QUOTE\s*(?:\([^()]{0,200}\)\s*)?,\s*(?:published|printed|posted|broadcast|aired)\s+(?:on\s+|in\s+|last\s+)?(?:${DATE}|${DAYNAME}|${MONTH}\s+\d{1,2}|yesterday|today|last\s+\w+)`,
      'iu',
    ),
  },
  // BBC: "An introduction to a report on how retailers … said …": a part of one of our pieces.
  {
    name: 'part-of-a-piece',
    pattern:
      /^an?\s+(?:introduction|intro|standfirst|summary|teaser|trail(?:er)?|promo(?:tion)?|preview|sub-?head(?:ing)?|caption)\s+(?:to|of|for|on)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:report|item|article|story|programme|program|piece|segment|bulletin|feature|package|interview|film)\s+(?:on|about)\b/iu,
  },
  // "The Mail & Guardian (June 6) published a headline stating …": the outlet cited with a date in
  // brackets, as a corrections column cites its own pages.
  {
    name: 'outlet-dated-in-brackets',
    pattern: new RegExp(
      String.raw`^(?:the\s+)?(?:(?:[A-Z][\w.&'\u2019-]*|&)\s+){0,4}${OUTLET_WORD}\s*\((?:${DATE}|${DAYNAME}|page\s|p\.)[^()]{0,40}\)\s+(?:published|ran|printed|carried|reported|stated|said|wrote|described)\b`,
      'iu',
    ),
  },
  // ABC's corrections page: "On 2 May News Online published an infographic …", "On Friday 6 December,
  // ABC News published a story about …": the outlet, dated, introducing the piece the entry is about;
  // a student paper: "On Wednesday, March 9, The Corsair printed an issue that included …".
  {
    name: 'outlet-published-dated',
    pattern: new RegExp(
      String.raw`^On\s+(?:${CAPITALISED_DAY},?\s+)?(?:${CAPITALISED_MONTH}\.?\s+\d{1,2}|\d{1,2}\s+${CAPITALISED_MONTH}|${CAPITALISED_DAY})\b[^,]{0,20},?\s+(?:the\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){0,4}(?:${OUTLET_WORD}(?:\s+Online)?\s+(?:published|printed|ran|carried|aired|broadcast|posted)\s+(?:an?|the|two|three|several)\s+|[A-Z][\w'\u2019-]*\s+(?:published|printed)\s+(?:an?|the|its)\s+(?:[\w-]+\s+)?(?:issue|edition)\b)`,
      'u',
    ),
  },
  // "Our review", "OUR article last Thursday", "our feature", "In my column on March 3"
  { name: 'our-piece', pattern: new RegExp(String.raw`\b(?:our|my)\s+${ANY_WORDS(3)}${PIECE}\b`, 'iu') },
  // "The original story failed to include …", "the earlier headline"
  // Not "the first column": the first of several is no earlier version.
  { name: 'original-piece', pattern: new RegExp(String.raw`\b(?:the|an?|our)\s+(?:original|earlier|previous|initial)\s+${OWN_PIECE}\b`, 'iu') },
  // "The item should have explained …", "The story was inaccurate": a piece opening its sentence.
  {
    name: 'piece-opens-sentence',
    // A column's next entry may open with a connective: "Also, a photograph that accompanied …".
    pattern: new RegExp(
      String.raw`^(?:[A-Z][\w\s'\u2019-]{0,30}:\s+)?(?:(?:also|in\s+addition|additionally|separately|similarly|likewise|furthermore)\s*,?\s+)?(?:(?:we|I)\s+(?:\w+ly\s+)?(?:regret|apologi[sz]e)\s+that\s+)?(?:in\s+)?(?:an?|the|that)\s+${ANY_WORDS(3)}${OWN_PIECE}\b`,
      'iu',
    ),
  },
  // "A March 4 article", "The Feb. 3 Weekend listings", "the Oct. 3 article", "Hector Ruiz's May 2
  // column", "Two Sept. 12 articles"
  {
    name: 'dated-piece',
    pattern: new RegExp(String.raw`(?:\b(?:an?|the|our|in|two|three|four|several|both)|${APOSTROPHE_S})\s+(?:${DATE}|${DAYNAME})\s+${ANY_WORDS(3)}${PIECE}\b`, 'iu'),
  },
  // "In a March 4 Culture, Dana Marsh misstated …": a dated section named in capitals, then a comma.
  {
    name: 'dated-named-section',
    pattern: new RegExp(String.raw`^(?:in\s+)?(?:an?|the)\s+${CAPITALISED_MONTH}\.?\s+\d{1,2}\s+(?:[A-Z][\w&'\u2019-]*\s+){0,2}[A-Z][\w&'\u2019-]*\s*,`, 'iu'),
  },
  // "Monday's article", "Last week's column", "yesterday's edition"
  {
    name: 'day-piece',
    pattern: new RegExp(String.raw`\b(?:${DAYNAME}|yesterday|today|last\s+(?:week|month|${DAYNAME})|this\s+week)${APOSTROPHE_S}\s+${ANY_WORDS(3)}${PIECE}\b`, 'iu'),
  },
  // "Tuesday's Daily News", "Thursday's Town Talk": a day's named section or paper (capitals).
  {
    name: 'day-named-section',
    pattern: new RegExp(String.raw`\b(?:${CAPITALISED_DAY}|[Yy]esterday|[Tt]oday|[Ll]ast\s+(?:week|month|${CAPITALISED_DAY}))['\u2019]s\s+(?:[A-Z][\w'\u2019&.-]*\s+){0,3}[A-Z][\w'\u2019&.-]*`, 'u'),
  },
  // "The Norway Dispatch on Wednesday about …", "The Metro Matters column on Thursday about …"
  {
    name: 'named-piece-on-day',
    pattern: new RegExp(String.raw`\b[Tt]he\s+(?:[A-Z][\w'\u2019&-]*\s+){1,4}(?:${OWN_PIECE}\s+)?(?:on|of|from|last)\s+(?:${DATE}|${CAPITALISED_DAY})`, 'u'),
  },
  // "An article on Tuesday", "A story in the Sunday Living section", "A picture caption on Page 1",
  // "A graphic explaining …", "In a story May 9", "her obituary yesterday", "an essay on grief",
  // "the Ask Amy column that was published on Tuesday", "An article (4 March 2010)"
  {
    name: 'a-piece-about',
    pattern: new RegExp(
      String.raw`${AS_SUBJECT}\b(?:an?|her|his|their|its|my)\s+${ANY_WORDS(2)}${OWN_PIECE}\s*(?:(?:published|posted|printed|distributed|aired|broadcast|headlined|headed|titled|entitled|meant|(?:that|which)\s+(?:was\s+|were\s+)?(?:ran|run|appeared|published|posted|aired)|[a-z]+ing)\b|(?:on|about|in|of|from|for|by|last|yesterday|earlier)\s|\(|,|(?:on\s+)?(?:${DATE}|${CAPITALISED_DAY}\b))`,
      'iu',
    ),
  },
  // "The Pop Music column on Friday", "the Ask Amy column that was published on Tuesday", "In the
  // article about …", "The story published at this URL …"
  {
    name: 'the-piece-about',
    pattern: new RegExp(
      String.raw`${AS_SUBJECT}\bthe\s+${ANY_WORDS(3)}${OWN_PIECE}\s*(?:(?:published|posted|printed|distributed|aired|headlined|headed|titled|entitled|(?:that|which)\s+(?:was\s+|were\s+)?(?:ran|run|appeared|published|posted|aired))\b|about\s|(?:on|from|of|last)\s+(?:${DAYNAME}|${DATE}|page\b)|yesterday\b|\(|${DATE})`,
      'iu',
    ),
  },
  // A part of a page named as the doer of the error, mid-sentence: "…, where the photo caption
  // incorrectly referred to …", "the headline misstated …". Described (someone else's caption
  // too), so it counts without reported speech and not on a bare adjective.
  {
    name: 'page-part-erred',
    pattern:
      /\bthe\s+(?:[\w-]+\s+){0,2}?(?:photo\s+)?(?:captions?|cutlines?|headlines?|graphics?|charts?|maps?|infographics?|sub-?head(?:line)?s?|listings?)\s+(?=(?:\w+ly\s+)?(?:incorrectly|wrongly|mistakenly|erroneously|inadvertently|mis(?:identified|spelled|spelt|stated|named|labell?ed|attributed)|should\s+have|contained|(?:was|were)\s+(?:incorrect|wrong|inaccurate|inadvertently|mistakenly|misleading))\b)/iu,
  },
  // "A report … stated", "An article … misstated": an elided description.
  { name: 'a-piece-elided', pattern: new RegExp(String.raw`^(?:an?|the)\s+${PIECE}\s*(?:\u2026|\.\.\.)`, 'iu') },
  // "On page 22 yesterday", "on Page C4", "A headline on page one", "pages 40 to 42"
  {
    name: 'page-reference',
    pattern: /\b(?:on|in)\s+(?:the\s+)?(?:page|pg\.?|p\.)\s*(?:[A-Z]?\d+[A-Z]{0,2}|one)\b|\bpages?\s+[A-Z]?\d+[A-Z]{0,2}(?:\s+(?:to|and|-)\s+\d+)?\b|\bfront\s+page\b|\b(?:an?|the)\s+page\s+(?:one|1|[A-Z]\d+|\d+[A-Z]{1,2})\s+(?:stor(?:y|ies)|articles?|photo(?:graph)?s?|headlines?|captions?|items?|reports?)\b/iu,
  },
  // "… was incorrectly identified in the third paragraph", "in para 4": the article's own paragraphs
  // (not "in the third paragraph of his letter").
  {
    name: 'paragraph-reference',
    pattern:
      /\bin\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|opening|final|last|top)\s+(?:paragraph|para|graf)s?\b(?!\s+of\b)|\bin\s+(?:paragraph|para|graf)\s+\d+\b(?!\s+of\b)/iu,
  },
  // "because the original said …"
  { name: 'the-original', pattern: /\bthe\s+original\s+(?:said|stated|reported|claimed|suggested|described|referred|misstated|gave|version)\b/iu },
  // "we published an article headlined …", "we stated": the outlet about its own words.
  // "We reported on March 7 that …", "We said on Tuesday that …": a corrections-column entry citing
  // our own dated words; unlike "we reported" anywhere, it opens its paragraph and may be followed up
  // ("In fact, …").
  {
    name: 'we-reported-dated',
    pattern: new RegExp(String.raw`^we\s+(?:reported|said|stated|wrote|claimed|suggested)\s+(?:on\s+|in\s+)?(?:${DATE}|${DAYNAME}|last\s+(?:week|month|${DAYNAME})|yesterday)\b[^.]{0,20}?\bthat\b`, 'iu'),
  },
  { name: 'we-published', pattern: /\bwe\s+(?:published|ran|printed|reported|stated|said|wrote|described|referred|quoted|used|carried)\b/iu },
];

/**
 * A corrections-column entry closed by the citation of the piece it corrects: "… Friends of the
 * Earth has not been involved (Supermarket trial to cut plastic waste, 4 July, page 27)." The
 * citation is the subject of every sentence before it.
 */
export const CITATION_CLOSES_PARAGRAPH: Row = {
  name: 'citation-closes-entry',
  pattern: new RegExp(String.raw`\([^()]{1,160},\s*(?:${DATE}|${DAYNAME})\s*,\s*(?:[A-Z][\w&'\u2019 -]{1,30},\s*)?(?:page|p\.?|pg\.?)\s*[A-Z]?\d+\)\.?\s*$`, 'iu'),
};

/** What a sentence says about its subject that makes it a correction, update or removal. */
export const PREDICATES: KindRow[] = [
  // A headline that "did not match the story" (a corrections column's entry on its headline).
  { name: 'did-not-match-the-story', pattern: /\bdid\s+not\s+(?:match|reflect)\s+(?:the|this)\s+(?:story|article|report|text)\b/iu, kind: 'correction' },
  // A journal's correction: "The HTML version of this article contained an incomplete version of Eq. (7)".
  { name: 'contained-a-flaw', pattern: /\b(?:contained|included)\s+an?\s+(?:incomplete|incorrect|erroneous|inaccurate|wrong)\b/iu, kind: 'correction' },
  {
    name: 'mis-verb',
    pattern:
      /\bmis(?:stat|quot|identif|spel|attribut|report|label|nam|represent|describ|characteri[sz]|gender|translat|dat|caption|transcrib|hear|read|us|interpret|spoke|speak|print|calculat|construe)\w*\b/iu,
    kind: 'correction',
  },
  // "the Jumble puzzle erred in listing …": the piece as the one who erred (with a subject that is ours).
  { name: 'piece-erred', pattern: /\berred\s+in\s+\w+ing\b/iu, kind: 'correction' },
  { name: 'in-error-adverb', pattern: /\b(?:incorrectly|wrongly|erroneously|mistakenly|inaccurately|falsely|wrongfully|misleadingly|in\s+error|by\s+mistake)\b/iu, kind: 'correction' },
  // "we inadvertently placed the photo of …", "A photo was inadvertently placed …": an own act done by mistake.
  { name: 'inadvertently', pattern: /\binadvertently\s+(?!\w+ly\b)[a-z]+\b(?!\s+by\b)|\b(?:was|were|has\s+been|have\s+been)\s+inadvertently\s+[a-z]+\b(?!\s+by\b)/iu, kind: 'correction' },
  // "The article ought not to have been published": the piece itself disowned.
  {
    name: 'should-not-have-run',
    pattern: /\b(?:should|ought)\s+(?:not|never)\s+(?:to\s+)?have\s+(?:been\s+)?(?:published|run|printed|posted|aired|broadcast)\b(?!\s+in\s+(?:that|this|its|their)\s+(?:\w+\s+)?(?:form|state|version))/iu,
    kind: 'retraction',
  },
  // "this post, which was not authorised": a piece that went out without the outlet's leave, disowned.
  { name: 'not-authorised', pattern: /\b(?:was|were|is|are)\s+not\s+authori[sz]ed\b/iu, kind: 'retraction' },
  { name: 'imprecisely', pattern: /\bimprecise(?:ly)?\b|\bmisperception\b/iu, kind: 'clarification' },
  {
    name: 'wrong-adjective',
    pattern: /\b(?:incorrect|inaccurate|erroneous|outdated|mistaken|unsubstantiated|unfounded|misleading|untrue|wrong|false)\b/iu,
    kind: 'correction',
  },
  // "…, which is not correct.", "That was not accurate."
  { name: 'not-correct', pattern: /\b(?:is|was|are|were|be)\s+not\s+(?:correct|accurate|true|right)\b|\bwasn['\u2019]t\s+(?:correct|accurate|true)\b/iu, kind: 'correction' },
  // "It would have been more accurate to say …": a softer restatement.
  {
    name: 'more-accurate-to-say',
    pattern:
      /\bwould\s+have\s+been\s+(?:more\s+)?(?:accurate|correct|precise|fairer|clearer|better|more\s+appropriate)\s+to\s+(?:have\s+)?(?:say|said|report(?:ed)?|state[d]?|describe[d]?|note[d]?|write|written|ma(?:k|d)e\s+clear)\b/iu,
    kind: 'clarification',
  },
  {
    name: 'should-have',
    pattern: /\bshould\s+have\s+(?:said|stated|read|been|reported|identified|explained|referred|described|attributed|credited|spelled|shown|given)\b/iu,
    kind: 'correction',
  },
  // What was left out, not what was wrong: "The article should have noted that …"
  { name: 'should-have-noted', pattern: /\bshould\s+have\s+(?:noted|mentioned|included|disclosed|made\s+clear|added|pointed\s+out)\b/iu, kind: 'clarification' },
  {
    name: 'failed-to',
    pattern: /\b(?:failed|neglected)\s+to\s+\w+|\bomitted\b|\bomission\b|\bwas\s+not\s+disclosed\b|\bmeant\s+to\s+\w+[^.]{0,80}?\bbut\s+instead\b/iu,
    kind: 'correction',
  },
  { name: 'gave-impression', pattern: /\b(?:gave|created|left|conveyed)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?impression\b|\bimplied\b/iu, kind: 'correction' },
  {
    name: 'not-as-stated',
    pattern:
      /\bnot\s+[^.;]{1,80}?,?\s+as\s+(?:(?:was|we|it|the\s+\w+|had\s+been)\s+)?(?:(?:incorrectly|wrongly|erroneously|mistakenly|previously|originally|earlier|first|initially)\s+)?(?:stated|reported|said|described|written|published|printed|claimed|suggested|indicated|listed|identified)\b/iu,
    kind: 'correction',
  },
  {
    name: 'originally-said',
    pattern:
      /\b(?:originally|initially|previously|first|earlier)\s+(?:said|stated|reported|described|identified|referred|gave|misstated|called|named|listed|claimed|suggested|indicated|put|included|contained|showed)\b(?!\s+by\b)/iu,
    kind: 'correction',
  },
  {
    name: 'has-been-changed',
    pattern:
      /\b(?:(?:has|have|had)\s+been|was|were|is\s+being)\s+(?:\w+ly\s+)?(?:corrected|amended|updated|clarified|revised|edited|changed|modified|removed|withdrawn|retracted|deleted|taken\s+down|pulled|unpublished|killed|replaced|rewritten|refiled|expanded|altered|reissued|republished)\b(?!\s+by\b)|\band\s+(?:was\s+)?(?:later\s+|since\s+|subsequently\s+)?(?:updated|corrected|amended|revised)\b(?!\s+by\b)/iu,
    kind: null,
  },
  { name: 'is-withdrawn', pattern: /\bis\s+(?:being\s+)?(?:withdrawn|killed|eliminated|retracted)\b/iu, kind: 'retraction' },
  {
    name: 'error-was-made',
    pattern: /\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:error|mistake|typo)s?\s+(?:was|were|has\s+been|had\s+been)\s+made\b|\b(?:error|mistake)s?\s+(?:led\s+to|resulted\s+in|caused)\b|\b(?:because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of|through)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:error|mistake)\b|\b(?:editing|reporting|production|editorial|typographical|transcription|translation|copy|layout|design)\s+(?:error|mistake)s?\b/iu,
    kind: 'correction',
  },
  {
    name: 'there-was-an-error',
    pattern:
      /\bthere\s+(?:was|were|is|are|has\s+been|have\s+been)\s+(?!no\b|not\b)(?:an?\s+|a\s+number\s+of\s+|several\s+|some\s+|quite\s+an?\s+|two\s+|three\s+)?(?:[\w-]+\s+)?(?:errors?|mistakes?|inaccurac(?:y|ies)|typos?|mix-?ups?)\b/iu,
    kind: 'correction',
  },
  {
    name: 'wrong-one-shown',
    pattern: /\b(?:of|showed|shows|depicted|pictured)\s+(?:a|an|the)\s+(?:different|wrong)\s+\w+|\b(?:was|were|is|are)\s+not\s+(?:of\s+)?[^.,;]{1,50}?\bbut\s+(?:of\s+)?\w+/iu,
    kind: 'correction',
  },
  {
    name: 'needed-context',
    pattern: /\b(?:required|needed|lacked|missing)\s+(?:more\s+|additional\s+|further\s+|important\s+)?context\b|\bcontext\s+(?:has\s+been|was|were)\s+added\b/iu,
    kind: 'clarification',
  },
  { name: 'apology', pattern: /\bapologi[sz](?:e|es|ed|ing)\b|\bapolog(?:y|ies)\b|\bregrets?\b/iu, kind: 'correction' },
  // Follow-ups: "It was Sunday.", "He is Swedish.", "This was incorrect.", "…, not its weight." A
  // statement: a reader's exclamation ("The Nation is confusing us!") restates nothing.
  { name: 'short-restatement', pattern: /^(?:(?:he|she|it|they|this|that|the\s+\w+)\s+(?:is|was|are|were|has|had)|there\s+(?:is|are|was|were))\s+[^.!?]{1,40}\.?$/iu, kind: 'correction' },
  // "…, not “Aldborne” as our caption said (“Curds of wisdom”, 6 April, p38)": the entry's citation may close it.
  {
    name: 'not-contrast',
    pattern:
      /,\s+not\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+|a\s+|an\s+)?[\w$\u00A3\u20AC.,-]+(?:\s+\w+)?(?:\s+as\s+(?:we|our\s+\w+)\s+(?:said|stated|reported|had\s+it|wrote))?\s*(?:\([^()]{1,160}\))?\.?$/iu,
    kind: 'correction',
  },
  // "To clarify: Ashby's evidence was …" after the piece is cited.
  { name: 'to-clarify', pattern: /^(?:to\s+clarify|to\s+be\s+clear)\s*[:,]/iu, kind: 'clarification' },
  { name: 'in-fact', pattern: /\b(?:in\s+fact|actually|in\s+reality)\b/iu, kind: 'correction' },
  {
    name: 'make-clear',
    pattern: /\b(?:make|made)\s+(?:it\s+|this\s+|that\s+)?clear\b|\bto\s+clarify\b|\bpoint\s+out\s+that\b|\bno\s+other\s+meaning\s+was\s+intended\b/iu,
    kind: 'clarification',
  },
  // After a piece's words: "A railway official clarifies that …", "A reader pointed out that …"
  { name: 'someone-clarifies', pattern: /\b(?:clarifies|clarified|has\s+clarified|points\s+out|pointed\s+out|has\s+pointed\s+out)\s+that\b/iu, kind: 'clarification' },
  // After "we reported …": "The correct figure is …", "But … the actual snowfall was …"
  {
    name: 'correct-value',
    pattern: /\bthe\s+(?:more\s+)?(?:correct|right|accurate)\s+(?:[\w-]+\s+){0,3}?(?:is|was|are|were)\b|^but\b[^.]{0,100}?\bthe\s+actual\s+(?:[\w-]+\s+){0,2}?(?:is|was|are|were)\b/iu,
    kind: 'correction',
  },
  // A cited piece's claim: "An Oct. 14 story said …", "A report “…” (Aug. 12, 2017) gave it as …",
  // "The photograph accompanying the interview, “…” (Jul. 9, 2015) did not show …".
  // Counts only with a cited subject (CITED_SUBJECTS), a sentence that opens with it, and a
  // sentence after it (the facts).
  {
    name: 'cited-claim',
    pattern:
      /^(?:an?|the|two|three|four|several|both|in\s+(?:an?|the|QUOTE))\s.{0,200}?\b(?:said|stated|reported|described|referred\s+to|gave|listed|identified|called|included|quoted|showed|read|suggested|did\s+not\s+(?:show|include|mention|name|credit|carry|say))\b/iu,
    // A claim says nothing of the kind: the rest of the notice does, or it is a correction.
    kind: null,
    needs: /[.!?:]["'\u201D\u2019)\]]*\s+["'\u201C\u2018(]?[A-Z0-9][\s\S]{8,}$/u,
  },
  // A columnist owning a lapse after naming the piece: "In Sunday's column I quoted … I take my share
  // of the blame."
  { name: 'own-the-blame', pattern: /\b(?:I|we)\s+(?:must\s+)?take\s+(?:my|our|the|full)\s+(?:share\s+of\s+(?:the\s+)?)?(?:blame|responsibility)\b/u, kind: null },
  // "This paper … contained a number of errors"
  {
    name: 'contained-errors',
    pattern:
      /\b(?:contained|contains|included|includes|had)\s+(?:an?\s+|a\s+number\s+of\s+|several\s+|some\s+|two\s+|three\s+|many\s+)?(?:[\w-]+\s+)?(?:errors?|mistakes?|inaccurac(?:y|ies)|typos?)\b/iu,
    kind: 'correction',
  },
  // "We now accept that he did not give an interview": the outlet conceding, after even a loose subject.
  { name: 'we-now-accept', pattern: /\bwe\s+(?:now\s+)?(?:accept|acknowledge)\s+that\b|\bwe\s+now\s+(?:understand|know|recogni[sz]e)\s+that\b/iu, kind: 'correction' },
  {
    name: 'we-now-understand',
    pattern: /\bwe\s+(?:now\s+)?(?:understand|accept|acknowledge|recogni[sz]e|know|have\s+learned|have\s+been\s+told)\s+that\b/iu,
    kind: 'correction',
  },
];

/**
 * Subjects that only describe a piece ("The article …", "the story published on Monday"): someone
 * else's piece as often as ours. With them a sentence counts only without reported speech ("…, the
 * minister said") and not on a bare adjective ("The article was false").
 */
export const DESCRIBED_SUBJECTS = new Set(['piece-opens-sentence', 'the-piece-about', 'a-piece-about', 'piece-dated-after', 'page-part-erred']);
/** Predicates too common in news prose to go with a described subject. */
export const NEEDS_OWN_SUBJECT = new Set(['wrong-adjective', 'contained-errors', 'not-correct']);
/** Subjects that cite a piece by its date, page, section or title: only they make a bare claim ("said …") a notice. */
export const CITED_SUBJECTS = new Set([
  'dated-piece',
  'day-piece',
  'day-named-section',
  'named-piece-on-day',
  'cited-piece',
  'cited-broadcast',
  'page-reference',
  'in-piece-it-was-said',
  'piece-dated-after',
  'quoted-title-dated',
  'quoted-title-published',
  'part-in-piece',
]);
/** Predicates that count only with a CITED_SUBJECTS subject. */
export const CITED_ONLY = new Set(['cited-claim']);
/**
 * Before a cited claim's verb, what makes the piece someone else's: "A Nov. 3 report by Amnesty
 * said …", "The Tuesday edition of the Post said …", "A March 4 study found …". Ours are stories,
 * articles, items and columns, unnamed (a quoted title and a date in brackets cite ours too).
 */
export const NOT_OWN_CLAIM: Row[] = [
  { name: 'authored-by-someone', pattern: /\b(?:by|from)\s+(?:the\s+)?[A-Z][\w.&'\u2019-]*/u },
  { name: 'names-an-outlet', pattern: new RegExp(String.raw`\b(?:of|in|by)\s+(?:the\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){0,3}${OUTLET_WORD}\b`, 'u') },
  {
    name: 'others-document',
    pattern:
      /^(?![^.]{0,120}\bQUOTE\s*\()[\s\S]*?\b(?:reports?|stud(?:y|ies)|surveys?|letters?|statements?|interviews?|posts?|tweets?|filings?|memos?|e-?mails?|releases?|polls?|papers?|documents?|lawsuits?|complaints?|audits?|reviews?)\b/iu,
  },
];
/**
 * An earlier version as the one that said something ("A previous version of this story reported seven
 * hurt"): a correction even under an editor's-note label, unlike "objections to an earlier version".
 */
export const VERSION_SAID =
  /\b(?:versions?|drafts?|editions?)\s+(?:of|on)\s+(?:this|the|our)\s+(?:[\w-]+\s+){0,2}?\w+\s+(?:\w+ly\s+)?(?:reported|said|stated|described|identified|gave|listed|named|included|referred|called|showed|quoted|contained|misstated|used|had)\b/iu;
/** The described subjects a bare adjective is not enough for ("The article was false"). */
export const DEFINITE_DESCRIBED = new Set(['piece-opens-sentence', 'the-piece-about', 'page-part-erred']);
/** Someone else speaking before the predicate: "In an interview, the minister said the reports were false." */
export const REPORTED_SPEECH =
  new RegExp(
    String.raw`\b(?:he|she|they|it|officials?|spokes(?:man|woman|person)|ministers?|police|[A-Z][a-z]+|[Tt]he\s+(?!(?:${PIECE}|programmes?|edition)\b)\w+)\s+(?:said|says|told|wrote|writes|claimed|claims|argued|insisted|denied|tweeted|added|alleged|posted|submits|submitted|contended|contends|complained)\b`,
    'u',
  );
/**
 * A described piece placed in someone else's publication: "A 2014 article in Occupational Medicine",
 * "A column in the New York Times", "The “Today in History” item of the Daily Nation of June 3",
 * "An article in The Atlantic", "… retracted from the Journal of Heat Transfer", "a paper in a
 * chemistry journal". Our own sections are "the National Briefing", "Thursday's Section B".
 */
export const OTHER_VENUE = new RegExp(
  String.raw`\b(?:${PIECE})\s+(?:published\s+)?(?:in|by|of)\s+the\s+(?:[A-Z][\w.&'\u2019-]*\s+){0,3}${OUTLET_WORD}\b(?!['\u2019]s|\s+(?:section|pages?|supplement|column|edition|magazine)\b)|^(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:${PIECE}|study|studies)\s+(?:published\s+)?(?:in|from|by)\s+(?!(?:the|our|this|today|yesterday|last|its|a|an)\b)(?!${CAPITALISED_DAY}|Section\b|Page\b|[A-Z][a-z]+day['\u2019]s)(?:The\s+)?[A-Z][a-z]+|\b(?:from|in)\s+the\s+Journal\s+of\b|\bjournals?\b|\b(?:removed|deleted|taken\s+down|pulled)\s+from\s+(?:the\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){1,3}(?:iPlayer|website|site|app|platform|feed|channel|archive)\b`,
  'u',
);
/**
 * Another publication as the one who erred, right before the predicate: "In an article that lists
 * our site …, the newspaper falsely describes our editor" — a rebuttal of their piece. An outlet
 * speaks of itself as "we" or by name, not as "the newspaper".
 */
export const OTHERS_AGENT =
  /\b(?:the|that|another|a\s+rival)\s+(?:\w+\s+)?(?:newspaper|paper|daily|tabloid|magazine|publication|outlet|broadcaster|network|station|channel|website|site|weekly|journal)\s+(?:(?:has|had|have)\s+)?$/iu;
/**
 * A piece named after another publication, before the predicate: "The Washington Post article with a
 * photo … incorrectly identified as …". Our own named pieces are columns and sections ("The Metro
 * Matters column"), not "The … Post article".
 */
export const OTHERS_PIECE = new RegExp(
  String.raw`(?<![A-Z][\w'\u2019-]*\s+(?:in|of|on|and|at)\s+)\b[Tt]he\s+(?:[A-Z][\w.&'\u2019-]*\s+){0,3}${OUTLET_WORD}(?:['\u2019]s)?\s+(?:[\w-]+\s+)?${PIECE}\b`,
  'u',
);
/**
 * What comes right before a predicate in the past perfect. With a described piece it tells a story
 * about the piece ("The story had erroneously alleged …"); a notice speaks in the simple past or
 * the present perfect.
 */
export const NARRATIVE_PAST = /\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$/u;
/** …or after it, closing the sentence: "…, researchers said.", "…, said Tony Romando, chief executive of …" (not "…, and hereby retract the said story."). */
export const ATTRIBUTION_TAIL =
  /,\s+(?:[\w'\u2019-]+\s+){1,5}(?:(?<!\bthe\s)said|says|told\s+\w+|wrote|added|claimed|argued)(?:\s+(?:on\s+)?\w+){0,2}(?:\s+in\s+(?:an?|the|a\s+\w+)\s+\w+)?\s*\.?$|[,\u201D"]\s*(?:said|says|wrote|added|told\s+\w+)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*(?:,\s+[^.]{1,100})?\s*\.?$/u;

/**
 * Subjects too loose for a follow-up alone: "As we reported on Monday, … It was the first such
 * deal." or "An article in The Atlantic argued … It was widely shared." are no notices.
 */
export const NO_FOLLOW_UP = new Set(['we-published', 'a-piece-about', 'the-piece-about']);

/** Predicates that count only together with a subject in an earlier sentence ("An article said X. … In fact, Y."). */
export const FOLLOW_UP_ONLY = new Set([
  'in-fact',
  'own-the-blame',
  'make-clear',
  'we-now-accept',
  'we-now-understand',
  'short-restatement',
  'not-contrast',
  'apology',
  'someone-clarifies',
  'correct-value',
]);
/** Follow-ups strong enough after any subject, the loose ones too ("We published an article … We now accept that …"). */
export const FOLLOW_UP_AFTER_ANY = new Set(['we-now-accept', 'correct-value']);

/** Statements that are notices by themselves: their subject and predicate are one phrase. */
/** Statement rows that speak for a whole own item (a regulator's adjudication the item is). */
export const WHOLE_ITEM_RULES = new Set(['this-adjudication-published']);

export const STATEMENTS: KindRow[] = [
  // An error put into a piece in the editing: "An error was introduced into an article on rail fares, page 20, November 14."
  {
    name: 'error-introduced',
    pattern: new RegExp(String.raw`\ban?\s+(?:error|mistake|inaccuracy)\s+was\s+introduced\s+(?:into|in)\s+(?:an?|the|this|our)\s+(?:[\w-]+\s+)?${PIECE}\b`, 'iu'),
    kind: 'correction',
  },
  // A journal's corrigendum in the authors' voice: "The authors regret that there was an error in
  // their original paper and apologise for any inconvenience caused."
  {
    name: 'authors-regret',
    pattern: /\bthe\s+authors?\s+(?:would\s+like\s+to\s+|wish\s+to\s+)?(?:regret|apologi[sz]e)\b[^.]{0,80}?\b(?:errors?|mistakes?|inconvenience)\b/iu,
    kind: 'correction',
  },
  // British corrections columns: "It has been pointed out to us that spiritual healing can in fact be
  // sold …" (beside asked-us-to-point-out).
  {
    name: 'pointed-out-to-us',
    pattern: /\bit\s+has\s+been\s+pointed\s+out\s+to\s+us\s+that\b/iu,
    kind: 'correction',
  },
  // A writer owning earlier errors: "clear up a couple of factual errors I made in earlier posts".
  {
    name: 'errors-i-made',
    pattern: new RegExp(String.raw`\b(?:errors?|mistakes?|inaccurac(?:y|ies))\s+(?:that\s+)?(?:I|we)\s+(?:have\s+)?made\s+in\s+(?:an?\s+|my\s+|our\s+|the\s+)?(?:earlier|previous|recent|last|past)\s+${PIECE}\b`, 'u'),
    kind: 'correction',
  },
  // A first-publication stamp on a piece updated since: "This story was originally posted on
  // December 3 at 4:15 p.m." (not a credit: "originally published by ProPublica", "on The Conversation").
  {
    name: 'originally-posted-stamp',
    pattern: new RegExp(String.raw`^this\s+(?:story|article|post|piece|report|page)\s+was\s+(?:originally|first)\s+(?:posted|published)\s+(?:on\s+)?(?:${DATE}|${DAYNAME})(?:,?\s+(?:at\s+)?${CLOCK})?\s*\.?$`, 'iu'),
    kind: 'update',
  },
  // "We have removed the article", "We removed the content of this story", "We pulled this post",
  // "We have unequivocally retracted our story", "We are officially retracting the story"
  {
    name: 'we-removed',
    pattern: new RegExp(
      String.raw`\b(?:we|I)\s+(?:have\s+|had\s+|'ve\s+)?(?:since\s+|now\s+|also\s+|then\s+|later\s+)?(?:\w+ly\s+)?(?:removed|deleted|retracted|withdrawn|withdrew|pulled|unpublished|taken\s+down|took\s+down|corrected|amended|updated|edited|changed|republished|(?:are|'re|am)\s+(?:\w+ly\s+)?(?:retracting|removing|withdrawing|pulling|unpublishing|correcting|amending|updating)|retract|withdraw)\s+(?:(?:the\s+)?(?:content|contents|text)\s+of\s+)?(?:this|the|our|that|an?|these|those)\s+${ANY_WORDS(2)}${PIECE}\b`,
      'iu',
    ),
    kind: null,
  },
  // "we mistakenly used a picture", "we wrongly stated", "we misidentified", "we gave the impression"
  {
    name: 'we-erred',
    pattern:
      /\bwe\s+(?:have\s+|had\s+)?(?:erred\b|mis(?:stated|quoted|identified|spelled|spelt|reported|label(?:l)?ed|named|attributed|represented|described)|implied|(?:gave|created)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?impression|(?:wrongly|incorrectly|mistakenly|erroneously|inaccurately|falsely)\s+\w+|got\s+(?:it|this|that|(?:the|our|a|an|some|his|her|their)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)\s+wrong|made\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:error|mistake))/iu,
    kind: 'correction',
  },
  // "We apologise for any distress caused by the inclusion of his photograph": a notice, but distress
  // owns no error — the rest of the notice decides its kind (before we-regret, which would call it a
  // correction).
  {
    name: 'we-apologise-for-distress',
    pattern:
      /\b(?:we|I)\s+(?:\w+ly\s+)?apologi[sz]e\s+(?:\w+ly\s+)?(?:to\s+[^.]{1,60}?\s+)?for\s+any\s+(?:distress|hurt|offen[cs]e|upset|embarrassment)\b/iu,
    kind: null,
  },
  // "We regret the error", "We apologise for any confusion", "we sincerely apologise for stating that …"
  {
    name: 'we-regret',
    pattern: new RegExp(
      String.raw`(?:^|\b(?:my|our)\s+(?:[\w-]+\s+)?)apologies\s+(?:to\s+[^.]{1,60}?\s+)?for\s+(?:the|this|that|any|our|these|those)\s+(?:[\w-]+\s+){0,2}?${ERROR_NOUN}|\b(?:we|I)\s+(?:are|am|'re|'m)\s+(?:very\s+|deeply\s+|truly\s+|so\s+|sincerely\s+)?sorry\s+(?:to\s+[^.]{1,60}?\s+)?for\s+(?:the|this|that|any|our|these|those)\s+(?:[\w-]+\s+){0,2}?${ERROR_NOUN}|\b(?:we|I)\s+(?:(?:would\s+like|wish|want)\s+to\s+)?(?:\w+ly\s+)?(?:regret\s+(?:the|this|that|any|our|all)\s+(?:[\w-]+\s+)?(?:${ERROR_NOUN}|wording|phrasing|headline|three|two)|apologi[sz]e\s+(?:\w+ly\s+)?(?:to\s+[^.]{1,60}?\s+)?for\s+(?:(?:the|this|that|any|our|an?|these|those)\s+(?:[\w-]+\s+){0,2}?${ERROR_NOUN}|(?:stating|saying|suggesting|describing|reporting|publishing|implying|using|referring|calling|writing|identifying|having\s+(?:published|run|printed|carried|aired|posted))\b|getting\s+(?:it|this|that|(?:the|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+wrong\b))`,
      'iu',
    ),
    kind: 'correction',
  },
  {
    name: 'a-correction-was-made',
    pattern: CORRECTION_MADE,
    kind: null,
  },
  // An editor's line under a letter or a post: "Note: This is our mistake. Please accept our apologies."
  {
    name: 'our-mistake',
    pattern:
      /\b(?:this|that|it)\s+(?:is|was)\s+(?:entirely\s+|wholly\s+|clearly\s+)?(?:our|my)\s+(?:own\s+)?(?:mistake|error|fault)\b|\bplease\s+accept\s+(?:our|my)\s+(?:sincere\s+|sincerest\s+)?apolog(?:y|ies)\b/iu,
    kind: 'correction',
  },
  // "A conscientious reader alerted us to a correction …", "readers pointed out our error"
  {
    name: 'reader-alerted-us',
    pattern:
      /\b(?:alerted|notified|told)\s+us\s+(?:to|of|about)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w-]+\s+)?(?:error|mistake|correction|inaccuracy)\b|\bpointed\s+out\s+(?:our|my)\s+(?:[\w-]+\s+)?(?:error|mistake)\b|\bhelping\s+us\s+get\s+(?:the|this|our)\s+(?:story|facts|record)\s+right\b/iu,
    kind: 'correction',
  },
  // "The Sun regrets the error.", "Us regrets the error.", "The Bulletin unreservedly apologises …
  // and regrets any distress", "… apologises to Mr X for our reporting error", "… apologises to Mr X
  // … in respect of that publication", "The Denver Daily News would like to offer a sincere apology for a typo"
  {
    name: 'outlet-regrets',
    pattern: new RegExp(
      String.raw`${OUTLET_SUBJECT}(?:\w+ly\s+)?(?:(?:regrets?|apologi[sz]es?|apologi[sz]e|would\s+like\s+to\s+(?:offer|extend)\s+(?:a|an|its|our)\s+(?:[\w-]+\s+)?apology)\b[\s\S]{0,100}?\b(?:the|this|that|any|an?|its|our|these|those)\s+(?:[\w-]+\s+){0,2}?${ERROR_NOUN}|apologi[sz]es?\s+for\s+(?:the|its|our|this|these|those)\s+(?:[\w-]+\s+){0,2}?${PIECE}\b|apologi[sz]es?\b[^.]{0,160}?\b(?:in\s+respect\s+of|over)\s+(?:the|its|our|this|that|these|those)\s+(?:[\w-]+\s+){0,2}?(?:${PIECE}|publications?)\b)`,
      'u',
    ),
    kind: 'correction',
  },
  // "The Australian unreservedly apologises to the Treasurer and to its readers for publishing these
  // claims", "The Gleaner deeply regrets the assertions … in the publication of the letter": any name
  // (not only the words OUTLET_WORD knows) apologising for, or regretting, what it published.
  {
    name: 'name-apologises-for-publishing',
    pattern:
      /^(?:[Tt]he\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){1,4}(?:also\s+)?(?:\w+ly\s+)?(?:apologi[sz]es\s+(?:to\s+[^.]{1,100}?\s+)?for|regrets\s+(?:[^.]{1,100}?\s+)?(?:for|in))\s+(?:publishing|having\s+published|printing|the\s+publication\s+of)\b/u,
    kind: 'correction',
  },
  // "Rolling Stone regrets the error.", "Salon and Rolling Stone regret the errors.", "NewsDay regrets
  // the error and apologises to the minister.": a name regretting an error, the
  // whole sentence — any outlet's name, not only the words OUTLET_WORD knows.
  {
    name: 'name-regrets-the-error',
    pattern: new RegExp(
      String.raw`^(?:[Tt]he\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){1,4}(?:(?:and|&)\s+(?:[Tt]he\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){1,4}(?:deeply\s+|sincerely\s+|greatly\s+)?(?:regret|apologi[sz]e\s+for)|(?:deeply\s+|sincerely\s+|greatly\s+)?(?:regrets|apologi[sz]es\s+for))\s+(?:the|this|that|these|any|its)\s+(?:[\w-]+\s+)?${ERROR_NOUN}(?:\s+caused)?(?:\s+and\s+(?:\w+ly\s+)?apologi[sz]es\s+to\s+[^.]{1,100}?)?\s*\.?$`,
      'u',
    ),
    kind: 'correction',
  },
  // "The Star-Telegram incorrectly reported Friday that …": a paper's own erroneous report, dated or
  // placed in a piece (someone's false statement in news prose is not dated this way); "The …" or a
  // name OUTLET_WORD knows, not a person's ("Smith erroneously reported Friday …").
  {
    name: 'name-reported-in-error',
    pattern: new RegExp(
      String.raw`^(?:The\s+(?:[A-Z][\w.&'\u2019-]*\s+){1,4}|(?:[A-Z][\w.&'\u2019-]*\s+){0,3}${OUTLET_WORD}\s+)(?:incorrectly|erroneously|wrongly|mistakenly)\s+(?:reported|stated|said|identified|described|listed|named|wrote)\s+(?:on\s+)?(?:${CAPITALISED_DAY}|${CAPITALISED_MONTH}\.?\s+\d|\d{1,2}\s+${CAPITALISED_MONTH}|yesterday|last\s+week|in\s+(?:an?|its|the)\s+(?:\w+\s+)?${PIECE})\b`,
      'u',
    ),
    kind: 'correction',
  },
  // "We apologize to anyone who was affected by the story": a note to readers about a piece, not a
  // correction of its words.
  {
    name: 'we-apologise-to-those-affected',
    pattern: new RegExp(
      String.raw`\bwe\s+(?:\w+ly\s+)?apologi[sz]e\s+(?:\w+ly\s+)?to\s+(?:anyone|everyone|those|all)\b[^.]{0,80}?\b(?:the|this|our)\s+${ANY_WORDS(1)}${PIECE}\b`,
      'iu',
    ),
    kind: 'editors-note',
  },
  // "a factual error in my series", "this unintentional error in our report": the error is in our piece.
  {
    name: 'error-in-our-piece',
    pattern: new RegExp(String.raw`(?<!\bno\s+(?:[\w-]+\s+)?)\b(?:errors?|mistakes?|inaccurac(?:y|ies)|typos?)\s+in\s+(?:this|our|my)\s+${ANY_WORDS(2)}${PIECE}\b`, 'iu'),
    kind: 'correction',
  },
  // "The name … was corrected from the originally misspelled …"
  {
    name: 'corrected-from-original',
    pattern: /\b(?:was|were|has\s+been|have\s+been)\s+(?:corrected|changed|amended)\s+from\s+(?:the\s+|an?\s+)?(?:original(?:ly)?|earlier|previous(?:ly)?|incorrect(?:ly)?|wrong(?:ly)?|misspelled|misspelt|erroneous(?:ly)?)\b/iu,
    kind: 'correction',
  },
  // "A few typos have been corrected": typos are a text's own.
  {
    name: 'typos-corrected',
    pattern:
      /^(?:an?\s+(?:few\s+)?|some\s+|several\s+|two\s+|three\s+|minor\s+|the\s+)?(?:[\w-]+\s+)?(?:typos?|typographical\s+errors?|spelling\s+(?:errors?|mistakes?)|misspellings?)\s+(?:have|has|were|was)\s+(?:(?:now|since)\s+)?(?:been\s+)?(?:corrected|fixed|amended)\b/iu,
    kind: 'correction',
  },
  // "On February 2 the ABC News channel incorrectly identified …": the outlet's own error, dated.
  {
    name: 'dated-outlet-erred',
    pattern: new RegExp(
      String.raw`^On\s+(?:${CAPITALISED_DAY}\s+)?(?:${CAPITALISED_MONTH}\.?\s+\d{1,2}|\d{1,2}\s+${CAPITALISED_MONTH}|${CAPITALISED_DAY})\b[^,]{0,20},?\s+(?:the\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){0,4}${OUTLET_WORD}(?:\s+(?:channel|network|website|programme|program|bulletin))?\s+(?:incorrectly|erroneously|wrongly|mistakenly|inaccurately)\s+\w+`,
      'u',
    ),
    kind: 'correction',
  },
  // "Reuters is withdrawing a March 4 story", "As a result, USA TODAY removed 11 articles … for not
  // meeting our standards" (the simple past only with the outlet speaking as "we"/"our").
  {
    name: 'outlet-is-removing',
    pattern: new RegExp(
      String.raw`${OUTLET_NAMED}(?:is|are)\s+(?:\w+ly\s+)?(?:withdrawing|retracting|removing|deleting|unpublishing|killing|correcting|amending|updating)\s+(?:the|this|its|their|an?|\d+|two|three|several)\s+${ANY_WORDS(2)}${PIECE}\b`,
      'u',
    ),
    kind: null,
  },
  {
    name: 'outlet-removed-ours',
    pattern: new RegExp(
      String.raw`${OUTLET_NAMED}(?:\w+ly\s+)?(?:removed|deleted|withdrew|retracted|unpublished|pulled|took\s+down)\s+(?:the|this|its|their|an?|\d+|two|three|several)\s+${ANY_WORDS(2)}${PIECE}\b[^.]{0,120}?\b(?:our|we|us)\b`,
      'u',
    ),
    kind: null,
  },
  // "The authors wish to retract this article", "we are retracting this paper"
  // "… and hereby retract the said story": the performative "hereby", or the piece as "the said story".
  {
    name: 'retract-this-piece',
    pattern: new RegExp(String.raw`\bretract(?:s|ed|ing)?\s+(?:this|our|the\s+said)\s+(?:\w+\s+)?${PIECE}\b|\bhereby\s+retracts?\s+(?:the|this|our|its)\s+(?:\w+\s+)?${PIECE}\b`, 'iu'),
    kind: 'retraction',
  },
  // "We … apologise … and retract the article in its entirety", "we hereby retract it in its entirety":
  // the outlet retracting, in the first person (not asking someone else to: "We demand that the paper
  // retract …", "we asked them to retract …").
  // "… and we withdraw it", "We retract it", "we hereby withdraw the article": the outlet, now.
  {
    name: 'we-retract-it',
    pattern: new RegExp(String.raw`\b(?:we|I)\s+(?:hereby\s+|now\s+|therefore\s+|unreservedly\s+|also\s+)?(?:retract\s+(?:it|them|(?:the|this|our)\s+(?:\w+\s+)?${OWN_PIECE})|withdraw\s+(?:(?:the|this|our)\s+(?:\w+\s+)?${OWN_PIECE}|it\s+(?:fully|entirely|in\s+(?:its|their)\s+entirety|unreservedly|from\s+(?:our|the)\s+(?:web\s*site|site|archives?))))\b|\band\s+(?:we\s+)?(?:hereby\s+)?(?:retract|withdraw)\s+it(?:\s+(?:fully|entirely|unreservedly))?\s*\.?$`, 'iu'),
    kind: 'retraction',
  },
  {
    name: 'we-retract-in-entirety',
    pattern: new RegExp(
      String.raw`\b(?:we|I)\b(?:(?!\b(?:demand|ask|call|urg|request|want|expect|insist|that|them|they|him|her)\w*\b)[^.]){0,140}?(?<!\bto\s)\b(?:hereby\s+)?retract(?:s|ed)?\s+(?:it|them|the\s+(?:said\s+)?(?:\w+\s+)?${PIECE})\s+in\s+(?:its|their)\s+entirety\b|\bhereby\s+retracts?\s+(?:it|them)\b`,
      'iu',
    ),
    kind: 'retraction',
  },
  // An outlet owning its lapse in the first person: "We failed to thoroughly verify the allegations
  // … before publication", "we did not verify the information with the groups" (a press council's
  // "the newspaper failed to verify" is third person and not this row).
  {
    name: 'we-failed-to-verify',
    pattern:
      /^(?:[^.]{0,120}\b)?(?:[Ww]e|I)\s+(?:also\s+)?(?:acknowledge\s+that\s+we\s+)?(?:\w+ly\s+)?(?:failed\s+to|did\s+not|didn['\u2019]t|neglected\s+to)\s+(?:\w+ly\s+)?(?:verify|check|confirm|corroborate|fact-?check)\b/u,
    kind: 'correction',
  },
  // "apologize if in any way we misled readers", "we may have misled our readers".
  { name: 'we-misled-readers', pattern: /\b(?:we|I)\s+(?:may\s+|might\s+)?(?:have\s+)?(?:\w+ly\s+)?misled\s+(?:our\s+|the\s+)?(?:readers|viewers|listeners|audience)\b/iu, kind: 'correction' },
  // "… named a “living treasure”, not — as was published — a “living treasurer”", "not 1998 as we
  // reported": the printed error set against the fact (not "as was reported", someone else's).
  {
    name: 'not-as-we-published',
    pattern:
      /\bnot\b[^.;]{1,80}?\bas\s+(?:was\s+(?:\w+ly\s+)?(?:published|printed)|we\s+(?:had\s+)?(?:\w+ly\s+)?(?:published|printed|reported|stated|wrote|said))\b/iu,
    kind: 'correction',
  },
  // A printing mix-up told by the editor: "it has been published with two pages from another paper …
  // someone at the print centre mixed up the plates … I sincerely apologise".
  {
    name: 'printing-mix-up',
    pattern:
      /\b(?:published|printed)\s+with\s+(?:\w+\s+)?(?:pages?|plates?|sections?)\s+(?:from|of|belonging\s+to)\s+(?:another|a\s+different|the\s+wrong)\b|\bmixed\s+up\s+the\s+(?:plates|pages)\b|\bwrong\s+(?:plates|pages)\s+(?:were|was)\s+(?:used|printed)\b/iu,
    kind: 'correction',
    needs: /\b(?:I|we)\s+(?:\w+ly\s+)?(?:apologi[sz]e|regret|are\s+sorry|am\s+sorry)\b/iu,
  },
  // "A post appeared here … that was not intended for publication"
  {
    name: 'not-meant-for-publication',
    pattern: /\bnot\s+(?:intended|meant)\s+(?:for\s+publication|to\s+be\s+(?:published|posted))\b/iu,
    kind: 'retraction',
    needs: /\b(?:appeared|posted|published)\s+here\b|\b(?:this|our|my)\s+(?:site|page|blog|website|column|newsletter)\b/iu,
  },
  // "The Irish Times accepts that … the article was false", "The Post acknowledges that …"
  {
    name: 'outlet-accepts',
    pattern: new RegExp(String.raw`${OUTLET_SUBJECT}(?:now\s+|fully\s+)?(?:accepts|acknowledges)\s+that\b`, 'u'),
    kind: null,
  },
  // "iMediaEthics re-worded a caption for …": captions are the outlet's own (not "The museum corrected
  // the caption").
  {
    name: 'caption-reworded',
    pattern: /^(?!the\b)[^,]{0,60}?\b(?:re-?worded|corrected|amended|clarified|fixed)\s+(?:a|the|this|its|our)\s+(?:photo\s+)?caption\b/iu,
    kind: null,
  },
  // "The ABC wishes to clarify that …", "The Herald would like to make clear …"
  {
    name: 'outlet-wishes-to-clarify',
    pattern: new RegExp(
      String.raw`${OUTLET_NAMED}(?:wishes|wish|would\s+like|is\s+happy|are\s+happy)\s+to\s+(?:clarify|make\s+(?:it\s+)?clear|correct|point\s+out|apologi[sz]e|(?:offer|express|extend)\s+(?:a\s+|an\s+|this\s+|its\s+|our\s+)?(?:[\w-]+\s+)?(?:clarification|correction|apology|apologies|regret))\b`,
      'u',
    ),
    kind: null,
  },
  // "The ABC has deleted the YouTube video", "The Herald has corrected the online version", "The
  // Daily News retracts a bogus item published …". In the present perfect the piece is named as
  // known (the, this, its): an outlet that "has taken down an article originally published on …"
  // is news about that outlet, a lede that introduces the piece, not a notice on it.
  {
    name: 'outlet-removed',
    pattern: new RegExp(
      String.raw`${OUTLET_SUBJECT}(?:(?:(?:has|have)\s+(?:since\s+|now\s+)?(?:deleted|removed|withdrawn|retracted|corrected|amended|updated|taken\s+down|unpublished))\s+(?:the|this|its|their)|(?:retracts|withdraws)\s+(?:the|this|its|their|an?))\s+${ANY_WORDS(2)}${PIECE}\b`,
      'u',
    ),
    kind: null,
  },
  // "Any reference to fracking was removed from the report", "was corrected in the online version"
  {
    name: 'changed-in-piece',
    pattern: new RegExp(
      String.raw`\b(?:was|were|has\s+been|have\s+been)\s+(?:removed|deleted|cut|corrected|amended|changed|clipped\s+out)\s+(?:from|in)\s+(?:the|this|our)\s+${ANY_WORDS(2)}${PIECE}\b`,
      'iu',
    ),
    kind: null,
  },
  // "Harrisburg is the capital, not Philadelphia as incorrectly stated …", "… not a Conservative peer as we suggested"
  {
    name: 'not-as-wrongly-stated',
    pattern:
      /\bnot\s+[^.;]{1,80}?,?\s+as\s+(?:(?:was|it\s+was|had\s+been)\s+)?(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:stated|reported|said|described|written|published|printed|claimed|suggested|given|shown|listed)\b|\b(?:not|never)\s+[^.;]{1,80}?,?\s+as\s+we\s+(?:had\s+it|said|stated|suggested|reported|wrote|described|claimed|implied|had|thought)\b/iu,
    kind: 'correction',
  },
  {
    name: 'contrary-to-what-was-written',
    pattern: /\b(?:contrary|in\s+contrast)\s+to\s+what\s+(?:was|we|it|had\s+been)\s+(?:\w+\s+)?(?:written|reported|stated|said|published|claimed)\b/iu,
    kind: 'correction',
  },
  // "a reporter misspoke during a live cross", "our correspondent incorrectly said"
  {
    name: 'staff-misspoke',
    pattern:
      /\b(?:(?:a|our|the|one\s+of\s+our)\s+(?:\w+\s+)?(?:reporter|correspondent|presenter|host|anchor|journalist|columnist|commentator|newsreader|narrator|announcer)s?|(?:our|one\s+of\s+our)\s+(?:\w+\s+)?(?:contributor|guest|panell?ist|pundit)s?)\s+(?:misspoke|misstated|misidentified|misquoted|misspelled|(?:incorrectly|wrongly|mistakenly|erroneously)\s+\w+)\b/iu,
    kind: 'correction',
  },
  // "The Royal Zoo has asked us to clarify …"
  {
    name: 'asked-us-to-clarify',
    pattern:
      /\b(?:asked|requested)\s+us\s+to\s+(?:clarify|make\s+(?:it\s+)?clear)\b|\bwe\s+(?:have\s+been|were|are)\s+asked\s+(?:by\s+[^.]{1,60}?\s+)?to\s+(?:clarify|make\s+(?:it\s+)?clear)\b/iu,
    kind: 'clarification',
  },
  // "We have been asked to point out that the budget is …" (the wording decides the kind)
  {
    name: 'asked-us-to-point-out',
    pattern:
      /\b(?:asked|requested)\s+us\s+to\s+(?:correct|point\s+out|note|explain|state)\b|\bwe\s+(?:have\s+been|were|are)\s+asked\s+(?:by\s+[^.]{1,60}?\s+)?to\s+(?:correct|point\s+out|note|state)\b/iu,
    kind: null,
  },
  // "We are happy to make clear …", "We would like to clarify …"
  {
    name: 'we-make-clear',
    pattern:
      /\bwe\s+(?:(?:are|'re|would\s+like|wish|want|need)\s+(?:happy\s+|glad\s+|pleased\s+)?to|should|must)\s+(?:make\s+(?:it\s+|this\s+)?clear|clarify)\b/iu,
    kind: 'clarification',
  },
  // "We did not make it clear that …", "we failed to disclose …": the outlet owning an omission (the
  // wording decides the kind).
  {
    name: 'we-did-not-make-clear',
    pattern:
      /\bwe\s+(?:did\s+not|didn['\u2019]t|failed\s+to|neglected\s+to)\s+(?:make\s+(?:it\s+|this\s+)?clear|clarify|disclose|mention|note|include|credit|explain)\b/iu,
    kind: null,
  },
  // "Okay, we accept that it wasn't the trade minister who said …": the outlet conceding a fact.
  {
    name: 'we-concede-it-was-not',
    pattern:
      /\bwe\s+(?:now\s+|freely\s+|happily\s+|fully\s+)?(?:accept|concede|admit|acknowledge)\s+(?:that\s+)?(?:it|this|that|he|she|they)\s+(?:was\s+not|wasn['\u2019]t|were\s+not|weren['\u2019]t|did\s+not|didn['\u2019]t|had\s+not|hadn['\u2019]t|never)\b/iu,
    kind: 'correction',
  },
  // "We now accept that any such suggestion is absolutely untrue and that …": the outlet taking back
  // every such allegation, whole — a retraction ("we accept that these allegations are unfounded",
  // of a column's words, is a correction).
  {
    name: 'we-accept-allegation-untrue',
    pattern:
      /\bwe\s+(?:now\s+|fully\s+|unreservedly\s+)?(?:accept|acknowledge|recogni[sz]e|concede)\s+that\s+any\s+(?:such\s+)?(?:suggestions?|allegations?|claims?|imputations?|assertions?|accusations?)\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:untrue|false|unfounded|baseless|without\s+(?:any\s+)?foundation|groundless)\b/iu,
    kind: 'retraction',
  },
  // "We are happy to set the record straight", "We would like to correct …" (the wording decides)
  {
    name: 'we-set-record-straight',
    pattern: /\bwe\s+(?:are|'re|would\s+like|wish|want)\s+(?:happy\s+|glad\s+|pleased\s+)?to\s+(?:correct|set\s+the\s+record\s+straight|point\s+out)\b/iu,
    kind: null,
  },
  // Wire kill and withdrawal advisories: "Please kill the story …", "A kill is mandatory."
  {
    name: 'kill-the-story',
    pattern:
      /\b(?:please\s+)?(?:kill|withdraw|eliminate|disregard)\s+(?:the|this)\s+(?:story|item|report|photo|video|advisory|graphic)\b|\bplease\s+(?:kill|withdraw|eliminate)\s+(?:story|item)\s+\S|\ba\s+kill\s+is\s+mandatory\b|^mandatory\s+kill\b|^kill\s+(?:is\s+)?mandatory\b/iu,
    kind: 'retraction',
  },
  // "This is a corrected version of a story first published on …"
  {
    name: 'corrected-version-of',
    pattern: /\b(?:this|here)\s+is\s+an?\s+(?:corrected|updated|amended|revised|clarified|refiled)\s+version\b/iu,
    kind: null,
  },
  // Reuters/AP: "This version corrects the spelling of …", "This version of the story adds …"
  {
    name: 'this-version-corrects',
    pattern:
      /^this\s+(?:version|story|article|item|report)\s+(?:of\s+(?:the|this)\s+\w+\s+)?(?:corrects|clarifies|updates|amends|removes|adds|fixes|replaces|changes|restores|deletes|withdraws|refiles|recasts)\b/iu,
    kind: null,
  },
  // "Due to an editing error, …", "Because of a production error …", "An editing error wrongly
  // identified …": only the outlet speaks of its own editing.
  {
    name: 'own-editing-error',
    pattern:
      /\b(?:because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of|through)\s+(?:an?|the)\s+(?:editing|reporting|production|editorial|typographical|transcription|translation|copy(?:-?editing)?|layout|photo|graphics|technical|production)\s+(?:error|mistake|glitch)\b|^(?:an?|the)\s+(?:editing|production|editorial|typographical|layout|copy(?:-?editing)?|sub-?editing|headline-writing)\s+(?:error|mistake|glitch)\b/iu,
    kind: null,
  },
  // "This article contains corrections.", "This story includes an update."
  {
    name: 'piece-carries-notice',
    pattern: new RegExp(String.raw`\b(?:this|our)\s+${ANY_WORDS(1)}${PIECE}\s+(?:contains|includes|has|carries)\s+(?:an?\s+|several\s+)?(?:corrections?|clarifications?|updates?|editor['\u2019]?s\s+note)\b`, 'iu'),
    kind: null,
  },
  // "In yesterday's editorial, '…', we said it was possible …": the outlet citing its own piece by
  // its day and saying what it said (the facts follow).
  {
    name: 'in-our-day-piece-we-said',
    pattern: new RegExp(
      String.raw`^in\s+(?:yesterday|today|last\s+(?:week|month|${DAYNAME})|${DAYNAME})['\u2019]s\s+${ANY_WORDS(3)}${PIECE}\b.{0,160}?\bwe\s+(?:\w+ly\s+)?(?:said|stated|reported|wrote|described|suggested|claimed|called|referred)\b`,
      'iu',
    ),
    kind: null,
    needs: /[.!?]["'\u201D\u2019)\]]*\s+["'\u201C\u2018(]?[A-Z0-9][\s\S]{8,}$/u,
  },
  // "The attention of the Ghana News Agency has been drawn to a news story it carried on March 2",
  // "Our attention has been drawn to an article we published …": the outlet told of its own piece.
  {
    name: 'attention-drawn-to-our-piece',
    pattern: new RegExp(
      String.raw`\b(?:our|the)\s+attention\s+(?:of\s+[^.]{1,80}?\s+)?(?:has|had|was)\s+(?:been\s+)?(?:drawn|called|brought)\s+to\s+(?:an?|the|our)\s+(?:[\w-]+\s+){0,2}?${PIECE}\s+(?:(?:that|which)\s+)?(?:it|we)\s+(?:\w+ly\s+)?(?:carried|published|ran|posted|printed|aired|broadcast|distributed)\b`,
      'iu',
    ),
    kind: 'correction',
  },
  // "This daily apologises to its readers", "This newspaper regrets …": the outlet naming itself as
  // "this paper" (a report names another paper "the paper").
  {
    name: 'this-outlet-apologises',
    pattern:
      /^(?:(?:however|therefore|accordingly),?\s+)?this\s+(?:news)?(?:paper|daily|publication|website|site|magazine|channel|station|network|agency|portal|weekly)\s+(?:\w+ly\s+)?(?:apologi[sz]es|regrets|retracts|withdraws|apologi[sz]ed|regretted|retracted|withdrew)\b/iu,
    kind: 'correction',
  },
  // "NewsDay retracted an article published on its website on March 6 … We have established …": any
  // name (not only the words OUTLET_WORD knows) taking its own piece back, in the simple past, in a
  // paragraph where "we" own the facts or the apology — a report of another outlet's retraction does
  // not ("Daily Guide, a private newspaper …, has retracted a story titled …"), nor a platform
  // removing a post in a story whose reporters "contacted" it.
  {
    name: 'name-retracted-with-we',
    pattern: new RegExp(
      String.raw`^(?:[Tt]he\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){0,3}[A-Z][\w.&'\u2019-]*\s+(?:\w+ly\s+)?(?:retracted|withdrew|removed|deleted|unpublished|took\s+down)\s+(?:an?|the|its|this)\s+${ANY_WORDS(2)}${PIECE}\b[^.]{0,40}?\b(?:published|posted|carried|ran|run|printed|aired)\b[^.]{0,40}?\b(?:its|our)\b`,
      'u',
    ),
    kind: 'retraction',
    needs:
      /(?:^|[.!?]\s+)(?:we|our)\b[^.]{0,80}?\b(?:established|learn[et]|found|accept|acknowledge|apologi[sz]e|regret|erred|retract|take\s+this\s+opportunity)\w*/iu,
  },
  // "GhanaWeb wishes to render an unqualified apology to the Electoral Commission for publishing …":
  // any name offering its apology for what it published.
  {
    name: 'name-offers-apology-for-publishing',
    pattern:
      /^(?:[Tt]he\s+)?(?:[A-Z][\w.&'\u2019-]*\s+){1,4}(?:wishes|would\s+like|wants)\s+to\s+(?:render|offer|extend|express|tender|issue)\s+(?:an?|its|their|our)\s+(?:[\w-]+\s+)?apolog(?:y|ies)\s+(?:to\s+[^.]{1,100}?\s+)?for\s+(?:publishing|having\s+published|printing|running|the\s+publication\s+of)\b/u,
    kind: 'correction',
  },
  // "It has come to the editor's attention that …"
  {
    name: 'come-to-attention',
    pattern:
      /^(?:(?:however|but|since\s+then|subsequently),?\s+)?it\s+has\s+(?:since\s+)?(?:been\s+brought|come)\s+to\s+(?:the\s+)?(?:(?:editors?['\u2019]?s?|our)\s+(?:attention|notice|knowledge)\b|attention\s+of\s+(?:the\s+)?(?:editors?\b|[A-Z]))/iu,
    kind: 'correction',
  },
  // Guardian headline form: "<headline> was amended to make clear …", "… was corrected because the original said …"
  {
    name: 'amended-to-clarify',
    pattern: /\b(?:was|were|has\s+been|have\s+been)\s+(?:amended|corrected|changed|updated|edited)\s+(?:on\s+[^.]{1,40}?\s+)?to\s+(?:clarify|make\s+(?:it\s+)?clear)\b/iu,
    kind: 'clarification',
    needs: /\b(?:article|story|original|headline|version|piece|post|report|column)\b/iu,
  },
  {
    name: 'amended-to-correct',
    pattern:
      /\b(?:was|were|has\s+been|have\s+been)\s+(?:amended|corrected|changed|updated|edited)\s+(?:on\s+[^.]{1,40}?\s+)?(?:to\s+(?:correct|clarify|make\s+(?:it\s+)?clear|fix|remove\s+an?\s+(?:error|reference))|because\s+the\s+original)\b/iu,
    kind: null,
    needs: /\b(?:article|story|original|headline|version|piece|post|report|column)\b/iu,
  },
  // A regulator's adjudication the outlet publishes as its own item: "IPSO required The Jewish
  // Chronicle to publish this adjudication to remedy the breach" — "this" is the item itself (a
  // report of a ruling says "its ruling", "the adjudication"). It speaks for the whole item
  // (WHOLE_ITEM_RULES).
  {
    name: 'this-adjudication-published',
    pattern:
      /\bto\s+(?:publish|print|carry)\s+this\s+(?:[\w-]+\s+)?(?:adjudication|ruling|decision|correction|statement\s+of\s+correction)\b|\bthis\s+(?:adjudication|ruling|decision)\s+(?:is|has\s+been)\s+(?:being\s+)?published\s+(?:by|at\s+the\s+(?:direction|request)\s+of|as\s+required)\b/iu,
    kind: 'correction',
  },
  // A writer's own verdict on an own piece: "Accordingly, a correction is in order." (with the writer
  // in the first person, not someone telling "your" paper).
  {
    name: 'a-correction-is-in-order',
    pattern: /\b(?:a|this|an)\s+(?:correction|clarification|retraction|apology)\s+is\s+(?:therefore\s+|clearly\s+)?(?:in\s+order|due|warranted|owed)\b/iu,
    kind: null,
    needs: /^(?![\s\S]*\byour\b)[\s\S]*\b(?:my|our|I|we)\b/u,
  },
  // "We ran a correction on Page Two today, but did not have room for the two photos …": the outlet
  // telling of its own correction, with what it adds here.
  {
    name: 'we-ran-a-notice',
    pattern: /\bwe\s+(?:ran|published|printed|posted|issued|carried)\s+an?\s+(?:correction|clarification|retraction)\s+(?:on|in)\s+(?:page|today|yesterday|our|the\s+(?:paper|print|newspaper))\b/iu,
    kind: null,
  },
  // A notice naming itself: "This clarification was printed at Hollister & Moss's request.", "This
  // correction has been issued following a complaint."
  {
    name: 'this-notice-printed',
    pattern: /\bthis\s+(?:correction|clarification|apology|retraction)\s+(?:was|is|has\s+been)\s+(?:being\s+)?(?:printed|published|issued|made|run|posted|added|appended)\b/iu,
    kind: null,
  },
  // Last: the rows above name a notice more precisely when they hold.
  // The outlet or its writer owning an error in the first person, in plain words: "In editing the
  // copy, I made a serious error in …", "We stand corrected.", "We messed up.", "Our bad". Only with
  // the paragraph about a piece or a publishing act (a columnist's "I made a mistake when I sold the
  // house" is a life, not a notice).
  {
    name: 'we-owned-an-error',
    pattern:
      /\b(?:we|I)\s+(?:have\s+|had\s+)?(?:(?:clearly|badly|really|simply|plainly)\s+)?(?:made\s+(?:an?\s+|two\s+|several\s+|some\s+)?(?:(?:serious|terrible|grave|big|bad|unfortunate|embarrassing|careless|factual|editing|honest|inexcusable)\s+)?(?:errors?|mistakes?|blunders?)\b|messed\s+up|screwed\s+up|goofed|blew\s+it|stand\s+corrected)|\bour\s+bad\b/iu,
    kind: 'correction',
    // Not a piece written for someone else ("In a piece I wrote for a national daily's website, I made a mistake").
    needs: new RegExp(
      String.raw`^(?![\s\S]*\bfor\s+(?:an?|another|the)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:website|site|newspaper|paper|daily|magazine|outlet|publication|blog|journal)\b)[\s\S]*?(?:\b(?:our|my|the|this|that)\s+(?:[\w'\u2019-]+\s+){0,3}?${PIECE}\b|\b(?:report(?:ed|ing)|publish(?:ed|ing)|print(?:ed|ing)|wrote|writing|edit(?:ed|ing)|quot(?:ed|ing)|identif\w+|broadcast|aired|apologi[sz]\w*|sorry|regret\w*)\b)`,
      'iu',
    ),
  },
  // Editors and publishers retracting in their own voice: "The Editor and Publisher of the journal
  // wish to retract the published article", "We have decided to retract this paper".
  {
    name: 'we-wish-to-retract',
    pattern:
      /\b(?:we|I|(?:the\s+)?(?:editors?(?:[\s-]in[\s-]chief)?|publishers?|authors?)(?:\s+and\s+(?:the\s+)?(?:editors?|publishers?|authors?))?(?:\s+of\s+(?:the|this)\s+\w+)?)\s+(?:wish(?:es)?\s+to|have\s+decided\s+to|has\s+decided\s+to|hereby)\s+retracts?\s+(?:the|this|our|its)\s+(?:published\s+|above\s+|following\s+)?(?:article|paper|study|manuscript|stor(?:y|ies)|report|piece|item)s?\b/iu,
    kind: 'retraction',
  },
  // A journal's retraction note in its own forms: "The above article in the Journal of …, published
  // online on …, has been retracted by agreement between the authors, …"; "The journal and Chief
  // Editors retract the 4 March 2021 article cited above"; "This retraction was approved by the
  // Chief Editors …"; "the retraction has been agreed on as …"; "Therefore, the article must be
  // retracted." (the note's own conclusion, not someone's demand).
  {
    name: 'journal-retraction-note',
    pattern:
      /\bthe\s+above\s+(?:article|paper|study|item)\b[\s\S]{0,300}?\b(?:has|have)\s+been\s+retracted\b|\bretract\s+the\s+(?:[\w-]+\s+){0,4}(?:article|paper|study)\s+cited\s+above\b|\b(?:this|the)\s+retraction\s+(?:was|has\s+been)\s+(?:approved|agreed)\b|^(?:therefore|accordingly|consequently|as\s+a\s+result),?\s+(?:this|the)\s+(?:article|paper|study)\s+(?:must|has\s+to|will)\s+be\s+retracted\b/iu,
    kind: 'retraction',
  },
];

/**
 * A paragraph that tells how a correction came to be run ("A reader pointed out that he was in the
 * Navy. A correction ran, but more than 10 weeks later.", "… But it was nearly three weeks before The
 * Post printed a correction."): an account of corrections — an ombudsman's, a critic's — not a
 * notice, whatever its other sentences say. A notice does not narrate its own running.
 */
export const NARRATES_A_CORRECTION =
  /(?:^|[.!?]\s+|,\s+)(?:but\s+)?(?:a|the)\s+(?:print\s+|formal\s+)?correction\s+(?:finally\s+)?(?:ran|appeared|was\s+(?:printed|run|published)|(?:is|was)\s+(?:an?\s+(?:[\w-]+\s+){0,2}(?:item|note|notice|paragraph|box|line)\s+)?(?:printed|published|run|placed|buried|tucked)\s+(?:today\s+|yesterday\s+|\w+day\s+)?(?:on|in|at)\s+(?:page|p\.|the\s+(?:back|bottom|inside)))\b|\bit\s+was\s+[^.]{1,40}\bbefore\s+(?:the\s+\w+|[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})\s+(?:printed|ran|published|issued)\s+(?:a|its)\s+correction\b/iu;

/**
 * Sentences that do not say what happened to this article, whatever else they contain: rules and
 * possibilities ("If a story has been updated …", "A post will be labelled …"), and reports of
 * someone else's notice ("The newsletter issued a correction after misidentifying …").
 */
export const NOT_ABOUT_THIS_ARTICLE: Row[] = [
  // A platform removing someone's post ("Another of my posts has been removed because the platform
  // judged it to breach its community standards"): a moderation decision, not a publisher's notice.
  {
    name: 'platform-removal',
    pattern:
      /\b(?:removed|taken\s+down|deleted|blocked|suspended|hidden)\b[^.]{0,60}?\b(?:because|after|for|as|by)\b[^.]{0,60}?\b(?:the\s+platform|community\s+(?:standards|guidelines)|terms\s+of\s+(?:service|use))\b/iu,
  },
  // A corrections policy in the future tense: "Any corrections will be shown clearly at the start of an article".
  { name: 'any-corrections-will', pattern: /^any\s+(?:corrections?|errors?|changes|updates|amendments)\s+(?:will|shall|would|must|are|is)\b/iu },
  // Someone asking a publication to correct ("she had contacted the publication to correct the
  // claims about her"): a request reported, not the correction made.
  {
    name: 'correction-request',
    pattern:
      /\b(?:contacted|asked|wrote\s+to|urged|called\s+on|petitioned|pressed)\s+(?:the|this|that)\s+(?:publication|paper|newspaper|outlet|site|website|magazine|broadcaster|editors?)\s+to\s+(?:correct|retract|remove|amend|clarify|withdraw|take\s+down|issue)\b/iu,
  },
  // A joke correction: "I erroneously referred to it as … when what I meant to say was …" (a
  // humour column's mock corrections; a notice states the fact, not what the writer meant).
  { name: 'what-i-meant', pattern: /\bwhat\s+I\s+(?:really\s+|actually\s+)?meant\s+(?:to\s+say\s+)?was\b/u },
  // A headline change told of a story ("The story's headline was corrected to read …"): a news
  // report about a past correction; our own notice says "this story" or "the headline of this story".
  {
    name: 'reported-headline-change',
    pattern: /^the\s+(?:story|article|report|piece)['\u2019]s\s+(?:headline|title)\s+was\s+(?:later\s+|subsequently\s+|quietly\s+)?(?:corrected|changed|amended|updated|altered)\b/iu,
  },
  { name: 'conditional', pattern: /^(?:if|when|whenever|where|wherever|unless|once|should)\b/iu },
  // A fact-check's verdict in the present tense: "The caption falsely claims the image shows …" (our
  // notices say what a piece said, in the past: "incorrectly stated").
  { name: 'fact-check-verdict', pattern: /\bfalsely\s+(?:claims|suggests|says|states|shows|implies|asserts|depicts|portrays|attributes|links)\b/iu },
  // Advice to others: "They should put an editor's note at the bottom …" (not "It should have said …")
  {
    name: 'recommendation',
    pattern:
      /^(?:they|you|newspapers?|editors?|outlets?|publications?|reporters?|journalists?|papers?|news\s+organi[sz]ations?)\s+(?:should(?!\s+have)|ought\s+to|must|need\s+to)\b/iu,
  },
  // A reader's letter: "I was astonished to be misquoted in last week's column" — the one wronged
  // speaks as "I"; the outlet owns its error as "we" or in the active voice ("I misquoted").
  {
    name: 'first-person-wronged',
    pattern:
      /(?:\bI\b|\b[Mm]e\b)[^.]{0,40}?\b(?:was|were|have\s+been|had\s+been|am|be|being)\s+(?:\w+ly\s+)?(?:mis(?:quot|represent|identif|nam|describ|characteri[sz]|attribut|understood|report)\w*|(?:wrongly|incorrectly|falsely|unfairly|inaccurately)\s+(?:quoted|described|portrayed|accused|named|identified|characteri[sz]ed|represented|reported|labell?ed))/u,
  },
  // "The Courier apologized to its readers on Tuesday after mistakenly running …": a report of
  // someone's apology (a notice apologises in the present, or as "we").
  {
    name: 'reports-an-apology',
    pattern:
      /^(?!(?:we|I)\b)[^.]{0,100}?\b(?:apologi[sz]ed|(?:has|have)\s+apologi[sz]ed)\b[^.]{0,100}?\bafter\b|^(?![^.]*\b(?:we|I|our)\b)[^.]{0,100}?\b(?:published|printed|ran|issued|carried|aired|broadcast)\s+(?:an?\s+)?(?:[\w-]+\s+){1,4}?apology\s+to\b/iu,
  },
  // "After publishing an inaccurate article on page 5, the Daily Express buried an apology …":
  // someone else's sequence of actions (ours would be "we").
  { name: 'after-someone-published', pattern: /^after\s+(?:publishing|running|printing|airing|broadcasting|posting)\b[^,]{0,140},\s+(?!(?:we|I)\b)/iu },
  // "The paper acknowledged that the original version of the article was inaccurate …": a
  // publication spoken of in the third person and the past tense is someone else's, reported.
  {
    name: 'a-publication-said',
    pattern:
      /^(?:but\s+|however,?\s+)?(?:the|that|another)\s+(?:\w+\s+)?(?:newspaper|paper|daily|tabloid|magazine|publication|outlet|broadcaster|network|station|channel|website|site|weekly)\s+(?:later\s+|also\s+|then\s+)?(?:acknowledged|admitted|conceded|accepted|said|argued|claimed|insisted|told|stated|maintained|explained|responded)\b/iu,
  },
  // A letter to the editor: "I am writing this letter to correct some misquotes …", "I refer to your
  // article …", "I wish to object …".
  {
    name: 'letter-to-the-editor',
    pattern: /^(?:I\s+(?:am|'m)\s+writing\s+(?:this\s+letter\s+|to\s+you\s+)?(?:to|in|about|regarding)\b(?!\s+(?:\w+ly\s+)?apologi[sz]e\b)|I\s+refer\s+to\s+your\b|I\s+wish\s+to\s+(?:object|complain|protest)\b)/u,
  },
  // Someone writing to the paper about its piece: "I trust that you will have this matter corrected
  // …", "… a correction in your next day's newspaper". An outlet never calls itself "you".
  {
    name: 'addresses-the-paper',
    pattern:
      /\bI\s+(?:trust|expect|ask|request|hope)\s+that\s+you\b|\byour\s+(?:next\s+day's\s+|next\s+|own\s+|daily\s+)?(?:newspaper|paper|editorial|columnist|reporter|publication)\b/iu,
  },
  // A paper spoken of in the third person publishing its correction: "Realising the story was
  // inaccurate, the paper then published a “correction and apology” on page 2" (ours is "we" or
  // "this newspaper").
  {
    name: 'the-paper-published-a-notice',
    pattern:
      /^[^.]{0,100}?\b(?:the|that)\s+(?:newspaper|paper|daily|tabloid|weekly)\s+(?:then\s+|later\s+|subsequently\s+|duly\s+|finally\s+|eventually\s+|quietly\s+)?(?:published|ran|printed|carried|issued|added|appended)\s+(?:a|an|its)\s+(?:QUOTE|correction|clarification|retraction|apology|erratum)\b/iu,
  },
  // A present-tense verdict on a piece by its title is a rebuttal: "Today's … article headlined
  // “…” is unfortunately misleading and false" (an outlet's own notice tells what the piece said).
  {
    name: 'titled-piece-is-false',
    pattern: new RegExp(String.raw`\b${PIECE}\s+(?:headlined|titled|entitled)\s+QUOTE\s+(?:is|are)\s+(?:\w+ly\s+)?(?:misleading|false|untrue|fake)\b`, 'iu'),
  },
  // A critic citing another outlet's piece under its name, undated: "A Politico story, “…”,
  // erroneously reported …". An outlet citing its own piece under its name dates or places it, as a
  // corrections column cites its edition ("A Canadian Press story published Friday", "A Free Press
  // headline Tuesday", "A McClatchy story on Page A12 on June 7").
  {
    name: 'others-named-piece',
    pattern: new RegExp(
      String.raw`^(?:[Ii]n\s+)?[Aa]n?\s+(?!${CAPITALISED_DAY}|${CAPITALISED_MONTH}|Page\b)(?:[A-Z][\w.&'\u2019-]*\s+){1,3}${PIECE}\b(?![^.]{0,40}?(?:\b(?:${CAPITALISED_MONTH}\.?\s+\d|\d{1,2}\s+${CAPITALISED_MONTH}|\d{4}|${CAPITALISED_DAY}|[Yy]esterday|[Tt]oday|[Ll]ast\s+(?:week|month|year|${CAPITALISED_DAY})|[Pp]age|[Pp]\.|editions?|issues?)\b))`,
      'u',
    ),
  },
  // A writer wronged by a paper: "a significant misprint of my writing occurred" (a columnist owning
  // a lapse says "an error in my column").
  {
    name: 'my-writing-mangled',
    pattern: /\b(?:misprint(?:ed|s)?|mangl\w+|distort\w+|garbl\w+|butcher\w+)\s+(?:of\s+)?my\s+(?:writing|words|text|article|column|piece|letter|op-?ed|essay)\b/iu,
  },
  // A critic blaming a paper's desk: "The sub-editor has put in a headline stating, incorrectly, …"
  { name: 'critic-blames-their-desk', pattern: /^(?:but\s+|and\s+)?the\s+(?:sub-?editor|headline\s+writer|copy\s*editor|night\s+editor|desk)\s+(?:has|had)\s+\w+/iu },
  // "The Express Tribune on Friday expressed regrets for erroneously claiming …": a report of
  // someone's apology (a notice apologises in the present, or as "we").
  {
    name: 'reports-expressed-regret',
    pattern:
      /^(?!(?:we|I)\b)[^.]{0,100}?\b(?:expressed|offered|issued|tendered|extended)\s+(?:its\s+|their\s+|his\s+|her\s+)?(?:\w+\s+)?(?:regrets?|apolog(?:y|ies))\s+(?:to\s+[^.]{1,60}?\s+)?for\b/iu,
  },
  // Routine, not this article: "we edited the story and issued a correction, as is our policy".
  { name: 'as-is-our-policy', pattern: /\bas\s+is\s+our\s+(?:usual\s+)?(?:policy|practice|custom)\b/iu },
  // Errors in general: "we regret any errors in news stories appearing on our site".
  {
    name: 'errors-in-general',
    pattern: /\b(?:regret|apologi[sz]e\s+for)\s+(?:any|all)\s+(?:errors?|mistakes?|inaccurac(?:y|ies))\s+in\s+(?:[\w-]+\s+)?(?:stories|articles|reports|pieces|items|posts)\b/iu,
  },
  // A news report's connective: "This comes after the charity … complained that the figures were
  // wrong", "It comes as …": what led to news, told by someone reporting it.
  { name: 'news-connective', pattern: /^(?:this|it|that|the\s+\w+)\s+comes?\s+(?:after|as|amid|weeks?|days?|months?)\b/iu },
  // A desk's rule: "Mistakes that do not change the meaning of a story … will carry the headline tag
  // REFILE" — what pieces will carry, not what this one did.
  { name: 'tagging-rule', pattern: /\bwill\s+(?:carry|get|receive|bear|be\s+given)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}(?:tags?|labels?|notes?|notices?|trashlines?|slugs?)\b/iu },
  // "The original article has vanished from the paper's website, as per the newspaper's practice of
  // replacing false text": a publication's site or practice in the third person is someone else's
  // (an outlet says "our website", or its own name).
  {
    name: 'a-publications-site',
    pattern:
      /\b(?:the|that|another)\s+(?:newspaper|paper|daily|tabloid|magazine|publication|outlet|broadcaster|network|station|website)['\u2019]s\s+(?:own\s+)?(?:web\s*site|site|practice|policy|habit|archives?|pages?|app|feed)\b/iu,
  },
  // A piece changed with no notice, told by a critic: "… and so has the article, though without any
  // note that it had been corrected or changed." A notice is the note.
  { name: 'changed-without-a-note', pattern: /\bwithout\s+(?:any|a|an)\s+(?:\w+\s+)?(?:note|notice|correction|acknowledg\w+|explanation|disclosure|indication)\b|\bno\s+(?:note|notice|indication)\s+(?:that|of)\b/iu },
  // A critic's adverb for another's edit: "… but was heavily revised later that day", "the paper
  // quietly edited the online version". A publisher does not say so of its own change.
  {
    name: 'critics-adverb-of-change',
    pattern: /\b(?:heavily|quietly|silently|stealthily|drastically|radically|dramatically|secretly)\s+(?:revised|edited|altered|changed|rewritten|rewrote|amended|updated|scrubbed|deleted|removed)\b/iu,
  },
  { name: 'modal-passive', pattern: /\b(?:will|can|may|might|must|shall)\s+(?:not\s+)?be\s+\w+(?:ed|en)\b/iu },
  // "… a line was added at the bottom of the story stating that an earlier headline was inaccurate"
  {
    name: 'describes-a-note-added',
    pattern:
      /\b(?:a|an|the)\s+(?:line|note|correction|notice|editor['\u2019]?s\s+note|disclaimer|clarification)\s+(?:was|were|has\s+been|had\s+been)\s+(?:added|appended|attached|placed|inserted)\b[^.]{0,80}?\b(?:stating|saying|noting|explaining|acknowledging|admitting)\b/iu,
  },
  {
    name: 'with-a-note-stating',
    pattern: /\bwith\s+(?:a|an)\s+(?:brief\s+|short\s+|terse\s+)?(?:note|editor['\u2019]?s\s+note|notice|statement)\s+(?:stating|saying|explaining|noting|admitting)\b/iu,
  },
  {
    name: 'reports-others-notice',
    pattern:
      /^(?!we\b)[^,]{0,60}?\b(?:issued|ran|published|posted|printed|appended|added|put\s+out)\s+(?:a|an)\s+(?:\w+\s+)?(?:correction|retraction|clarification|apology|editor['\u2019]?s\s+note)\b/iu,
  },
];

/** An edit said to clarify ("Updated to clarify that …", "amended to clarify"): under a correction label, still a correction. */
export const CLARIFYING_EDIT = /\b(?:updated|amended|changed|edited|revised|corrected)\s+to\s+clarify\b/iu;
