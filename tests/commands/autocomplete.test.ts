import { describe, expect, it } from 'vitest';
import { choiceLimitViolations } from '../../src/cards/limits.js';
import { handleAutocomplete, handleCommand } from '../../src/router.js';
import { testDeps } from '../helpers.js';

const deps = testDeps();
const d = deps.dataset;

/** Each autocompleted command, the option that autocompletes, and the names of the records it names. */
const cases = [
  { command: 'project', option: 'query', names: d.projects.map((r) => r.name) },
  { command: 'mou', option: 'query', names: d.mous.map((r) => r.name) },
  { command: 'partner', option: 'name', names: d.organisations.flatMap((r) => [r.name, ...r.aliases]) },
  {
    command: 'search',
    option: 'query',
    names: [...d.projects, ...d.mous, ...d.organisations, ...d.meetings].map((r) => r.name),
  },
];

describe('autocomplete', () => {
  for (const { command, option, names } of cases) {
    it(`/${command}: every prefix of every record name stays within 25 choices × 100 characters`, () => {
      for (const name of names)
        for (let i = 0; i <= name.length; i++) {
          const choices = handleAutocomplete(command, { name: option, value: name.slice(0, i) }, {}, deps);
          const v = choiceLimitViolations(choices);
          if (v.length) throw new Error(`/${command} "${name.slice(0, i)}": ${v.join('; ')}`);
          expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
        }
    });

    it(`/${command}: an empty query offers the latest meeting's records`, () => {
      const choices = handleAutocomplete(command, { name: option, value: '' }, {}, deps);
      expect(choices.length).toBeGreaterThan(0);
    });

    it(`/${command}: every choice, submitted, opens the record it names`, () => {
      const choices = handleAutocomplete(command, { name: option, value: '' }, {}, deps);
      for (const c of choices) {
        const reply = handleCommand(command, { [option]: c.value }, deps);
        const label = c.name.replace(/^[^·]+· /, '').replace(/…$/, '');
        expect(reply.embeds?.[0]?.title?.replace(/\\/g, '')).toContain(label.slice(0, 20));
      }
    });
  }

  it('labels each choice by kind and names at a word boundary with …', () => {
    const choices = handleAutocomplete('project', { name: 'query', value: 'rehabilitation' }, {}, deps);
    expect(choices[0]?.name).toMatch(/^Project · Singapore Rehabilitation Institute/);
    for (const c of choices) if (c.name.endsWith('…')) expect(c.name).not.toMatch(/\s…$/);
    expect(
      handleAutocomplete('search', { name: 'query', value: 'keppel' }, {}, deps).map((c) => c.name.split(' · ')[0]),
    ).toEqual(expect.arrayContaining(['Organisation', 'MOU']));
  });

  it('commands without autocomplete, and other options, offer nothing', () => {
    expect(handleAutocomplete('about', { name: 'x', value: 'a' }, {}, deps)).toEqual([]);
    expect(handleAutocomplete('project', { name: 'hide', value: 'a' }, {}, deps)).toEqual([]);
  });
});
