// Articles, the feeds that carry them, their versions and the changes between versions.
import type { ArticleText, Notice, TextDiff, Validators } from '../types.js';
import { preparer, type Db, type Prepare } from './db.js';

export interface ArticleRow {
  id: number;
  key: string;
  url: string;
  feedId: string;
  fullText: boolean;
  publishedAt: string | null;
  firstSeenAt: string;
  lastSeenInFeedAt: string;
  lastCheckedAt: string | null;
  pageValidators: Validators;
  takenDownAt: string | null;
  tracked: boolean;
}

export interface VersionRow extends ArticleText {
  articleId: number;
  n: number;
  seenAt: string;
  hash: string;
  extractor: string;
  baseline: boolean;
}

export interface ChangeRow {
  articleId: number;
  from: number;
  to: number;
  detectedAt: string;
  notices: Notice[];
  removed: string[];
  added: string[];
  diff: TextDiff;
  announced: boolean;
}

export interface NewArticle {
  key: string;
  url: string;
  feedId: string;
  fullText: boolean;
  publishedAt: string | null;
  seenAt: string;
}

/** Versions from a rowid on into the search index (migration 009): one statement per transaction. */
const INDEX_VERSIONS = `INSERT INTO versions_fts (rowid, title, body)
  SELECT rowid, title, substr(paragraphs, 1, 100000) FROM versions WHERE rowid >= ?`;

export class ArticleRepo {
  private readonly q: Prepare;
  /**
   * The first rowid of the versions this transaction stored, not yet in the search index. A new
   * version's rowid is above every rowid in the table, so every version from it on is this
   * transaction's (a savepoint rolled back frees its rowids, to be taken again from there).
   */
  private unindexedFrom: number | bigint | null = null;

  /** `search`: keep SQLite's FTS5 index (008, 009) of versions; PostgreSQL indexes by itself. */
  constructor(
    private readonly db: Db,
    private readonly search = false,
  ) {
    this.q = preparer(db);
  }

  /**
   * Puts the versions this transaction stored into the search index: the store's write() calls it
   * last inside every write transaction. One INSERT … SELECT for the lot costs half of what FTS5's
   * trigger per row did (migration 009).
   */
  indexNewVersions(): void {
    const from = this.unindexedFrom;
    if (from === null) return;
    this.unindexedFrom = null;
    this.q(INDEX_VERSIONS).run(from);
  }

  /** The transaction was rolled back: what it stored is gone, and so is the need to index it. */
  forgetNewVersions(): void {
    this.unindexedFrom = null;
  }

  byKey(key: string): ArticleRow | null {
    const row = this.q('SELECT * FROM articles WHERE key = ?').get(key) as Row | undefined;
    return row ? toArticle(row) : null;
  }

