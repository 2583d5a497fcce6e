import { describe, expect, it } from 'vitest';
import { sourceFields, sourceLine, sourceLinks } from '../../src/cards/index.js';
import type { Dataset, Source } from '../../src/dataset/index.js';
import { testDeps } from '../helpers.js';

const d = testDeps().dataset;

/** The real dataset with given web addresses, to test the line whatever the data holds today. */
function withUrls(urls: Record<string, string>): Dataset {
  return {
    ...d,
    source: (id: string) => {
      const s = d.source(id);
      return s && urls[id] ? ({ ...s, url: urls[id] } as Source) : s;
    },
  };
}

describe('source line', () => {
  it('cites each document once, by publisher without the curators’ asides, with its date', () => {
    const links = sourceLinks(d, ['001_2cabd6fe47e053fe.txt', '001_2cabd6fe47e053fe.txt', '000_6882151e8750fe98.txt']);
    expect(links.map((l) => l.label)).toEqual(['MCI and IMDA, 15 Dec 2023', 'ITS International, 5 Jan 2024']);
  });

  it('never cites the timeline compilation itself (the curators are not a source)', () => {
    expect(sourceLinks(d, ['timeline-facts.md', 'TT-1']).map((l) => l.id)).toEqual(['TT-1']);
    expect(sourceLine(d, ['timeline-facts.md'])).toBe('');
  });

  it('links every source that has a web address, as a masked link', () => {
    const data = withUrls({ 'TT-1': 'https://www.imda.gov.sg/x', 'ST-1': 'https://www.straitstimes.com/y' });
    expect(sourceLine(data, ['TT-1', 'ST-1'])).toBe(
      '[IMDA, 18 Jun 2020](https://www.imda.gov.sg/x) · [The Straits Times, Jun 2020](https://www.straitstimes.com/y)',
    );
  });

  it('splits a long line into a Sources field and invisible-named continuations, each ≤ 1024', () => {
    const ids = d.sources.map((s) => s.id);
    const data = withUrls(
      Object.fromEntries(ids.map((id) => [id, `https://example.org/${'a'.repeat(150)}/${encodeURIComponent(id)}`])),
    );
    const fields = sourceFields(data, ids);
    expect(fields.length).toBeGreaterThan(1);
    expect(fields[0]?.name).toBe('Sources');
    for (const f of fields) expect(f.value.length).toBeLessThanOrEqual(1024);
    expect(fields.slice(1).every((f) => f.name === '\u200b')).toBe(true);
  });
});
