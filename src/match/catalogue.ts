// The configured agreements, validated and compiled once: alias and pattern regexes, parties
// resolved to canonical country names. matchArticle only reads this.
import type { AgreementConfig } from '../types.js';
import { extendCountryIndex, resolveCountry as resolveIn, type CountryIndex } from './countries.js';
import { firstLine } from '../shared/errors.js';

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
  /** Lower-case text every match contains (a cheap test before the regex), or null. */
  needle: string | null;
}

export interface CompiledAgreement {
  id: string;
  name: string;
  /** Canonical country or organisation names; empty for a treaty open to all states. */
  parties: string[];
  patterns: RegExp[];
  /** Named a treaty or convention: "the treaty" may refer to it. */
  treaty: boolean;
  /** Its name, aliases and patterns as one lower-case text: what a generic reference's words must fit. */
  vocabulary: string;
  /**
   * A name may resolve to it without all parties established, if the sentence names no other side:
   * it has three or more parties (news never lists them all: "Iran and six world powers"), or an
   * alias that no other agreement shares and that is a proper name ("Nakamal Agreement"), not a
   * kind of agreement ("Reciprocal Access Agreement", "status of forces agreement").
   */
  loose: boolean;
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

// British/American spelling pairs news writes either way. Written out because no installed
// package maps them; each entry turns one word of an alias into a regex accepting both forms.
const SPELLING: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  // defence/defense, offence/offense, licence/license, pretence/pretense
  [/^(def|off|lic|pret)en[cs]e(s?)$/i, (m) => `${m[1]}en[cs]e${m[2]}`],
  // programme/program
  [/^program(?:me)?(s?)$/i, (m) => `program(?:me)?${m[1]}`],
  // centre/center, theatre/theater, metre/meter, fibre/fiber
  [/^(cent|theat|met|fib)(?:re|er)(s?)$/i, (m) => `${m[1]}(?:re|er)${m[2]}`],
  // labour/labor, harbour/harbor, armour/armor, honour/honor, neighbour/neighbor, behaviour/behavior
  [/^(lab|harb|arm|hon|neighb|behavi|fav|col|endeav)ou?r(s|ed|ing)?$/i, (m) => `${m[1]}ou?r${m[2] ?? ''}`],
  // organisation/organization, -ise/-ize, -ised/-ized, -ising/-izing
  [/^(\w{3,})i[sz](ation|ations|e|es|ed|ing)$/i, (m) => `${m[1]}i[sz]${m[2]}`],
  // co-operation/cooperation, co-ordination/coordination
  [/^(co)-?(operat\w*|ordinat\w*)$/i, (m) => `${m[1]}-?${m[2]}`],
  // travelled/traveled, counselling/counseling
  [/^(\w+[aeiou])ll(ed|ing|or)$/i, (m) => `${m[1]}ll?${m[2]}`],
];

function escapeWord(w: string): string {
  for (const [re, make] of SPELLING) {
    const m = re.exec(w);
    if (m) return make(m);
  }
  return escapeRe(w);
}

/**
 * The regex for one alias. Short all-caps aliases ("RAA", "SOVFA") and aliases with an all-caps
 * word ("New START") are case-sensitive; others are case-insensitive. Variants are derived so that
 * one alias matches the ways news writes it: British/American spelling ("Defence"/"Defense",
 * "programme"/"program", "organisation"/"organization"), hyphen or space ("Cross-Servicing"/"Cross
 * Servicing"), "and"/"&", a plural, agreement/pact/deal/accord as the head noun, and a missing
 * "Status of" ("visiting forces agreement" for "Status of Visiting Forces Agreement").
 * Group `pl` is set when the mention is plural.
 */
