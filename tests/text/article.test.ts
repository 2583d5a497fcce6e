import { describe, expect, it } from 'vitest';
import { article, withArticle } from '../../src/text/article.js';

describe('article: "a" or "an" by how the phrase starts sounding', () => {
  it.each([
    ['official', 'an'],
    ['Engineering company', 'an'],
    ['incubator', 'an'],
    ['MOU partner', 'an'],
    ['MOUs', 'an'],
    ['university', 'a'],
    ['University partner', 'a'],
    ['unit', 'a'],
    ['user group', 'a'],
    ['usual partner', 'a'],
    ['unnamed partner', 'an'],
    ['Chinese partner', 'a'],
    ['Singapore company', 'a'],
    ['mouse', 'a'],
  ])('%s takes %s', (words, a) => {
    expect(article(words)).toBe(a);
  });

  // Each claim (claim/each.ts) and the roster (roster.ts) tested the first letter only: "an university".
  it('says "a university", never "an university"', () => {
    expect(withArticle('university')).toBe('a university');
    expect(withArticle('research institute')).toBe('a research institute');
    expect(withArticle('MOU partner')).toBe('an MOU partner');
  });
});
