import { describe, expect, it } from 'vitest';
import { completeLine } from '../../src/console/complete.js';
import type { ShownChoice } from '../../src/console/answer.js';
import { defs } from './fixtures.js';

const suggestions: ShownChoice[] = [
  { name: 'Project: QuikBot – Guardforce', value: 'QuikBot – Guardforce' },
  { name: 'Project: Quantum sensing', value: 'Quantum sensing' },
];
const complete = (line: string) =>
  completeLine(line, defs, (p) =>
    p.focusedOption.name === 'country'
      ? [
          { name: 'Singapore', value: 'SG' },
          { name: 'China', value: 'CN' },
        ]
      : suggestions,
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
  });

  it('offers autocomplete values that continue what was typed', () => {
    expect(complete('/project query:qui')).toEqual([['QuikBot – Guardforce'], 'qui']);
    expect(complete('/project query:')).toEqual([['QuikBot – Guardforce', 'Quantum sensing'], '']);
  });

  it('offers nothing for an unknown command or inside free text', () => {
    expect(complete('/nope x')).toEqual([[], '/nope x']);
    expect(complete('/ask question:who signed wi')[0]).toEqual([]);
  });
});
