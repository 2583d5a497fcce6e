// "Which company was behind three of the 2nd JIC's MOUs?", "which partner signed two MOUs at the 4th JIC", "who is in
// more than one project": partners picked by how many records they are in — the one(s) that fit, never every partner
// of the kind listed with the number dropped.
import type { Plan } from './types.js';
import type { PlanContext } from './context.js';
import { mentionsOf } from '../understand.js';
import { LEXICONS } from '../lexicon.js';

/** How many records a partner must be in: exactly `n`, or at least `n`. */
export interface Tally {
  n: number;
  atLeast: boolean;
}

// The records counted, after the number: "three of the 2nd jic mous", "2 mous", "more than one project".
const RECORDS =
  '(?: of (?:the |its |their |all )?(?:[a-z0-9]+ ){0,4}?)? ?(mous?|projects?|records?|agreements?|deals?)';
// More than one, in words ("multiple", "several", "2 or more" — folded to "at least 2" by the normal form).
const MANY = new RegExp(
  ` (?:more than (?:one|1)|over (?:one|1)|multiple|several|at least (?:two|2)|two or more)${RECORDS} `,
);
// A number of records, with a bound before it where one is asked ("at least 3", "exactly two").
const NUMBER = new RegExp(
  ` (?:(exactly|just|only|at least|more than|over|as many as) )?(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)${RECORDS} `,
);
// A number after "the" counts the records of the set, not each partner's: "which companies signed the 8 MOUs".
const SET_COUNT = / (?:the|its|their|those|these|all|of) (?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) /;
// Partners asked for: "which company", "what partners", "who".
const PARTNER_ASKED =
  /^ (?:who|whom)\b| (?:which|what|how many) (?:[a-z]+ )?(?:partners?|compan(?:y|ies)|firms?|organi[sz]ations?|orgs?|universit(?:y|ies)|unis?|institut[a-z]*|entit(?:y|ies)|bod(?:y|ies)|banks?|part(?:y|ies)|signator(?:y|ies)|signers?|ones?|incubators?|agenc(?:y|ies)) /;

/** The tally a question asks of each partner, if any (n of 2 or more: "one of the MOUs" is any partner of them). */
export function tallyAsked(text: string): Tally | undefined {
  const many = MANY.exec(text);
  if (many) return { n: 2, atLeast: true };
  const m = NUMBER.exec(text);
  if (!m || SET_COUNT.test(text)) return undefined;
  // (Number words as the English lexicon reads them: "three" is 3.)
  const n = LEXICONS.en?.numbers[m[2] ?? ''] ?? Number(m[2]);
  const bound = m[1];
  if (!(n >= 2)) return undefined;
  if (bound === 'more than' || bound === 'over') return { n: n + 1, atLeast: true };
  return { n, atLeast: bound === 'at least' };
}

/**
 * Partners picked by a number of records: a ranking by partner, kept to those that fit the tally. (A number that is
 * the whole set's count — "who signed 8 MOUs at the 4th JIC", where 8 were signed — asks the set, not one partner.)
 */
export function partnersByTally(c: PlanContext): Plan | undefined {
  // (The context's names and filter are read only once the words ask a tally: reading them first made every question
  // that reaches this early reading pay for the filter, which most readings before "from here on, f is read" never need.)
  const { u, dataset } = c;
  if (u.lang !== 'en' || !['list', 'who', 'what', 'most', 'count', 'compare'].includes(u.target)) return undefined;
  if (!/ (?:mous?|projects?|records?|agreements?|deals?) /.test(u.q.text) || !PARTNER_ASKED.test(u.q.text))
    return undefined;
  const tally = tallyAsked(u.q.text);
  if (!tally || c.orgs.length) return undefined;
  const f = c.f;
  const noun = (MANY.exec(u.q.text) ?? NUMBER.exec(u.q.text))?.at(-1) ?? '';
  const select = /^project/.test(noun) ? 'projects' : 'mous';
  const records = /^record/.test(noun);
  const meetings = f.meetings?.flatMap((n) => dataset.meetingByNumber(n) ?? []) ?? [];
  // The set's own count, reported or on file: the number names the set ("the 8 MOUs"), not each partner's share.
  if (!tally.atLeast)
    for (const m of meetings) {
      const reported = select === 'mous' ? m.newMous.value : m.newProjects.value;
      const onFile = select === 'mous' ? dataset.mousAt(m.id).length : dataset.projectsAt(m.id).length;
      if (tally.n === reported || tally.n === onFile) return undefined;
    }
  const kind = mentionsOf(u, 'kind')[0]?.value;
  return {
    op: 'rank',
    select,
    by: 'partner',
    order: 'most',
    filter: {
      ...(f.kind ? { kind: f.kind } : {}),
      ...(f.country ? { country: f.country } : {}),
      ...(f.meetings?.length ? { meetings: f.meetings } : {}),
    },
    ...(records ? { records: true } : {}),
    tally: { ...tally, ...(kind ? { kind } : {}) },
  };
}
