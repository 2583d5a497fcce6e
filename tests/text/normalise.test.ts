import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise } from '../../src/text/normalise.js';
import { foldHan } from '../../src/text/han.js';

// The normal form's Unicode steps, as one chain: what normalise gives any text, ASCII or not.
const unicodeSteps = (text: string) =>
  foldHan(
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/['’‘`´]/g, '')
      .replace(/&/g, ' and ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim(),
  );

describe('normalise: plain ASCII read without the Unicode steps', () => {
  it('gives what the Unicode steps give, for any ASCII text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)) }), (text) => {
        expect(normalise(text)).toBe(unicodeSteps(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["Who's the CO-CHAIR of JIC #3?", 'whos the co chair of jic 3'],
    ['R&D  `labs`\t(NUS)', 'r and d labs nus'],
    ['Sun Yat-sen Univ.', 'sun yat sen univ'],
    ['  ', ''],
  ])('%j → %j', (text, want) => {
    expect(normalise(text)).toBe(want);
    expect(unicodeSteps(text)).toBe(want);
  });
});
