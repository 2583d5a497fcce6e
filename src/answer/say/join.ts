import { truncate } from '../format.js';
import { ANSWER_ZH } from '../../i18n/answer.js';
import type { Said } from './common.js';

/**
 * Several answers in one reply — the questions of one message, the parts of one question ("where was the 4th JIC held
 * and how many MOUs were signed there"), each of several things asked ("the 2nd and 3rd JIC's outcomes") — joined by
 * one rule, so the reply stays one phone screen and no line reads as another answer's:
 * - each answer starts on its own line with its sentence, in the order asked;
 * - under the sentences, LINES lines in all, shared evenly (2 answers: 3 lines each; 3 answers: 2), each list item cut
 *   to LINE characters (a sentence to SENTENCE), and "… and N more" where an answer had more;
 * - the records behind every answer stay one click away: each answer's first record first, then each one's second…
 *   (five or fewer are buttons; more are one select, the rest of a cut list among them);
 * - the sources likewise, each answer's first source first (the line shows only a few);
 * - ephemeral only when every answer is.
 */
const LINES = 6;
const LINE = 160;
// (A line that is a sentence of its own, not a list item — "The sources also speak of robots … in outcomes of the 2nd
// JIC: …" — keeps more: what it says is the evidence.)
const SENTENCE = 300;

/** Each list's first items first, then each one's second…, without repeats (by `key`). */
function interleave<T>(lists: readonly (readonly T[])[], key: (x: T) => string = String): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i += 1)
    for (const l of lists) {
      const x = l[i];
      if (x === undefined || seen.has(key(x))) continue;
      seen.add(key(x));
      out.push(x);
    }
  return out;
}

// The shortest body of a passage that counts as said again (shorter ones may be a shared phrase, "the 4th JIC (…)").
const PASSAGE = 80;

/** Whether `later` only says again, after its own lead ("…: "), what `earlier` already said. */
function saidAgain(later: string, earlier: string): boolean {
  const at = later.indexOf(': ');
  const body = at < 0 ? '' : later.slice(at + 2);
  return body.length >= PASSAGE && earlier.includes(body);
}

/** Several answers as one reply, by the rule above. `locale` words the "… and N more". */
export function joinAnswers(given: readonly Said[], locale = 'en'): Said {
  // (Two asks the sources answer with the same sentence — "when was the 5th JIC and what was signed": no 5th JIC — say it once.)
  // (Nor a passage said again under another lead — "which deputy PM went to Shenzhen and who did he meet": the one
  // passage that answers both, once.)
  const all = given.filter(
    (s, i) =>
      given.findIndex((t) => t.sentence === s.sentence) === i &&
      !given.slice(0, i).some((t) => saidAgain(s.sentence, t.sentence)),
  );
  if (all.length === 1 && all[0]) return all[0];
  const zh = locale === 'zh-CN' || locale === 'zh-TW' ? ANSWER_ZH[locale] : undefined;
  const per = Math.max(1, Math.floor(LINES / Math.max(1, all.length)));
  const text = all.map((s) =>
    [
      s.sentence,
      ...s.lines.slice(0, per).map((l) => truncate(l, l.startsWith('• ') ? LINE : SENTENCE)),
      ...(s.lines.length > per ? [zh ? zh.more(s.lines.length - per) : `… and ${s.lines.length - per} more`] : []),
    ].join('\n'),
  );
  return {
    sentence: text.join('\n'),
    lines: [],
    refs: interleave(
      all.map((s) => s.refs),
      (r) => `${r.kind}:${r.id}`,
    ),
    sources: interleave(all.map((s) => s.sources)),
    ...(all.length && all.every((s) => s.ephemeral) ? { ephemeral: true } : {}),
  };
}
