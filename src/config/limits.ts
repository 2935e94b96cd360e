// The bounds on what one feed, one page or one client may cost, as data: each is a config key
// under `limits:` with this default, and each is reported in one line when it is hit.

export interface Limits {
  /** Items read from one feed in one poll; the rest wait for a later poll (feeds list newest first). */
  itemsPerPoll: number;
  /** Articles kept per feed; the oldest beyond it are pruned with their versions. */
  articlesPerFeed: number;
  /** Warning lines kept per feed per run; the rest are counted in one summary line. */
  warningsPerFeed: number;
  /** Elements read from one page or feed body; the document is cut there before it is parsed. */
  pageElements: number;
  /** Nesting depth kept when a document is parsed; deeper tags are dropped, their text kept. */
  pageDepth: number;
  /** Paragraphs kept of one article. */
  paragraphsPerArticle: number;
  /** Characters of one sentence, and of one whole article, that the matcher reads. */
  matchSentenceChars: number;
  matchArticleChars: number;
  /** Evidence quotes shown per timeline event on a page, and rows per page of versions and corrections. */
  evidencePerEvent: number;
  rowsPerPage: number;
  /** Bytes of one rendered HTML page; past it the page is cut with a note. */
  pageBytes: number;
  /** Bytes of one line of an import file. */
  importLineBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  itemsPerPoll: 500,
  articlesPerFeed: 5000,
  warningsPerFeed: 50,
  pageElements: 20_000,
  pageDepth: 200,
  paragraphsPerArticle: 2000,
  matchSentenceChars: 2000,
  matchArticleChars: 200_000,
  evidencePerEvent: 10,
  rowsPerPage: 100,
  pageBytes: 2_000_000,
  importLineBytes: 32_000_000,
};

/** The limits of a config, with the defaults for what it does not set (tests build Configs by hand). */
export function limitsOf(config: { limits?: Partial<Limits> }): Limits {
  return { ...DEFAULT_LIMITS, ...config.limits };
}
