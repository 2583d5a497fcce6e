import { describe, expect, it } from 'vitest';
import { datedIn, figureIn } from '../../src/answer/figures.js';

// Texts shaped like the outcomes on file (the words are invented, so this tests the reading, not the data).
const PLATFORM =
  'Progress so far: the HubX platform, launched in May 2019, had 7 partners, 40 Singapore sellers and 55 Chinese buyers as at 1 Mar 2020.';
const TRIALS = 'Pilot runs of paperless invoices (ABC ran three, XYZ one; two more banks to follow).';
const BATCHES =
  'An accelerator node, launched in Jan 2021 with Foo Labs (12 companies in its first batch, 9 in its second).';
const q = (s: string) => ` ${s} `;

describe('figureIn: the figure a text states for what is asked', () => {
  it('the piece with the number and the words asked, dated as the text dates it', () => {
    expect(figureIn(PLATFORM, q('how many chinese buyers were on hubx'))).toEqual({
      span: '55 Chinese buyers',
      asAt: 'as at 1 Mar 2020',
    });
    expect(figureIn(PLATFORM, q('how many partners did hubx have'))?.span).toBe('7 partners');
  });

  it('both figures when the question sets them against each other', () => {
    expect(figureIn(PLATFORM, q('hubx sellers vs buyers'))?.span).toBe('40 Singapore sellers, 55 Chinese buyers');
  });

  it('a figure given beside a name is said with the name ("XYZ one", "ABC ran three")', () => {
    expect(figureIn(TRIALS, q('how many runs did xyz do'))?.span).toBe('XYZ one');
    expect(figureIn(TRIALS, q('how many pilot runs did abc do'))?.span).toBe('ABC ran three');
  });

  it('an ordinal picks its own figure, never another ordinal’s; one the text lacks gets none', () => {
    expect(figureIn(BATCHES, q('how many companies in the second batch of foo labs'))?.span).toBe('9 in its second');
    expect(figureIn(BATCHES, q('how many companies were in the first batch'))?.span).toBe(
      '12 companies in its first batch',
    );
    expect(figureIn(BATCHES, q('how many companies in the third batch'))).toBeUndefined();
  });

  it('years and days of dates are never figures; nothing shared, no figure', () => {
    expect(figureIn(PLATFORM, q('when was hubx launched'))).toBeUndefined();
    expect(figureIn('Launched in May 2019 as at 1 Mar 2020.', q('how many were launched'))).toBeUndefined();
  });
});

describe('datedIn: the date a text gives for the act asked about', () => {
  const text =
    'The HubX platform, launched in May 2019, signed on 3 Jan 2020 with two banks; its office opened in 2021.';
  it('the act of the verb asked (by family: "go live" is a launch), never another act', () => {
    expect(datedIn(text, q('when was hubx launched'))).toBe('launched in May 2019');
    expect(datedIn(text, q('when did hubx go live'))).toBe('launched in May 2019');
    expect(datedIn(text, q('when did hubx sign with the banks'))).toBe('signed on 3 Jan 2020');
    expect(datedIn(text, q('when was hubx unveiled'))).toBeUndefined();
    expect(datedIn(text, q('what is hubx'))).toBeUndefined();
  });
});
