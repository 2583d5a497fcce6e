// The data fixes of issue 12, each checked against the source's own words in data/sources/
// (read here, not copied from data/): if an edit brings back an unsupported phrase, this file says which.
import { describe, expect, it } from 'vitest';
import { COUNTRY_PLACES, loadDataset, type Dataset } from '../../src/dataset/index.js';
import { sourceText } from './source-texts.js';

const result = loadDataset();
if (!result.ok) throw new Error(JSON.stringify(result.error));
const d: Dataset = result.value;

const raw = sourceText;
/** A document's text as one line: line-break hyphens joined ("Hand-\npainted"), spaces single. */
const flat = (text: string) => text.replace(/-[ \t]*\n\s*/g, '-').replace(/\s+/g, ' ');
const doc = (file: string) => flat(raw(file));
const R001 = '001_2cabd6fe47e053fe.txt';
const ITS = '000_6882151e8750fe98.txt';
const SCW = '003_753e1a3929d22644.txt';
const TRA = '004_a707c7e2f2904bc5.txt';
const timeline = flat(raw('timeline-facts.md'));
const isFile = (id: string) => /^\d{3}_.*\.txt$/.test(id);

describe('descriptions are the source’s words', () => {
  it('every description citing the press release is in it word for word, unless its note says where the rest comes from', () => {
    const release = doc(R001).toLowerCase();
    for (const r of [...d.mous, ...d.projects]) {
      if (!r.description.sources.includes(R001) || /gives the ending/.test(r.description.note ?? '')) continue;
      expect(release, r.id).toContain(flat(r.description.text).toLowerCase());
    }
  });

  it('NTU–SYSU: no dash the source lacks (the capture runs the names together)', () => {
    expect(doc(R001)).toContain(
      'Nanyang Technological UniversitySun Yat-sen University Shenzhen to build AI algorithms',
    );
    const p = d.project('prj-ntu-sysu')!;
    expect(p.description.text).not.toMatch(/University\s*[–—-]\s*Sun Yat-sen/);
    expect(p.description.text.startsWith('Nanyang Technological UniversitySun Yat-sen University Shenzhen')).toBe(true);
  });
});

describe('countries: stated only where the sources state them', () => {
  it('CapitaLand Investment (China): no "China arm", and no side the sources do not give', () => {
    expect(doc(R001)).toContain(
      'Memorandum of Understanding between Capitaland Investment (China) and Qianhai Service Group Co., Ltd.',
    );
    expect(doc(R001)).not.toMatch(/\barm\b/);
    const o = d.organisation('capitaland-investment-china')!;
    expect(JSON.stringify(o)).not.toMatch(/\barm\b/);
    expect(o.country).toBe('unclear');
    expect(o.countryStated).toBe(false);
  });

  it('a country marked stated is named by the organisation’s name, or by a quote found in the source', () => {
    for (const o of d.organisations.filter((x) => x.countryStated)) {
      if (o.country === 'unclear') throw new Error(`${o.id}: an unclear country marked stated`);
      const byName = COUNTRY_PLACES[o.country].some((p) => o.name.includes(p));
      if (byName) continue;
      expect(o.countryQuote, o.id).toBeDefined();
      for (const s of o.countryQuote!.sources.filter(isFile))
        expect(doc(s), `${o.id} in ${s}`).toContain(o.countryQuote!.text);
    }
  });

  it('Eezee, YiQiYe, Peking University and NCS NEXT Shenzhen Innovation Centre carry the caveat', () => {
    // What the sources do say: YiQiYe's buyers are in China; NCS's centre is in Shenzhen.
    expect(timeline).toContain("B2B platform Eezee.sg connecting Singapore SMEs with YiQiYe's SME buyers in China");
    expect(timeline).toContain('three by NCS (NCS NEXT Shenzhen Innovation Centre) with technology companies in China');
    for (const id of [
      'eezee',
      'yiqiye',
      'peking-university',
      'ncs-next-shenzhen',
      'ncs',
      'keppel',
      'ntu',
      'fooyo',
      'crimson-logic',
      'datapost',
    ])
      expect(d.organisation(id)?.countryStated, id).toBe(false);
  });

  it('every country not stated has a curator’s note saying how it was placed', () => {
    for (const o of d.organisations.filter((x) => !x.countryStated))
      expect(o.countryNote, o.id).toMatch(/do not (say|give)/);
  });

  it('Pte Ltd is a company form, not a statement of country', () => {
    for (const id of ['hashmeta', 'quikbot', 'momentum-works'])
      expect(d.organisation(id)?.countryStated, id).toBe(false);
  });
});

describe('topics the sources support', () => {
  it('no record has the topic "AI" unless its description says AI or artificial intelligence', () => {
    for (const r of [...d.mous, ...d.projects])
      if (r.topics.includes('AI')) expect(r.description.text, r.id).toMatch(/\bAI\b|artificial intelligence/i);
  });

  it('CrimsonLogic–ABK: a digital intelligence platform, not AI', () => {
    expect(doc(R001)).toContain(
      'Crimson Logic – ABK Technology (Shenzhen) Co. Ltd to develop a cross-border trade logistics digital intelligence platform',
    );
    expect(d.project('prj-crimson-logic-abk')?.topics).not.toContain('AI');
  });
});

describe('when the SCI began', () => {
  it('launched in 2019 (001, 000, 003, 004), its founding MOU signed on 15 Oct 2019: two facts, not one start date', () => {
    expect(doc(R001)).toContain('The SCI was launched in 2019');
    expect(doc(ITS)).toContain('The SCI was launched in 2019');
    expect(doc(TRA)).toContain('launched in 2019');
    expect(d.initiative.launched.value).toBe('2019');
    expect(timeline).toContain(
      'The MOU on the Singapore–Shenzhen Smart City Initiative was signed on 15 Oct 2019 in Chongqing',
    );
    expect(d.meetingByNumber(0)?.date.value).toBe('2019-10-15');
  });
});