  byId(id: number): ArticleRow | null {
    const row = this.q('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    return row ? toArticle(row) : null;
  }

  /** By its URL as shown to users (the canonical URL), or by its identity key. */
  byUrl(url: string): ArticleRow | null {
    const row = this
      .q('SELECT * FROM articles WHERE url = ? OR key = ? OR key = ? ORDER BY id LIMIT 1')
      .get(url, url, `url:${url}`) as Row | undefined;
    return row ? toArticle(row) : null;
  }

  insert(a: NewArticle): ArticleRow {
    // A plain INSERT, then the row by its unique key: on SQLite `INSERT … RETURNING *` cost
    // 70–90 µs of CPU per new article against 11–18 µs for the two statements (a 2,000-item
    // transaction loop with the store's schema, the FTS trigger included), and both dialects
    // read the row back the same way.
    this
      .q(
        `INSERT INTO articles (key, url, feed_id, full_text, published_at, first_seen_at, last_seen_in_feed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.key, a.url, a.feedId, a.fullText ? 1 : 0, a.publishedAt, a.seenAt, a.seenAt);
    return this.byKey(a.key)!;
  }

  /** The article a feed showed with exactly this item (its key may be the page's canonical URL). */
  byFeedItem(feedId: string, itemHash: string): ArticleRow | null {
    const row = this
      .q(
        `SELECT a.* FROM article_feeds f JOIN articles a ON a.id = f.article_id
          WHERE f.feed_id = ? AND f.item_hash = ? LIMIT 1`,
      )
      .get(feedId, itemHash) as Row | undefined;
    return row ? toArticle(row) : null;
  }

  /** The hash of the feed item as `feedId` last showed this article, if it did. */
  itemHash(articleId: number, feedId: string): string | null {
    const row = this
      .q('SELECT item_hash FROM article_feeds WHERE article_id = ? AND feed_id = ?')
      .get(articleId, feedId) as { item_hash: string } | undefined;
    return row?.item_hash ?? null;
  }

  /** `fresh`: the article was inserted with `at` as its last sighting in this transaction. */
  seenInFeed(articleId: number, feedId: string, itemHash: string, at: string, fresh = false): void {
    this
      .q(
        `INSERT INTO article_feeds (article_id, feed_id, item_hash, last_seen_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (article_id, feed_id) DO UPDATE SET item_hash = excluded.item_hash, last_seen_at = excluded.last_seen_at`,
      )
      .run(articleId, feedId, itemHash, at);
    if (!fresh) this.q('UPDATE articles SET last_seen_in_feed_at = ? WHERE id = ?').run(at, articleId);
  }

  markChecked(articleId: number, at: string, validators: Validators | null): void {
    this
      .q(
        `UPDATE articles SET last_checked_at = ?, page_etag = COALESCE(?, page_etag),
           page_last_modified = COALESCE(?, page_last_modified), page_hash = COALESCE(?, page_hash),
           taken_down_at = NULL WHERE id = ?`,
      )
      .run(at, validators?.etag ?? null, validators?.lastModified ?? null, validators?.bodyHash ?? null, articleId);
  }

  markTakenDown(articleId: number, at: string): void {
    this.q('UPDATE articles SET taken_down_at = ?, last_checked_at = ? WHERE id = ?').run(at, at, articleId);
  }

  setTracked(articleId: number, tracked: boolean): void {
    this.q('UPDATE articles SET tracked = ? WHERE id = ?').run(tracked ? 1 : 0, articleId);
  }

  /** Tracked full-text articles first seen after `since`, the candidates for a page re-check. */
  recheckCandidates(feedId: string, since: string): ArticleRow[] {
    return (
      this
        .q(
          `SELECT * FROM articles WHERE feed_id = ? AND tracked = 1 AND full_text = 1
             AND taken_down_at IS NULL AND first_seen_at >= ? ORDER BY id`,
        )
        .all(feedId, since) as Row[]
    ).map(toArticle);
  }

  latestVersion(articleId: number): VersionRow | null {
    const row = this
      .q('SELECT * FROM versions WHERE article_id = ? ORDER BY n DESC LIMIT 1')
      .get(articleId) as VRow | undefined;
    return row ? toVersion(row) : null;
  }

  /** One stored version by its number, or null. */
  version(articleId: number, n: number): VersionRow | null {
    const row = this.q('SELECT * FROM versions WHERE article_id = ? AND n = ?').get(articleId, n) as VRow | undefined;
    return row ? toVersion(row) : null;
  }

  /** The latest version's hash only: cheaper than latestVersion (no paragraphs parsed). */
  latestHash(articleId: number): string | null {
    const row = this
      .q('SELECT hash FROM versions WHERE article_id = ? ORDER BY n DESC LIMIT 1')
      .get(articleId) as { hash: string } | undefined;
    return row?.hash ?? null;
  }

  /**
   * Retention: the articles first seen in `feedId` beyond its newest `keep` (by when a feed last
   * showed them) are deleted with their versions, changes, findings and mentions; never those in
   * `spare` (still in the feed). The updates already published stay: they are history of their
   * own. Returns how many went and the agreements whose findings went with them.
   */
  pruneFeed(feedId: string, keep: number, spare: ReadonlySet<number>): { pruned: number; agreements: string[] } {
    const ids = (
      this
        .q(`SELECT id FROM articles WHERE feed_id = ? ORDER BY last_seen_in_feed_at DESC, id DESC LIMIT 9007199254740991 OFFSET ?`)
        .all(feedId, keep) as Array<{ id: number }>
    )
      .map((r) => r.id)
      .filter((id) => !spare.has(id));
    const agreements = new Set<string>();
    for (const id of ids) {
      const named = this
        .q('SELECT agreement_id FROM findings WHERE article_id = ? UNION SELECT agreement_id FROM mentions WHERE article_id = ?')
        .all(id, id) as Array<{ agreement_id: string }>;
      for (const r of named) agreements.add(r.agreement_id);
      for (const table of ['findings', 'mentions', 'changes', 'versions', 'article_feeds']) {
        this.q(`DELETE FROM ${table} WHERE article_id = ?`).run(id);
      }
      this.q('DELETE FROM articles WHERE id = ?').run(id);
    }
    return { pruned: ids.length, agreements: [...agreements] };
  }

  /** How many articles were first seen in this feed. */
  countOfFeed(feedId: string): number {
    return (this.q('SELECT COUNT(*) AS c FROM articles WHERE feed_id = ?').get(feedId) as { c: number }).c;
  }

  versions(articleId: number): VersionRow[] {
    return (this.q('SELECT * FROM versions WHERE article_id = ? ORDER BY n').all(articleId) as VRow[]).map(
      toVersion,
    );
  }

  /** A page of an article's versions without their text, oldest first, and how many there are. */
  versionPage(articleId: number, offset: number, limit: number): { rows: Array<Omit<VersionRow, 'paragraphs'>>; total: number } {
    const total = (this.q('SELECT COUNT(*) AS c FROM versions WHERE article_id = ?').get(articleId) as { c: number }).c;
    const rows = (
      this
        .q('SELECT article_id, n, seen_at, title, hash, extractor, baseline FROM versions WHERE article_id = ? ORDER BY n LIMIT ? OFFSET ?')
        .all(articleId, limit, offset) as Array<Omit<VRow, 'paragraphs'>>
    ).map((r) => {
      const { paragraphs: _p, ...v } = toVersion({ ...r, paragraphs: '[]' });
      return v;
    });
    return { rows, total };
  }

  /** The changes among versions from..to (inclusive), in order. */
  changesBetween(articleId: number, from: number, to: number): ChangeRow[] {
    return (
      this.q('SELECT * FROM changes WHERE article_id = ? AND to_n > ? AND to_n <= ? ORDER BY to_n').all(articleId, from, to) as CRow[]
    ).map(toChange);
  }

  /** `latestN`: the article's latest version number when the caller knows it (0: none yet). */
  insertVersion(v: Omit<VersionRow, 'n'>, latestN?: number): number {
    const n =
      (latestN ??
        (this.q('SELECT MAX(n) AS n FROM versions WHERE article_id = ?').get(v.articleId) as { n: number | null }).n ??
        0) + 1;
    const { lastInsertRowid } = this
      .q(
        `INSERT INTO versions (article_id, n, seen_at, title, paragraphs, hash, extractor, baseline)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(v.articleId, n, v.seenAt, v.title, JSON.stringify(v.paragraphs), v.hash, v.extractor, v.baseline ? 1 : 0);
    if (this.search) {
      this.unindexedFrom ??= lastInsertRowid;
      // Outside a transaction (a caller of the repository alone) the version is its own commit.
      if (!this.db.inTransaction) this.indexNewVersions();
    }
    return n;
  }

  insertChange(c: ChangeRow): void {
    this
      .q(
        `INSERT INTO changes (article_id, from_n, to_n, detected_at, notices, removed, added, diff, announced)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        c.articleId,
        c.from,
        c.to,
        c.detectedAt,
        JSON.stringify(c.notices),
        JSON.stringify(c.removed),
        JSON.stringify(c.added),
        JSON.stringify(c.diff),
        c.announced ? 1 : 0,
      );
  }

  changes(articleId: number): ChangeRow[] {
    return (
      this.q('SELECT * FROM changes WHERE article_id = ? ORDER BY to_n').all(articleId) as CRow[]
    ).map(toChange);
  }

  /** Changes of tracked articles, newest first, with what a correction listing needs. */
  trackedChanges(filter: { feed?: string; since?: string; limit?: number; offset?: number }): Array<ChangeRow & { article: ArticleRow; title: string }> {
    const where = ['a.tracked = 1'];
    const args: unknown[] = [];
    if (filter.feed) {
      where.push('a.feed_id = ?');
      args.push(filter.feed);
    }
    if (filter.since) {
      where.push('c.detected_at >= ?');
      args.push(filter.since);
    }
    args.push(filter.limit ?? 1000, filter.offset ?? 0);
    const rows = this
      .q(
        `SELECT c.*, v.title AS v_title, a.id AS a_id FROM changes c
           JOIN articles a ON a.id = c.article_id
           JOIN versions v ON v.article_id = c.article_id AND v.n = c.to_n
         WHERE ${where.join(' AND ')} ORDER BY c.detected_at DESC, c.article_id DESC, c.to_n DESC LIMIT ? OFFSET ?`,
      )
      .all(...args) as Array<CRow & { v_title: string; a_id: number }>;
    return rows.map((r) => ({ ...toChange(r), title: r.v_title, article: this.byId(r.a_id)! }));
  }

  count(): { articles: number; versions: number } {
    const a = this.q('SELECT COUNT(*) AS c FROM articles').get() as { c: number };
    const v = this.q('SELECT COUNT(*) AS c FROM versions').get() as { c: number };
    return { articles: a.c, versions: v.c };
  }
}

interface Row {
  id: number;
  key: string;
  url: string;
  feed_id: string;
  full_text: number;
  published_at: string | null;
  first_seen_at: string;
  last_seen_in_feed_at: string;
  last_checked_at: string | null;
  page_etag: string | null;
  page_last_modified: string | null;
  page_hash: string | null;
  taken_down_at: string | null;
  tracked: number;
}

interface VRow {
  article_id: number;
  n: number;
  seen_at: string;
  title: string;
  paragraphs: string;
  hash: string;
  extractor: string;
  baseline: number;
}

interface CRow {
  article_id: number;
  from_n: number;
  to_n: number;
  detected_at: string;
  notices: string;
  removed: string;
  added: string;
  diff: string;
  announced: number;
}

function toArticle(r: Row): ArticleRow {
  return {
    id: r.id,
    key: r.key,
    url: r.url,
    feedId: r.feed_id,
    fullText: r.full_text === 1,
    publishedAt: r.published_at,
    firstSeenAt: r.first_seen_at,
    lastSeenInFeedAt: r.last_seen_in_feed_at,
    lastCheckedAt: r.last_checked_at,
    pageValidators: { etag: r.page_etag, lastModified: r.page_last_modified, bodyHash: r.page_hash },
    takenDownAt: r.taken_down_at,
    tracked: r.tracked === 1,
  };
}

function toVersion(r: VRow): VersionRow {
  return {
    articleId: r.article_id,
    n: r.n,
    seenAt: r.seen_at,
    title: r.title,
    paragraphs: JSON.parse(r.paragraphs) as string[],
    hash: r.hash,
    extractor: r.extractor,
    baseline: r.baseline === 1,
  };
}

function toChange(r: CRow): ChangeRow {
  return {
    articleId: r.article_id,
    from: r.from_n,
    to: r.to_n,
    detectedAt: r.detected_at,
    notices: JSON.parse(r.notices) as Notice[],
    removed: JSON.parse(r.removed) as string[],
    added: JSON.parse(r.added) as string[],
    diff: JSON.parse(r.diff) as TextDiff,
    announced: r.announced === 1,
  };
}
