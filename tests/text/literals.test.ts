import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  holdsNeeded,
  literalsOf,
  longestLiteral,
  lowerCased,
  mayMatch,
  neededBy,
  neededIn,
} from '../../src/text/literals.js';

describe('literalsOf: the texts every match of a pattern holds', () => {
  it('reads the plain runs outside alternatives, optional parts and classes', () => {
    expect(literalsOf(/第([一二三]|\d{1,2})(?:次|届)/g)).toEqual(['第']);
    expect(literalsOf(/^(.{1,30}?)比(.{1,30}?)(?:更|还)?(?:先|早)/u)).toEqual(['比']);
    expect(literalsOf(/会议上(?![海下])/g)).toEqual(['会议上']);
    expect(literalsOf(/ab?c/)).toEqual(['a', 'c']);
    expect(literalsOf(/x{0,2}y/)).toEqual(['y']);
    expect(literalsOf(/\d{1,2}号的?(项目|备忘录)/)).toEqual(['号']);
    expect(literalsOf(/(?:xy)+z/)).toEqual(['xy', 'z']);
    expect(literalsOf(/ab+c/)).toEqual(['ab', 'c']);
    expect(literalsOf(/((?:多少|几个?)人)(?:参加|出席)/g)).toEqual(['人']);
    expect(literalsOf(/(?<=[A-Za-z]|仲裁)\s*协议/g)).toEqual(['协议']);
    expect(literalsOf(/(?<name>年)份/)).toEqual(['年', '份']);
    expect(literalsOf(/[abc]d*e/)).toEqual(['e']);
    expect(literalsOf(/(?!no)yes/)).toEqual(['yes']);
    expect(literalsOf(/(?=.*备忘录)签/)).toEqual(['备忘录', '签']);
    expect(longestLiteral(/第(\d)次会议上/)).toBe('次会议上');
  });

  it('reads of alternatives the characters each one holds', () => {
    expect(literalsOf(/(?:之后|以后|后)的?/)).toEqual(['后']);
    expect(literalsOf(/(?:试点|试验)/)).toEqual(['试']);
    expect(literalsOf(/第一|首/)).toEqual([]);
    expect(literalsOf(/(?:ab|ba)c/)).toEqual(['a', 'b', 'c']);
    expect(literalsOf(/(?:a|)b/)).toEqual(['b']);
  });

  it('reads of an alternation whose alternatives share nothing a text each one holds, one of which every match holds', () => {
    expect(neededBy(/(?:以|通过|采用)\s*(线上|视频)/)).toEqual({
      all: [],
      anyOf: [
        ['以', '通过', '采用'],
        ['线上', '视频'],
      ],
    });
    expect(neededBy(/乜嘢|咩/)).toEqual({ all: [], anyOf: [['乜嘢', '咩']] });
    expect(neededBy(/第(\d)次(?:之后|以后|后)/)).toEqual({ all: ['第', '次', '后'], anyOf: [['之后', '以后', '后']] });
    expect(neededBy(/(?:(?:a|b)c|d)e/)).toEqual({ all: ['e'], anyOf: [['c', 'd']] });
    expect(neededBy(/(?:(?:a|b)|d)e/)).toEqual({ all: ['e'], anyOf: [['a', 'b', 'd']] });
    // (An alternative that may hold nothing, an optional or negative group: no set.)
    expect(neededBy(/(?:a|)b/).anyOf).toEqual([]);
    expect(neededBy(/(?:a|\d)b/).anyOf).toEqual([]);
    expect(neededBy(/(?:a|b)?c/).anyOf).toEqual([]);
    expect(neededBy(/(?!a|b)c/).anyOf).toEqual([]);
    expect(neededBy(/(?:A|B)c/i).anyOf).toEqual([]);
    // (A class of plain characters holds one of them; a range, a negation or an escape in it, nothing.)
    expect(neededBy(/[地弟递帝](?=[一二三]次)/g)).toEqual({
      all: ['次'],
      anyOf: [
        ['地', '弟', '递', '帝'],
        ['一', '二', '三'],
      ],
    });
    expect([/[a-c]x/, /[^a]y/, /[\d]z/].map((re) => neededBy(re).anyOf)).toEqual([[], [], []]);
    expect(neededBy(/[ab]/i).anyOf).toEqual([]);
    expect(holdsNeeded('用视频开', neededBy(/(?:以|通过|采用)\s*(线上|视频)/))).toBe(false);
    expect(holdsNeeded('通过视频开', neededBy(/(?:以|通过|采用)\s*(线上|视频)/))).toBe(true);
  });

  it('gives nothing where it cannot be sure: the i flag on letters, escapes, classes', () => {
    expect(literalsOf(/did /i)).toEqual([]);
    expect(literalsOf(/吗/i)).toEqual(['吗']);
    expect(literalsOf(/\bevery\b/)).toEqual(['every']);
    expect(literalsOf(/a\.b/)).toEqual(['a', 'b']);
    expect(literalsOf(/\p{Script=Han}+x/u)).toEqual(['x']);
    expect(literalsOf(/(20\d\d年|第\d次)签/)).toEqual(['签']);
    expect(literalsOf(/[第一]次/)).toEqual(['次']);
    expect(longestLiteral(/(?:a|b)/)).toBe('');
  });

  it('reads a pattern under the i flag against the text lower-cased (neededIn)', () => {
    expect(neededIn(/\bSG\b/gi)).toEqual({ all: ['sg'], anyOf: [], lower: true });
    expect(neededIn(/\bFORGET (?:ALL|any)\b/i)).toEqual({
      all: ['forget ', 'a'],
      anyOf: [['all', 'any']],
      lower: true,
    });
    expect(neededIn(/x[Aa]/i).anyOf).toEqual([['a']]);
    expect(neededIn(/did /)).toEqual(neededBy(/did /));
    // (Beyond ASCII a letter's cases are not read: "é" may match "É".)
    expect(neededIn(/café/i)).toEqual({ all: ['caf'], anyOf: [], lower: true });
    expect(mayMatch(/\bsg\b/i, 'SG partners')).toBe(true);
    expect(mayMatch(/\bsg\b/i, 'singapore partners')).toBe(false);
    expect(mayMatch(/s/iu, '\u017f')).toBe(true);
    expect(lowerCased('\u017fK\u212a')).toBe('skk');
  });

  // Patterns made of the pieces rules are made of, and texts of their characters: whatever matches holds every text
  // literalsOf gives (an unsure reading may give fewer, never a wrong one).
  const chars = ['a', 'b', '第', '次', 'K', 'k', 'S', 's', '\u017f', '\u212a', 'É', 'é'];
  const atom: fc.Arbitrary<string> = fc.letrec((tie) => ({
    atom: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...chars) },
      { weight: 1, arbitrary: fc.constantFrom('.', '\\d', '[ab]', '[^第]', '\\s') },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom('(', '(?:', '(?=', '(?!', '(?<=', '(?<!'), tie('seq'), fc.option(tie('seq')))
          .map(([open, a, b]) => `${open}${a as string}${b === null ? '' : `|${b as string}`})`),
      },
    ),
    seq: fc
      .array(fc.tuple(tie('atom'), fc.constantFrom('', '', '', '?', '*', '+', '{0,2}', '{1,2}', '{2}', '??', '+?')), {
        minLength: 1,
        maxLength: 4,
      })
      .map((xs) => xs.map(([a, q]) => `${a as string}${q}`).join('')),
  })).seq;

  it('never gives a text (nor a set of texts) a match lacks', () => {
    fc.assert(
      fc.property(
        atom,
        fc.boolean(),
        fc.array(fc.string({ unit: fc.constantFrom(...chars, ' ', '1') }), { minLength: 1, maxLength: 20 }),
        (source, ignoreCase, texts) => {
          let re: RegExp;
          try {
            re = new RegExp(source, ignoreCase ? 'iu' : 'u');
          } catch {
            return; // (a quantified look-around: no pattern)
          }
          const holds = literalsOf(re);
          const needs = neededBy(re);
          const plain = ignoreCase ? new RegExp(source, 'i') : re;
          for (const text of texts) {
            const m = re.exec(text);
            if (m) for (const h of holds) expect(text.includes(h), `${source} on ${JSON.stringify(text)}`).toBe(true);
            if (m) expect(holdsNeeded(text, needs), `${source} on ${JSON.stringify(text)}`).toBe(true);
            if (m) expect(mayMatch(re, text), `${source} /${re.flags} on ${JSON.stringify(text)}`).toBe(true);
            if (plain.exec(text)) expect(mayMatch(plain, text), `${source} /i on ${JSON.stringify(text)}`).toBe(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
