// The party that reached a status alone: the country whose legislature ratified ("Philippine
// Senate", "Japan's Diet", "Finnish parliament"), or whose government suspended or left the
// agreement ("Russia suspended", "Morocco withdrew from").
import type { CountryHit } from './countries.js';
import { LEGISLATURE, type Cue } from './status.js';

// Legislatures that name their country. Hand-written: no package maps parliaments to countries,
// and only bodies that ratify treaties matter here.
const NAMED_LEGISLATURES: Array<[RegExp, string]> = [
  [/\bDiet\b/, 'Japan'],
  [/\bRiksdag\b/, 'Sweden'],
  [/\bEduskunta\b/, 'Finland'],
  [/\bBundestag\b/, 'Germany'],
  [/\bDuma\b/, 'Russia'],
  [/\bKnesset\b/, 'Israel'],
  [/\bSejm\b/, 'Poland'],
  [/\bStorting\b/, 'Norway'],
  [/\bFolketing\b/, 'Denmark'],
  [/\bOireachtas\b/, 'Ireland'],
  [/\bHouse\s+of\s+Councillors\b/, 'Japan'],
  [/\bHouse\s+of\s+(?:Commons|Lords)\b/, 'United Kingdom'],
];

// Countries whose treaty approval is done by a body called a Senate (for "the Senate" alone).
const SENATE_COUNTRIES = new Set([
  'Philippines', 'United States', 'France', 'Italy', 'Mexico', 'Brazil', 'Argentina', 'Chile',
  'Colombia', 'Poland', 'Czechia', 'Romania', 'Nigeria', 'Kenya', 'Paraguay', 'Uruguay',
]);

const SUBJECT_STATUSES = new Set(['ratified', 'suspended', 'terminated']);

function nearestBefore(hits: CountryHit[], parties: string[], at: number, maxGap: number): string | null {
  let best: CountryHit | null = null;
  for (const h of hits) {
    if (!parties.includes(h.country) || h.end > at || at - h.end > maxGap) continue;
    if (!best || h.end > best.end) best = h;
  }
  return best ? best.country : null;
}

/** The party a cue's status belongs to, or null when it is the agreement's as a whole. */
export function findParty(sentence: string, hits: CountryHit[], cue: Cue, parties: string[]): string | null {
  if (!SUBJECT_STATUSES.has(cue.status)) return null;
  if (cue.status === 'ratified') {
    const legRe = new RegExp(LEGISLATURE.source, 'g');
    const legs = [...sentence.matchAll(legRe)];
    // A country written right before the legislature: "Philippine Senate", "Japan's Diet".
    for (const l of legs) {
      const c = nearestBefore(hits, parties, l.index, 12);
      if (c) return c;
      // "the Senate of the Philippines"
      const after = hits.find((h) => parties.includes(h.country) && h.start > l.index && h.start - (l.index + l[0].length) <= 12);
      if (after && /^\s+of\s+(?:the\s+)?$/i.test(sentence.slice(l.index + l[0].length, after.start))) return after.country;
    }
    const legText = legs.map((l) => l[0]).join(' ') || cue.legislature || '';
    for (const [re, country] of NAMED_LEGISLATURES) if (re.test(legText) && parties.includes(country)) return country;
    // "Concurrence" is the Philippine Senate's word for treaty approval.
    if (/concur/i.test(sentence.slice(cue.start, cue.end + 20)) && parties.includes('Philippines')) return 'Philippines';
    if (/senat/i.test(legText)) {
      const withSenate = parties.filter((p) => SENATE_COUNTRIES.has(p));
      if (withSenate.length === 1) return withSenate[0]!;
    }
    if (legs.length > 0) return null;
  }
  // The subject: the party named last before the verb in its clause ("Russia suspended").
  return nearestBefore(hits, parties, cue.start, 30);
}
