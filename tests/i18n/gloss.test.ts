import { describe, expect, it } from 'vitest';
import { glossChinese } from '../../src/i18n/gloss.js';
import { testDeps } from '../helpers.js';

const { dataset } = testDeps();

describe('Chinese questions read into the words the answer pipeline knows', () => {
  it.each([
    ['谁和吉宝签署了谅解备忘录？', 'who Keppel signed mous'],
    ['吉寶和誰簽署了備忘錄？', 'Keppel with whom signed mous'],
    ['第三次会议签署了多少份谅解备忘录？', '3rd meetings signed how many mous'],
    ['第4次联委会是什么时候召开的？', '4th jic when held'],
    ['创始谅解备忘录在哪里签署？', 'founding mou where signed'],
    ['2021年签署了多少份谅解备忘录？', '2021 signed how many mous'],
    ['第三次会议由谁共同主持？', '3rd meetings who cochaired'],
  ])('%s → %s', (q, want) => {
    expect(glossChinese(q, dataset)).toBe(want);
  });

  it('names come from the data: a source’s Chinese name or a search alias reads as the English name', () => {
    expect(glossChinese('覃偉中', dataset)).toBe('Qin Weizhong');
    expect(glossChinese('北京大学', dataset)).toBe('Peking University');
    expect(glossChinese('香港中文大学（深圳）有哪些项目', dataset)).toBe(
      'The Chinese University of Hong Kong, Shenzhen which projects',
    );
  });

  it('text without Chinese is returned as it is', () => {
    expect(glossChinese('how many MOUs?', dataset)).toBe('how many MOUs?');
  });
});
