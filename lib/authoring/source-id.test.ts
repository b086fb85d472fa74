import { describe, expect, it } from 'vitest';
import { idFromFileName, idFromHeadline } from './source-id';

describe('idFromHeadline', () => {
  it('takes the headline\'s first six words, lower-case, joined by hyphens', () => {
    expect(idFromHeadline('Chrissy Teigen explains why she shared photos of heartbreaking miscarriage')).toBe('chrissy-teigen-explains-why-she-shared');
  });

  it('folds accents and drops punctuation', () => {
    expect(idFromHeadline('Élection à Genève : « le résultat » surprend')).toBe('election-a-geneve-le-resultat-surprend');
  });

  it('stops at 48 characters, on a word boundary', () => {
    const id = idFromHeadline('Internationalisation considerations overwhelmingly complicate straightforward implementations');
    expect(id).toBe('internationalisation-considerations');
  });

  it('gives nothing for a headline without Latin letters or digits, or no headline', () => {
    expect(idFromHeadline('只能想念你')).toBeUndefined();
    expect(idFromHeadline(null)).toBeUndefined();
  });
});

describe('idFromFileName', () => {
  it('makes a readable file name an id', () => {
    expect(idFromFileName('saved/Bridge Closes.html.gz')).toBe('bridge-closes');
  });

  it('refuses a name that is a hash', () => {
    expect(idFromFileName('3cb22bfabed8de715c0813a7bb5052363c96bd71ccce3bb2dfb3ab9d1d7a9bbc.html.gz')).toBeUndefined();
  });
});
