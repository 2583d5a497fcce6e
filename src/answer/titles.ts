/**
 * The titles people are named or described with, in one table, longest first (a title's own words are never the
 * name after it, and "deputy prime minister" is read before "minister"). Each reader takes the rows it needs:
 * - `named`: typed before a person's name ("Deputy Prime Minister Lawrence", "Dr Tan"): plan/titled.ts;
 * - `role`: a post a yes/no may claim of a person the sources name ("is Leong the mayor of Shenzhen?"): plan/yes-no.ts;
 * - `words`: its words are words of a title, never a name though written with a capital: lexicon.ts (`titles`).
 */
interface Title {
  readonly title: string;
  readonly named?: true;
  readonly role?: true;
  readonly words?: true;
}

const TITLES: readonly Title[] = [
  { title: 'deputy prime minister', named: true, role: true, words: true },
  { title: 'senior minister', named: true },
  { title: 'prime minister', named: true, role: true, words: true },
  { title: 'permanent secretary', named: true, role: true, words: true },
  { title: 'party secretary', named: true },
  { title: 'vice mayor', named: true, words: true },
  { title: 'deputy mayor', named: true, words: true },
  { title: 'vice premier', named: true, words: true },
  { title: 'vice president', named: true, words: true },
  { title: 'minister', named: true, role: true, words: true },
  { title: 'mayor', named: true, role: true, words: true },
  { title: 'premier', named: true, words: true },
  { title: 'president', named: true, role: true, words: true },
  { title: 'secretary', named: true, role: true, words: true },
  { title: 'governor', named: true, role: true, words: true },
  { title: 'chairman', named: true, role: true, words: true },
  { title: 'chairwoman', named: true },
  { title: 'ambassador', named: true },
  { title: 'director', named: true, words: true },
  { title: 'professor', named: true },
  { title: 'prof', named: true },
  { title: 'dpm', named: true },
  { title: 'pm', named: true },
  { title: 'sm', named: true },
  { title: 'dr', named: true, words: true },
  { title: 'mr', named: true, words: true },
  { title: 'mrs', named: true, words: true },
  { title: 'ms', named: true, words: true },
  { title: 'madam', named: true },
  // Words of a post that no one types before a name.
  { title: 'ministers', words: true },
  { title: 'chair', words: true },
  { title: 'leader', words: true },
  { title: 'official', words: true },
  { title: 'officials', words: true },
];

/** The titles typed before a person's name, longest first. */
export const NAMING_TITLES: readonly string[] = TITLES.filter((t) => t.named).map((t) => t.title);

/** The posts a yes/no may claim of a person, longest first. */
export const ROLE_TITLES: readonly string[] = TITLES.filter((t) => t.role).map((t) => t.title);

/** One word of a title ("deputy", "mayor", "officials"): never a name. */
export const TITLE_WORD = new RegExp(
  `^(?:${[...new Set(TITLES.filter((t) => t.words).flatMap((t) => t.title.split(' ')))].join('|')})$`,
);
