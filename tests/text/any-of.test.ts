import { describe, expect, it } from 'vitest';
import { anyMatch, anyRow, firstMatch } from '../../src/text/any-of.js';
import { LEXICONS, TARGET_ORDER } from '../../src/answer/lexicon.js';

const TEXTS = [
  ' how many mous were signed at the 4th jic ',
  ' who co chaired the 2nd jic ',
  ' is ncs a big company ',
  ' when was the founding mou signed ',
  ' the 3rd jic vs the 4th jic ',
  ' ',
  '',
];

describe('anyMatch / anyRow / firstMatch', () => {
  it('say what testing each pattern in turn says, for every table of the English lexicon', () => {
    const lex = LEXICONS.en;
    if (!lex) throw new Error('no English lexicon');
    for (const t of TEXTS) {
      for (const target of TARGET_ORDER)
        expect(anyMatch(lex.targets[target], t)).toBe(lex.targets[target].some((re) => re.test(t)));
      expect(firstMatch(lex.missing, t, (m) => m.pattern)).toBe(lex.missing.find((m) => m.pattern.test(t)));
      expect(anyRow(lex.orgKinds, t, (k) => k.pattern)).toBe(lex.orgKinds.some((k) => k.pattern.test(t)));
    }
  });

  it('keep the first row in the table order, not the earliest match in the text', () => {
    const rows = [/ b /, / a /];
    expect(firstMatch(rows, ' a b ', (re) => re)).toBe(rows[0]);
  });

  it('test a table that would not join the same pattern by pattern', () => {
    // (A backreference, a named group, mixed flags, a stateful flag: each tested alone, as before.)
    const backref = [/(a)\1/, /zz/];
    expect(anyMatch(backref, 'xaax')).toBe(true);
    expect(anyMatch(backref, 'xabx')).toBe(false);
    expect(anyMatch([/(?<w>a)\k<w>/, /q/], 'aa')).toBe(true);
    expect(anyMatch([/A/i, /b/], 'a')).toBe(true);
    const sticky = [/a/g];
    expect(anyMatch(sticky, 'a')).toBe(true);
    expect(anyMatch([], 'anything')).toBe(false);
  });
});
