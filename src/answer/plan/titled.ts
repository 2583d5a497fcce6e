// A person the sources never name, given with a title ("deputy prime minister Lawrence", "mayor Wang", "minister Tan"):
// the title is that person's, never a claim about the known person named beside ("did DPM Lawrence meet Qin Weizhong?"
// is no question of Qin's role).
import { isStopWord, isWordOfAName, mentionsOf, type Understanding } from '../understand.js';
import { LEXICONS } from '../lexicon.js';
import { NAMING_TITLES } from '../titles.js';
import { namedPeople, norm, perDataset } from '../records.js';
import type { Dataset } from '../../dataset/index.js';
import { isVerb } from '../claim/passages.js';
import type { Plan } from './types.js';
import type { PlanContext } from './context.js';
import { capitaliseWords } from '../format.js';

const TITLE = new RegExp(
  `\\b(${NAMING_TITLES.join('|')})\\.?\\s+([A-Za-z][A-Za-z'-]*(?:\\s+[A-Za-z][A-Za-z'-]*){0,2})`,
  'gi',
);

// Words of time after a title ("was Qin mayor back in 2019", "mayor still", "mayor then"): when, never a name.
const WHEN_WORD =
  /^(?:back|then|now|still|ever|again|already|yet|once|today|currently|formerly|previously|later|earlier|anymore|since|before|after|prior)$/;

/** The words of every person the sources name ("qin", "weizhong", "heng", "swee", "keat"…): built once per dataset. */
const personWords = perDataset(
  (dataset: Dataset): Set<string> =>
    new Set([...namedPeople(dataset, { unnamed: true, quoted: true })].flatMap((n) => norm(n).split(' '))),
);

/**
 * Whether a word as typed can be a word of a name no source gives: no word of a name on file, of the records' names or
 * of the language's tables, no title. Typed in lower case it must be one the question's reading left over ("co-chair"
 * is read as chairing) and no verb or word of time ("did the mayor meet Heng" names no one after "mayor").
 */
export function isUnknownNameWord(u: Understanding, dataset: Dataset, typed: string): boolean {
  const w = typed.toLowerCase();
  const capital = /^[A-Z]/.test(typed);
  const lex = LEXICONS[u.lang] ?? LEXICONS.en;
  return (
    w.length >= 2 &&
    (capital || ` ${u.rest} `.includes(` ${w} `)) &&
    !personWords(dataset).has(w) &&
    !isStopWord(w) &&
    !lex?.words.includes(w) &&
    !NAMING_TITLES.includes(w) &&
    !isWordOfAName(w, dataset) &&
    (capital || (!isVerb(w) && !/(?:ed|ing|s)$/.test(w) && !WHEN_WORD.test(w)))
  );
}

/**
 * The title and the name after it that no source gives ("Deputy Prime Minister Lawrence"), as typed. A word of the name
 * is one nothing knows: no word of a name on file, of the records or of the language's tables; typed in lower case,
 * no verb either ("did the mayor meet Heng" names no one after "mayor").
 */
export function titledStranger(u: Understanding, dataset: Dataset): string | undefined {
  for (const m of u.q.raw.matchAll(TITLE)) {
    const [, title = '', after = ''] = m;
    const name: string[] = [];
    for (const typed of after.split(/\s+/)) {
      // (A short title — "PM", "Dr" — names a person only before a name typed with a capital.)
      if (title.length <= 3 && !/^[A-Z]/.test(typed)) break;
      if (!isUnknownNameWord(u, dataset, typed)) break;
      name.push(typed);
    }
    // (A name the sources give after the title — "mayor Qin Weizhong" — is that person: no word of it is unknown.)
    if (!name.length) continue;
    return `${capitaliseWords(title.toLowerCase())} ${capitaliseWords(name.join(' '))}`;
  }
  return undefined;
}

/**
 * "Did deputy prime minister Lawrence meet Qin Weizhong in April 2024?", "did mayor Wang co-chair the 2nd JIC?": the
 * titled person is not named in the sources — at a meeting, with its co-chairs; beside a person the sources name, with
 * what they report of that one (never a "No" about the known person's role).
 */
export function titledPerson(c: PlanContext): Plan | undefined {
  const name = titledStranger(c.u, c.dataset);
  if (!name) return undefined;
  if (c.meetingNums.length === 1 && c.meetingNums[0] !== undefined)
    return {
      op: 'check',
      claim: { type: 'person', name },
      plan: { op: 'read', about: { type: 'meeting', number: c.meetingNums[0] }, attribute: 'chairs' },
    };
  const year = mentionsOf(c.u, 'number')
    .map((m) => /^year:(\d{4})$/.exec(m.value)?.[1])
    .find((y) => y !== undefined);
  // (Beside: the people the question names, with those only an event's report names — "Heng" of the 2024 visit.)
  const words = new Set(c.u.q.words);
  const reported = (c.dataset.initiative.events ?? [])
    .flatMap((e) => (e.quotes ?? []).map((q) => q.by))
    .filter((n) =>
      norm(n)
        .split(' ')
        .some((w) => w.length >= 4 && words.has(w)),
    );
  const beside = [...new Set([...c.people, ...reported])];
  return { op: 'notNamed', name, person: { beside, ...(year ? { year: Number(year) } : {}) } };
}
