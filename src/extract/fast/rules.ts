// Readability's own signals (@mozilla/readability 0.6, Readability.js), as data: the fast path
// scores and cleans a page the way Readability would, so the two agree on the paragraphs. When
// Readability is upgraded, compare these tables with its REGEXPS and constants.

/** Class/id of an element dropped before scoring (unless it also looks like content). */
export const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
export const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;
export const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

export const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
export const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
export const BYLINE = /byline|author|dateline|writtenby|p-author/i;
export const SHARE = /(\b|_)(share|sharedaddy)(\b|_)/i;
export const AD_WORDS = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$/iu;
export const LOADING_WORDS = /^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;
export const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

/** Elements whose text Readability scores (divs that hold only phrasing content become <p>s). */
export const SCORED = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
/** A div holding one of these (at any depth) is not turned into a paragraph. */
export const DIV_TO_P = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
/** Text inside these counts as "text" for the no-useful-content rule. */
export const TEXTISH = new Set(['span', 'li', 'td', ...DIV_TO_P]);
/** Tags a joined sibling keeps; any other becomes a div (and may then be cleaned as one). */
export const KEPT_TAGS = new Set(['div', 'article', 'section', 'p', 'ol', 'ul']);

/** A candidate's starting score by tag (Readability's _initializeNode). */
export const TAG_SCORE: Readonly<Record<string, number>> = {
  div: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** Readability returns nothing (and retries looser) below this many characters. */
export const CHAR_THRESHOLD = 500;
/** Readability's JSON-LD article types. */
export const JSON_LD_ARTICLE =
  /^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$/;

/** Readability's class weight: ±25 each for class and id. */
export function classWeight(className: string, id: string): number {
  let w = 0;
  if (className) {
    if (NEGATIVE.test(className)) w -= 25;
    if (POSITIVE.test(className)) w += 25;
  }
  if (id) {
    if (NEGATIVE.test(id)) w -= 25;
    if (POSITIVE.test(id)) w += 25;
  }
  return w;
}

/** Readability's _textSimilarity: the share of B's words (by length) also in A. */
export function textSimilarity(a: string, b: string): number {
  const ta = a.toLowerCase().split(/\W+/).filter(Boolean);
  const tb = b.toLowerCase().split(/\W+/).filter(Boolean);
  if (ta.length === 0 || tb.length === 0) return 0;
  const uniq = tb.filter((t) => !ta.includes(t));
  return 1 - uniq.join(' ').length / tb.join(' ').length;
}
