/**
 * The texts every match of a pattern holds, read off the pattern itself: its runs of plain characters that no
 * optional part, character class or negative look-around stands around, and of alternatives the characters every one
 * of them holds (`(?:之后|以后|后)` holds 后). A text without one of them cannot match, so a rule may skip its search
 * there (`t.includes(…)` costs far less than a search that finds nothing). Of an alternation whose alternatives share
 * no character, a text each one holds: every match holds one of them (`(?:以|通过|采用)` holds 以, 通过 or 采用).
 *
 * Conservative by construction: whatever it cannot read surely (an escape, a class, a `{` that is no quantifier, an
 * alternation, a letter under the `i` flag) ends a run and adds nothing, so a pattern it cannot read gives no text and
 * its rule always runs. Worked out from the pattern, so a rule edited later is read again, never gated by a stale word.
 * (neededIn reads a pattern under the `i` flag too: its ASCII letters lower-cased, held by the text lower-cased.)
 */

const QUANTIFIER = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})/;
// Characters with a meaning of their own in a pattern (never plain).
const SYNTAX = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
const HAN = /^\p{Script=Han}$/u;

interface Read {
  /** The texts every match of this sequence (or of each of its alternatives) holds. */
  runs: string[];
  /** Sets of texts of which every match holds one at least (an alternation's: one text each alternative holds). */
  sets: string[][];
  /** Where it stopped: at a `)` closing its group, or the end. */
  end: number;
}

/** Of alternatives, the characters every one holds (each as a text of its own). */
function common(alternatives: readonly string[][]): string[] {
  const [first, ...rest] = alternatives.map((runs) => new Set([...runs.join('')]));
  return [...(first ?? [])].filter((c) => rest.every((chars) => chars.has(c)));
}

const longest = (texts: readonly string[]): string => texts.reduce((a, b) => (b.length > a.length ? b : a), '');

/**
 * Of alternatives, a set of texts every match holds one of: a text each alternative holds (its longest run, else one
 * of its own sets) — a match goes through one alternative, which holds its text. None where one alternative holds
 * nothing it can name (`(?:a|)`, `(?:第一|\d)`).
 */
function oneOfEach(alternatives: ReadonlyArray<{ runs: string[]; sets: string[][] }>): string[] | undefined {
  const each = alternatives.map(({ runs, sets }) => (runs.length ? [longest(runs)] : sets[0]));
  return each.every((texts) => texts?.length) ? [...new Set(each.flat() as string[])] : undefined;
}

/** The length of the escape at `at` (a backslash and what it stands for), for `\p{…}`, `\u{…}`, `\k<…>`, `\x41`… */
function escapeLength(source: string, at: number): number {
  const m = /^\\(?:[pPu]\{[^}]*\}|k<[^>]*>|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|\d+|[\s\S])/.exec(
    source.slice(at),
  );
  return m?.[0].length ?? 1;
}

/** The index after the character class that opens at `at`. */
function classEnd(source: string, at: number): number {
  let i = at + 1;
  while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? escapeLength(source, i) : 1;
  return i + 1;
}

/**
 * The characters a class of plain characters matches ("地弟递帝"), or undefined where it is more than a list: a range,
 * an escape, a negation, a nested class or `&&` (the `v` flag's), a letter under the `i` flag, half of a surrogate pair.
 */
function classChars(inside: string, ignoreCase: boolean, fold: boolean): string[] | undefined {
  if (!inside || /[\\[\]^&-]|[\uD800-\uDFFF]/.test(inside)) return undefined;
  if (ignoreCase && fold) {
    const chars = [...new Set(inside.toLowerCase())];
    return chars.every((x) => ASCII.test(x) || HAN.test(x)) ? chars : undefined;
  }
  const chars = [...new Set(inside)];
  return ignoreCase && !chars.every((x) => HAN.test(x)) ? undefined : chars;
}

const ASCII = /^[\x00-\x7f]$/;

/**
 * `fold`: a pattern under the `i` flag read against the text lower-cased (lowerCased): an ASCII character is plain, as
 * its lower case. Sound: under `i` an ASCII letter matches itself in either case and nothing else (without `u` no
 * character beyond ASCII matches one in it; with `u`, ſ matches s and the Kelvin sign k — lowerCased reads them so),
 * and lower-casing a text turns each ASCII run in it into the same run lower-cased.
 */
