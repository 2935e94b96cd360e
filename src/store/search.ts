// Full-text search over stored article versions (migration 008: SQLite's FTS5 index, or
// PostgreSQL's text search on an expression index): the same words, the same answers.
import { preparer, type Db, type Prepare } from './db.js';

export interface VersionMatch {
  url: string;
  feedId: string;
  n: number;
  seenAt: string;
  title: string;
  paragraphs: string[];
  latest: boolean;
}

interface Piece {
  /** One word, or the words of a phrase, in order. */
  words: string[];
  /** A trailing *: the last word is a prefix. */
  prefix: boolean;
}

/**
 * A user's words as pieces: "quoted phrases" and hyphenated words stay phrases, other words must
 * all occur, a trailing * keeps its prefix meaning. Only letters and digits survive, so no input
 * is query syntax for either database. At most 16 pieces.
 */
function searchPieces(term: string): Piece[] {
  const parts: Piece[] = [];
  for (const m of term.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words) parts.push({ words, prefix: false });
      continue;
    }
    const raw = m[2] ?? '';
    // "century-old", "U.S.": the words of one token are a phrase.
    const words = raw.match(/[\p{L}\p{N}]+/gu);
    if (!words) continue;
    parts.push({ words, prefix: raw.endsWith('*') });
  }
  return parts.slice(0, 16);
}

/**
 * A user's words as an FTS5 query (SQLite). Every piece is quoted, so no input is FTS5 syntax
 * (AND, NEAR, column filters, stray quotes): a search for `NOT "x` cannot fail or widen. Null when
 * the input has no word in it.
 */
export function ftsQuery(term: string): string | null {
  const parts = searchPieces(term).map((p) => `"${p.words.join(' ')}"${p.prefix ? '*' : ''}`);
  return parts.length > 0 ? parts.join(' AND ') : null;
}

/** The same words as a tsquery (PostgreSQL): a phrase's words follow each other (<->), a prefix is :*. */
export function tsQuery(term: string): string | null {
  const parts = searchPieces(term).map((p) => `(${p.words.join(' <-> ')}${p.prefix ? ':*' : ''})`);
  return parts.length > 0 ? parts.join(' & ') : null;
}

export class SearchRepo {
  private readonly q: Prepare;

  constructor(
    db: Db,
    private readonly dialect: 'sqlite' | 'postgres' = 'sqlite',
  ) {
    this.q = preparer(db);
  }

  /**
   * Versions matching `term`, one per article (its latest matching version), best match first.
   * Title words weigh more than body words.
   */
  versions(term: string, limit: number): VersionMatch[] {
    const query = this.dialect === 'postgres' ? tsQuery(term) : ftsQuery(term);
    if (query === null) return [];
    const rows = this.q(this.dialect === 'postgres' ? PG_SEARCH : SQLITE_SEARCH).all(query, limit * 5) as Array<{
      article_id: number;
      n: number;
      seen_at: string;
      title: string;
      paragraphs: string;
      url: string;
      feed_id: string;
      max_n: number;
    }>;
    // Best article first; within an article, its latest matching version.
    const order: number[] = [];
    const best = new Map<number, (typeof rows)[number]>();
    for (const r of rows) {
      const seen = best.get(r.article_id);
      if (!seen) order.push(r.article_id);
      if (!seen || r.n > seen.n) best.set(r.article_id, r);
    }
    return order.slice(0, limit).map((id) => {
      const r = best.get(id)!;
      return { url: r.url, feedId: r.feed_id, n: r.n, seenAt: r.seen_at, title: r.title, paragraphs: JSON.parse(r.paragraphs) as string[], latest: r.n === r.max_n };
    });
  }
}

/** FTS5 (migration 008): title words weigh five times body words. */
const SQLITE_SEARCH = `SELECT v.article_id, v.n, v.seen_at, v.title, v.paragraphs, a.url, a.feed_id,
        (SELECT MAX(n) FROM versions x WHERE x.article_id = v.article_id) AS max_n
   FROM versions_fts f
   JOIN versions v ON v.rowid = f.rowid
   JOIN articles a ON a.id = v.article_id
  WHERE versions_fts MATCH ?
  ORDER BY bm25(versions_fts, 5.0, 1.0)
  LIMIT ?`;

/** PostgreSQL (store/migrations-pg/008): the indexed expression, title words (weight A) above body (D). */
const PG_SEARCH = `SELECT v.article_id, v.n, v.seen_at, v.title, v.paragraphs, a.url, a.feed_id,
        (SELECT MAX(n) FROM versions x WHERE x.article_id = v.article_id) AS max_n
   FROM versions v
   JOIN articles a ON a.id = v.article_id
  CROSS JOIN to_tsquery('simple', pactwatch_fold(?)) q
  WHERE pactwatch_search_vector(v.title, v.paragraphs) @@ q
  ORDER BY ts_rank(pactwatch_search_vector(v.title, v.paragraphs), q) DESC, v.article_id, v.n
  LIMIT ?`;
