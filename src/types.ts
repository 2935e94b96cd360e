// The values that travel between pipeline stages. Every stage takes and returns these; none of
// them knows about SQL, files or the network except the stage whose job that is.

// ---------------------------------------------------------------- config

import type { Limits } from './config/limits.js';
export type { Limits } from './config/limits.js';

export interface FeedConfig {
  id: string;
  name: string;
  /** http(s) URL, or a local file path (already resolved to an absolute path by config). */
  url: string;
  fullText: boolean;
  /**
   * The operator lets this feed's content (item links, redirects, re-checked pages) reach private,
   * loopback and other special addresses: an intranet feed whose articles live on another host.
   */
  allowPrivateLinks?: boolean;
}

export interface AgreementConfig {
  id: string;
  name: string;
  /** Country names as the user wrote them ("Japan", "UK", "United States"). */
  parties: string[];
  aliases: string[];
  /** Regular-expression sources (case-insensitive) for descriptive mentions. */
  patterns: string[];
  /** What kind of agreement it is (trade, defence, multilateral …), for reports and pages. */
  kind?: string;
}

export interface WebhookConfig {
  url: string;
  secret?: string;
  allowPrivateAddresses: boolean;
  attempts: number;
  timeoutSeconds: number;
}

export interface Config {
  /** The file the config came from (absolute), for error messages. */
  file: string;
  database: string;
  schedule: string;
  timezone: string;
  /** host: the address to listen on (127.0.0.1 when absent). */
  server: { host?: string; port: number; baseUrl: string };
  /** Bounds per feed, page and client (see config/limits.ts); the defaults when absent. */
  limits?: Partial<Limits>;
  fetch: { timeoutSeconds: number; maxBytes: number; concurrency: number; perHost: number; pipelining: number; feedBudgetSeconds: number };
  articles: { recheckForDays: number; minRecheckMinutes: number };
  /** Many workers on one PostgreSQL store (config/workers.ts); the defaults when absent. */
  workers?: { claimSeconds: number };
  /** Also publish an update for each new article that mentions a tracked agreement. */
  publishNewArticles: boolean;
  /** Extra names for countries: canonical country name -> more names ("Philippines": ["PH"]). */
  countryNames: Record<string, string[]>;
  feeds: FeedConfig[];
  /** Receivers of a JSON POST per update; absent or empty: none (tests build Configs by hand). */
  webhooks?: WebhookConfig[];
  agreements: AgreementConfig[];
}

// ---------------------------------------------------------------- fetch

export interface Validators {
  etag: string | null;
  lastModified: string | null;
  /**
   * sha256 of the body last processed: a server that ignores conditional requests still gets a
   * "not modified" from fetch when it sends the same bytes again.
   */
  bodyHash?: string | null;
}

/** Where a fetch may go (see src/fetch/policy.ts): the feed's own rules. */
export interface OutboundPolicy {
  /** The feed URL as the operator wrote it: it, and its origin, go where they point. */
  feedUrl: string;
  /** The feed's `allowPrivateLinks`. */
  allowPrivate: boolean;
}

export interface FetchOptions {
  policy: OutboundPolicy;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** Accept header: feeds and pages want different ones. */
  accept: string;
  /**
   * Pages only, with fetch.pipelining ≥ 2: that many GETs written ahead on each of the host's
   * `connections` (fetch.perHost) kept-alive connections (fetch/pipelined.ts). Absent: node:http,
   * one request per connection at a time.
   */
  pipelining?: { connections: number; depth: number };
}

export type FetchResult =
  | {
      kind: 'ok';
      /** The URL after redirects. */
      url: string;
      status: number;
      /** Decoded text (charset from BOM, header, XML declaration / meta, else UTF-8). */
      text: string;
      contentType: string | null;
      validators: Validators;
      /** Seconds, from Cache-Control: max-age, if the server sent one. */
      maxAgeSeconds: number | null;
    }
  | {
      kind: 'not-modified';
      url: string;
      validators: Validators;
      maxAgeSeconds: number | null;
      /** True when the server sent a full 200 whose bytes match `bodyHash` (no 304). */
      sameBody?: boolean;
    }
  | {
      kind: 'error';
      url: string;
      /** One line, for a person: "HTTP 500 Internal Server Error", "timed out after 20 s". */
      error: string;
      /** HTTP status when the server answered. */
      status: number | null;
      /** 404/410: the resource is gone; not retried as transient. */
      gone: boolean;
      /** Seconds, from Retry-After, if the server sent one. */
      retryAfterSeconds: number | null;
      /** The outbound policy refused the URL: not transient, not the server's doing. */
      refused: boolean;
      /** The body was over maxBytes: the caller remembers it (with these validators) and backs off. */
      tooLarge?: boolean;
      validators?: Validators;
    };

// ---------------------------------------------------------------- parse

export interface FeedItem {
  guid: string | null;
  link: string | null;
  /** Plain text. */
  title: string;
  /** ISO 8601, or null when the item has no (valid) date. */
  publishedAt: string | null;
  /** The richest body the feed carries, as HTML (content:encoded, Atom content), else null. */
  contentHtml: string | null;
  /** The summary / description as HTML, else null. */
  summaryHtml: string | null;
}