function readSequence(source: string, at: number, ignoreCase: boolean, fold = false): Read {
  let runs: string[] = [];
  let sets: string[][] = [];
  let run = '';
  const alternatives: Array<{ runs: string[]; sets: string[][] }> = [];
  const close = () => {
    if (run) runs.push(run);
    run = '';
  };
  let i = at;
  while (i < source.length) {
    const c = String.fromCodePoint(source.codePointAt(i) ?? 0);
    if (c === ')') break;
    if (c === '|') {
      close();
      alternatives.push({ runs, sets });
      runs = [];
      sets = [];
      i += 1;
      continue;
    }
    let next: number;
    let inner: string[] = [];
    let innerSets: string[][] = [];
    let plain = false;
    if (c === '\\') next = i + escapeLength(source, i);
    else if (c === '[') {
      next = classEnd(source, i);
      // ("[地弟递帝]": a class of plain characters holds one of them.)
      const one = classChars(source.slice(i + 1, next - 1), ignoreCase, fold);
      if (one) innerSets = [one];
    } else if (c === '(') {
      const kind = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(i))?.[1] ?? '';
      const read = readSequence(source, i + 1 + kind.length, ignoreCase, fold);
      next = read.end + 1;
      // (A negative look-around holds nothing; a positive one's text is in the text searched, as a group's is.)
      if (kind !== '?!' && kind !== '?<!') {
        inner = read.runs;
        innerSets = read.sets;
      }
    } else if (SYNTAX.has(c)) next = i + 1;
    else {
      next = i + c.length;
      // (Under the `i` flag a letter matches its other case: only characters with none, Chinese ones, are kept — or,
      // folded, ASCII ones as their lower case.)
      plain = !ignoreCase || HAN.test(c) || (fold && ASCII.test(c));
    }
    const q = QUANTIFIER.exec(source.slice(next));
    if (q) {
      // What may occur no times holds nothing; once or more, it holds itself but ends the run (`ab+c` holds no "abc").
      const none = q[0] === '?' || q[0] === '*' || Number(q[1]) === 0;
      next += q[0].length;
      if (source[next] === '?') next += 1;
      if (plain && !none) {
        run += ignoreCase ? c.toLowerCase() : c;
        close();
      } else close();
      if (!none) {
        runs.push(...inner);
        sets.push(...innerSets);
      }
    } else if (plain) run += ignoreCase ? c.toLowerCase() : c;
    else {
      close();
      runs.push(...inner);
      sets.push(...innerSets);
    }
    i = next;
  }
  close();
  if (!alternatives.length) return { runs, sets, end: i };
  const all = [...alternatives, { runs, sets }];
  const one = oneOfEach(all);
  return { runs: common(all.map((x) => x.runs)), sets: one ? [one] : [], end: i };
}

/** The texts every match of `re` holds (none where its pattern is read as holding none). */
export function literalsOf(re: RegExp): string[] {
  const read = readSequence(re.source, 0, re.ignoreCase);
  return read.end < re.source.length ? [] : read.runs;
}

/** The longest text every match of `re` holds, or '' (which every text holds). */
export function longestLiteral(re: RegExp): string {
  return longest(literalsOf(re));
}

/**
 * What a text must hold for `re` to match in it: every text of `all` (literalsOf), and one text at least of each of
 * `anyOf` (an alternation's: `(?:以|通过|采用)` holds 以, 通过 or 采用). Empty where the pattern is read as needing none.
 */
export function neededBy(re: RegExp): { all: string[]; anyOf: string[][] } {
  const read = readSequence(re.source, 0, re.ignoreCase);
  return read.end < re.source.length ? { all: [], anyOf: [] } : { all: read.runs, anyOf: read.sets };
}

/** Whether `text` holds what `re` needs to match in it (neededBy): false means it cannot match there. */
export function holdsNeeded(text: string, { all, anyOf }: { all: string[]; anyOf: string[][] }): boolean {
  for (const x of all) if (!text.includes(x)) return false;
  for (const set of anyOf) if (!holdsOne(text, set)) return false;
  return true;
}

function holdsOne(text: string, set: readonly string[]): boolean {
  for (const x of set) if (text.includes(x)) return true;
  return false;
}

/** What a text must hold for a pattern to match in it (neededBy); `lower`: held by the text lower-cased (lowerCased). */
export interface Needs {
  all: string[];
  anyOf: string[][];
  lower?: true;
}

/**
 * neededBy, and under the `i` flag the texts its ASCII letters make, lower case: held by lowerCased(text) wherever
 * it matches (`lower`). Where the pattern ignores no case, neededBy's.
 */
export function neededIn(re: RegExp): Needs {
  if (!re.ignoreCase) return neededBy(re);
  const read = readSequence(re.source, 0, true, true);
  return read.end < re.source.length ? { all: [], anyOf: [] } : { all: read.runs, anyOf: read.sets, lower: true };
}

/** A text lower-cased as neededIn's texts are read: ſ as s too (under `iu` it matches s; its own lower case is ſ). */
export const lowerCased = (text: string): string => {
  const lower = text.toLowerCase();
  return lower.includes('\u017f') ? lower.replaceAll('\u017f', 's') : lower;
};

/** Patterns' needs, by source (a pattern written in a function is a new object each call; its source is the same). */
const GATES = new Map<string, Needs | null>();
const GATES_I = new Map<string, Needs | null>();

/** A pattern's needs (neededIn), read once; null where it needs nothing (a test would only cost). */
function gateOf(re: RegExp): Needs | null {
  const known = re.ignoreCase ? GATES_I : GATES;
  let needs = known.get(re.source);
  if (needs === undefined) {
    const read = neededIn(re);
    // (The longest text first: the likeliest to be missing.)
    needs =
      read.all.length || read.anyOf.length ? { ...read, all: [...read.all].sort((a, b) => b.length - a.length) } : null;
    known.set(re.source, needs);
  }
  return needs;
}

/**
 * False only where `re` cannot match in `text`: the text lacks a text every match holds (neededIn). A search that
 * finds nothing costs far more than the few `includes` this takes. (`lower`: the text lower-cased, where the caller
 * has it.)
 */
export function mayMatch(re: RegExp, text: string, lower?: string): boolean {
  const needs = gateOf(re);
  return !needs || holdsNeeded(needs.lower ? (lower ?? lowerCased(text)) : text, needs);
}