describe('citations name the document that says it', () => {
  it('the 4th meeting’s co-chairs per the news reports cite 000 and 003, not the 2024 article about who co-chairs then', () => {
    for (const file of [ITS, SCW]) expect(doc(file)).toMatch(/Qin Weizhong/);
    const reading = d.meetingByNumber(4)!.people.find((r) => r.people.some((p) => p.name === 'Qin Weizhong'))!;
    expect(reading.sources).toEqual([ITS, SCW]);
    expect(JSON.stringify(d.meetingByNumber(4))).not.toContain('ST-H');
  });

  it('the founding record no longer says "JIC meetings began in 2020" on a 2019 article', () => {
    expect(JSON.stringify(d.meetingByNumber(0))).not.toMatch(/began in 2020/);
  });

  it('the Demonstration Zone’s companies cite the documents that mention them (000, not 003)', () => {
    const zone = d.meetingByNumber(4)!.demoZone!;
    expect(doc(ITS)).toContain(
      'Four companies also signed MOUs to operate in the Singapore Shenzhen Smart City Demonstration Zone',
    );
    expect(doc(SCW)).not.toMatch(/compan(y|ies) (also )?signed/i);
    expect(zone.companiesSources).toContain(ITS);
    expect(zone.companiesSources).not.toContain(SCW);
    for (const s of zone.companiesSources.filter(isFile)) expect(doc(s), s).toMatch(/four companies/i);
    for (const s of zone.sources.filter(isFile)) expect(doc(s), s).toMatch(/four new projects/i);
  });

  it('the Demonstration Zone record does not tie the four companies to its four projects', () => {
    const zone = d.projects.find((p) => p.kind === 'demonstration-zone')!;
    expect(zone.partnersNote).toBe('Not named in the sources.');
    expect(JSON.stringify(zone)).not.toMatch(/(four|the) companies/i);
  });
});

describe('disagreements kept, each reading with its sources', () => {
  const topics = (n: number) => d.meetingByNumber(n)?.disagreements ?? [];
  const reportedUpTo = (n: number) =>
    d.figures.perMeeting.filter((m) => m.meeting.number <= n).reduce((s, m) => s + (m.reportedNewMous ?? 0), 0);

  it('20 MOUs by the per-meeting counts against 21 reported after the 3rd meeting', () => {
    expect(reportedUpTo(3)).toBe(20);
    expect(doc(TRA)).toContain('a total of 29 projects have been initiated and 21 MOUs have been signed under SCI');
    const [gap] = topics(3).filter((t) => /MOUs signed to date/.test(t.topic));
    expect(gap?.readings.map((r) => r.text.match(/\b(20|21)\b/)?.[0])).toEqual(['20', '21']);
    expect(gap?.note).toMatch(/No source explains/);
  });

  it('28 against 29 after the 4th', () => {
    expect(reportedUpTo(4)).toBe(28);
    expect(doc(R001)).toContain(
      'a total of 43 projects have been initiated and 29 MOUs have been signed at SCI JIC meetings',
    );
    const [gap] = topics(4).filter((t) => /MOUs signed to date/.test(t.topic));
    expect(gap?.readings.map((r) => r.text.match(/\b(28|29)\b/)?.[0])).toEqual(['28', '29']);
  });

  it('001’s summary ("and four projects … signed on the sidelines") against its body (four companies signed MOUs)', () => {
    const [side] = topics(4).filter((t) => /sidelines/.test(t.topic));
    expect(side?.readings).toHaveLength(3);
    // Every quoted phrase is in the document cited for it.
    for (const r of side!.readings)
      for (const [, quote] of r.text.matchAll(/“([^”]+)”/g)) expect(doc(r.sources[0]!)).toContain(quote);
    expect(doc(R001)).toContain(
      'Eight MOUs and four projects dedicated to smart city development were signed on the sidelines of SCI',
    );
  });

  it('the 1st meeting: 17 Jun 2020 against the release dated 18 Jun 2020', () => {
    expect(d.meetingByNumber(1)?.date.value).toBe('2020-06-17');
    const [date] = topics(1);
    expect(date?.readings.map((r) => r.sources)).toEqual([['ST-1', 'BT-1', 'NNA-1'], ['TT-1']]);
    expect(date?.readings[1]?.text).toMatch(/18 Jun 2020/);
  });
});

describe('small fixes', () => {
  it('pillar 3 in 001’s words, "talent exchange development", with the other wordings beside it', () => {
    expect(doc(R001)).toContain('(iii) talent exchange development');
    expect(doc(TRA)).toContain('talent exchange/development');
    const pillar = d.initiative.pillars.find((p) => p.id === 'talent')!;
    expect(pillar.name).toBe('Talent exchange development');
    expect(pillar.sources[0]).toBe(R001);
    expect(pillar.otherWordings?.map((w) => w.text)).toEqual([
      'talent exchange and development',
      'talent exchange/development',
    ]);
  });

  it('"CUHK" is not an alias of The Chinese University of Hong Kong, Shenzhen (it names another university)', () => {
    expect(doc(R001)).toContain('The Chinese University of Hong Kong, Shenzhen');
    const o = d.organisation('cuhk-shenzhen')!;
    expect(o.aliases).not.toContain('CUHK');
    expect(o.aliases).toContain('CUHK-Shenzhen');
  });
});
