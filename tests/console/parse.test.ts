import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseForAutocomplete, parseLine } from '../../src/console/parse.js';
import { defs } from './fixtures.js';

const parse = (line: string) => parseLine(line, defs);
const ok = (line: string) => {
  const r = parse(line);
  if (!r.ok) throw new Error(`expected "${line}" to parse, got ${r.error.kind}: ${r.error.message}`);
  return r.value;
};
const err = (line: string) => {
  const r = parse(line);
  if (r.ok) throw new Error(`expected "${line}" to fail, got ${JSON.stringify(r.value)}`);
  return r.error;
};

describe('values run until the next known option name', () => {
  it('splits on known option names only', () => {
    expect(ok('/partners country:Singapore meeting:4')).toEqual({
      name: 'partners',
      options: { country: 'SG', meeting: 4 },
    });
  });

  it('keeps an unknown "word:" inside a free-text value', () => {
    expect(ok('/ask question:who signed with keppel: the MOU?').options).toEqual({
      question: 'who signed with keppel: the MOU?',
    });
  });

  it('keeps spaces inside a value and trims its ends', () => {
    expect(ok('/partners pillar:  smart   mobility   country:china').options).toEqual({
      pillar: 'smart   mobility',
      country: 'CN',
    });
  });

  it('does not split on an option name glued to a word (no space before it)', () => {
    expect(ok('/ask question:see xquestion:here').options).toEqual({ question: 'see xquestion:here' });
  });

  it('accepts options in any order and the command name in any case', () => {
    expect(ok('/PARTNERS meeting:2 country:SG')).toEqual({ name: 'partners', options: { meeting: 2, country: 'SG' } });
  });

  it('passes a command without options with no options', () => {
    expect(ok('/about')).toEqual({ name: 'about', options: {} });
  });
});

describe('choices by name or value, in any case', () => {
  it.each([
    ['/partners country:singapore', 'SG'],
    ['/partners country:SINGAPORE', 'SG'],
    ['/partners country:sg', 'SG'],
    ['/partners country:Cn', 'CN'],
  ])('%s → %s', (line, value) => {
    expect(ok(line).options.country).toBe(value);
  });

  it('takes an integer choice by its name, its value, or the start of a name or word only one choice has', () => {
    expect(ok('/meeting number:4 · 4th JIC meeting (14 Dec 2023)').options.number).toBe(4);
    expect(ok('/meeting number:4 · 4TH jic meeting (14 dec 2023)').options.number).toBe(4);
    expect(ok('/meeting number:3').options.number).toBe(3);
    expect(ok('/meeting number:4th JIC meeting').options.number).toBe(4);
    expect(ok('/meeting number:3rd').options.number).toBe(3);
    expect(ok('/meeting number:dec 2023').options.number).toBe(4);
  });

  it('lists the choices when the value is none of them', () => {
    const e = err('/partners country:Malaysia');
    expect(e.kind).toBe('invalid-value');
    expect(e.message).toContain('Singapore');
    expect(e.message).toContain('China');
  });

  it('does not guess between choices that share a prefix', () => {
    expect(err('/meeting number:jic').kind).toBe('invalid-value');
  });
});

describe('types from the definition', () => {
  it('parses integers and rejects anything else with a clear message', () => {
    expect(ok('/partners meeting:3').options.meeting).toBe(3);
    for (const bad of ['/partners meeting:4.5', '/partners meeting:four', '/partners meeting:3rd']) {
      const e = err(bad);
      expect(e.kind).toBe('invalid-value');
      expect(e.message).toMatch(/meeting.*whole number/);
    }
  });

  it('enforces min_value and max_value', () => {
    expect(err('/partners meeting:0').message).toMatch(/at least 1/);
    expect(err('/partners meeting:10').message).toMatch(/at most 9/);
  });

  it('parses numbers', () => {
    expect(ok('/rate score:4.5').options.score).toBe(4.5);
    expect(err('/rate score:lots').message).toMatch(/must be a number/);
  });

  it.each([
    ['true', true],
    ['yes', true],
    ['False', false],
    ['NO', false],
  ])('boolean %s → %s', (text, value) => {
    expect(ok(`/project query:quikbot hide:${text}`).options.hide).toBe(value);
  });

  it('rejects a boolean that is not true/false/yes/no', () => {
    expect(err('/project query:quikbot hide:maybe').message).toMatch(/true or false/);
  });
});

