// Every source as its own publisher gives it: checked against the tables in more-facts.md and
// timeline-facts.md (data/sources/, read here), so a title, publisher or web address on file is the one
// the reference material states.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../src/dataset/index.js';
import { sourceText } from './source-texts.js';

const result = loadDataset();
if (!result.ok) throw new Error(JSON.stringify(result.error));
const d: Dataset = result.value;

const read = sourceText;
const moreFacts = read('more-facts.md');
const timeline = read('timeline-facts.md');

/** The rows of the markdown table that follows `heading`, as arrays of trimmed cells. */
function table(md: string, heading: string): string[][] {
  const start = md.indexOf(heading);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const rows: string[][] = [];
  for (const line of md.slice(start).split('\n').slice(1)) {
    if (line.startsWith('#')) break;
    if (!line.startsWith('|') || /^\|[-| ]+\|$/.test(line)) continue;
    rows.push(
      line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows.slice(1); // without the header row
}

const urlIn = (cell: string) => cell.match(/https?:\/\/\S+/)?.[0] ?? null;

describe('the five documents, as more-facts.md says they were published', () => {
  const rows = table(moreFacts, '## Where the five documents');
  it('lists all five', () => expect(rows).toHaveLength(5));
  for (const [file, publisher, title, url] of rows) {
    const name = file!.replace(/`/g, '');
    it(`${name}: its title as published and its web address`, () => {
      const s = d.source(name);
      expect(s, name).toBeDefined();
      expect(s?.title).toBe(title);
      expect(s?.url).toBe(urlIn(url!));
      // The publisher on file is the one the table names (its first words, before any date or author).
      const named = publisher!
        .split(/[(,]/)[0]!
        .replace(/\s+via.*$/, '')
        .trim();
      expect(s?.publisher).toContain(named);
    });
  }

  it('004 is Telecom Review Asia’s article, and its title is the page’s own, never a composed one', () => {
    const s = d.source('004_a707c7e2f2904bc5.txt')!;
    expect(s.publisher).toBe('Telecom Review Asia');
    expect(s.title).toBe('Singapore and Shenzhen partner for smart city initiatives');
    expect(s.date).toBe('2022-11');
    expect(moreFacts).toMatch(
      /Telecom Review Asia, Nov 2022 \| Singapore and Shenzhen partner for smart city initiatives/,
    );
  });

  it('002 is TechEdt’s undated rewrite; 003 is ifg.cc reprinting Smart Cities World of 2 Jan 2024', () => {
    const techEdt = d.source('002_077cefe4080ef06f.txt')!;
    expect(techEdt.publisher).toBe('TechEdt');
    expect(techEdt.date).toBeNull();
    expect(techEdt.dateNote).toMatch(/undated/);
    const ifg = d.source('003_753e1a3929d22644.txt')!;
    expect(ifg.publisher).toMatch(/^ifg\.cc .*Smart Cities World/);
    expect(ifg.reprintOf).toEqual({ publisher: 'Smart Cities World', date: '2024-01-02' });
    // The reprint's own source line.
    expect(read('003_753e1a3929d22644.txt')).toMatch(/Quelle\/Source: Smart Cities World, 02\.01\.2024/);
  });
});

describe('the source keys, as more-facts.md and timeline-facts.md list them', () => {
  const rows = table(moreFacts, '## Source keys and addresses');
  const keys = rows.map((r) => r[0]!);

  it('every key in either list is a source on file', () => {
    const timelineKeys = table(timeline, '## Source keys').map((r) => r[0]!);
    for (const key of [...keys, ...timelineKeys])
      expect(d.source(key) ?? d.sources.find((s) => s.key === key), key).toBeDefined();
    expect(keys).toEqual(expect.arrayContaining(['NNA-1', 'PRNCN-3', 'BSM-3', 'RT-3']));
  });

  for (const [key, , , , url] of rows) {
    it(`${key}: the web address the list gives, or none with the reason`, () => {
      const s = d.source(key!)!;
      const listed = urlIn(url!);
      expect(s.url).toBe(listed);
      if (listed === null) expect(s.urlNote).toMatch(/no stable web address/);
    });
  }

  it('PRNCN-3 has no stable address, and says so', () => {
    expect(moreFacts).toMatch(/PRNCN-3 .*\(tracking link only; no stable address\)/);
    expect(d.source('PRNCN-3')).toMatchObject({ url: null, urlNote: expect.stringMatching(/tracking link/) });
  });

  it('HKCD-4’s address is a mirror, and says so', () => {
    expect(moreFacts).toMatch(/HKCD-4 .*\(a mirror; the paper's own address is not known\)/);
    expect(d.source('HKCD-4')?.urlNote).toMatch(/mirror/);
  });

  it('a source whose headline is not on file has no title, only what it is', () => {
    for (const key of ['HKCD-4', 'BSM-3']) {
      expect(moreFacts).toMatch(new RegExp(`${key} \\| [^|]+ \\| report on the (3rd|4th) meeting \\|`));
      expect(d.source(key)?.title).toBeNull();
      expect(d.source(key)?.about).toMatch(/report on the (3rd|4th) JIC meeting/);
    }
  });
});

describe('only publications are sources', () => {
  it('no source is a compilation or its curators', () => {
    for (const s of d.sources) {
      expect(s.id).not.toMatch(/\.md$/);
      expect(s.publisher).not.toMatch(/curator/i);
    }
  });

  it('every source has a web address, or says why not', () => {
    for (const s of d.sources) expect(s.url !== null || Boolean(s.urlNote), s.id).toBe(true);
  });

  it('no fact anywhere cites a compilation', () => {
    const files = ['initiative', 'meetings', 'organisations', 'mous', 'projects'];
    const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
    for (const f of files)
      expect(readFileSync(`${dataDir}${f}.json`, 'utf8')).not.toMatch(/"sources":\s*\[[^\]]*\.md"/);
  });
});
