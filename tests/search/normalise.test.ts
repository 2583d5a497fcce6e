import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise, squash, words } from '../../src/search/index.js';
import { unicodeForm } from '../../src/text/normalise.js';

describe('normalise', () => {
  it.each([
    ['Sun Yat-sen', 'sun yat sen'],
    ['ＳＵＮ　ＹＡＴ－ＳＥＮ', 'sun yat sen'],
    ['Rajah & Tann', 'rajah and tann'],
    ['MoU', 'mou'],
    ['MOUs', 'mous'],
    ['Crème Brûlée', 'creme brulee'],
    ['world’s leading', 'worlds leading'],
    ['CUHK (Shenzhen)', 'cuhk shenzhen'],
    ['  e-commerce!!  ', 'e commerce'],
    ['Co., Ltd.', 'co ltd'],
    ['深圳 Shenzhen', '深圳 shenzhen'],
  ])('%j → %j', (input, want) => {
    expect(normalise(input)).toBe(want);
  });

  it('reads plain ASCII as its Unicode steps do (a fast path for most questions)', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) });
    fc.assert(
      fc.property(ascii, (text) => {
        expect(normalise(text)).toBe(unicodeForm(text));
      }),
      { numRuns: 2000 },
    );
    expect(normalise("Who's the CO-CHAIR of `JIC #3`?\t(R&D)")).toBe('whos the co chair of jic 3 r and d');
  });

  it('squash joins words so hyphenated, spaced and run-together forms meet', () => {
    expect(squash('CrimsonLogic')).toBe(squash('Crimson Logic'));
    expect(squash('e-commerce')).toBe(squash('ecommerce'));
    expect(squash('Sun Yat-sen')).toBe(squash('sun yat sen'));
    expect(squash('Hand-painted')).toBe('handpainted');
  });

  it('words splits the normal form and gives nothing for punctuation only', () => {
    expect(words('Keppel – Peking University')).toEqual(['keppel', 'peking', 'university']);
    expect(words(' —!?* ')).toEqual([]);
  });

  it('is total and idempotent on any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const n = normalise(s);
        expect(normalise(n)).toBe(n);
        expect(n).toBe(n.trim());
        expect(n).not.toMatch(/ {2}/);
      }),
    );
  });
});
