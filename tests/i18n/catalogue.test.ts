import { describe, expect, it } from 'vitest';
import { ConverterFactory } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset/cn2t';
import { CATALOGUES, formatDate, isKnownLocale, LOCALES, localeOf, type Messages } from '../../src/i18n/index.js';
import { foldHan } from '../../src/text/han.js';
import { testDeps } from '../helpers.js';
import { readFileSync } from 'node:fs';
import { ANSWER_ZH, PARTNER_LABELS } from '../../src/i18n/answer.js';
import { phraseChanges, toTaiwan } from './traditional.js';
import { zhTwFiles } from './zh-tw-files.js';

/** Every message of a catalogue as [path, text]: strings as they are, functions called with sample arguments. */
function leaves(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node === 'function') {
    const args = Array.from({ length: node.length }, (_, i) => (i === 0 ? '2023' : i === 1 ? '12' : 14));
    return [[`${path}()`, String((node as (...a: unknown[]) => unknown)(...args))]];
  }
  if (Array.isArray(node)) return node.flatMap((x, i) => leaves(x, `${path}[${i}]`));
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, `<${typeof node}>`]];
}

/** The catalogue's shape: each key with what it holds (a function's arity, an array's length). */
function shape(node: unknown): unknown {
  if (typeof node === 'function') return `fn/${node.length}`;
  if (Array.isArray(node)) return node.map(shape);
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, shape(v)]));
  return typeof node;
}

const zh = ['zh-CN', 'zh-TW'] as const;
// Latin words a Chinese message may keep: commands and options as typed, locale codes, the record kinds' acronyms.
const LATIN_OK = /^(help|en|zh|cn|tw|mou|mous|jic|sci|url|id)$/i;

