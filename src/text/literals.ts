/**
 * The texts every match of a pattern holds, read off the pattern itself: its runs of plain characters that no
 * optional part, character class or negative look-around stands around, and of alternatives the characters every one
 * of them holds (`(?:之后|以后|后)` holds 后). A text without one of them cannot match, so a rule may skip its search
 * there (`t.includes(…)` costs far less than a search that finds nothing).
 *
 * Conservative by construction: whatever it cannot read surely (an escape, a class, a `{` that is no quantifier, an
 * alternation, a letter under the `i` flag) ends a run and adds nothing, so a pattern it cannot read gives no text and
 * its rule always runs. Worked out from the pattern, so a rule edited later is read again, never gated by a stale word.
 */

const QUANTIFIER = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})/;
// Characters with a meaning of their own in a pattern (never plain).
const SYNTAX = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
const HAN = /^\p{Script=Han}$/u;

interface Read {
  /** The texts every match of this sequence (or of each of its alternatives) holds. */
  runs: string[];
  /** Where it stopped: at a `)` closing its group, or the end. */
  end: number;
}

/** Of alternatives, the characters every one holds (each as a text of its own). */
function common(alternatives: readonly string[][]): string[] {
  const [first, ...rest] = alternatives.map((runs) => new Set([...runs.join('')]));
  return [...(first ?? [])].filter((c) => rest.every((chars) => chars.has(c)));
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

function readSequence(source: string, at: number, ignoreCase: boolean): Read {
  let runs: string[] = [];
  let run = '';
  const alternatives: string[][] = [];
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
      alternatives.push(runs);
      runs = [];
      i += 1;
      continue;
    }
    let next: number;
    let inner: string[] = [];
    let plain = false;
    if (c === '\\') next = i + escapeLength(source, i);
    else if (c === '[') next = classEnd(source, i);
    else if (c === '(') {
      const kind = /^\((\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(i))?.[1] ?? '';
      const read = readSequence(source, i + 1 + kind.length, ignoreCase);
      next = read.end + 1;
      // (A negative look-around holds nothing; a positive one's text is in the text searched, as a group's is.)
      if (kind !== '?!' && kind !== '?<!') inner = read.runs;
    } else if (SYNTAX.has(c)) next = i + 1;
    else {
      next = i + c.length;
      // (Under the `i` flag a letter matches its other case: only characters with none, Chinese ones, are kept.)
      plain = !ignoreCase || HAN.test(c);
    }
    const q = QUANTIFIER.exec(source.slice(next));
    if (q) {
      // What may occur no times holds nothing; once or more, it holds itself but ends the run (`ab+c` holds no "abc").
      const none = q[0] === '?' || q[0] === '*' || Number(q[1]) === 0;
      next += q[0].length;
      if (source[next] === '?') next += 1;
      if (plain && !none) {
        run += c;
        close();
      } else close();
      if (!none) runs.push(...inner);
    } else if (plain) run += c;
    else {
      close();
      runs.push(...inner);
    }
    i = next;
  }
  close();
  return { runs: alternatives.length ? common([...alternatives, runs]) : runs, end: i };
}

/** The texts every match of `re` holds (none where its pattern is read as holding none). */
export function literalsOf(re: RegExp): string[] {
  const read = readSequence(re.source, 0, re.ignoreCase);
  return read.end < re.source.length ? [] : read.runs;
}

/** The longest text every match of `re` holds, or '' (which every text holds). */
export function longestLiteral(re: RegExp): string {
  return literalsOf(re).reduce((a, b) => (b.length > a.length ? b : a), '');
}
