// Word-level diff of two token streams into segments that reproduce both texts.

import { diffArrays } from 'diff';
import type { DiffSegment } from '../types.js';
import type { Token } from './tokens.js';

export interface Bounds {
  /** Milliseconds jsdiff may spend on this call. */
  timeout: number;
  maxEditLength: number;
}

/** Appends a segment, merging it into the previous one when the op is the same. */
export function pushSegment(out: DiffSegment[], op: DiffSegment['op'], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/**
 * Segments such that equal+removed texts concatenated give the old tokens' text and equal+added
 * the new tokens' text (equal words are shown as the new text spells them). Undefined when jsdiff
 * gave up within the bounds.
 */
export function wordSegments(
  oldTokens: readonly Token[],
  newTokens: readonly Token[],
  bounds: Bounds,
): DiffSegment[] | undefined {
  const changes = diffArrays(
    oldTokens.map((t) => t.key),
    newTokens.map((t) => t.key),
    { timeout: bounds.timeout, maxEditLength: bounds.maxEditLength },
  );
  if (changes === undefined) return undefined;
  const out: DiffSegment[] = [];
  let oi = 0;
  let ni = 0;
  for (const c of changes) {
    if (c.removed) {
      for (let k = 0; k < c.count; k++) {
        const o = oldTokens[oi++]!;
        pushSegment(out, 'removed', o.ws + o.text);
      }
    } else if (c.added) {
      for (let k = 0; k < c.count; k++) {
        const n = newTokens[ni++]!;
        pushSegment(out, 'added', n.ws + n.text);
      }
    } else {
      for (let k = 0; k < c.count; k++) {
        const o = oldTokens[oi++]!;
        const n = newTokens[ni++]!;
        if (o.ws !== n.ws) {
          // Same word, different spacing ("a.b" / "a. b"): the spacing itself is the change.
          pushSegment(out, 'removed', o.ws);
          pushSegment(out, 'added', n.ws);
          pushSegment(out, 'equal', n.text);
        } else {
          pushSegment(out, 'equal', n.ws + n.text);
        }
      }
    }
  }
  return out;
}
