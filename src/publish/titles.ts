// The wording of an update's title. The orchestrator calls updateTitle() when it records an update
// and stores the result in UpdateRecord.title, so a title never changes after it was published
// (readers would otherwise see a silently edited entry).
import type { Notice, NoticeKind, UpdatePayload } from '../types.js';

/** What the outlet did, for each kind of notice it published. */
const NOTICE_VERBS: Record<NoticeKind, string> = {
  retraction: 'retracted',
  correction: 'corrected',
  clarification: 'clarified',
  'editors-note': "added an editor's note to",
  update: 'updated',
};

// When one version carries several notices, the title names the weightiest one.
const NOTICE_WEIGHT: NoticeKind[] = ['retraction', 'correction', 'clarification', 'editors-note', 'update'];

function strongestNotice(notices: Notice[]): NoticeKind {
  for (const kind of NOTICE_WEIGHT) {
    if (notices.some((n) => n.kind === kind)) return kind;
  }
  return 'correction';
}

/** Titles are single-line plain text; article titles can carry newlines and runs of spaces. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function quoted(title: string): string {
  const t = oneLine(title);
  return t ? `'${t}'` : 'an untitled article';
}

function statusPhrase(status: string | null, party: string | null): string {
  if (status === null) return 'status unknown';
  return party ? `${status} by ${party}` : status;
}

/** The plain-text title of an update: what happened, to what. */
export function updateTitle(p: UpdatePayload): string {
  switch (p.kind) {
    case 'status': {
      const was = p.previousStatus === null ? '' : ` (was: ${p.previousStatus})`;
      return `${oneLine(p.agreementName)}: ${statusPhrase(p.status, p.party)}${was}`;
    }
    case 'correction':
      return `${oneLine(p.article.feedName)} ${NOTICE_VERBS[strongestNotice(p.notices)]} ${quoted(p.article.title)}`;
    case 'revision':
      return `${oneLine(p.article.feedName)} quietly edited ${quoted(p.article.title)}`;
    case 'taken-down':
      return `${oneLine(p.article.feedName)} took down ${quoted(p.article.title)}`;
    case 'new-article':
      return `New: ${quoted(p.article.title)}`;
  }
}
