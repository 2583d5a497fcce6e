/** One reply of each kind: the command and its options (tests/cards/snapshots*.test.ts). */
export const CASES: [string, string, Record<string, string | number | boolean>][] = [
  ['project card', 'project', { query: 'quikbot' }],
  ['MOU card', 'mou', { query: 'keppel peking' }],
  ['partner card', 'partner', { name: 'ntu' }],
  ['meeting card', 'meeting', { number: 4 }],
  ['partners list by MOU', 'partners', { meeting: 4 }],
  ['partners list by country', 'partners', { country: 'China' }],
  ['search results', 'search', { query: 'singapore' }],
  ['broad topic list', 'project', { query: 'ai' }],
  ['totals', 'totals', {}],
  ['totals at one meeting', 'totals', { meeting: 3 }],
  ['help', 'help', {}],
  ['about', 'about', {}],
  ['a miss', 'partner', { name: 'zzzz' }],
  ['a known name in the wrong command', 'mou', { query: 'ntu' }],
  ['an /ask answer', 'ask', { question: 'who signed an MOU with Keppel?' }],
];
