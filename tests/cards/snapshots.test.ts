import { describe, expect, it } from 'vitest';
import { handleCommand } from '../../src/router.js';
import { testDeps } from '../helpers.js';

/**
 * The exact JSON Discord receives, for one reply of each kind. A change to any card shows here as a
 * diff to review (data edits too: `npx vitest run tests/cards/snapshots.test.ts -u` after checking it).
 */
const deps = testDeps();
const CASES: [string, string, Record<string, string | number | boolean>][] = [
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

describe('one reply of each kind, as Discord receives it', () => {
  it.each(CASES)('%s', (_kind, name, options) => {
    expect(handleCommand(name, options, deps)).toMatchSnapshot();
  });
});
