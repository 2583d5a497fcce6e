// The Demonstration Zone set apart from a meeting's MOUs and joint projects: the words on file are the sources' own.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/index.js';
import { sourceText } from './source-texts.js';

const result = loadDataset();
if (!result.ok) throw new Error(JSON.stringify(result.error));
const d = result.value;
const flat = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();

describe("the zone's projects set apart from the joint projects", () => {
  const apart = d.meetings.flatMap((m) => (m.demoZone?.apart ? [m.demoZone.apart] : []));
  it('is on file for the meeting that reported the zone, word for word in every document it cites', () => {
    expect(apart.length).toBe(1);
    for (const a of apart)
      for (const id of a.sources) {
        const file = d.sources.find((s) => s.id === id)?.file ?? '';
        expect(flat(sourceText(file))).toContain(flat(a.text));
      }
  });
});
