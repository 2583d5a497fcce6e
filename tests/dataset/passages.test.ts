// A meeting's passages are a document's own sentences: each is word for word in every document it cites, and every
// document it cites is one we hold (data/sources/), so a reply quoting one quotes the document, not our wording.
import { describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../src/dataset/index.js';
import { sourceText } from './source-texts.js';

const result = loadDataset();
if (!result.ok) throw new Error(JSON.stringify(result.error));
const d: Dataset = result.value;

/** One line, straight quotes, single spaces: the same text however the capture wrapped it. */
const flat = (t: string) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
const fileOf = new Map(d.sources.map((s) => [s.id, s.file]));

const passages = d.meetings.flatMap((m) => (m.passages ?? []).map((p) => ({ meeting: m.name, p })));

describe('passages on file', () => {
  it('hold the 3rd and 4th JIC documents’ own words (004; 001 and 003)', () => {
    const at = (name: string) => passages.filter((x) => x.meeting.startsWith(name)).length;
    expect(at('3rd')).toBeGreaterThan(0);
    expect(at('4th')).toBeGreaterThan(0);
  });

  for (const { meeting, p } of passages)
    it(`${meeting}: “${p.text.slice(0, 50)}…” (${p.sources.join(', ')})`, () => {
      for (const s of p.sources) {
        const file = fileOf.get(s) ?? '';
        expect(file, `${s} is a document we hold`).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
        expect(flat(sourceText(file)), s).toContain(flat(p.text));
      }
    });
});
