import { describe, expect, it } from 'vitest';
import { MONTH_ABBR, MONTH_FORMS, MONTH_WORD, monthName, monthNumber } from '../../src/text/months.js';

describe('months: one table read and written', () => {
  it.each([
    ['jan', 1],
    ['January', 1],
    ['may', 5],
    ['Sept', 9],
    ['september', 9],
    ['DEC', 12],
  ])('%j is month %i', (word, n) => {
    expect(monthNumber(word)).toBe(n);
  });

  it('no month in a word that starts with none', () => {
    expect(monthNumber('monday')).toBeUndefined();
    expect(monthNumber('')).toBeUndefined();
  });

  it('writes a month as the records do, as a sentence shortens it, and as a question word', () => {
    expect([1, 6, 9, 12].map((n) => monthName(n))).toEqual(['Jan', 'Jun', 'Sep', 'Dec']);
    expect([6, 9].map((n) => monthName(n, 'written'))).toEqual(['Jun', 'Sept']);
    expect([5, 9].map((n) => monthName(n, 'word'))).toEqual(['may', 'september']);
    expect(monthName(0)).toBe('');
    expect(monthName(13, 'word')).toBe('');
  });

  it('every form whole, and no word that merely starts like one', () => {
    const whole = new RegExp(`^(?:${MONTH_WORD})$`);
    for (const form of MONTH_FORMS.flatMap((f) => f.split('|'))) expect(whole.test(form)).toBe(true);
    expect(['june', 'sept', 'sep', 'may'].every((w) => whole.test(w))).toBe(true);
    expect(['marching', 'mayor', 'decade', 'sepember'].some((w) => whole.test(w))).toBe(false);
    // (The three letters and anything more: "marching" starts like March — readers that want a whole word say so.)
    expect(new RegExp(`^(?:${MONTH_ABBR})`).test('marching')).toBe(true);
    expect(MONTH_FORMS).toHaveLength(12);
  });
});
