// Pictures of an agreement's path, drawn on the server as inline SVG (no script, no external
// asset, so the pages keep their Content-Security-Policy of default-src 'none'):
// - timelineSvg: the agreement page's picture — its steps as points on a time axis, one lane for
//   the agreement and one per party that reached a step alone (ratifications), and the
//   corrections of its articles marked on a lane of their own;
// - sparklineSvg: the overview's compact one per row — the published statuses on a short axis.
// Every text in them comes from articles or the catalogue, so every text is escaped. Shapes carry
// the meaning as well as colour: a filled circle is a step, a hollow one a disputed step, a
// diamond a correction.
import type { AgreementStatus, TimelineEvent, UpdateRecord } from '../../types.js';
import { escapeAttr, escapeText } from '../../shared/escape.js';

/** A correction or unannounced edit of an article about the agreement, at its date. */
export interface CorrectionMark {
  at: string;
  label: string;
}

/** Milliseconds of a partial date (YYYY, YYYY-MM, YYYY-MM-DD) or a timestamp: its first day. */
export function dateMs(d: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  return Number.isNaN(t) ? null : t;
}

const WIDTH = 720;
const LEFT = 130;
const RIGHT = 20;
const LANE = 44;
const TOP = 24;
const AXIS = 28;

/** One year tick per year, or every few years on a long path. */
function yearTicks(from: number, to: number): number[] {
  const y0 = new Date(from).getUTCFullYear();
  const y1 = new Date(to).getUTCFullYear() + 1;
  const step = Math.max(1, Math.ceil((y1 - y0) / 8));
  const out: number[] = [];
  for (let y = y0; y <= y1; y += step) out.push(y);
  return out;
}

