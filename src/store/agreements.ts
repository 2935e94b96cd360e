// Status findings (of each article's latest version) and the last published status of each agreement.
import type { AgreementStatus, Mention, PartialDate, SourcedFinding, StatusFinding } from '../types.js';
import { preparer, type Db, type Prepare } from './db.js';

export interface AgreementState {
  status: AgreementStatus | null;
  since: PartialDate | null;
}

export class AgreementRepo {
  private readonly q: Prepare;

  constructor(db: Db) {
    this.q = preparer(db);
  }

  /** The agreements an article's current findings and mentions name. */
  agreementsOfArticle(articleId: number): string[] {
    const rows = this
      .q(
        `SELECT agreement_id FROM findings WHERE article_id = ?
         UNION SELECT agreement_id FROM mentions WHERE article_id = ?`,
      )
      .all(articleId, articleId) as Array<{ agreement_id: string }>;
    return rows.map((r) => r.agreement_id);
  }

  /**
   * Replace what an article says: its latest version is the only one that counts. `fresh`: the
   * article was inserted in this transaction, so there is nothing to delete.
   */
  replaceFindings(articleId: number, findings: StatusFinding[], mentions: Mention[], fresh = false): void {
    if (!fresh) {
      this.q('DELETE FROM findings WHERE article_id = ?').run(articleId);
      this.q('DELETE FROM mentions WHERE article_id = ?').run(articleId);
    }
    const insert = this.q(
      `INSERT INTO findings (article_id, agreement_id, status, date, date_source, party, quote, denied, rule, mention, date_phrase)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const f of findings) {
      insert.run(articleId, f.agreementId, f.status, f.date, f.dateSource, f.party, f.quote, f.denied ? 1 : 0, f.rule ?? null, f.mention ?? null, f.datePhrase ?? null);
    }
    const mention = this.q('INSERT INTO mentions (article_id, agreement_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
    for (const m of mentions) mention.run(articleId, m.agreementId);
    for (const f of findings) mention.run(articleId, f.agreementId);
  }

  /** Every finding about an agreement, with the evidence a timeline shows. */
  sourcedFindings(agreementId: string): SourcedFinding[] {
    const rows = this
      .q(
        `SELECT f.*, a.url, a.feed_id, a.published_at, a.first_seen_at,
                (SELECT title FROM versions v WHERE v.article_id = a.id ORDER BY n DESC LIMIT 1) AS title,
                (SELECT MAX(n) FROM versions v WHERE v.article_id = a.id) AS version_n
           FROM findings f JOIN articles a ON a.id = f.article_id
          WHERE f.agreement_id = ? ORDER BY f.rowid`,
      )
      .all(agreementId) as Array<FindingRow>;
    return rows.map((r) => ({
      agreementId: r.agreement_id,
      status: r.status,
      date: r.date,
      dateSource: r.date_source,
      party: r.party,
      quote: r.quote,
      // Only denials carry the flag: an affirming finding reads as the matcher made it.
      ...(r.denied ? { denied: true } : {}),
      ...(r.rule ? { rule: r.rule, mention: r.mention ?? '', datePhrase: r.date_phrase } : {}),
      evidence: {
        url: r.url,
        feed: r.feed_id,
        title: r.title,
        publishedAt: r.published_at ?? r.first_seen_at,
        quote: r.quote,
        // The findings are the latest version's (replaceFindings runs with every new version).
        ...(r.version_n ? { version: r.version_n } : {}),
        // Why the matcher read it so (schema 3; absent for older findings).
        ...(r.rule ? { rule: r.rule, mention: r.mention ?? '', datePhrase: r.date_phrase } : {}),
      },
    }));
  }

  /** Mark agreements whose timelines must be rebuilt (inside the transaction that touched them). */
  markPending(agreementIds: Iterable<string>): void {
    const stmt = this.q('INSERT INTO pending_refresh (agreement_id) VALUES (?) ON CONFLICT DO NOTHING');
    for (const id of agreementIds) stmt.run(id);
  }

  pending(): string[] {
    return (this.q('SELECT agreement_id FROM pending_refresh ORDER BY agreement_id').all() as Array<{ agreement_id: string }>).map(
      (r) => r.agreement_id,
    );
  }

  clearPending(agreementIds: Iterable<string>): void {
    const stmt = this.q('DELETE FROM pending_refresh WHERE agreement_id = ?');
    for (const id of agreementIds) stmt.run(id);
  }

  state(agreementId: string): AgreementState {
    const row = this.q('SELECT status, since FROM agreement_state WHERE agreement_id = ?').get(agreementId) as
      | AgreementState
      | undefined;
    return row ?? { status: null, since: null };
  }

  setState(agreementId: string, s: AgreementState, at: string): void {
    this
      .q(
        `INSERT INTO agreement_state (agreement_id, status, since, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (agreement_id) DO UPDATE SET status = excluded.status, since = excluded.since,
           updated_at = excluded.updated_at`,
      )
      .run(agreementId, s.status, s.since, at);
  }
}

interface FindingRow {
  agreement_id: string;
  status: AgreementStatus;
  date: string;
  date_source: 'text' | 'published';
  party: string | null;
  quote: string;
  /** 1 for a denial (schema 3). */
  denied: number;
  rule: string | null;
  mention: string | null;
  date_phrase: string | null;
  url: string;
  feed_id: string;
  published_at: string | null;
  first_seen_at: string;
  title: string;
  version_n: number | null;
}
