import type { Dataset } from '../dataset/index.js';
import type { Plan } from './plan.js';
import { mentionsOf, type Understanding } from './understand.js';
import { highlightStems, longStems, perDataset } from './records.js';

/** The stems of every long word the MOUs' and projects' own text says, once per Dataset. */
const recordWords = perDataset((dataset: Dataset): Set<string> => {
  const built = longStems(
    [...dataset.mous, ...dataset.projects].map((r) => `${r.name} ${r.description.text}`).join(' '),
  );
  return built;
});

/**
 * A meeting's outcome asked by its own words, not by a name ("which earlier projects did the 4th JIC single out for
 * progress?", "what progress on the first phase did the 2nd JIC report?"): that outcome's text, never the meeting's
 * list of records that merely shares the word "projects". Found by understand.ts as a highlight "(words)" mention;
 * kept only when the question's own left-over words say at least two of the outcome's words.
 */
export function planOutcomeByWords(
  u: Understanding,
  dataset: Dataset,
  meetingNums: readonly number[],
): Plan | undefined {
  if (!['list', 'what', 'who'].includes(u.target)) return undefined;
  if (['org', 'person', 'record', 'topic'].some((t) => mentionsOf(u, t as 'org').length)) return undefined;
  // (The Demonstration Zone's outcomes are the zone's answer, zone.ts.)
  if (u.subjects.includes('demozone')) return undefined;
  // (An outcome named by its name is read as that name elsewhere.)
  if (mentionsOf(u, 'highlight').some((m) => m.words !== '(words)')) return undefined;
  const rest = u.rest.split(' ').filter((w) => w.length >= 5);
  const stem = (w: string) => w.slice(0, 5);
  // Every outcome of the meetings asked (of all, if none is), by how many of the question's own words it says.
  const stems = highlightStems(dataset);
  const scored = dataset.meetings
    .filter((m) => !meetingNums.length || meetingNums.includes(m.number))
    .flatMap((m) =>
      m.highlights.map((_, i) => {
        const key = `${m.number}:${i}`;
        const words = stems.get(key) ?? new Set<string>();
        return { key, hits: rest.filter((w) => words.has(stem(w))).length };
      }),
    )
    .filter((x) => x.hits >= 2);
  const best = Math.max(0, ...scored.map((x) => x.hits));
  const keys = scored.filter((x) => x.hits === best).map((x) => x.key);
  // Words the records' own text also says ("carbon") pick those records; the outcome needs two of its own.
  const inRecords = recordWords(dataset);
  const own = rest.filter((w) => !inRecords.has(stem(w)));
  if (!keys.length || own.length < 2) return undefined;
  const read = (key: string) => ({ op: 'read', about: { type: 'highlight', key }, attribute: 'about' }) as const;
  return keys.length === 1 && keys[0] ? read(keys[0]) : { op: 'each', plans: keys.map(read) };
}
