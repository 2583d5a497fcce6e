// The facts users ask about, written from the source documents in ../shared/sources/ (not copied
// from data/): if a curator's edit changes one of them, this file says which.
import { describe, expect, it } from 'vitest';
import { loadDataset, type Dataset, type Party } from '../../src/dataset/index.js';

const result = loadDataset();
if (!result.ok) throw new Error(JSON.stringify(result.error));
const d: Dataset = result.value;

const partyNames = (parties: readonly Party[]) =>
  parties.map((p) => ('org' in p ? d.organisation(p.org)?.name : p.unnamed));

describe('the 4th JIC (press release of 15 Dec 2023, Annex A and B)', () => {
  const jic4 = d.meetingByNumber(4)!;

  it('was held in Shenzhen on 14 Dec 2023 and announced on 15 Dec 2023', () => {
    expect(jic4.date.value).toBe('2023-12-14');
    expect(jic4.announced?.value).toBe('2023-12-15');
    expect(jic4.place.value).toBe('Shenzhen');
  });

  it('keeps both readings of who co-chaired it, each with its sources', () => {
    const readings = jic4.people.map((r) => ({ names: r.people.map((p) => p.name), sources: r.sources }));
    expect(readings).toHaveLength(2);
    const release = readings.find((r) => r.names.includes('a representative from the Chinese government'));
    const reports = readings.find((r) => r.names.includes('Qin Weizhong'));
    expect(release?.names).toContain('Joseph Leong');
    expect(release?.sources).toContain('001_2cabd6fe47e053fe.txt');
    expect(reports?.names).toContain('Joseph Leong');
    expect(reports?.sources).toEqual(expect.arrayContaining(['000_6882151e8750fe98.txt', '003_753e1a3929d22644.txt']));
  });

  it('reports 8 MOUs, 14 projects, and 43 projects and 29 MOUs to date', () => {
    expect(jic4.newMous.value).toBe(8);
    expect(jic4.newProjects.value).toBe(14);
    expect(jic4.totals).toMatchObject({ projects: 43, mous: 29 });
  });

  it('reports 4 Demonstration Zone projects with their focus areas, and 4 unnamed companies as a separate fact', () => {
    expect(jic4.demoZone?.projects).toBe(4);
    expect(jic4.demoZone?.focus).toEqual([
      'new-generation information technology',
      'digital economy',
      'low-carbon solutions',
      'biomedicine',
    ]);
    const zone = d.projects.filter((p) => p.kind === 'demonstration-zone');
    expect(zone).toHaveLength(1);
    expect(zone[0]?.count).toBe(4);
    expect(zone[0]?.partners).toEqual([]);
    // The projects' partners are not named; the four companies are a separate fact (demoZone.companies).
    expect(zone[0]?.partnersNote).toBe('Not named in the sources.');
    expect(jic4.demoZone?.companies).toBe(4);
  });

  it('has all 8 MOUs of Annex A with their parties and group headings', () => {
    const mous = d.mousAt(jic4.id);
    const table = mous.map((m) => [partyNames(m.parties).join(' + '), m.group ? d.group(m.group)?.label : null]);
    expect(table).toEqual([
      ['Keppel + Peking University', '4th JIC, first group'],
      ['Capitaland Investment (China) + Qianhai Service Group Co., Ltd.', '4th JIC, first group'],
      ['Hashmeta Pte Ltd + Shenzhen Qianhai Hand-painted Technology and Culture Co., Ltd.', '4th JIC, first group'],
      [
        'QuikBot Technologies Pte Ltd + Shenzhen Intelligence Guardforce Robot Technology Co., Ltd.',
        '4th JIC, first group',
      ],
      ['Momentum Works Pte Ltd + Shenzhen Qianhai International Talent Service Center Co. Ltd', 'Talent Exchange'],
      [
        'China-Singapore International Joint Research Institute + The Chinese University of Hong Kong, Shenzhen',
        'Talent Exchange',
      ],
      ['Shenzhen Sports Industry Group Co., Ltd. + ONE Championship China (Shanghai) Co., Ltd.', 'Talent Exchange'],
      ['EE Music Singapore + Shenzhen Shenkun Technology Co. Ltd', 'Strategic pillar: AI'],
    ]);
  });

  it('marks the cut-off MOU descriptions, and completes QuikBot’s from ITS International', () => {
    const capitaland = d.mou('mou-capitaland-qianhai')!;
    expect(capitaland.description.cutOff).toBe(true);
    expect(capitaland.description.text.endsWith('implementation of China-Singapore')).toBe(true);
    expect(d.mou('mou-ee-music-shenkun')!.description.cutOff).toBe(true);
    const quikbot = d.mou('mou-quikbot-guardforce')!;
    expect(quikbot.description.cutOff).toBeFalsy();
    expect(quikbot.description.text).toMatch(/enhance customer experience\.$/);
    expect(quikbot.description.sources).toContain('000_6882151e8750fe98.txt');
  });

  it('has all 14 joint projects of Annex B, numbered, with every partner', () => {
    const projects = d.projectsAt(jic4.id).filter((p) => p.kind === 'joint-project');
    expect(projects.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const partners = Object.fromEntries(projects.map((p) => [p.number, partyNames(p.partners)]));
    expect(partners[1]).toEqual(['Crimson Logic', 'ABK Technology (Shenzhen) Co. Ltd']);
    expect(partners[2]).toEqual([
      'Keppel',
      'Guangdong Provincial Public Service Intelligent Computing Laboratory',
      'Shenzhen Graduate School, Peking University',
    ]);
    expect(partners[4]).toEqual(['Singapore Rehabilitation Institute', 'Sun Yat-sen University Shenzhen']);
    expect(partners[5]).toEqual(['Nanyang Technological University', 'Sun Yat-sen University Shenzhen']);
    expect(partners[8]).toEqual(['Rajah & Tann Singapore LLP']);
    expect(partners[12]).toEqual([
      'National University of Singapore Business School',
      'Shenzhen Bosum Management Science Research Institute Co., Ltd',
    ]);
    expect(partners[13]).toEqual([
      'Singapore University of Social Sciences',
      'Shenzhen Bay Area Network Consulting Co., Ltd',
    ]);
    expect(partners[14]).toEqual([
      'QuikBot Technologies Pte Ltd',
      'Shenzhen Intelligence Guardforce Robot Technology Co., Ltd.',
    ]);
    for (const p of projects) expect(p.description.text.length).toBeGreaterThan(60);
  });

  it('links the seven collaborations that are both an MOU and a project', () => {
    const links = d.mous.flatMap((m) => m.relatedProjects.map((p) => `${m.id} ↔ ${p}`));
    expect(links).toEqual([
      'mou-keppel-pku ↔ prj-keppel-pku',
      'mou-hashmeta-hand-painted ↔ prj-hashmeta-hand-painted',
      'mou-quikbot-guardforce ↔ prj-quikbot-guardforce',
      'mou-momentum-qianhai-talent ↔ prj-momentum-qianhai-talent',
      'mou-csijri-cuhk-shenzhen ↔ prj-csijri-cuhk-shenzhen',
      'mou-sports-group-one-championship ↔ prj-one-championship-sports-group',
      'mou-ee-music-shenkun ↔ prj-ee-music-shenkun',
    ]);
  });
});

describe('the 3rd JIC (article on the MCI/IMDA announcement; IMDA release of 25 Nov 2022)', () => {
  const jic3 = d.meetingByNumber(3)!;
  it('was on 25 Nov 2022, by video link, co-chaired by Joseph Leong and Qin Weizhong', () => {
    expect(jic3.date.value).toBe('2022-11-25');
    expect(jic3.place.value).toMatch(/video/i);
    expect(jic3.people.map((r) => r.people.map((p) => p.name))).toEqual([['Joseph Leong', 'Qin Weizhong']]);
  });
  it('reports 8 MOUs, 14 projects, and 29 projects and 21 MOUs to date', () => {
    expect(jic3.newMous.value).toBe(8);
    expect(jic3.newProjects.value).toBe(14);
    expect(jic3.totals).toMatchObject({ projects: 29, mous: 21 });
  });
  it('names the TradeTrust eBL pilot, TusStar and the Joint Innovation Call', () => {
    const text = jic3.highlights.map((h) => h.text).join(' ');
    expect(text).toMatch(/TradeTrust/);
    expect(text).toMatch(/electronic Bills of Lading/);
    expect(text).toMatch(/TusStar/);
    expect(text).toMatch(/Joint Innovation Call/);
  });
});

describe('the founding MOU and the 1st and 2nd JIC (timeline-facts.md)', () => {
  it('founding: 15 Oct 2019 in Chongqing, signed by Chen Rugui and Yong Ying-I', () => {
    const f = d.meetingByNumber(0)!;
    expect(f.date.value).toBe('2019-10-15');
    expect(f.place.value).toMatch(/Chongqing/);
    expect(f.people[0]?.people.map((p) => p.name).sort()).toEqual(['Chen Rugui', 'Yong Ying-I']);
  });
  it('1st JIC: 17 June 2020, virtual, Yong Ying-I and Chen Rugui, 8 MOUs, projects not stated', () => {
    const m = d.meetingByNumber(1)!;
    expect(m.date.value).toBe('2020-06-17');
    expect(m.place.value).toMatch(/virtual/i);
    expect(m.people[0]?.people.map((p) => p.name)).toEqual(['Yong Ying-I', 'Chen Rugui']);
    expect(m.newMous.value).toBe(8);
    expect(m.newProjects.value).toBeNull();
    expect(m.highlights.map((h) => h.text).join(' ')).toMatch(/Asian SME Hub/);
  });
  it('2nd JIC: 18 Oct 2021, video conference, Yong Ying-I and Qin Weizhong, 4 MOUs, projects not stated', () => {
    const m = d.meetingByNumber(2)!;
    expect(m.date.value).toBe('2021-10-18');
    expect(m.people[0]?.people.map((p) => p.name)).toEqual(['Yong Ying-I', 'Qin Weizhong']);
    expect(m.newMous.value).toBe(4);
    expect(m.newProjects.value).toBeNull();
    const mous = d.mousAt(m.id);
    expect(mous).toHaveLength(4);
    // Three NCS MOUs whose Chinese partners the sources do not name.
    const unnamed = mous.filter((x) =>
      x.parties.some((p) => 'unnamed' in p && /not named in the sources/.test(p.unnamed)),
    );
    expect(unnamed).toHaveLength(3);
    expect(partyNames(d.mou('mou-datapost-kingdee')!.parties)).toEqual([
      'DataPost',
      'Kingdee E-Invoice Solution Technology (Shenzhen) Co. Ltd',
    ]);
  });
});

describe('organisations', () => {
  const alias = (a: string) => d.organisations.filter((o) => o.aliases.includes(a)).map((o) => o.id);
  it('carries the short forms people type', () => {
    expect(alias('NTU')).toEqual(['ntu']);
    expect(alias('NUS')).toEqual(['nus']);
    expect(alias('PKU')).toEqual(['peking-university']);
    expect(alias('SUSS')).toEqual(['suss']);
    expect(alias('SYSU')).toEqual(['sysu-shenzhen']);
    expect(alias('CUHK-Shenzhen')).toEqual(['cuhk-shenzhen']);
  });
  it('keeps sub-units under their parent, so the parent finds what they joined', () => {
    expect(d.organisation('nus-business-school')?.parent).toBe('nus');
    expect(d.organisation('pku-shenzhen-graduate-school')?.parent).toBe('peking-university');
    expect(d.projectsOf('nus').map((p) => p.id)).toEqual(['prj-nus-bosum']);
    expect(d.mousOf('peking-university').map((m) => m.id)).toEqual(['mou-keppel-pku']);
    expect(d.projectsOf('peking-university').map((p) => p.id)).toEqual(['prj-keppel-pku']);
  });
  it('gives everything a partner signed or joined', () => {
    expect(d.mousOf('quikbot').map((m) => m.id)).toEqual(['mou-quikbot-guardforce']);
    expect(d.projectsOf('sysu-shenzhen').map((p) => p.number)).toEqual([4, 5]);
    // The 3rd meeting's TradeTrust and TusStar (TT-2's trials name no party, so IMDA is not tied to them).
    expect(d.highlightsOf('imda').map((h) => h.meeting.number)).toEqual([3, 3]);
  });
  it('says where a country is unclear rather than guessing', () => {
    for (const o of d.organisations.filter((x) => x.country === 'unclear')) expect(o.countryNote).toBeTruthy();
  });
});

describe('derived figures', () => {
  it('counts records on file per meeting beside what was reported', () => {
    const row = (n: number) => d.figures.perMeeting.find((m) => m.meeting.number === n)!;
    expect(row(4)).toMatchObject({
      reportedNewMous: 8,
      mousOnFile: 8,
      reportedNewProjects: 14,
      projectsOnFile: 14,
      demoZoneProjects: 4,
    });
    expect(row(2)).toMatchObject({ reportedNewMous: 4, mousOnFile: 4, reportedNewProjects: null, projectsOnFile: 0 });
    expect(row(3)).toMatchObject({ reportedNewMous: 8, mousOnFile: 0, reportedTotals: { projects: 29, mous: 21 } });
  });
  it('keeps the latest reported totals, and the per-meeting sum that differs from them', () => {
    expect(d.figures.latestTotals).toMatchObject({ projects: 43, mous: 29 });
    expect(d.figures.latestTotals?.meeting.number).toBe(4);
    // 8 (1st) + 4 (2nd) + 8 (3rd) + 8 (4th) = 28, one short of the 29 reported: both are shown.
    expect(d.figures.sumOfReportedNewMous).toBe(28);
  });
  it('counts MOUs per Annex A group', () => {
    expect(Object.fromEntries(d.figures.mousPerGroup)).toEqual({ unlabelled: 4, 'talent-exchange': 3, ai: 1, null: 4 });
  });
});

describe('sources', () => {
  it('every record cites at least one source that exists', () => {
    const known = new Set(d.sources.map((s) => s.id));
    const records = [...d.meetings, ...d.organisations, ...d.mous, ...d.projects];
    for (const r of records) {
      expect(r.sources.length).toBeGreaterThan(0);
      for (const s of r.sources) expect(known.has(s)).toBe(true);
    }
  });
  it('lists the five source documents by file name', () => {
    const files = d.sources
      .filter((s) => /^\d{3}_/.test(s.id))
      .map((s) => s.file)
      .sort();
    expect(files).toEqual([
      '000_6882151e8750fe98.txt',
      '001_2cabd6fe47e053fe.txt',
      '002_077cefe4080ef06f.txt',
      '003_753e1a3929d22644.txt',
      '004_a707c7e2f2904bc5.txt',
    ]);
  });
});
