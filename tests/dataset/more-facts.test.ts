// The facts of more-facts.md (data/sources/, copied from ../shared/sources/) (issue 14) on file, each checked against that file's
// words (read here, not copied from data/): records named as published, silences kept as silences.
import { describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../src/dataset/index.js';
import { sourceText } from './source-texts.js';

const result = loadDataset();
if (!result.ok) throw new Error(JSON.stringify(result.error));
const d: Dataset = result.value;
const flat = (t: string) => t.replace(/\s+/g, ' ');
const moreFacts = flat(sourceText('more-facts.md'));
/** The text of a `## ` section of more-facts.md, on one line. */
const section = (heading: string) => {
  const start = moreFacts.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(heading);
  const end = moreFacts.indexOf(' ## ', start + 3);
  return moreFacts.slice(start, end < 0 ? undefined : end);
};
const highlights = (n: number) => d.meetingByNumber(n)!.highlights;
const highlight = (n: number, re: RegExp) => highlights(n).find((h) => re.test(h.text));

describe('the 3rd meeting’s 14 projects: 7 flagship and 7 key, 8 named', () => {
  const third = section('3rd meeting (25 Nov 2022)');
  const jic3 = d.meetingByNumber(3)!;
  const named = d.projectsAt(jic3.id);

  it('reports 14 and keeps them 14: the 8 named are records on file, not a new total', () => {
    expect(third).toContain('The 14 new projects were 7 flagship (旗舰) and 7 key (重点) projects [BSM-3]');
    expect(jic3.newProjects.value).toBe(14);
    const row = d.figures.perMeeting.find((m) => m.meeting.number === 3)!;
    expect(row).toMatchObject({ reportedNewProjects: 14, projectsOnFile: 8 });
    expect(row.projectGroups).toEqual([
      { tier: 'flagship', zh: '旗舰', reported: 7, onFile: 4 },
      { tier: 'key', zh: '重点', reported: 7, onFile: 4 },
    ]);
  });

  it('each named record carries its Chinese name as published, under the group the source gives', () => {
    const [, flagship, key] = third.match(/- flagship: (.*?) - key: (.*?) - The other 3/)!;
    for (const p of named) {
      const zh = p.zh?.[0];
      expect(zh?.sources, p.id).toEqual(['BSM-3']);
      expect(p.tier === 'flagship' ? flagship : key, p.id).toContain(zh!.name);
    }
    expect(named.filter((p) => p.tier === 'flagship').map((p) => p.zh?.[0]?.name)).toEqual([
      '中新(深圳)跨境贸易数据国际互联互通项目',
      '深新前海智慧城市合作创新示范园区项目',
      '深新前海人才合作平台项目',
      '深新启新汇产业合作平台项目',
    ]);
    expect(named.filter((p) => p.tier === 'key')).toHaveLength(4);
  });

  it('the English names are our renderings, labelled so, and are the ones more-facts.md gives', () => {
    for (const p of named) {
      expect(p.nameIsRendering, p.id).toBe(true);
      expect(third.toLowerCase(), p.id).toContain(`(${p.name.replace(/“|”/g, '"')})`.toLowerCase());
    }
    // Published names are never marked as renderings.
    for (const p of d.projects.filter((x) => x.meeting !== jic3.id)) expect(p.nameIsRendering, p.id).toBeUndefined();
  });

  it('says not stated where the sources are silent: no partners, and 3 of each group unnamed', () => {
    expect(third).toContain('The other 3 flagship and 3 key projects are not named in any source found');
    for (const p of named) {
      expect(p.partners, p.id).toEqual([]);
      expect(p.partnersNote, p.id).toBe('Not named in the sources.');
    }
    expect(highlight(3, /7 flagship/)?.text).toMatch(
      /the other 3 flagship and 3 key projects are not named in the sources/,
    );
  });

  it('what each group spans, in the source’s words', () => {
    const spans = Object.fromEntries((d.meetingByNumber(3)!.projectGroups ?? []).map((g) => [g.tier, g.spans?.text]));
    expect(third).toContain(`The flagship group spans ${spans.flagship}.`);
    expect(third).toContain(`The key group spans ${(spans.key ?? '').replace(/[“”]/g, '"')}.`);
  });

  it('the TradeTrust pilot’s expansion, and what the projects spanned (IFG-3)', () => {
    expect(third).toContain(
      "IMDA and the Shenzhen Bureau of Commerce will expand IMDA's TradeTrust electronic bills of lading pilot to live commercial transactions with banks, shippers and other partners [TT-3, 004, BSM-3]",
    );
    expect(highlight(3, /TradeTrust/)?.sources).toEqual(['TT-3', '004_a707c7e2f2904bc5.txt', 'BSM-3']);
    const spans = highlight(3, /span e-commerce/)!;
    expect(spans.sources).toEqual(['IFG-3']);
    expect(third).toContain(
      'The projects span e-commerce, cross-border data exchange, fintech and green tech, including AI to cut carbon emissions and to manage electric-vehicle batteries [IFG-3]',
    );
  });
});

describe('the 1st and 2nd meetings', () => {
  it('1st: the SIMC–SCIA MOU led to the Med-Arb Protocol of 25 Nov 2022 (RT-3)', () => {
    const h = highlight(1, /Med-Arb Protocol/)!;
    expect(h.sources).toEqual(['RT-3']);
    expect(h.parties).toEqual(['simc', 'scia']);
    expect(h.text).toMatch(/launched on 25 Nov 2022/);
    expect(section('1st meeting')).toContain('Med-Arb Protocol, launched on 25 Nov 2022');
  });

  it('2nd: the progress report (TT-2) with its numbers', () => {
    const second = section('2nd meeting');
    const progress = highlights(2).filter((h) => /^Progress on the first phase/.test(h.text));
    expect(progress.map((h) => h.sources)).toEqual([['TT-2'], ['TT-2'], ['TT-2']]);
    const text = progress.map((h) => h.text).join(' ');
    for (const fact of [
      'UOB ran two, DBS one',
      'Bank of China, ICBC and MUFG',
      '13 partners, 118 Singapore SME suppliers and 163 Chinese enterprise buyers as at 30 Jun 2021',
      'XNode (10 companies in its first batch, 8 in its second)',
    ]) {
      expect(second).toContain(fact);
      expect(text).toContain(fact);
    }
    expect(text).toMatch(/OneSME platform, launched in Sept 2020/);
    expect(text).toMatch(/Global Innovation Alliance \(GIA\) node in Shenzhen, launched in Dec 2020/);
  });

  it('2nd: the Chinese report’s areas, the joint lab, and who chaired the session (PD-2, TT-2)', () => {
    expect(highlight(2, /电子发票/)?.sources).toEqual(['PD-2']);
    expect(highlight(2, /joint lab for smart-agriculture robots/)?.sources).toEqual(['TT-2']);
    expect(highlight(2, /艾学峰 Ai Xuefeng/)?.sources).toEqual(['PD-2']);
    expect(d.meetingByNumber(2)!.place.sources).toEqual(['PD-2']);
  });
});

describe('the 4th meeting as the Chinese press reported it (HKCD-4)', () => {
  const fourth = section('4th meeting');
  it('the start-up area unveiled, 8 project MOUs and 4 entry agreements, the focus areas, earlier projects singled out', () => {
    expect(highlight(4, /start-up area \(启动区\)/)?.sources).toEqual(['HKCD-4']);
    const report = highlight(4, /As the Chinese press reported it/)!;
    expect(report.sources).toEqual(['HKCD-4']);
    expect(report.text).toMatch(/\b8 project MOUs\b.*\b4 demonstration-park entry agreements \(入园协议\)/);
    expect(fourth).toContain('4 demonstration-park entry agreements (入园协议)');
    const focus = highlight(4, /what the meeting focused on/)!;
    expect(fourth).toContain(
      focus.text.replace('The Chinese report lists what the meeting focused on: ', 'Focus areas named: '),
    );
    expect(highlight(4, /AEO/)?.sources).toEqual(['HKCD-4']);
  });

  it('the co-chairs reading from news reports is not backed by HKCD-4, which says they attended and spoke', () => {
    expect(fourth).toContain('Qin Weizhong and Joseph Leong attended and gave the opening speeches');
    const reading = d.meetingByNumber(4)!.people.find((r) => r.people.some((p) => p.name === 'Qin Weizhong'))!;
    expect(reading.sources).not.toContain('HKCD-4');
  });
});

describe('after the 4th meeting', () => {
  it('the 2024 fifth-anniversary visit (ST-H): who co-chairs the committee in 2024, not who chaired the 4th meeting', () => {
    const [visit] = d.initiative.events ?? [];
    expect(visit?.date).toBe('2024-04-12');
    expect(visit?.sources).toEqual(['ST-H']);
    expect(visit?.text).toMatch(/Heng Swee Keat met Shenzhen Mayor Qin Weizhong/);
    expect(visit?.text).toMatch(/fifth-anniversary/);
    expect(section('After the 4th meeting')).toContain('he co-chairs the committee with Joseph Leong [ST-H]');
    // The 4th meeting never cites ST-H for its co-chairs.
    expect(JSON.stringify(d.meetingByNumber(4))).not.toContain('ST-H');
  });
});