export interface ParsedFeed {
  title: string;
  items: FeedItem[];
  /** One line each: an item that was skipped or repaired, and why. */
  warnings: string[];
}

// ---------------------------------------------------------------- extract

/** An article's text as we keep it: a title and paragraphs, normalised. */
export interface ArticleText {
  title: string;
  paragraphs: string[];
}

export interface ExtractedPage extends ArticleText {
  /** <link rel=canonical> or og:url, absolute, if the page has one. */
  canonicalUrl: string | null;
  /** article:published_time or similar, ISO, if the page has one. */
  publishedAt: string | null;
  /** One line per bound the page hit (limits.pageElements, limits.pageDepth). */
  warnings: string[];
}

// ---------------------------------------------------------------- match

export const STATUSES = [
  'proposed',
  'negotiating',
  'agreed',
  'signed',
  'ratified',
  'in-force',
  'suspended',
  'terminated',
] as const;
export type AgreementStatus = (typeof STATUSES)[number];

/** Dates are YYYY, YYYY-MM or YYYY-MM-DD: as precise as the text. */
export type PartialDate = string;

export interface ArticleForMatch extends ArticleText {
  /** ISO 8601: the reference for "on Monday", "last year". */
  publishedAt: string;
}

/** One sentence that shows an agreement reaching a status. */
export interface StatusFinding {
  agreementId: string;
  status: AgreementStatus;
  date: PartialDate;
  /** 'text' when the sentence gave the date; 'published' when it is the article's date. */
  dateSource: 'text' | 'published';
  /** For 'ratified' (and any status one party reaches alone): that party's canonical name. */
  party: string | null;
  /** The sentence, as in the article. */
  quote: string;
  /** The lexicon row that made it (src/match/lexicon.ts), e.g. `signed-signed`. */
  rule?: string;
  /** The step (and organ row) that chose `party` (src/match/party.ts, organs.ts), e.g. `organ-senate:adjective`. */
  partyRow?: string;
  /** The words that named the agreement ("the India–UK FTA", "the pact", "It"). */
  mention?: string;
  /** The words the date came from ("on Thursday"), or null when it is the publication day. */
  datePhrase?: string | null;
  /**
   * The sentence says the step has NOT happened as of its publication ("has yet to be ratified",
   * "was only initialled, not signed"): weighed against earlier claims in the timeline.
   */
  denied?: boolean;
}

export interface Mention {
  agreementId: string;
  quote: string;
}

export interface MatchResult {
  mentions: Mention[];
  findings: StatusFinding[];
}

export interface Evidence {
  url: string;
  feed: string;
  title: string;
  publishedAt: string;
  quote: string;
  /**
   * The stored version of the article the quote was read in (findings are of the latest version),
   * so a reader can open our saved copy when the publisher's page changes or vanishes. Absent in
   * evidence recorded before it was kept.
   */
  version?: number;
  /** The lexicon row, the words naming the agreement and the date's words that made the finding. */
  rule?: string;
  mention?: string;
  datePhrase?: string | null;
}

/** A finding with where it came from: the input of a timeline. */
export interface SourcedFinding extends StatusFinding {
  evidence: Evidence;
}

/** Another date some sources gave for the same step, with the claims that give it. */
export interface TimelineAlternative {
  date: PartialDate;
  /** Independent outlets behind `evidence`. */
  sources: number;
  evidence: Evidence[];
  /** True when later denials outweigh these claims. */
  disputed: boolean;
}

/** One step of an agreement: one event, however many dates its sources gave (see match/timeline). */
export interface TimelineEvent {
  status: AgreementStatus;
  /** The best-supported date. */
  date: PartialDate;
  party: string | null;
  /** The claims that support `date`. */
  evidence: Evidence[];
  /** Independent outlets behind `evidence`: one per outlet, however many feeds or articles. */
  sources: number;
  /** The other dates given for this step, best-supported first. */
  alternatives: TimelineAlternative[];
  /** True when later denials outweigh every claim of this step: shown, but not counted for the status. */
  disputed: boolean;
  /** Reports that the step had not happened, against its claims: those that won and those that lost. */
  denials: Evidence[];
}

export interface Timeline {
  agreementId: string;
  status: AgreementStatus | null;
  since: PartialDate | null;
  /** Oldest first. */
  events: TimelineEvent[];
}

// ---------------------------------------------------------------- diff

export type NoticeKind = 'correction' | 'clarification' | 'update' | 'editors-note' | 'retraction';

export interface Notice {
  kind: NoticeKind;
  /** The notice as published. */
  note: string;
}

export interface DiffSegment {
  op: 'equal' | 'removed' | 'added';
  text: string;
}

/**
 * One aligned region of two versions. `equal` blocks carry the paragraph once; `changed` blocks
 * carry word-level segments; `added`/`removed` carry whole paragraphs. Joining the equal+removed
 * segments gives the old text, equal+added the new one.
 */
