import { describe, expect, it } from 'vitest';
import { handleCommand } from '../../src/router.js';
import { testDeps } from '../helpers.js';
import { CASES } from './snapshot-cases.js';

/**
 * The exact JSON Discord receives, for one reply of each kind. A change to any card shows here as a
 * diff to review (data edits too: `npx vitest run tests/cards/snapshots.test.ts -u` after checking it).
 */
const deps = testDeps();

describe('one reply of each kind, as Discord receives it', () => {
  it.each(CASES)('%s', (_kind, name, options) => {
    expect(handleCommand(name, options, deps)).toMatchSnapshot();
  });
});
