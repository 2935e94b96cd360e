// The update log: append-only. Feeds page through it by sequence number, newest first.
import type { UpdatePayload, UpdateRecord } from '../types.js';
import { preparer, type Db, type Prepare } from './db.js';

// The corrections scope holds what publishers announced (kind `correction`); unannounced edits
// (kind `revision`) are in the feed of every update, as /corrections and `pactwatch corrections`
// list them only when asked.
export type FeedScope = { kind: 'all' } | { kind: 'agreement'; agreementId: string } | { kind: 'corrections' };

export interface NewUpdate {
  uid: string;
  createdAt: string;
  title: string;
  articleId: number | null;
  agreementIds: string[];
  payload: UpdatePayload;
}

export interface ScopeState {
  newestSeq: number;
  newestAt: string | null;
}

export class UpdateRepo {
  private readonly q: Prepare;

  constructor(db: Db) {
    this.q = preparer(db);
  }

  insert(u: NewUpdate): number {
    const { seq } = this
      .q('INSERT INTO updates (uid, kind, created_at, title, article_id, payload) VALUES (?, ?, ?, ?, ?, ?) RETURNING seq')
      .get(u.uid, u.payload.kind, u.createdAt, u.title, u.articleId, JSON.stringify(u.payload)) as { seq: number };
    const link = this.q('INSERT INTO update_agreements (agreement_id, seq) VALUES (?, ?) ON CONFLICT DO NOTHING');
    for (const id of u.agreementIds) link.run(id, seq);
    return seq;
  }

  /** The newest entry of a scope: enough for an ETag, costs one index lookup. */
  state(scope: FeedScope): ScopeState {
    const row = this.newestQuery(scope) as { seq: number; created_at: string } | undefined;
    return { newestSeq: row?.seq ?? 0, newestAt: row?.created_at ?? null };
  }

  list(scope: FeedScope, beforeSeq: number | null, limit: number): UpdateRecord[] {
    const before = beforeSeq ?? Number.MAX_SAFE_INTEGER;
    let rows: URow[];
    switch (scope.kind) {
      case 'all':
        rows = this.q('SELECT * FROM updates WHERE seq < ? ORDER BY seq DESC LIMIT ?').all(before, limit) as URow[];
        break;
      case 'corrections':
        rows = this
          .q(`SELECT * FROM updates WHERE kind = 'correction' AND seq < ? ORDER BY seq DESC LIMIT ?`)
          .all(before, limit) as URow[];
        break;
      case 'agreement':
        rows = this
          .q(
            `SELECT u.* FROM update_agreements ua JOIN updates u ON u.seq = ua.seq
              WHERE ua.agreement_id = ? AND ua.seq < ? ORDER BY ua.seq DESC LIMIT ?`,
          )
          .all(scope.agreementId, before, limit) as URow[];
        break;
    }
    return rows.map((r) => this.toRecord(r));
  }

  /** Oldest first, the updates after `afterSeq`: what a webhook has not been sent yet. */
  after(afterSeq: number, limit: number): UpdateRecord[] {
    return (this.q('SELECT * FROM updates WHERE seq > ? ORDER BY seq LIMIT ?').all(afterSeq, limit) as URow[]).map((r) => this.toRecord(r));
  }

  /** Every update, oldest first, for export. */
  *iterateAll(): Generator<UpdateRecord> {
    const rows = this.q('SELECT * FROM updates ORDER BY seq').all() as URow[];
    for (const r of rows) yield this.toRecord(r);
  }

  private newestQuery(scope: FeedScope): unknown {
    switch (scope.kind) {
      case 'all':
        return this.q('SELECT seq, created_at FROM updates ORDER BY seq DESC LIMIT 1').get();
      case 'corrections':
        return this
          .q(`SELECT seq, created_at FROM updates WHERE kind = 'correction' ORDER BY seq DESC LIMIT 1`)
          .get();
      case 'agreement':
        return this
          .q(
            `SELECT u.seq, u.created_at FROM update_agreements ua JOIN updates u ON u.seq = ua.seq
              WHERE ua.agreement_id = ? ORDER BY ua.seq DESC LIMIT 1`,
          )
          .get(scope.agreementId);
    }
  }

  private toRecord(r: URow): UpdateRecord {
    const agreementIds = (
      this.q('SELECT agreement_id FROM update_agreements WHERE seq = ? ORDER BY agreement_id').all(r.seq) as Array<{
        agreement_id: string;
      }>
    ).map((a) => a.agreement_id);
    return {
      seq: r.seq,
      uid: r.uid,
      createdAt: r.created_at,
      title: r.title,
      agreementIds,
      payload: JSON.parse(r.payload) as UpdatePayload,
    };
  }
}

interface URow {
  seq: number;
  uid: string;
  kind: string;
  created_at: string;
  title: string;
  article_id: number | null;
  payload: string;
}
