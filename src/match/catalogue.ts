// The configured agreements, validated and compiled once: alias and pattern regexes, parties
// resolved to canonical country names. matchArticle only reads this.
import type { AgreementConfig } from '../types.js';
import { extendCountryIndex, resolveCountry as resolveIn, type CountryIndex } from './countries.js';

/** A config entry the catalogue cannot use. `message` is one line for a person. */
export class CatalogueError extends Error {
  constructor(
    /** The agreement's id, or its index when it has no usable id. */
    readonly entry: string | number,
    /** Path of the offending key, e.g. `agreements[3].aliases`. */
    readonly key: string,
    message: string,
  ) {
    super(message);
    this.name = 'CatalogueError';
  }
}

/** One alias regex, shared by every agreement that uses the same alias. */
export interface CompiledAlias {
  alias: string;
  re: RegExp;
  agreementIds: string[];
}

export interface CompiledAgreement {
  id: string;
  name: string;
  /** Canonical country names. */
  parties: string[];
  patterns: RegExp[];
  /** Named a treaty: only "the treaty" may refer to it, and "the treaty" only to such. */
  treaty: boolean;
}

export interface Catalogue {
  agreements: CompiledAgreement[];
  byId: Map<string, CompiledAgreement>;
  aliases: CompiledAlias[];
  countries: CountryIndex;
  /** Every country that is a party to some agreement. */
  partyCountries: Set<string>;
  /** Matches (case-insensitively) wherever any alias might: a cheap test before the real ones. */
  anyAlias: RegExp;
}

const AGREEMENT_NOUN = /^(?:agreement|pact|deal|accord)s?$/i;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The regex for one alias. Short all-caps aliases ("RAA", "SOVFA") and aliases with an all-caps
 * word ("New START") are case-sensitive; others are case-insensitive. All allow a plural, and long
 * ones accept hyphen/space variants, agreement/pact/deal/accord as the head noun, and a missing
 * "Status of" ("visiting forces agreement" for "Status of Visiting Forces Agreement").
 * Group `pl` is set when the mention is plural.
 */
export function aliasRegex(alias: string): RegExp {
  const words = alias.trim().split(/[\s\-‐–]+/).filter(Boolean);
  const caseSensitive = words.some((w) => /^[A-Z0-9&]{2,}$/.test(w) && /[A-Z]/.test(w));
  const sep = '[\\s\\-‐]+';
  const parts = words.map((w, i) => {
    if (i === words.length - 1) {
      if (words.length > 1 && AGREEMENT_NOUN.test(w)) return '(?:agreement|pact|deal|accord)(?<pl>s)?';
      return escapeRe(w.replace(/s$/i, '')) + (/s$/i.test(w) ? 's' : '') + "(?<pl>s|es|'s)?";
    }
    return escapeRe(w);
  });
  let body = parts.join(sep);
  // Only when what remains still names the kind ("Visiting Forces Agreement", not "Forces Agreement").
  if (words.length > 4 && /^status$/i.test(words[0]!) && /^of$/i.test(words[1]!)) {
    body = `(?:status${sep}of${sep})?` + parts.slice(2).join(sep);
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
}

function aliasKey(alias: string): string {
  const words = alias.trim().split(/[\s\-‐–]+/);
  const cs = words.some((w) => /^[A-Z0-9&]{2,}$/.test(w) && /[A-Z]/.test(w));
  const norm = words.join(' ');
  return cs ? norm : norm.toLowerCase();
}

/**
 * Validates and compiles the agreements. Throws CatalogueError on: no alias, duplicate id, an
 * invalid pattern, an unknown party country, or an unknown country in `countryNames`.
 */
export function compileCatalogue(
  agreements: AgreementConfig[],
  countryNames: Record<string, string[]> = {},
): Catalogue {
  const { index: countries, unknown } = extendCountryIndex(countryNames);
  if (unknown.length > 0) {
    const name = unknown[0]!;
    throw new CatalogueError(
      'countryNames',
      `countryNames.${name}`,
      `countryNames: "${name}" is not a known country name`,
    );
  }
  const byId = new Map<string, CompiledAgreement>();
  const aliasMap = new Map<string, CompiledAlias>();
  const compiled: CompiledAgreement[] = [];
  agreements.forEach((a, i) => {
    const at = `agreements[${i}]`;
    const id = typeof a.id === 'string' ? a.id.trim() : '';
    if (!id) throw new CatalogueError(i, `${at}.id`, `${at}.id: an agreement needs an id`);
    if (byId.has(id)) throw new CatalogueError(id, `${at}.id`, `${at}.id: duplicate agreement id "${id}"`);
    const aliases = (a.aliases ?? []).map((s) => s.trim()).filter(Boolean);
    if (aliases.length === 0) {
      throw new CatalogueError(id, `${at}.aliases`, `${at}.aliases: agreement "${id}" needs at least one alias`);
    }
    const parties: string[] = [];
    (a.parties ?? []).forEach((p, j) => {
      const c = resolveIn(p, countries);
      if (!c) {
        throw new CatalogueError(id, `${at}.parties[${j}]`, `${at}.parties[${j}]: unknown country "${p}" in agreement "${id}"`);
      }
      if (!parties.includes(c)) parties.push(c);
    });
    if (parties.length === 0) {
      throw new CatalogueError(id, `${at}.parties`, `${at}.parties: agreement "${id}" needs at least one party country`);
    }
    const patterns = (a.patterns ?? []).map((src, j) => {
      try {
        return new RegExp(src, 'gi');
      } catch (e) {
        const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
        throw new CatalogueError(id, `${at}.patterns[${j}]`, `${at}.patterns[${j}]: invalid regular expression (${why})`);
      }
    });
    const treaty = /\btreaty\b/i.test([a.name, ...aliases].join(' '));
    const ag: CompiledAgreement = { id, name: a.name, parties, patterns, treaty };
    byId.set(id, ag);
    compiled.push(ag);
    for (const alias of aliases) {
      const key = aliasKey(alias);
      const entry = aliasMap.get(key);
      if (entry) {
        if (!entry.agreementIds.includes(id)) entry.agreementIds.push(id);
      } else {
        aliasMap.set(key, { alias, re: aliasRegex(alias), agreementIds: [id] });
      }
    }
  });
  const partyCountries = new Set(compiled.flatMap((a) => a.parties));
  const aliasesList = [...aliasMap.values()];
  const anyAlias = new RegExp(aliasesList.map((a) => `(?:${a.re.source.replaceAll('(?<pl>', '(')})`).join('|') || '(?!)', 'iu');
  return { agreements: compiled, byId, aliases: aliasesList, countries, partyCountries, anyAlias };
}

/** Canonical country name ("United Kingdom") for a name, code, demonym or capital; null if unknown. */
export function resolveCountry(name: string, from?: Catalogue | CountryIndex): string | null {
  const index = from && 'countries' in from ? from.countries : from;
  return resolveIn(name, index);
}
