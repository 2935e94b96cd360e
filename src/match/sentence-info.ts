// What the matcher knows about one sentence while it works on it.
import type { CountryHit } from './countries.js';
import type { MentionGroup, PartyContext } from './resolve.js';
import type { Cue } from './status.js';

export interface SentenceInfo {
  text: string;
  isTitle: boolean;
  countries: CountryHit[];
  ctx: PartyContext;
  cues: Cue[];
  /** Every alias occurrence, with the agreements that alias names. */
  aliasHits: AliasHit[];
  groups: MentionGroup[];
  /** Named hits that count towards the article's main agreement. */
  named: string[];
  /** References to another document of the kind ("a previous peace deal", "a separate accord"): what a status word right after them is about. */
  others: Array<[number, number]>;
}

export interface AliasHit {
  ids: string[];
  start: number;
  end: number;
  plural: boolean;
}