describe('message catalogues', () => {
  it('every message exists in every language, with the same arguments', () => {
    // Tables keyed by data ids (countries, Annex A groups) are checked against the data below.
    const fixed = (m: Messages) => ({
      ...m,
      country: null,
      mouGroup: null,
      cards: {
        ...m.cards,
        people: null,
        zhLabel: null,
        organisation: { ...m.cards.organisation, kinds: null },
        meeting: { ...m.cards.meeting, tier: null, manner: null },
      },
      notes: { ...m.notes, hint: null, noun: null, example: null },
    });
    for (const locale of LOCALES) expect(shape(fixed(CATALOGUES[locale])), locale).toEqual(shape(fixed(CATALOGUES.en)));
  });

  it('every country and Annex A group in the data has a name in each Chinese catalogue', () => {
    const { dataset } = testDeps();
    for (const locale of zh) {
      for (const o of dataset.organisations)
        expect(CATALOGUES[locale].country[o.country], `${locale} ${o.country}`).toBeTruthy();
      for (const g of dataset.initiative.mouGroups)
        expect(CATALOGUES[locale].mouGroup[g.id], `${locale} ${g.id}`).toBeTruthy();
    }
  });

  it('no message is empty', () => {
    for (const locale of LOCALES)
      for (const [path, text] of leaves(CATALOGUES[locale])) expect(text.trim(), `${locale} ${path}`).not.toBe('');
  });

  it.each(zh)('%s messages carry no English words (commands in backticks and acronyms aside)', (locale) => {
    for (const [path, text] of leaves(CATALOGUES[locale] as Messages)) {
      const latin = (text.replace(/`[^`]*`/g, ' ').match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !LATIN_OK.test(w));
      expect(latin, `${locale} ${path}: ${text}`).toEqual([]);
    }
  });

  it('zh-TW is zh-CN converted (OpenCC, Taiwan phrases and words), not a hand-kept copy', () => {
    const tw = new Map(leaves(CATALOGUES['zh-TW']));
    const cn = leaves(CATALOGUES['zh-CN']);
    expect([...tw.keys()]).toEqual(cn.map(([path]) => path));
    // The language's own name is the one message that is not a conversion.
    for (const [path, text] of cn)
      if (path !== 'language')
        expect(tw.get(path), `zh-TW ${path}: run npx tsx tests/i18n/write-zh-tw.ts`).toBe(toTaiwan(text));
  });

  // OpenCC's phrase tables also read idioms across a template's join ("7 个中收录" → "7 箇中收錄"): every
  // word they change beyond character-by-character conversion is one a person has read and accepted.
  it('zh-TW: every phrase OpenCC changed has been reviewed', () => {
    // 公佈, 簽署, 執行, 影片, 智慧, 擷取, 檢視, 通訊, 資料, 選單, 開啟: Taiwan's usual words, read in context.
    const REVIEWED = ['佈', '簽', '執', '影片', '慧', '擷', '檢視', '訊', '資料', '選', '開啟'];
    const changed = [...new Set(leaves(CATALOGUES['zh-CN']).flatMap(([, text]) => phraseChanges(text)))].sort();
    expect(changed, 'a new OpenCC phrase reading: read it in context, then add it here or reword zh-CN').toEqual(
      [...REVIEWED].sort(),
    );
  });

  it('every zh-TW file is what tests/i18n/write-zh-tw.ts writes from its zh-CN one (no hand edits)', async () => {
    for (const { path, text } of await zhTwFiles())
      expect(readFileSync(path, 'utf8'), `${path}: run npx tsx tests/i18n/write-zh-tw.ts`).toBe(text);
  });

  it("/ask's sentences: zh-CN in simplified characters, zh-TW its conversion, every phrase reading reviewed", () => {
    const cn = [...leaves(ANSWER_ZH['zh-CN']), ...leaves(PARTNER_LABELS['zh-CN'])];
    const tw = new Map([...leaves(ANSWER_ZH['zh-TW']), ...leaves(PARTNER_LABELS['zh-TW'])]);
    for (const [path, text] of cn) {
      expect(foldHan(text), `zh-CN ${path}`).toBe(text);
      expect(tw.get(path), `zh-TW ${path}`).toBe(toTaiwan(text));
    }
    // 簽署, 公佈, 聯絡, 檢視, 註明, 連結, 視訊會議, 資訊, 鐘點 (o'clock, not the surname 鍾): Taiwan's usual words, read in context.
    const changed = [...new Set(cn.flatMap(([, text]) => phraseChanges(text)))].sort();
    expect(changed).toEqual(['佈', '簽', '絡', '檢視', '註', '連結', '訊', '資訊', '鐘'].sort());
  });

  it('zh-CN is written in simplified characters and zh-TW in traditional ones', () => {
    const toTraditional = ConverterFactory(from.cn ?? [], to.tw ?? []);
    for (const [path, text] of leaves(CATALOGUES['zh-CN'])) expect(foldHan(text), `zh-CN ${path}`).toBe(text);
    for (const [path, text] of leaves(CATALOGUES['zh-TW'])) expect(toTraditional(text), `zh-TW ${path}`).toBe(text);
  });
});

describe('locales', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-tw', 'zh-TW'],
    ['zh_Hant', 'zh-TW'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['fr', 'en'],
    ['ja', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%j → %s', (code, want) => {
    expect(localeOf(code)).toBe(want);
  });

  it('the console accepts the three languages and rejects a typo', () => {
    for (const code of ['en', 'en-US', 'zh-CN', 'zh-tw']) expect(isKnownLocale(code), code).toBe(true);
    for (const code of ['zh-XX', 'cn', 'english']) expect(isKnownLocale(code), code).toBe(false);
  });

  it('dates are written as each language writes them, as precise as the source', () => {
    expect(formatDate('2023-12-14', 'en')).toBe('14 Dec 2023');
    expect(formatDate('2023-12-14', 'zh-CN')).toBe('2023年12月14日');
    expect(formatDate('2020-06', 'zh-TW')).toBe('2020年6月');
    expect(formatDate('2019', 'zh-CN')).toBe('2019年');
    expect(formatDate(null, 'zh-CN')).toBe('来源未载明日期');
  });
});