export function aliasRegex(alias: string): RegExp {
  // "Co-operation" is one word with an optional hyphen, not two words.
  const words = alias.trim().replace(/\b(co)-(?=operat|ordinat)/gi, '$1').split(/[\s\-‐‑‒–—―−/]+/).filter(Boolean);
  const caseSensitive = words.some((w) => /^[A-Z0-9&]{2,}$/.test(w) && /[A-Z]/.test(w));
  // Any dash or a slash between words ("India–UK", "India-UK", "India/UK").
  const sep = '[\\s\\-‐‑‒–—―−/]+';
  const parts = words.map((w, i) => {
    if (/^(?:and|&)$/i.test(w)) return '(?:and|&)';
    // "Treaty on/of Comprehensive Strategic Partnership": news swaps these prepositions.
    if (/^(?:on|of)$/i.test(w)) return '(?:on|of)';
    if (i === words.length - 1) {
      // Head nouns match in either case, also inside a case-sensitive alias ("INF treaty").
      if (words.length > 1 && AGREEMENT_NOUN.test(w)) return '(?:[Aa]greement|[Pp]act|[Dd]eal|[Aa]ccord)(?<pl>s)?';
      if (words.length > 1 && /^treat(?:y|ies)$/i.test(w)) return '[Tt]reat(?:y|(?<pl>ies))';
      const stem = w.replace(/s$/i, '');
      return escapeWord(stem) + (/s$/i.test(w) ? 's' : '') + "(?<pl>s|es|'s)?";
    }
    // "EDCA" is also written "E.D.C.A.".
    if (/^[A-Z]{2,6}$/.test(w)) return `(?:${escapeRe(w)}|${[...w].map((c) => `${c}\\.`).join('')})`;
    // In an alias held case-sensitive by an acronym ("India-UK free trade agreement"), the other
    // words still match in any case ("India–UK Free Trade Agreement").
    if (caseSensitive && !/^[A-Z0-9&]{2,}$/.test(w)) return anyCase(escapeWord(w));
    return escapeWord(w);
  });
  let body = parts.join(sep);
  // Only when what remains still names the kind ("Visiting Forces Agreement", not "Forces Agreement").
  if (words.length > 4 && /^status$/i.test(words[0]!) && /^of$/i.test(words[1]!)) {
    body = `(?:status${sep}of${sep})?` + parts.slice(2).join(sep);
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
}

/** A regex source made case-insensitive letter by letter (for one word of a case-sensitive alias). */
function anyCase(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[++i] ?? '');
      continue;
    }
    if (c === '[') inClass = true;
    if (c === ']') inClass = false;
    const lo = c.toLowerCase();
    const up = c.toUpperCase();
    out += lo !== up ? (inClass ? lo + up : `[${lo}${up}]`) : c;
  }
  return out;
}

/** A lower-case piece of the alias that every variant keeps: the longest word no spelling rule changes. */
function aliasNeedle(alias: string): string | null {
  const words = alias.trim().split(/[\s\-‐–]+/).filter((w) => w.length >= 3 && !AGREEMENT_NOUN.test(w) && !/^treat/i.test(w));
  const fixed = words.filter((w) => !SPELLING.some(([re]) => re.test(w)) && !/^co$/i.test(w));
  const longest = fixed.sort((a, b) => b.length - a.length)[0];
  // The stem only: a plural or possessive may follow.
  return longest ? longest.toLowerCase().replace(/s$/, '') : null;
}

/** The name as an alias: without a bracketed note; null when nothing of two words or more is left. */
function nameAlias(name: unknown): string | null {
  if (typeof name !== 'string') return null;
  const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  return bare.split(/\s+/).length >= 2 ? bare : null;
}

const HEAD_NOUN = /^(?:agreements?|pacts?|deals?|accords?|treat(?:y|ies)|conventions?|partnership|arrangements?)$/i;

/**
 * The name without the parties' names it opens with ("Greece–United States Mutual Defense
 * Cooperation Agreement" → "Mutual Defense Cooperation Agreement"), when what is left still names
 * one kind of agreement: a word that is no kind word ("Association Agreement"), or four words and
 * more (not "Free Trade Agreement", which every pair of trading states has).
 */
function nameWithoutSides(name: string, parties: string[], countries: CountryIndex): string | null {
  if (parties.length < 2) return null;
  const words = name.split(/\s+/);
  for (let k = 1; k <= Math.min(4, words.length - 2); k++) {
    const sides = words.slice(0, k).join(' ').split(/[-‐‑–—/]/).map((p) => p.trim());
    if (sides.length < 2 || !sides.every((p) => parties.includes(resolveIn(p, countries) ?? ''))) continue;
    const rest = words.slice(k);
    if (!HEAD_NOUN.test(rest[rest.length - 1]!)) return null;
    const distinct = rest.some((w) => !KIND_WORDS.has(w.toLowerCase()));
    return distinct || rest.length >= 4 ? rest.join(' ') : null;
  }
  return null;
}

/** Two aliases that compile to the same regex ("Defence …"/"Defense …") are one alias. */
function aliasKey(alias: string): string {
  const re = aliasRegex(alias);
  return `${re.flags}/${re.source}`;
}

/**
 * Validates and compiles the agreements. Throws CatalogueError on: no alias, duplicate id, an
 * invalid pattern, an unknown party country, or an unknown country in `countryNames`.
 */
export function compileCatalogue(
  agreements: AgreementConfig[],
  countryNames: Record<string, string[]> = {},
): Catalogue {
  const last = lastCompiled;
  if (last && last.agreements === agreements && last.countryNames === countryNames && sameEntries(last.entries, agreements)) return last.catalogue;
  const catalogue = compile(agreements, countryNames);
  lastCompiled = { agreements, countryNames, entries: [...agreements], catalogue };
  return catalogue;
}

// Loading the config compiles the catalogue to check it, and the run compiles the same arrays again
// for its context (tens of ms of every `ingest` a cron starts): the last result is kept for the same
// arrays holding the same entries.
let lastCompiled: { agreements: AgreementConfig[]; countryNames: Record<string, string[]>; entries: AgreementConfig[]; catalogue: Catalogue } | null = null;

