// A name that shares one part with a person the sources name and not the other ("Wang Weizhong" beside Qin Weizhong,
// "Joseph Tan" beside Joseph Leong, 王伟中 or 秦伟中 beside 覃伟中): someone the sources never name, or a name mistyped —
// said so, with the person on file whose name is closest. Never answered as if it were that person (the reading of
// one part alone took "wang weizhong" for Qin Weizhong: a FALSE "co-chaired the 2nd, 3rd and 4th JIC").
import { isSpeltInRecords, mentionsOf } from '../understand.js';
import { norm, perDataset } from '../records.js';
import type { Dataset } from '../../dataset/index.js';
import type { Plan } from './types.js';
import type { PlanContext } from './context.js';
import { isUnknownNameWord } from './titled.js';
import { capitalise, capitaliseWords } from '../format.js';

// Family names readers put before a given name on file (Chinese and Singaporean romanisations), typed in lower case:
// a word of this table beside one part of a name is a name's other part. (Words that are also English words — he,
// low, sun, song, fan — are left out: "did he …" names no one.)
const FAMILY_NAMES = new Set(
  (
    'wang li zhang liu chen yang huang zhao wu zhou xu zhu hu guo lin luo gao zheng liang xie tang han feng deng cao ' +
    'peng zeng xiao tian dong pan yuan cai jiang du cheng wei lu ding ren shen yao jin fang shi tan lim lee ng goh ' +
    'ong teo koh chua chan wong tay yeo sim toh lau chong chew foo lai kok quek seah qin leong yong ai heng'
  ).split(' '),
);

/** The words of the sources' publishers and writers ("techedt", "straits"): a piece named, never a person's name. */
const publicationWords = perDataset(
  (dataset: Dataset): ReadonlySet<string> =>
    new Set(dataset.sources.flatMap((s) => norm(`${s.publisher} ${s.author ?? ''}`).split(' '))),
);

/** Each person on file with a Chinese name: the name's characters after the first (the given name) and the first. */
const chineseNames = perDataset((dataset: Dataset) =>
  (dataset.initiative.people ?? []).flatMap((p) =>
    (p.zh ?? [])
      .filter((z) => z.name.length >= 3)
      .map((z) => ({ person: p.name, family: z.name.slice(0, 1), given: z.name.slice(1) })),
  ),
);

/** The name typed and the person on file it resembles, or nothing. */
function lookalike(c: PlanContext): { typed: string; like: string } | undefined {
  const { u } = c;
  for (const m of mentionsOf(u, 'person')) {
    // (A whole name typed is that person; so is a part beside a title — "mayor Qin" — or any word the reading knows.)
    if (m.words.includes(' ')) continue;
    const parts = norm(m.value).split(' ');
    const at = parts.indexOf(m.words);
    if (at < 0 || parts.length < 2) continue;
    // The word where the name's missing part would stand, as typed (the normal form may have "mended" it: tan → than).
    const word = new RegExp(at > 0 ? `([\\p{L}'-]+)\\s+${m.words}\\b` : `\\b${m.words}\\s+([\\p{L}'-]+)`, 'iu');
    const typed = word.exec(u.q.raw)?.[1];
    const other = typed?.toLowerCase();
    if (!typed || !other || parts.includes(other) || publicationWords(c.dataset).has(other)) continue;
    const family = FAMILY_NAMES.has(other);
    const capital = /^\p{Lu}/u.test(typed) && u.q.raw.trimStart().indexOf(typed) !== 0;
    // (A family name of the table is a name's word however typed; another word, only typed with a capital and spelt
    // nowhere in the records.)
    if (
      family
        ? !isUnknownNameWord(u, c.dataset, capitalise(other))
        : !capital || isSpeltInRecords(other, c.dataset) || !isUnknownNameWord(u, c.dataset, typed)
    )
      continue;
    const name = at > 0 ? `${other} ${m.words}` : `${m.words} ${other}`;
    return { typed: capitaliseWords(name), like: m.value };
  }
  // (Typed in Chinese, the name is left in characters by the gloss: a word of its own.)
  if (!/\p{Script=Han}/u.test(u.q.text)) return undefined;
  const left = new Set(u.rest.split(' '));
  for (const { person, family, given } of chineseNames(c.dataset))
    for (const w of left)
      if (w.length === given.length + 1 && w.endsWith(given) && !w.startsWith(family))
        return { typed: w, like: person };
  return undefined;
}

/**
 * "Which meetings did Wang Weizhong co-chair?", "who is Joseph Tan", 王伟中是第几次会议的共同主席: the sources don't name
 * that person — and the one on file whose name is closest, with what the sources say of them.
 */
export function lookalikePerson(c: PlanContext): Plan | undefined {
  const found = lookalike(c);
  if (!found) return undefined;
  return {
    op: 'each',
    plans: [
      { op: 'notNamed', name: found.typed, like: found.like },
      { op: 'read', about: { type: 'person', name: found.like }, attribute: 'role' },
    ],
  };
}
