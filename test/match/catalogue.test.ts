import { describe, expect, it } from 'vitest';
import { aliasRegex } from '../../src/match/catalogue.js';
import { CatalogueError, compileCatalogue, resolveCountry } from '../../src/match/index.js';
import type { AgreementConfig } from '../../src/types.js';

const ok: AgreementConfig = { id: 'jp-uk-raa', name: 'Japan–UK RAA', parties: ['Japan', 'UK'], aliases: ['RAA'], patterns: [] };

function errorOf(f: () => unknown): CatalogueError {
  try {
    f();
  } catch (e) {
    if (e instanceof CatalogueError) return e;
    throw e;
  }
  throw new Error('expected a CatalogueError');
}

describe('compileCatalogue', () => {
  it('resolves parties written as short forms, codes and demonyms to canonical names', () => {
    const cat = compileCatalogue([
      ok,
      { id: 'us-ph-vfa', name: 'VFA', parties: ['U.S.', 'Filipino'], aliases: ['VFA'], patterns: [] },
      { id: 'fr-nz', name: 'x', parties: ['French Republic', 'Kiwi'], aliases: ['Pact X'], patterns: [] },
    ]);
    expect(cat.byId.get('jp-uk-raa')!.parties).toEqual(['Japan', 'United Kingdom']);
    expect(cat.byId.get('us-ph-vfa')!.parties).toEqual(['United States', 'Philippines']);
    expect(cat.byId.get('fr-nz')!.parties).toEqual(['France', 'New Zealand']);
  });

  it('rejects an agreement without aliases', () => {
    const e = errorOf(() => compileCatalogue([ok, { ...ok, id: 'b', aliases: [' '] }]));
    expect(e.entry).toBe('b');
    expect(e.key).toBe('agreements[1].aliases');
    expect(e.message).not.toContain('\n');
  });

  it('rejects a duplicate id', () => {
    const e = errorOf(() => compileCatalogue([ok, ok]));
    expect(e.entry).toBe('jp-uk-raa');
    expect(e.key).toBe('agreements[1].id');
    expect(e.message).toMatch(/duplicate/);
  });

  it('rejects an invalid pattern with a one-line message', () => {
    const e = errorOf(() => compileCatalogue([{ ...ok, patterns: ['fine', 'broken(['] }]));
    expect(e.key).toBe('agreements[0].patterns[1]');
    expect(e.message).toMatch(/invalid regular expression/);
    expect(e.message).not.toContain('\n');
  });

  it('rejects an unknown party country', () => {
    const e = errorOf(() => compileCatalogue([{ ...ok, parties: ['Japan', 'Atlantis'] }]));
    expect(e.key).toBe('agreements[0].parties[1]');
    expect(e.message).toContain('Atlantis');
  });

  it('rejects an agreement with no id, using its index', () => {
    const e = errorOf(() => compileCatalogue([{ ...ok, id: '' }]));
    expect(e.entry).toBe(0);
    expect(e.key).toBe('agreements[0].id');
  });

  it('uses config countryNames, and rejects ones for unknown countries', () => {
    const cat = compileCatalogue([{ ...ok, parties: ['Nippon-koku', 'UK'] }], { Japan: ['Nippon-koku'] });
    expect(cat.byId.get('jp-uk-raa')!.parties).toEqual(['Japan', 'United Kingdom']);
    expect(resolveCountry('Nippon-koku', cat)).toBe('Japan');
    const e = errorOf(() => compileCatalogue([ok], { Narnia: ['Cair Paravel'] }));
    expect(e.key).toBe('countryNames.Narnia');
  });
});

describe('resolveCountry', () => {
  it.each([
    ['UK', 'United Kingdom'],
    ['Britain', 'United Kingdom'],
    ['British', 'United Kingdom'],
    ['U.K.', 'United Kingdom'],
    ['US', 'United States'],
    ['U.S.', 'United States'],
    ['Washington', 'United States'],
    ['Tokyo', 'Japan'],
    ['Manila', 'Philippines'],
    ['Filipino', 'Philippines'],
    ['Philippine', 'Philippines'],
    ['Canberra', 'Australia'],
    ['Ottawa', 'Canada'],
    ['Paris', 'France'],
    ['Wellington', 'New Zealand'],
    ['Kiwi', 'New Zealand'],
    ['Beijing', 'China'],
    ['Republic of the Philippines', 'Philippines'],
  ])('%s -> %s', (name, canonical) => {
    expect(resolveCountry(name)).toBe(canonical);
  });

  it('knows nothing of made-up places', () => {
    expect(resolveCountry('Atlantis')).toBeNull();
  });
});

describe('alias variants derived by the compiler', () => {
  const matches = (alias: string, text: string): boolean => {
    const re = aliasRegex(alias);
    re.lastIndex = 0;
    return re.test(text);
  };

  it.each([
    ['Defense Cooperation Agreement', 'the defence co-operation agreement'],
    ['Defence Cooperation Agreement', 'a Defense Cooperation Agreement'],
    ['Acquisition and Cross-Servicing Agreement', 'an acquisition & cross servicing agreement'],
    ['Acquisition and Cross-Servicing Agreement', 'Acquisition and Cross-Servicing Agreements'],
    ['Status of Visiting Forces Agreement', 'visiting forces pact'],
    ['Treaty Organisation Programme', 'treaty organization program'],
    ['INF Treaty', 'the INF treaty'],
    ['New START', 'New START'],
  ])('%s matches "%s"', (alias, text) => {
    expect(matches(alias, text)).toBe(true);
  });

  it('keeps short all-caps aliases case-sensitive', () => {
    expect(matches('RAA', 'the raa')).toBe(false);
    expect(matches('New START', 'a new start')).toBe(false);
  });

  it('merges aliases that differ only in spelling into one alias of every agreement using either', () => {
    const cat = compileCatalogue([
      { id: 'a', name: 'A', parties: ['United States', 'Finland'], aliases: ['Defense Cooperation Agreement'], patterns: [] },
      { id: 'b', name: 'B', parties: ['Australia', 'Indonesia'], aliases: ['Defence Cooperation Agreement'], patterns: [] },
    ]);
    expect(cat.aliases).toHaveLength(1);
    expect(cat.aliases[0]!.agreementIds).toEqual(['a', 'b']);
  });
});