function fmt(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

/** The agreement page's timeline, or '' when there is nothing to draw. */
export function timelineSvg(name: string, events: TimelineEvent[], corrections: CorrectionMark[]): string {
  const points = events.map((e) => ({ e, t: dateMs(e.date) })).filter((p): p is { e: TimelineEvent; t: number } => p.t !== null);
  const marks = corrections.map((c) => ({ c, t: dateMs(c.at) })).filter((p): p is { c: CorrectionMark; t: number } => p.t !== null);
  if (points.length === 0) return '';
  const parties = [...new Set(points.map((p) => p.e.party).filter((x): x is string => x !== null))];
  const lanes = ['Agreement', ...parties];
  const times = [...points.map((p) => p.t), ...marks.map((m) => m.t)];
  const span = Math.max(...times) - Math.min(...times);
  const pad = Math.max(span * 0.05, 30 * 86_400_000);
  const from = Math.min(...times) - pad;
  const to = Math.max(...times) + pad;
  const x = (t: number) => LEFT + ((t - from) / (to - from)) * (WIDTH - LEFT - RIGHT);
  const laneY = (i: number) => TOP + i * LANE + LANE / 2;
  const correctionLane = marks.length > 0 ? lanes.length : -1;
  const height = TOP + (lanes.length + (marks.length > 0 ? 1 : 0)) * LANE + AXIS;
  const parts: string[] = [];
  const laneNames = marks.length > 0 ? [...lanes, 'Corrections'] : lanes;
  laneNames.forEach((lane, i) => {
    const y = laneY(i);
    parts.push(`<line x1="${LEFT}" y1="${fmt(y)}" x2="${WIDTH - RIGHT}" y2="${fmt(y)}" class="lane"/>`);
    parts.push(`<text x="${LEFT - 8}" y="${fmt(y + 4)}" text-anchor="end" class="lane-label">${escapeText(lane.length > 18 ? `${lane.slice(0, 17)}…` : lane)}</text>`);
  });
  const axisY = TOP + laneNames.length * LANE + 4;
  parts.push(`<line x1="${LEFT}" y1="${fmt(axisY)}" x2="${WIDTH - RIGHT}" y2="${fmt(axisY)}" class="axis"/>`);
  for (const year of yearTicks(from, to)) {
    const t = Date.UTC(year, 0, 1);
    if (t < from || t > to) continue;
    parts.push(`<line x1="${fmt(x(t))}" y1="${fmt(axisY)}" x2="${fmt(x(t))}" y2="${fmt(axisY + 5)}" class="axis"/>`);
    parts.push(`<text x="${fmt(x(t))}" y="${fmt(axisY + 18)}" text-anchor="middle" class="tick">${year}</text>`);
  }
  points.forEach(({ e, t }, k) => {
    const lane = e.party ? lanes.indexOf(e.party) : 0;
    const cx = x(t);
    const cy = laneY(lane);
    const what = `${e.status}${e.party ? ` by ${e.party}` : ''} — ${e.date}${e.disputed ? ' (disputed)' : ''}`;
    // Labels alternate above and below the lane so neighbouring steps do not overwrite each other.
    const ly = k % 2 === 0 ? cy - 10 : cy + 18;
    parts.push(
      `<g><title>${escapeText(what)}</title><circle cx="${fmt(cx)}" cy="${fmt(cy)}" r="6" class="${e.disputed ? 'step disputed' : 'step'}"/>` +
        `<text x="${fmt(cx)}" y="${fmt(ly)}" text-anchor="middle" class="step-label">${escapeText(e.status)}</text></g>`,
    );
  });
  for (const { c, t } of marks) {
    const cx = x(t);
    const cy = laneY(correctionLane);
    parts.push(
      `<g><title>${escapeText(`${c.label} — ${c.at.slice(0, 10)}`)}</title>` +
        `<path d="M${fmt(cx)} ${fmt(cy - 6)} L${fmt(cx + 6)} ${fmt(cy)} L${fmt(cx)} ${fmt(cy + 6)} L${fmt(cx - 6)} ${fmt(cy)} Z" class="correction"/></g>`,
    );
  }
  const desc =
    points.map(({ e }) => `${e.status}${e.party ? ` by ${e.party}` : ''} ${e.date}`).join('; ') +
    (marks.length > 0 ? `; ${marks.length} correction${marks.length === 1 ? '' : 's'} of its articles` : '');
  return (
    `<figure class="timeline-svg"><svg viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="tl-title tl-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="tl-title">${escapeText(`Timeline of ${name}`)}</title><desc id="tl-desc">${escapeText(desc)}</desc>` +
    parts.join('') +
    '</svg><figcaption class="muted">Filled circle: a step; hollow: disputed; diamond: a correction or edit of an article about it.</figcaption></figure>'
  );
}

/** The statuses an agreement was published at, oldest first, from its status updates. */
export function statusPath(updates: UpdateRecord[]): Array<{ status: AgreementStatus; since: string }> {
  const out: Array<{ status: AgreementStatus; since: string }> = [];
  for (const u of [...updates].sort((a, b) => a.seq - b.seq)) {
    const p = u.payload;
    if (p.kind === 'status' && p.status !== null && p.since !== null) out.push({ status: p.status, since: p.since });
  }
  return out;
}

const SPARK_W = 120;
const SPARK_H = 22;

/** The overview's compact path: a dot per published status on a short axis; '' when none. */
export function sparklineSvg(path: Array<{ status: AgreementStatus; since: string }>): string {
  const points = path.map((p) => ({ ...p, t: dateMs(p.since) })).filter((p): p is { status: AgreementStatus; since: string; t: number } => p.t !== null);
  if (points.length === 0) return '';
  const t0 = Math.min(...points.map((p) => p.t));
  const t1 = Math.max(...points.map((p) => p.t));
  const x = (t: number) => (t1 === t0 ? SPARK_W / 2 : 6 + ((t - t0) / (t1 - t0)) * (SPARK_W - 12));
  const label = points.map((p) => `${p.status} ${p.since}`).join(' → ');
  const dots = points
    .map((p, i) => `<circle cx="${fmt(x(p.t))}" cy="${SPARK_H / 2}" r="${i === points.length - 1 ? 5 : 3.5}" class="${i === points.length - 1 ? 'step now' : 'step'}"/>`)
    .join('');
  return (
    `<svg class="spark" viewBox="0 0 ${SPARK_W} ${SPARK_H}" width="${SPARK_W}" height="${SPARK_H}" role="img" aria-label="${escapeAttr(label)}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${escapeText(label)}</title><line x1="6" y1="${SPARK_H / 2}" x2="${SPARK_W - 6}" y2="${SPARK_H / 2}" class="lane"/>${dots}</svg>`
  );
}