export interface DiffBlock {
  kind: 'equal' | 'changed' | 'added' | 'removed';
  segments: DiffSegment[];
  /**
   * Added by the diff stage (compactDiff): set only on an `equal` block that stands for this many
   * unchanged paragraphs left out; its one segment's text is "…". Renderers show
   * "… N paragraphs unchanged …". Such a block no longer reproduces the texts.
   */
  elided?: number;
}

export interface TextDiff {
  /** Word-level diff of the titles, or null when the title did not change. */
  title: DiffSegment[] | null;
  blocks: DiffBlock[];
  /** The removed and added fragments (runs of words), in order. */
  removed: string[];
  added: string[];
  /** True when the diff fell back to whole paragraphs (bounded time on a rewrite). */
  coarse: boolean;
}

// ---------------------------------------------------------------- publish

export interface ArticleRef {
  url: string;
  feedId: string;
  feedName: string;
  title: string;
  publishedAt: string | null;
}

export type UpdatePayload =
  | {
      kind: 'status';
      agreementId: string;
      agreementName: string;
      status: AgreementStatus | null;
      since: PartialDate | null;
      previousStatus: AgreementStatus | null;
      previousSince: PartialDate | null;
      party: string | null;
      evidence: Evidence[];
      /** How many more sources support the step than `evidence` lists (limits.evidencePerEvent). */
      moreEvidence?: number;
    }
  | {
      /** A new version with at least one new notice (announced change). */
      kind: 'correction';
      article: ArticleRef;
      notices: Notice[];
      fromVersion: number;
      toVersion: number;
      /** Compacted: changed blocks with a paragraph of context. */
      diff: TextDiff;
    }
  | {
      /** A new version with no new notice: an unannounced edit. */
      kind: 'revision';
      article: ArticleRef;
      fromVersion: number;
      toVersion: number;
      diff: TextDiff;
    }
  | { kind: 'taken-down'; article: ArticleRef; httpStatus: number; lastVersion: number }
  | { kind: 'new-article'; article: ArticleRef; agreementIds: string[] };

export type UpdateKind = UpdatePayload['kind'];

export interface UpdateRecord {
  /** Store sequence: newest has the highest. Used for paging. */
  seq: number;
  /** tag: URI, unique across all feeds and stores, never reused. */
  uid: string;
  createdAt: string;
  /** Plain text; the writer escapes it. */
  title: string;
  agreementIds: string[];
  payload: UpdatePayload;
}

// ---------------------------------------------------------------- outputs (CONTRACT.md JSON)

export interface AgreementJson {
  id: string;
  name: string;
  parties: string[];
  status: AgreementStatus | null;
  since: PartialDate | null;
  timeline: TimelineEvent[];
}

export interface CorrectionJson {
  url: string;
  feed: string;
  title: string;
  /** Announced changes carry the notice's kind; `revision` marks an unannounced edit. */
  kind: NoticeKind | 'revision';
  /** The notice as published; '' for an unannounced revision. */
  note: string;
  detectedAt: string;
  removed: string[];
  added: string[];
  /** Extra to the contract: the version pair, for links to the history page. */
  fromVersion: number;
  toVersion: number;
  /**
   * Extra to the contract: each changed sentence (the headline first when it changed) with its
   * change marked, numbers whole; at most a dozen. Joining a sentence's equal+removed texts gives
   * the excerpt before the change, equal+added the excerpt after it.
   */
  sentences?: DiffSegment[][];
}

export interface VersionJson {
  n: number;
  seenAt: string;
  title: string;
  hash: string;
}

export interface ChangeJson {
  from: number;
  to: number;
  removed: string[];
  added: string[];
  notices: Notice[];
}

export interface HistoryJson {
  url: string;
  feed: string;
  versions: VersionJson[];
  changes: ChangeJson[];
}

/** What the article page shows: the history plus each change's full diff and any take-down. */
export interface ArticleHistoryView extends HistoryJson {
  title: string;
  diffs: Array<{ from: number; to: number; diff: TextDiff }>;
  takenDownAt: string | null;
  /** When `versions` is one page of them: how many there are, and how many come before the page. */
  totalVersions?: number;
  offset?: number;
}

/** One stored version of an article, as the saved-copy page shows it. */
export interface VersionView {
  url: string;
  feed: string;
  n: number;
  /** How many versions the article has. */
  total: number;
  seenAt: string;
  title: string;
  paragraphs: string[];
  hash: string;
}

/** One stored version that matches a search, as `search --json` and /api/search give it. */
export interface SearchHit {
  url: string;
  feed: string;
  /** The version's number and when it was seen. */
  version: number;
  seenAt: string;
  title: string;
  /** The matching passage, the matched words between [ and ]. */
  snippet: string;
  /** True when this is the article's latest version. */
  latest: boolean;
}

export interface FeedStatusView {
  id: string;
  name: string;
  url: string;
  lastStatus: 'ok' | 'not-modified' | 'error' | null;
  lastError: string | null;
  lastPolledAt: string | null;
  consecutiveFailures: number;
  /** When the worker polls the feed next, and why then (feed health; absent in older callers). */
  nextAttemptAt?: string | null;
  nextAttemptWhy?: string;
}
