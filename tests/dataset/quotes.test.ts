// Quotes on file, checked against the words of the source documents (data/sources/, the repository's
// verbatim copy of the reference material, read here, not copied from the records):
// a verbatim quote is word for word in every document it cites; a rewording or reported speech is
// marked `verbatim: false`, says whose it is, and uses the words of the source that reports it.
import { describe, expect, it } from 'vitest';
import { loadDataset, type Dataset, type Quote } from '../../src/dataset/index.js';
import { sourceText } from './source-texts.js';

const result = loadDataset();
if (!result.ok) throw new Error(JSON.stringify(result.error));
const d: Dataset = result.value;

/** One line, straight quotes, single spaces: the same text however the capture wrapped or quoted it. */
const flat = (t: string) => t.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
const read = (file: string) => flat(sourceText(file));
const sourceById = new Map(d.sources.map((s) => [s.id, s]));
const isDocument = (id: string) => /\.txt$/.test(sourceById.get(id)?.file ?? '');

/** A sourced fact gathered in the .md files: the bullet that names the source's key. */
function bulletsCiting(key: string): string {
  return ['timeline-facts.md', 'more-facts.md']
    .flatMap((f) => sourceText(f).split(/\n(?=- |## )/))
    .filter((b) => b.includes(key))
    .map(flat)
    .join(' ');
}

/**
 * The quotation's sentences, without their closing stop: a document may break the quotation with
 * "said Leong" between them, ending the first sentence with a comma (003).
 */
const sentences = (t: string) =>
  flat(t)
    .split(/(?<=[.!?])\s+/)
    .map((x) => x.replace(/[.!?]$/, ''));
const words = (t: string) =>
  (
    flat(t)
      .toLowerCase()
      .match(/[a-z][a-z-]{3,}/g) ?? []
  ).filter((x) => x !== 'that');

const quotes: Array<{ where: string; q: Quote }> = [
  ...d.meetings.flatMap((m) => (m.quotes ?? []).map((q) => ({ where: m.name, q }))),
  ...(d.initiative.events ?? []).flatMap((e) => (e.quotes ?? []).map((q) => ({ where: e.date, q }))),
];

describe('quotes on file', () => {
  it('hold the sources’ quotes: Leong at the 3rd and 4th JIC, the 4th’s rewording in 002, Heng and Qin in April 2024', () => {
    const by = (where: string, verbatim: boolean) =>
      quotes.filter((x) => x.where.includes(where) && x.q.verbatim === verbatim).map((x) => x.q.by);
    expect(by('3rd', true)).toEqual(['Joseph Leong']);
    expect(by('4th', true)).toEqual(['Joseph Leong']);
    expect(by('4th', false)).toEqual(['Joseph Leong']);
    expect(by('2024', false)).toEqual(['Heng Swee Keat', 'Qin Weizhong']);
  });

  for (const { where, q } of quotes)
    it(`${where}: ${q.by}, ${q.verbatim ? 'verbatim' : 'reworded'} (${q.sources.join(', ')})`, () => {
      if (q.verbatim) {
        // Word for word in every document it cites, and it cites at least one document we hold.
        const docs = q.sources.filter(isDocument);
        expect(docs.length).toBeGreaterThan(0);
        for (const s of docs) {
          const text = read(sourceById.get(s)!.file);
          for (const sentence of sentences(q.text)) expect(text, `${s}: ${sentence}`).toContain(sentence);
        }
      } else {
        // Someone's rewording: says whose, and uses that source's words (none of ours added).
        expect(q.note).toMatch(/rewording|reported speech/i);
        for (const s of q.sources) {
          const text = isDocument(s) ? read(sourceById.get(s)!.file) : bulletsCiting(s).toLowerCase();
          const have = text.toLowerCase();
          for (const word of words(q.text).filter((x) => x !== 'sci')) expect(have, `${s}: ${word}`).toContain(word);
        }
      }
    });

  it('never passes a rewording off as verbatim: 002’s wording is in no other document', () => {
    const reworded = quotes.find((x) => !x.q.verbatim && x.q.sources.includes('002_077cefe4080ef06f.txt'))!;
    for (const f of ['000_6882151e8750fe98.txt', '001_2cabd6fe47e053fe.txt', '003_753e1a3929d22644.txt'])
      expect(read(f)).not.toContain(sentences(reworded.q.text)[0]);
  });
});
