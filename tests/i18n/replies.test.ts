// Every reply kind, written for a Chinese reader: no English label left (record text, names and links aside:
// tests/i18n/english-left.ts). Limits and the reading budget, in every language: tests/cards/budget.test.ts.
import { describe, expect, it } from 'vitest';
import { handleAutocomplete, handleCommand, handleComponent } from '../../src/router.js';
import { everyReply } from '../cards/catalogue.js';
import { testDeps } from '../helpers.js';
import { englishLeft } from './english-left.js';
import { localeOfText } from '../../src/i18n/index.js';

const LOCALES = ['zh-CN', 'zh-TW'] as const;
/** What the catalogue's replies were asked (tests/cards/catalogue.ts): echoed back as typed. */
const TYPED = [
  'qqxzzv',
  'zzzz',
  'ntu',
  'ai',
  'singapore',
  'keppel',
  'energy storage',
  'shenzhen',
  'sun yat-sen',
  'Mars',
];

/** The custom_ids of every card's buttons and menus, in order. */
const customIds = (samples: ReturnType<typeof everyReply>) =>
  samples
    .filter((s) => s.kind !== '/ask answer')
    .flatMap((s) => JSON.stringify(s.reply.components ?? []).match(/"custom_id":"[^"]*"/g) ?? []);
let englishIds: string[] | undefined;

describe.each(LOCALES)('every reply kind in %s', (locale) => {
  const deps = testDeps(locale);
  const samples = everyReply(deps);

  // /ask's sentences are the answer pipeline's (src/answer/say-zh.ts); its buttons and source line are the cards'.
  const cards = samples.filter((s) => s.kind !== '/ask answer');
  it.each(cards.map((s) => [s.kind, s.name, s] as const))('%s %s: no English label left', (_k, _n, s) => {
    expect(englishLeft(s.reply, deps.dataset, TYPED)).toEqual([]);
  });

  it('/ask answers: buttons and the source line are in the reader’s language', () => {
    for (const s of samples.filter((x) => x.kind === '/ask answer')) {
      const { content, ...rest } = s.reply;
      expect(englishLeft(rest, deps.dataset), s.name).toEqual([]);
      expect(content ?? '', s.name).not.toMatch(/-# Sources:/);
    }
  });

  it('autocomplete choices name their kind in the reader’s language', () => {
    for (const [command, option, typed] of [
      ['project', 'query', 'quik'],
      ['partner', 'name', '北京'],
      ['mou', 'query', ''],
      ['search', 'query', 'keppel'],
      ['search', 'query', '深圳'],
    ] as const) {
      const choices = handleAutocomplete(command, { name: option, value: typed }, {}, deps, locale);
      expect(choices.length, `${command} ${typed}`).toBeGreaterThan(0);
      for (const c of choices) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
        expect(englishLeft({ content: c.name, allowed_mentions: { parse: [] } }, deps.dataset), c.name).toEqual([]);
      }
    }
  });

  // (This locale's replies are the samples above; the English ones are built once for both locales: each build of
  // every reply takes seconds, and twice per locale it ran past the default timeout on a loaded machine.)
  it('a button works whatever the locale: custom_ids are the same in every language', { timeout: 120_000 }, () => {
    const en = testDeps('en');
    expect(customIds(samples)).toEqual((englishIds ??= customIds(everyReply(en))));
    // And a click is answered in the clicker's language, not the card's.
    const click = handleComponent('v1:totals:3', [], deps, locale);
    expect(click.data.embeds?.[0]?.title).toMatch(locale === 'zh-CN' ? /第三次联合执委会会议/ : /第三次聯合執委會會議/);
    expect(handleComponent('v1:totals:3', [], en, 'en').data.embeds?.[0]?.title).toMatch(/3rd JIC meeting/);
  });
});

describe('the /totals table in Chinese', () => {
  // Columns a monospace font gives: Chinese characters take two.
  const width = (s: string) =>
    [...s].reduce((n, ch) => n + (/[\p{Script=Han}\u3000-\u303f\uff00-\uff60]/u.test(ch) ? 2 : 1), 0);
  it.each(['zh-CN', 'zh-TW'] as const)('%s: the number columns line up under their headers', (locale) => {
    const description = handleCommand('totals', {}, testDeps(locale), locale).embeds?.[0]?.description ?? '';
    const lines = /```\n([\s\S]*?)\n```/.exec(description)?.[1]?.split('\n') ?? [];
    expect(lines.length).toBeGreaterThan(3);
    // Where each of the four count columns ends on screen: header (no row name), sub-header and rows (one-word names).
    const ends = lines.map((line, i) => {
      const tokens = [...line.matchAll(/\S+/g)].map((m) => width(line.slice(0, (m.index ?? 0) + m[0].length)));
      return i === 0 ? tokens.slice(0, 4) : tokens.slice(1, 5);
    });
    for (const e of ends) expect(e, lines.join('\n')).toEqual(ends[0]);
  });
});

describe('the reply language follows the words a question is written in, not a name quoted in it', () => {
  const deps = testDeps();
  const ask = (question: string) => handleCommand('ask', { question }, deps, 'en').content ?? '';
  it('answers English that quotes a Chinese name in English (names, bodies, the zone)', () => {
    expect(ask('who is 梁颖强?')).toMatch(/^Joseph Leong is Permanent Secretary/);
    expect(ask('how many MOUs did 吉宝 sign?')).toMatch(/^Keppel signed 1 MOU/);
    expect(ask('did 吉宝 sign with Peking University?')).toMatch(/^Yes: /);
    expect(ask('what is 深新前海智慧城市合作创新示范园区?')).toMatch(
      /^The Singapore-Shenzhen Smart City Demonstration Zone/,
    );
    expect(ask("who's 覃偉中?")).toMatch(/^Qin Weizhong is Mayor/);
  });
  it('answers Japanese (Han characters among kana) in English, not Traditional Chinese', () => {
    const reply = ask('MOUは何件ですか？');
    expect(reply).toMatch(/^I'm not sure/);
    expect(reply).not.toMatch(/我不確定|我不确定/);
  });
  it('answers Chinese that quotes an English name in Chinese, in its script', () => {
    expect(ask('QuikBot和谁签了备忘录?')).toMatch(/^QuikBot Technologies Pte Ltd 与 .+签署了谅解备忘录/);
    expect(ask('Keppel的MOU是关于什么的？')).toMatch(/^Keppel – Peking University（第四次联合执委会会议/);
    // (What it is leads, in its source's words: the 3rd meeting's outcome, which says what TradeTrust is.)
    expect(ask('TradeTrust是什麼？')).toMatch(/^來源這樣介紹它（英文原文）：IMDA and Shenzhen/);
  });
  it('reads the language from grammar words on each side (unit)', () => {
    const en = ['who is 覃伟中?', 'what did 深圳市人民政府 sign?', 'when did 陈如桂 sign the founding MOU?'];
    for (const q of en) expect(localeOfText(q, 'en'), q).toBe('en');
    const cn = ['几份MOU？', '第3次会议的mou有名字吗', 'quikbot和谁签了', '覃伟中', '列出所有大学'];
    for (const q of cn) expect(localeOfText(q, 'en'), q).toBe('zh-CN');
    expect(localeOfText('DBS和UOB做了幾次試驗', 'en')).toBe('zh-TW');
    // A Chinese client keeps its own locale, whatever the question is written in.
    expect(localeOfText('who is 覃伟中?', 'zh-TW')).toBe('zh-TW');
  });
});

describe('/ask written in Chinese from a client set to English', () => {
  it('is answered in Chinese, in the script it is written in; a Chinese client keeps its own', () => {
    const deps = testDeps();
    const cn = handleCommand('ask', { question: '第四次会议签了几份备忘录？' }, deps, 'en').content ?? '';
    expect(cn).toMatch(/^第四次联合执委会会议（2023年12月14日）签署了 8 份谅解备忘录/);
    const tw = handleCommand('ask', { question: '第四次會議簽了幾份備忘錄？' }, deps, 'en').content ?? '';
    expect(tw).toMatch(/^第四次聯合執委會會議（2023年12月14日）簽署了 8 份諒解備忘錄/);
    expect(handleCommand('ask', { question: 'how many MOUs at the 4th JIC?' }, deps, 'en').content).toMatch(/^8 MOUs/);
    expect(handleCommand('ask', { question: '第四次會議簽了幾份備忘錄？' }, deps, 'zh-CN').content).toMatch(
      /签署了 8 份/,
    );
  });
});