describe('errors are values with a message the user can act on', () => {
  it('unknown command, with the nearest name', () => {
    const e = err('/partner name:keppel');
    expect(e.kind).toBe('unknown-command');
    expect(e.message).toContain('/partner');
    expect(e.message).toContain('Did you mean /partners?');
  });

  it('unknown command with nothing near it still points at /help', () => {
    const e = err('/zzzzzz');
    expect(e.kind).toBe('unknown-command');
    expect(e.message).toContain('/help');
  });

  it('unknown option before any known one, with the nearest name', () => {
    const e = err('/partners contry:Singapore');
    expect(e.kind).toBe('unknown-option');
    expect(e.message).toContain('contry');
    expect(e.message).toContain('country:');
  });

  it('unknown option after a typed option is reported as an unknown option', () => {
    const e = err('/partners country:Singapore meting:4');
    expect(e.kind).toBe('unknown-option');
    expect(e.message).toContain('meting');
  });

  it('options on a command that takes none', () => {
    expect(err('/about extra:1').kind).toBe('unknown-option');
  });

  it('missing required option, with how to give it', () => {
    const e = err('/project');
    expect(e.kind).toBe('missing-required');
    expect(e.message).toContain('query');
    expect(e.message).toContain('/project query:');
    expect(err('/project hide:true').kind).toBe('missing-required');
  });

  it('an option with an empty value', () => {
    const e = err('/project query:');
    expect(e.kind).toBe('invalid-value');
    expect(e.message).toContain('query:');
  });

  it('the same option twice', () => {
    expect(err('/partners country:SG country:CN').kind).toBe('duplicate-option');
  });

  it("a value without its option name goes to the command's one required option", () => {
    expect(ok('/project quikbot')).toEqual({ name: 'project', options: { query: 'quikbot' } });
    expect(ok('/project quikbot hide:true')).toEqual({ name: 'project', options: { query: 'quikbot', hide: true } });
    expect(ok('/meeting 4th')).toEqual({ name: 'meeting', options: { number: 4 } });
  });

  it('a bare value where no single option takes it shows the line it should have been', () => {
    const e = err('/partners china');
    expect(e.kind).toBe('malformed');
  });

  it.each(['project query:x', 'hello', '/', '/ about'])('malformed line %j', (line) => {
    expect(err(line).kind).toBe('malformed');
  });

  it('empty line', () => {
    expect(err('   ').kind).toBe('empty');
  });
});

describe('parseForAutocomplete: the last option is the one being typed', () => {
  it('focuses the last option, with its raw text', () => {
    const r = parseForAutocomplete('/project hide:yes query:quik', defs);
    expect(r.ok && r.value).toMatchObject({
      name: 'project',
      focused: { name: 'query', value: 'quik' },
      options: { hide: true },
    });
  });

  it('allows an empty value and skips the required check', () => {
    const r = parseForAutocomplete('/project query:', defs);
    expect(r.ok && r.value.focused).toEqual({ name: 'query', value: '' });
  });

  it('leaves out earlier options that do not parse yet', () => {
    const r = parseForAutocomplete('/partners meeting:x country:sin', defs);
    expect(r.ok && r.value.options).toEqual({});
    expect(r.ok && r.value.focused).toEqual({ name: 'country', value: 'sin' });
  });

  it('fails clearly when the line names no option', () => {
    const r = parseForAutocomplete('/project', defs);
    expect(!r.ok && r.error.message).toContain('query:');
  });
});

describe('any line at all', () => {
  // Built from the pieces lines are made of, so the generator reaches every branch of the scanner.
  const piece = fc.oneof(
    fc.constantFrom(
      '/',
      '/partners',
      '/ask',
      '/meeting',
      '/project',
      '/about',
      ' ',
      ':',
      'country:',
      'meeting:',
      'question:',
      'number:',
      'query:',
      'hide:',
      'x:',
    ),
    fc.string(),
  );
  const line = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

  it('parses to a value or an error with a message, never a throw', () => {
    fc.assert(
      fc.property(line, (text) => {
        const full = parseLine(text, defs);
        if (!full.ok) expect(full.error.message.length).toBeGreaterThan(0);
        const typing = parseForAutocomplete(text, defs);
        if (!typing.ok) expect(typing.error.message.length).toBeGreaterThan(0);
      }),
    );
  });

  it('gives every option of a parsed line the type its definition declares', () => {
    fc.assert(
      fc.property(line, (text) => {
        const r = parseLine(text, defs);
        if (!r.ok) return;
        const definition = defs.find((d) => d.name === r.value.name)!;
        for (const [name, value] of Object.entries(r.value.options)) {
          const option = definition.options!.find((o) => o.name === name)!;
          const expected =
            option.type === 5 ? 'boolean' : option.type === 4 || option.type === 10 ? 'number' : 'string';
          expect(typeof value).toBe(expected);
        }
      }),
    );
  });
});
