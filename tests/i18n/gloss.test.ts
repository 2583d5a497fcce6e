import { describe, expect, it } from 'vitest';
import { glossChinese } from '../../src/i18n/gloss.js';
import { isOrdinaryChinese } from '../../src/answer/lexicon.js';
import { testDeps } from '../helpers.js';

const { dataset } = testDeps();

describe('Chinese questions read into the words the answer pipeline knows', () => {
  it.each([
    ['谁和吉宝签署了谅解备忘录？', 'who Keppel signed mous'],
    ['吉寶和誰簽署了備忘錄？', 'Keppel with whom signed mous'],
    ['第三次会议签署了多少份谅解备忘录？', '3rd meeting signed how many mous'],
    ['第4次联委会是什么时候召开的？', '4th jic when held'],
    ['创始谅解备忘录在哪里签署？', 'founding mou where signed'],
    ['2021年签署了多少份谅解备忘录？', '2021 signed how many mous'],
    ['第三次会议由谁共同主持？', '3rd meeting who cochaired'],
    // the topic after 有关于 whole (never 「于…」); a range in English's order; Shenzhen the city; counted from the end
    ['有关于东南亚的备忘录吗', 'did about southeast asia mous'],
    ['2021年以后签了多少份备忘录', 'after 2021 signed how many mous'],
    ['第三次和第四次会议之间新增了多少个项目', 'between the 3rd and 4th meetings added how many projects'],
    ['截至第三次会议共有多少个项目', 'by the 3rd meeting in total how many projects'],
    ['深圳有几家公司', 'how many companies in Shenzhen'],
    ['哪些会议不是在深圳开的', 'which meetings not in Shenzhen held'],
    ['倒数第二次会议是什么时候', 'second to last meetings when'],
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

  it('words of the language are never a name no source gives; a name is (来源对 = the sources on, 腾讯 a name)', () => {
    for (const w of ['来源对', '文件里', '报道说', '资料中的', '说法一致', '媒体报道'])
      expect(isOrdinaryChinese(w)).toBe(true);
    for (const w of ['腾讯', '阿里巴巴', '华为', '新闻集团', '北大']) expect(isOrdinaryChinese(w)).toBe(false);
  });

  it('text without Chinese is returned as it is', () => {
    expect(glossChinese('how many MOUs?', dataset)).toBe('how many MOUs?');
  });
});
