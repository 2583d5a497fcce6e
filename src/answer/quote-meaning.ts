/**
 * Words of the same meaning in what people are quoted saying: "did Leong say the two sides share complementarities?"
 * asks about "Singapore and Shenzhen share many complementarities" — the same claim in other words. A quote and a
 * claim are both read through this table before their words are matched, so a paraphrase that keeps the meaning
 * matches, and one that keeps only the words does not.
 *
 * Each row: the word every wording becomes, and its wordings (normal form, as `readText` writes them). A `loose` row is
 * close but not the same ("have a lot in common" is not "share many complementarities"): its words match only nearly,
 * so the answer is "not in exactly those words", with the quote — never a Yes on it, never a "no quote".
 * A source's rewording keeps its own words ("greater good", "leveraging", "shared vision", "excellent", "progressive"):
 * none of them is a sense here, so the rewording is never read as the speaker's words, nor those as the rewording.
 * Nor is a word someone is asked to have chosen over another ("pathfinder or trailblazer?"): that is asked word for
 * word. Language only: no name, number or date of the dataset is here.
 */
interface Sense {
  as: string;
  words: readonly string[];
  loose?: boolean;
}

const SENSES: readonly Sense[] = [
  // The two partners, however named ("both sides", "the two cities", "Singapore and Shenzhen").
  {
    as: 'bothsides',
    words: [
      'singapore and shenzhen',
      'shenzhen and singapore',
      'both sides',
      'the two sides',
      'two sides',
      '2 sides',
      'both cities',
      'the two cities',
      'two cities',
      '2 cities',
      'both parties',
      'the two parties',
      'both partners',
    ],
  },
  {
    as: 'complementarities',
    words: [
      'complement each other',
      'complement one another',
      'complementarities',
      'complementarity',
      'complementary',
      'complements',
      'complement',
    ],
  },
  { as: 'complementarities', words: ['in common', 'common ground'], loose: true },
  { as: 'pandemic', words: ['pandemic', 'pandemics'] },
  // (The sources say "the pandemic", never which one: the name of the disease is close, not their word.)
  { as: 'pandemic', words: ['covid 19', 'covid19', 'covid', 'coronavirus', 'corona'], loose: true },
  {
    as: 'launched',
    words: [
      'kicked off',
      'kick off',
      'set up',
      'launched',
      'launch',
      'started',
      'start',
      'began',
      'begun',
      'begin',
      'founded',
      'inaugurated',
    ],
  },
  { as: 'challenges', words: ['challenges', 'challenge', 'difficulties', 'difficulty', 'hardships', 'obstacles'] },
  { as: 'despite', words: ['in spite of', 'notwithstanding', 'despite'] },
  { as: 'worked', words: ['worked hard', 'work hard', 'working hard', 'made efforts', 'strove', 'striven'] },
  {
    as: 'worked',
    words: ['kept going', 'keep going', 'carried on', 'carry on', 'pressed on', 'persevered', 'kept working'],
    loose: true,
  },
  { as: 'stronger', words: ['stronger', 'strengthen', 'strengthened', 'closer', 'deeper', 'deepened', 'deepen'] },
  { as: 'linkages', words: ['linkages', 'links', 'ties', 'connections'] },
  { as: 'technologies', words: ['technologies', 'technology', 'tech'] },
  { as: 'harnessing', words: ['harnessing', 'harness', 'using', 'utilising', 'utilizing'] },
  { as: 'commongood', words: ['the common good', 'common good', 'public good', 'good of all'] },
  { as: 'important', words: ['important', 'vital', 'crucial', 'significant'] },
  {
    as: 'collaboration',
    words: ['working together', 'work together', 'collaborations', 'collaboration', 'collaborate', 'cooperation'],
  },
  { as: 'collaboration', words: ['cooperate', 'partnership'] },
  { as: 'continue', words: ['continue', 'continues', 'remain', 'remains', 'go on'] },
  { as: 'confident', words: ['confident', 'optimistic', 'certain', 'believes', 'believe'] },
  {
    as: 'forwardlooking',
    words: ['forward looking', 'future oriented', 'cutting edge', 'frontier'],
  },
  { as: 'openness', words: ['openness', 'open', 'receptive'] },
  { as: 'recovery', words: ['recovery', 'recover', 'rebound', 'bounce back'] },
  { as: 'resilience', words: ['resilience', 'resilient'] },
  { as: 'safely', words: ['safely', 'securely', 'safe', 'secure'] },
  { as: 'smoothly', words: ['smoothly', 'seamlessly'] },
  { as: 'crossborder', words: ['cross border', 'crossborder', 'transborder'] },
  { as: 'dataflows', words: ['data flows', 'data flow', 'flow of data', 'flows of data'] },
  { as: 'trade', words: ['trade', 'trading', 'commerce'] },
  { as: 'most', words: ['most', 'majority', 'bulk', 'mostly', 'mainly', 'largely'] },
];

// A loose wording is written as its sense with this mark: matched only nearly.
export const LOOSE = '~';

// One pass over the text: the longest wording first at each place, each replaced once.
const PATTERN = new RegExp(
  ` (${[...SENSES.flatMap((s) => s.words)].sort((a, b) => b.length - a.length).join('|')})(?= )`,
  'g',
);
const SENSE_OF = new Map<string, string>(
  SENSES.flatMap((s) => s.words.map((w) => [w, `${s.as}${s.loose ? LOOSE : ''}`] as const)),
);

/** A text in normal form (spaces at both ends) with every wording of a sense written as that sense. */
export function inSenses(text: string): string {
  return text.replace(PATTERN, (_, w: string) => ` ${SENSE_OF.get(w) ?? w}`);
}
