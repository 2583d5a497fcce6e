import { describe, expect, it } from 'vitest';
import {
  defaultDataDir,
  formatDataError,
  parseDataset,
  readDataTexts,
  type DataFileKey,
} from '../../src/dataset/index.js';

const original = readDataTexts(defaultDataDir());
if (!original.ok) throw new Error('data files unreadable');
const texts = original.value;

/** The data with one file edited as a curator might, then validated; returns the messages. */
function messagesAfter<K extends DataFileKey>(key: K, edit: (rows: any) => unknown): string[] {
  const edited = { ...texts, [key]: JSON.stringify(edit(JSON.parse(texts[key]))) };
  const result = parseDataset(edited);
  return result.ok ? [] : result.error.map(formatDataError);
}

const editRecord = (id: string, change: (r: any) => void) => (rows: any[]) =>
  rows.map((r) => {
    if (r.id !== id) return r;
    const copy = structuredClone(r);
    change(copy);
    return copy;
  });

describe('the data as shipped', () => {
  it('is valid', () => {
    const result = parseDataset(texts);
    expect(result.ok ? [] : result.error.map(formatDataError)).toEqual([]);
  });
});

describe('a broken record gets the message a curator needs', () => {
  it('a dangling party id names the file, record and field', () => {
    expect(
      messagesAfter(
        'mous',
        editRecord('mou-keppel-pku', (r) => (r.parties[1] = { org: 'pku2' })),
      ),
    ).toEqual(['data/mous.json: mou "mou-keppel-pku": parties[1]: "pku2" is not an organisation']);
  });

  it('a record citing no source', () => {
    expect(
      messagesAfter(
        'projects',
        editRecord('prj-fooyo-olin', (r) => (r.sources = [])),
      ).join('\n'),
    ).toBe('data/projects.json: project "prj-fooyo-olin": sources: must cite at least one source');
  });

  it('a source id that does not exist, however deep the fact sits', () => {
    expect(
      messagesAfter(
        'meetings',
        editRecord('jic-3', (r) => (r.totals.sources = ['TT-9'])),
      ),
    ).toEqual(['data/meetings.json: meeting "jic-3": totals.sources[0]: "TT-9" is not a source in sources.json']);
  });

  it('a missing field', () => {
    expect(
      messagesAfter(
        'organisations',
        editRecord('ntu', (r) => delete r.country),
      ),
    ).toEqual([expect.stringMatching(/^data\/organisations\.json: organisation "ntu": country: /)]);
  });

  it('a bad date', () => {
    expect(
      messagesAfter(
        'meetings',
        editRecord('jic-1', (r) => (r.date.value = '17/06/2020')),
      ),
    ).toEqual(['data/meetings.json: meeting "jic-1": date.value: must be a date like 2023-12-14, 2020-06 or 2019']);
    expect(
      messagesAfter(
        'meetings',
        editRecord('jic-1', (r) => (r.date.value = '2020-13-01')),
      ),
    ).toHaveLength(1);
  });

  it('an alias shared by two organisations', () => {
    expect(
      messagesAfter(
        'organisations',
        editRecord('nus-business-school', (r) => r.aliases.push('N.U.S.')),
      ),
    ).toEqual([
      'data/organisations.json: organisation "nus-business-school": aliases[2]: "N.U.S." is already a name or alias of "nus"',
    ]);
  });

  it('a duplicate id', () => {
    const messages = messagesAfter('projects', (rows: any[]) => [...rows, rows[0]]);
    expect(messages).toContain('data/projects.json: project "prj-crimson-logic-abk": id: this id is used twice');
  });

  it('a link that only goes one way', () => {
    expect(
      messagesAfter(
        'projects',
        editRecord('prj-keppel-pku', (r) => (r.relatedMous = [])),
      ),
    ).toEqual([
      'data/projects.json: project "prj-keppel-pku": relatedMous: must list "mou-keppel-pku", which links to it',
    ]);
  });

  it('a source with no web address must say why', () => {
    expect(
      messagesAfter(
        'sources',
        editRecord('TT-1', (r) => (r.url = null)),
      ),
    ).toEqual([
      'data/sources.json: source "TT-1": urlNote: a source with no web address (url null) must say why in urlNote',
    ]);
    expect(
      messagesAfter(
        'sources',
        editRecord('TT-1', (r) => (r.url = 'www.imda.gov.sg')),
      ),
    ).toEqual(['data/sources.json: source "TT-1": url: must be a web address starting with http:// or https://']);
  });

  it('a compilation cited as a source', () => {
    const messages = messagesAfter('sources', (rows: any[]) => [
      ...rows,
      { ...rows[5], id: 'timeline-facts.md', key: undefined },
    ]);
    expect(messages).toEqual([
      expect.stringMatching(
        /^data\/sources\.json: source "timeline-facts\.md": id: a compilation \(\.md\) is not a source/,
      ),
    ]);
  });

  it('a source whose title is not on file must say what it is', () => {
    expect(
      messagesAfter(
        'sources',
        editRecord('TT-1', (r) => (r.title = null)),
      ),
    ).toEqual([
      'data/sources.json: source "TT-1": about: a source whose title is not on file (title null) must say what it is in about',
    ]);
  });

  it('a Chinese name citing no Chinese-language source, and a search alias that repeats a sourced name', () => {
    expect(
      messagesAfter(
        'organisations',
        editRecord('imda', (r) => (r.zh[0].sources = ['001_2cabd6fe47e053fe.txt'])),
      ),
    ).toEqual([
      'data/organisations.json: organisation "imda": zh[0].sources: "新加坡资讯通信媒体发展局" must cite a source written in Chinese (language "zh" in sources.json)',
    ]);
    expect(
      messagesAfter(
        'organisations',
        editRecord('imda', (r) => (r.searchAliases = ['新加坡资讯通信媒体发展局'])),
      ),
    ).toEqual([
      'data/organisations.json: organisation "imda": searchAliases[0]: "新加坡资讯通信媒体发展局" is a sourced Chinese name (in zh): remove it from searchAliases',
    ]);
    expect(
      messagesAfter(
        'organisations',
        editRecord('imda', (r) => (r.zh[0].name = 'IMDA')),
      ),
    ).toEqual(['data/organisations.json: organisation "imda": zh[0].name: must be written in Chinese characters']);
  });

  it('a Chinese alias given to two organisations', () => {
    expect(
      messagesAfter(
        'organisations',
        editRecord('nus', (r) => r.searchAliases.push('北京大学')),
      ),
    ).toEqual([
      'data/organisations.json: organisation "nus": searchAliases[1]: "北京大学" is already a name or alias of "peking-university"',
    ]);
  });

  it("two organisations each the other's parent", () => {
    const cycle = (rows: any[]) => rows.map((r) => (r.id === 'nus' ? { ...r, parent: 'nus-business-school' } : r));
    expect(messagesAfter('organisations', cycle)).toEqual([
      'data/organisations.json: organisation "nus": parent: parents go round in a circle: nus → nus-business-school → nus',
      'data/organisations.json: organisation "nus-business-school": parent: parents go round in a circle: nus-business-school → nus → nus-business-school',
    ]);
  });

  it('an MOU or a project listing the same party twice', () => {
    expect(
      messagesAfter(
        'mous',
        editRecord('mou-keppel-pku', (r) => (r.parties[1] = { org: 'keppel' })),
      ),
    ).toEqual(['data/mous.json: mou "mou-keppel-pku": parties[1]: "keppel" is listed twice']);
    expect(
      messagesAfter(
        'projects',
        editRecord('prj-fooyo-olin', (r) => r.partners.push({ org: 'fooyo' })),
      ),
    ).toEqual(['data/projects.json: project "prj-fooyo-olin": partners[2]: "fooyo" is listed twice']);
  });

  it('a country marked stated that nothing states, and an unclear country marked stated', () => {
    expect(
      messagesAfter(
        'organisations',
        editRecord('keppel', (r) => (r.countryStated = true)),
      ),
    ).toEqual([
      'data/organisations.json: organisation "keppel": countryStated: is true, but neither the name nor a countryQuote names Singapore: quote the source, or set it to false',
    ]);
    expect(
      messagesAfter(
        'organisations',
        editRecord('csijri', (r) => (r.countryStated = true)),
      ),
    ).toEqual([
      'data/organisations.json: organisation "csijri": countryStated: must be false when the country is "unclear"',
    ]);
  });

  it('a disagreement with one reading', () => {
    expect(
      messagesAfter(
        'meetings',
        editRecord('jic-3', (r) => r.disagreements[0].readings.pop()),
      ),
    ).toEqual([
      'data/meetings.json: meeting "jic-3": disagreements[0].readings: a disagreement needs at least two readings',
    ]);
  });

  it('a record with no id is named by its position', () => {
    expect(messagesAfter('mous', (rows: any[]) => [...rows, { name: 'x' }])[0]).toMatch(/^data\/mous\.json: mou #13: /);
  });

  it('invalid JSON and an empty file', () => {
    const bad = parseDataset({ ...texts, mous: '[{"id": ' });
    expect(bad.ok ? [] : bad.error.map(formatDataError)).toEqual([
      expect.stringMatching(/^data\/mous\.json: not valid JSON/),
    ]);
    const empty = parseDataset({ ...texts, sources: '  \n' });
    expect(empty.ok ? [] : empty.error.map(formatDataError)).toEqual(['data/sources.json: the file is empty']);
  });

  it('a byte-order mark is read past, and a JSON error stays on one line', () => {
    expect(parseDataset({ ...texts, mous: `\uFEFF${texts.mous}` }).ok).toBe(true);
    const bad = parseDataset({ ...texts, mous: '[\n  {"id": "x",\n  oops\n]' });
    const messages = bad.ok ? [] : bad.error.map(formatDataError);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^data\/mous\.json: not valid JSON \([^\n]+\)$/);
  });

  it('a missing file', () => {
    const result = readDataTexts('/nonexistent-dir-for-test');
    expect(result.ok ? [] : result.error.map(formatDataError)).toContain('data/mous.json: the file is missing');
  });
});
