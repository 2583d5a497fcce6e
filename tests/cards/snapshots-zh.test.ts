import { describe, expect, it } from 'vitest';
import { handleCommand, handleComponent } from '../../src/router.js';
import { testDeps } from '../helpers.js';
import { CASES } from './snapshot-cases.js';

/**
 * The exact JSON Discord receives, for one reply of each kind, written for a Chinese reader (zh-CN and
 * zh-TW): the same cases as the English snapshots, and a few only Chinese readers type.
 */
const deps = testDeps();
const ZH_CASES: typeof CASES = [
  ...CASES,
  ['a partner by its Chinese name', 'partner', { name: '北京大学' }],
  ['a meeting with its project groups', 'meeting', { number: 3 }],
  ['the founding MOU with its Chinese title', 'meeting', { number: 0 }],
  ['a search in Chinese', 'search', { query: '深圳' }],
  ['a note: no such meeting', 'totals', { meeting: 9 }],
  ['a note: nothing typed', 'project', { query: '' }],
  ['a question in Chinese', 'ask', { question: '签署了多少份谅解备忘录？' }],
];

describe.each(['zh-CN', 'zh-TW'] as const)('one reply of each kind in %s, as Discord receives it', (locale) => {
  it.each(ZH_CASES)('%s', (_kind, name, options) => {
    expect(handleCommand(name, options, deps, locale)).toMatchSnapshot();
  });

  it('a stale button', () => {
    expect(handleComponent('v1:open:project:gone', [], deps, locale)).toMatchSnapshot();
  });
});