function sameEntries(a: readonly AgreementConfig[], b: readonly AgreementConfig[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function compile(agreements: AgreementConfig[], countryNames: Record<string, string[]>): Catalogue {
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
    const patterns = (a.patterns ?? []).map((src, j) => {
      try {
        return new RegExp(src, 'gi');
      } catch (e) {
        const why = firstLine(e);
        throw new CatalogueError(id, `${at}.patterns[${j}]`, `${at}.patterns[${j}]: invalid regular expression (${why})`);
      }
    });
    const treaty = /\b(?:treaty|convention)\b/i.test([a.name, ...aliases].join(' '));
    // A treaty open to all states (no party list) is recognised by its distinctive names alone.
    const vocabulary = [a.name, ...aliases, ...(a.patterns ?? [])].join(' ').toLowerCase();
    const ag: CompiledAgreement = { id, name: a.name, parties, patterns, treaty, vocabulary, loose: parties.length >= 3 || parties.length === 0 };
    byId.set(id, ag);
    compiled.push(ag);
    // The name is how news writes it out in full ("the Convention on Cluster Munitions"): one
    // more alias, without a note in brackets ("Pretoria Agreement (Ethiopia–TPLF …)").
    const fullName = nameAlias(a.name);
    const names = fullName && !aliases.some((x) => aliasKey(x) === aliasKey(fullName)) ? [...aliases, fullName] : [...aliases];
    // Step `name-without-its-sides`: news writes the name without the parties it opens with
    // ("the Mutual Defense Cooperation Agreement he signed with Dendias", "Ukraine's Association
    // Agreement with the EU"); like any kind name, it then resolves by the parties around it.
    const kindOnly = fullName ? nameWithoutSides(fullName, parties, countries) : null;
    if (kindOnly && !names.some((x) => aliasKey(x) === aliasKey(kindOnly))) names.push(kindOnly);
    for (const alias of names) {
      const key = aliasKey(alias);
      const entry = aliasMap.get(key);
      if (entry) {
        if (!entry.agreementIds.includes(id)) entry.agreementIds.push(id);
      } else {
        aliasMap.set(key, { alias, re: aliasRegex(alias), agreementIds: [id], needle: aliasNeedle(alias) });
      }
    }
  });
  for (const entry of aliasMap.values()) {
    if (entry.agreementIds.length !== 1) continue;
    const ag = byId.get(entry.agreementIds[0]!);
    if (ag && isProperName(entry.alias, countries, ag.parties)) ag.loose = true;
  }
  const partyCountries = new Set(compiled.flatMap((a) => a.parties));
  const aliasesList = [...aliasMap.values()];
  const anyAlias = new RegExp(aliasesList.map((a) => `(?:${a.re.source.replaceAll('(?<pl>', '(')})`).join('|') || '(?!)', 'iu');
  return { agreements: compiled, byId, aliases: aliasesList, countries, partyCountries, anyAlias };
}

// Words that name a kind of agreement, not one agreement: an alias made only of these (and of
// country names) says what an agreement is, and many pairs of countries have one.
const KIND_WORDS = new Set(
  ('agreement agreements pact pacts deal deals accord accords treaty treaties arrangement arrangements ' +
    'memorandum understanding protocol convention charter framework partnership alliance initiative ' +
    'declaration statement plan programme program of on and the for in to between with ' +
    'status forces force visiting reciprocal access defence defense cooperation co-operation security ' +
    'mutual military maritime logistics logistic acquisition cross-servicing cross servicing information ' +
    'intelligence exchange basic general strategic comprehensive enhanced economic trade free ' +
    'supply supplies services transfer equipment technology nuclear peace arms control reduction ' +
    'limitation strategic new joint action bilateral trilateral coast guard naval air land sea ' +
    'training exercises exercise mission facilities facility base bases support host nation').split(/\s+/),
);

/** A name of one agreement ("Nakamal Agreement", "Black Sea Grain Initiative"): not only kind words, not an acronym. */
function isProperName(alias: string, countries: CountryIndex, parties: readonly string[]): boolean {
  const words = alias.split(/[\s\-‐–]+/).filter(Boolean);
  if (words.length < 2) return false;
  // "New START": an acronym of its own inside a longer name (not "RAA", "SOFA": kinds).
  if (words.some((w) => /^[A-Z]{5,}$/.test(w))) return true;
  // A place that is none of the agreement's sides is where it was signed or brokered, a name of its
  // own ("Washington Accords" of Congo and Rwanda, "Pretoria Agreement", "Minsk agreements").
  const place = (w: string): boolean => {
    const c = countries.forms.get(w);
    return c !== undefined && parties.length > 0 && !parties.includes(c);
  };
  return words.some((w) => /^\p{Lu}\p{Ll}/u.test(w) && !KIND_WORDS.has(w.toLowerCase()) && (!countries.forms.has(w) || place(w)));
}

/** Canonical country name ("United Kingdom") for a name, code, demonym or capital; null if unknown. */
export function resolveCountry(name: string, from?: Catalogue | CountryIndex): string | null {
  const index = from && 'countries' in from ? from.countries : from;
  return resolveIn(name, index);
}
