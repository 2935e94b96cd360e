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
