import { describe, expect, it } from 'vitest';
import { completeLine } from '../../src/console/complete.js';
import type { ShownChoice } from '../../src/console/reply-line.js';
import { defs } from './fixtures.js';

const suggestions: ShownChoice[] = [
  { name: 'Project · QuikBot – Guardforce', value: 'prj-quikbot' },
  { name: 'Project · Quantum sensing', value: 'prj-quantum' },
];
const complete = (line: string) =>
  completeLine(line, defs, (p) =>
    p.focusedOption.name === 'country'
      ? [
          { name: 'Singapore', value: 'SG' },
          { name: 'China', value: 'CN' },
        ].filter((c) => c.name.toLowerCase().includes(p.focused.value.toLowerCase()))
      : suggestions.filter((c) => c.name.toLowerCase().includes(p.focused.value.toLowerCase())),
  );

describe('tab completion', () => {
  it('completes command names, with or without the slash', () => {
    expect(complete('/pa')).toEqual([['/partners '], '/pa']);
    expect(complete('pro')).toEqual([['/project '], 'pro']);
    expect(complete('')[0]).toEqual(defs.map((d) => `/${d.name} `));
  });

  it('completes option names not given yet', () => {
    expect(complete('/partners c')).toEqual([['country:'], 'c']);
    expect(complete('/partners country:SG ')[0]).toEqual(['meeting:', 'pillar:']);
    expect(complete('/partners country:SG m')).toEqual([['meeting:'], 'm']);
  });

  it('completes a static choice by its name, keeping what was typed', () => {
    expect(complete('/partners country:sin')).toEqual([['Singapore'], 'sin']);
    const [names, on] = complete('/partners country:');
    expect(on).toBe('');
    expect(names.slice(1)).toEqual(['Singapore', 'China']);
    expect(names[0]).toMatch(/^\(2 choices/);
  });

  it('puts the one matching choice, by the name Discord shows (never its id), in place of what was typed', () => {
    expect(complete('/project query:guardf')).toEqual([['Project · QuikBot – Guardforce'], 'guardf']);
  });

  it('on an empty value lists names and inserts nothing (no "mou-"/"prj-" id prefix)', () => {
    const [names, on] = complete('/project query:');
    expect(on).toBe('');
    expect(names[0]).toMatch(/^\(\d+ choices/);
    for (const n of names.slice(1)) expect(n).not.toMatch(/^prj-|^mou-/);
  });

  it('lists several autocomplete matches by name, under a header that stops readline inserting', () => {
    const [hits, on] = complete('/project query:qu');
    expect(on).toBe('qu');
    expect(hits.slice(1)).toEqual(['Project · QuikBot – Guardforce', 'Project · Quantum sensing']);
    expect(hits[0]).toMatch(/^\(2 matches/);
  });

  it('offers nothing for an unknown command or inside free text', () => {
    expect(complete('/nope x')).toEqual([[], '/nope x']);
    expect(complete('/ask question:who signed wi')[0]).toEqual([]);
  });
});
