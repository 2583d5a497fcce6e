import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSearchEngineFromEntries, normalise, squash, words, type IndexEntry } from '../../src/search/index.js';
import { foldHan, hanWords } from '../../src/text/han.js';
import { parseQuery } from '../../src/search/query.js';

describe('Chinese text: traditional folded to simplified', () => {
  it.each([
    ['北京大學', '北京大学'],
    ['覃偉中', '覃伟中'],
    ['梁穎強', '梁颖强'],
    ['香港中文大學（深圳）', '香港中文大学 深圳'],
    ['新加坡資訊通信媒體發展局', '新加坡资讯通信媒体发展局'],
    ['什麼時候', '什么时候'],
    ['Keppel 吉寶', 'keppel 吉宝'],
    ['深圳', '深圳'],
  ])('%j → %j', (input, want) => {
    expect(normalise(input)).toBe(want);
  });

  it('simplified text is left as it is (phrases too: 什么 is not 什幺)', () => {
    for (const s of ['北京大学', '覃伟中', '什么', '前海', '深圳-新加坡智慧城市合作']) expect(foldHan(s)).toBe(s);
  });

  it('text without Chinese characters is returned unchanged', () => {
    expect(foldHan('keppel peking')).toBe('keppel peking');
  });

  it('is idempotent on Chinese text, traditional and variant forms included', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fff }).map((cp) => String.fromCodePoint(cp));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(han, fc.constantFrom(' ', 'a', '（', '麼', '薴', '乾')), { maxLength: 12 }),
        (parts) => {
          const n = normalise(parts.join(''));
          expect(normalise(n)).toBe(n);
        },
      ),
    );
  });
});

describe('Chinese words: character pairs', () => {
  it('a run of characters becomes overlapping pairs; one character stays one', () => {
    expect(hanWords('北京大学')).toEqual(['北京', '京大', '大学']);
    expect(hanWords('深')).toEqual(['深']);
    expect(hanWords('keppel吉宝')).toEqual(['keppel', '吉宝']);
    expect(hanWords('第4次')).toEqual(['第', '4', '次']);
  });

  it('words() splits mixed text into Latin words and Chinese pairs', () => {
    expect(words('Keppel 北京大學')).toEqual(['keppel', '北京', '京大', '大学']);
    expect(squash('香港中文大學（深圳）')).toBe('香港中文大学深圳');
  });

  it('a query drops Chinese glue and question words and reads kind words', () => {
    expect(parseQuery('北京大学的项目').words).toEqual(['北京', '京大', '大学', 'project']);
    expect(parseQuery('谁签署了谅解备忘录').words).toEqual(['mou']);
    expect(parseQuery('覃伟中是谁').words).toEqual(['覃伟', '伟中']);
    expect(parseQuery('吉寶和北京大學').words).toEqual(['吉宝', '北京', '京大', '大学']);
  });

  it('the whole query is kept for the exact tier', () => {
    expect(parseQuery('北京大學').normal).toBe('北京大学');
  });
});

describe('the engine over Chinese names', () => {
  const entries: IndexEntry[] = [
    {
      kind: 'organisation',
      id: 'pku',
      label: 'Peking University',
      meeting: null,
      fields: { name: ['Peking University'], alias: ['PKU', '北京大学'] },
    },
    {
      kind: 'organisation',
      id: 'sysu',
      label: 'Sun Yat-sen University',
      meeting: null,
      fields: { name: ['Sun Yat-sen University'], alias: ['SYSU', '中山大学'] },
    },
    {
      kind: 'organisation',
      id: 'keppel',
      label: 'Keppel',
      meeting: null,
      fields: { name: ['Keppel'], alias: ['吉宝'] },
    },
    {
      kind: 'mou',
      id: 'mou-keppel-pku',
      label: 'Keppel – Peking University',
      meeting: 'm4',
      fields: {
        name: ['Keppel – Peking University'],
        partner: ['Keppel', '吉宝', 'Peking University', '北京大学'],
        kind: ['mou'],
      },
    },
    {
      kind: 'meeting',
      id: 'm4',
      label: '4th JIC',
      meeting: 'm4',
      fields: { name: ['4th JIC'], alias: ['第四次会议'], keyword: ['覃伟中', 'Qin Weizhong'] },
    },
  ];
  const engine = createSearchEngineFromEntries(entries, { latestMeeting: 'm4' });
  const first = (q: string, kinds?: IndexEntry['kind'][]) => engine.search(q, { kinds })[0]?.id;

  it('a Chinese name, simplified or traditional, is the exact tier', () => {
    expect(engine.search('北京大学')[0]).toMatchObject({ id: 'pku', tier: 'alias' });
    expect(engine.search('北京大學')[0]).toMatchObject({ id: 'pku', tier: 'alias' });
  });

  it('part of a name finds it, and does not find the other university', () => {
    expect(first('北京')).toBe('pku');
    expect(engine.search('北京').map((h) => h.id)).not.toContain('sysu');
    expect(first('中山')).toBe('sysu');
  });

  it('mixed and joined text finds the record with both', () => {
    expect(first('keppel 北京大学', ['mou'])).toBe('mou-keppel-pku');
    expect(first('吉宝北京大学')).toBe('mou-keppel-pku');
    expect(first('吉寶 北京大學 备忘录')).toBe('mou-keppel-pku');
  });

  it('a person’s name in either script finds the meeting', () => {
    expect(first('覃伟中')).toBe('m4');
    expect(first('覃偉中')).toBe('m4');
  });

  it('autocomplete offers a name from its first character', () => {
    expect(engine.suggest('北').map((h) => h.id)).toContain('pku');
    expect(engine.suggest('北京大').map((h) => h.id)[0]).toBe('pku');
  });

  it('Chinese glue alone finds nothing', () => {
    expect(engine.search('的了吗')).toEqual([]);
    expect(engine.search('什么')).toEqual([]);
  });
});
