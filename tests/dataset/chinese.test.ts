// Chinese names, checked against more-facts.md (data/sources/, read here): a name shown as a fact
// is printed by the source it cites; a standard name no SCI source gives is for search only.
import { describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../src/dataset/index.js';
import { sourceText } from './source-texts.js';

const result = loadDataset();
if (!result.ok) throw new Error(JSON.stringify(result.error));
const d: Dataset = result.value;
const moreFacts = sourceText('more-facts.md');
const lines = moreFacts.split('\n');
/** The more-facts.md bullet line(s) holding `text` (a bullet may wrap onto the next lines). */
const bulletsWith = (text: string) => {
  const bullets: string[] = [];
  for (const line of lines) {
    if (/^\s*- /.test(line) || bullets.length === 0) bullets.push(line);
    else bullets[bullets.length - 1] += ' ' + line.trim();
  }
  return bullets.filter((b) => b.includes(text));
};
const ALIAS_HEADING = 'Standard Chinese names with no SCI source';

describe('Chinese names shown with their source', () => {
  const sourced = d.chineseNames.filter((n) => n.sourced);

  it('are the ones more-facts.md gives, each citing a key named beside it', () => {
    expect(sourced.length).toBeGreaterThanOrEqual(15);
    // The 3rd meeting's project names sit in sub-bullets under the line that cites them (tests/dataset/more-facts.test.ts).
    for (const n of sourced.filter((x) => x.target.kind !== 'project')) {
      const bullets = bulletsWith(n.name).filter((b) => !b.includes(ALIAS_HEADING));
      expect(bullets.length, n.name).toBeGreaterThan(0);
      for (const s of n.sources)
        expect(
          bullets.some((b) => b.includes(s)),
          `${n.name} cites ${s}`,
        ).toBe(true);
    }
  });

  it('people: 覃伟中 (and 覃偉中 in Hong Kong Commercial Daily), 梁颖强/梁穎強, 陈如桂, 杨颖仪, 艾学峰', () => {
    const zh = (name: string) => d.person(name)?.zh.map((z) => `${z.name} ${z.script} ${z.sources.join(',')}`);
    expect(zh('Qin Weizhong')).toEqual(['覃伟中 simplified PD-2,PRNCN-3', '覃偉中 traditional HKCD-4']);
    expect(zh('Joseph Leong')).toEqual(['梁颖强 simplified PRNCN-3', '梁穎強 traditional HKCD-4']);
    expect(zh('Chen Rugui')).toEqual(['陈如桂 simplified XJP-0']);
    expect(zh('Yong Ying-I')).toEqual(['杨颖仪 simplified PD-2,XJP-0']);
    expect(zh('Ai Xuefeng')).toEqual(['艾学峰 simplified PD-2']);
    expect(moreFacts).toContain('HKCD-4 (traditional 覃偉中)');
  });

  it('bodies, the initiative, its committee, the founding MOU and the Demonstration Zone', () => {
    expect(d.organisation('mci')?.zh?.map((z) => z.name)).toEqual(['新加坡通讯及新闻部']);
    expect(d.organisation('imda')?.zh?.map((z) => z.name)).toEqual(['新加坡资讯通信媒体发展局']);
    expect(d.organisation('shenzhen-municipal-government')?.zh?.map((z) => z.name)).toEqual(['深圳市人民政府']);
    expect(d.initiative.zh?.map((z) => z.name)).toEqual(['深圳-新加坡智慧城市合作', '新中(深圳)智慧城市项目']);
    expect(d.initiative.committee?.zh?.map((z) => z.name)).toEqual([
      '深圳-新加坡智慧城市合作联合执行委员会',
      '联合执委会',
      '新中(深圳)智慧城市项目合作联合执行委员会',
    ]);
    expect(d.meetingByNumber(0)?.zh?.map((z) => z.name)).toEqual(['关于深圳-新加坡智慧城市合作倡议的谅解备忘录']);
    const zone = d.initiative.demonstrationZone?.zh?.[0];
    expect(zone?.name).toBe('深新前海智慧城市合作创新示范园区');
    // The English is our rendering, labelled so, never an official name.
    expect(zone?.rendering).toBe('Shenzhen–Singapore Qianhai Smart City Cooperation Innovation Demonstration Park');
    expect(moreFacts).toContain(
      '(Shenzhen–Singapore Qianhai Smart City\n  Cooperation Innovation Demonstration Park; our rendering)',
    );
  });

  it('every one cites a source written in Chinese', () => {
    for (const n of sourced)
      expect(
        n.sources.some((s) => d.source(s)?.language === 'zh'),
        n.name,
      ).toBe(true);
  });
});

describe('standard Chinese names with no SCI source: search aliases only', () => {
  const [aliasLine] = bulletsWith(ALIAS_HEADING);
  const searchOnly = d.chineseNames.filter((n) => !n.sourced);

  it('are every name that line lists, and nothing else', () => {
    const listed = [...aliasLine!.matchAll(/\p{Script=Han}[\p{Script=Han}（）]*/gu)].map((m) => m[0]);
    expect(searchOnly.map((n) => n.name).sort()).toEqual(listed.sort());
    expect(listed).toEqual(
      expect.arrayContaining(['北京大学', '中山大学', '香港中文大学（深圳）', '前海', '深圳', '新加坡']),
    );
  });

  it('carry no source, and are never a sourced name of the same record', () => {
    for (const n of searchOnly) {
      expect(n.sources).toEqual([]);
      const sourcedHere = d.chineseNames
        .filter((s) => s.sourced && JSON.stringify(s.target) === JSON.stringify(n.target))
        .map((s) => s.name);
      expect(sourcedHere).not.toContain(n.name);
    }
  });

  it('point at the organisation they name', () => {
    const target = (name: string) => searchOnly.find((n) => n.name === name)?.target;
    expect(target('北京大学')).toEqual({ kind: 'organisation', id: 'peking-university' });
    expect(target('中山大学')).toEqual({ kind: 'organisation', id: 'sysu-shenzhen' });
    expect(target('香港中文大学（深圳）')).toEqual({ kind: 'organisation', id: 'cuhk-shenzhen' });
    expect(target('深圳市商务局')).toEqual({ kind: 'organisation', id: 'shenzhen-bureau-of-commerce' });
    expect(searchOnly.find((n) => n.name === '深圳')).toMatchObject({
      means: 'Shenzhen',
      target: { kind: 'initiative' },
    });
  });
});
