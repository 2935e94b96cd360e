import { describe, expect, it } from 'vitest';
import { findCountries } from '../../src/match/index.js';
import { baseCountryIndex } from '../../src/match/countries.js';

const names = (s: string): string[] => findCountries(s, baseCountryIndex()).map((h) => h.country);

describe('findCountries', () => {
  it('does not take seas and straits for governments', () => {
    expect(names('Ships clashed in the South China Sea and the East China Sea.')).toEqual([]);
    expect(names('Tensions in the East and South China seas keep rising.')).toEqual([]);
    expect(names('Patrols in the West Philippine Sea and the Sea of Japan continued.')).toEqual([]);
    expect(names('Beijing sent ships to the South China Sea.')).toEqual(['China']);
  });

  it('reads "US" only in capitals', () => {
    expect(names('Let us not forget the US role.')).toEqual(['United States']);
    expect(names('The U.S. and the U.K. agreed.')).toEqual(['United States', 'United Kingdom']);
  });

  it('reads capitals, demonyms, possessives and hyphenated pairs', () => {
    expect(names("Tokyo's envoy met Filipino and Kiwi officers in Manila.")).toEqual([
      'Japan',
      'Philippines',
      'New Zealand',
      'Philippines',
    ]);
    expect(names('The Japan-Philippines pact and the Philippines’ navy.')).toEqual(['Japan', 'Philippines', 'Philippines']);
  });

  it('does not read a place-named instrument or a person as a government', () => {
    expect(names('They back the Paris Agreement.')).toEqual([]);
    expect(names('Spokesman Chad Miller and Jordan Peterson spoke.')).toEqual([]);
    expect(names('Chad and Jordan signed.')).toEqual(['Chad', 'Jordan']);
  });
});

describe('names the country data lacks, and organisations', () => {
  it('resolves common English names to the data canonical names', async () => {
    const { resolveCountry, compileCatalogue, CatalogueError } = await import('../../src/match/index.js');
    expect(resolveCountry('Turkey')).toBe('Türkiye');
    expect(resolveCountry('Czech Republic')).toBe('Czechia');
    expect(resolveCountry('Burma')).toBe('Myanmar');
    expect(resolveCountry('Swaziland')).toBe('Eswatini');
    expect(resolveCountry('East Timor')).toBe('Timor-Leste');
    expect(resolveCountry('Cabo Verde')).toBe('Cape Verde');
    expect(resolveCountry('Holy See')).toBe('Vatican City');
    expect(resolveCountry('the Gambia')).toBe('Gambia');
    expect(resolveCountry('ASEAN')).toBe('ASEAN');
    expect(resolveCountry('EU')).toBe('European Union');
    const cat = compileCatalogue([{ id: 'x', name: 'x', parties: ['European Union', 'Turkey'], aliases: ['Customs Union Pact'], patterns: [] }]);
    expect(cat.byId.get('x')!.parties).toEqual(['European Union', 'Türkiye']);
    expect(() => compileCatalogue([{ id: 'y', name: 'y', parties: ['Atlantis'], aliases: ['Y Pact'], patterns: [] }])).toThrow(CatalogueError);
  });

  it('reads Turkish and hyphenated abbreviations with a final period', () => {
    expect(names('The Turkish parliament met.')).toEqual(['Türkiye']);
    expect(names('The Japan-U.S. alliance holds.')).toEqual(['Japan', 'United States']);
  });
});

describe('regionalGroupHits', () => {
  it('names each member of a regional group where the group is named', async () => {
    const { regionalGroupHits } = await import('../../src/match/party.js');
    const text = 'On June 27 the three Baltic states notified the UN.';
    const hits = regionalGroupHits(text);
    expect(hits.map((h) => h.country)).toEqual(['Estonia', 'Latvia', 'Lithuania']);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe('the three Baltic states');
    expect(regionalGroupHits('The Baltic Sea is cold.')).toEqual([]);
  });
});
