import { describe, expect, it } from 'vitest';
import { testDeps } from '../helpers.js';
import { replyLimitViolations } from '../../src/cards/limits.js';
import { QUESTIONS } from './questions.js';
import { HOLDOUT } from './holdout/questions.js';
import { HOLDOUTS } from './holdouts.js';
import { NEVER_FALSE } from './never-false.js';
import { describeMiss, judge, score, scoreLine } from './evaluate.js';

/** Floors at the score reached (raise them as it rises; never lower one to land). */
// Reached at the end of wave 2 (07:07 UTC): main 356/356, holdout 119/122, holdout 2 110/116, never-false 75/75.
// Holdout 3 (written blind, round 2) before any code change: 91/105.
// Round 2 (07:39 UTC): main 383/383, holdout 119/122, holdout 2 114/116 (no longer clean: its misses were seen
// by kind last round), holdout 3 98/105 (the clean number), never-false 92/92. After its misses were read, one
// misleading answer among them was fixed by kind (a named outcome outranks a record picked by a topic word):
// holdout 3 100/105 (no longer clean), never-false 93/93.
// Holdout 4 (written blind in session 3, 2026-11-30) before any code change of that session: 137/160 on main 5ee0a11.
// Session 3 (after 82 new development questions and the kinds they showed): main 465/465, holdout 121/122,
// holdout 2 115/116, holdout 3 103/105 (none of the three clean any more), never-false 101/101.
// Session 3, 09:48 UTC (answer + answer2 landed on main): holdout 4's aggregate 149/160 (93.1%), floor raised to it.
// Holdout 5 (226 questions written blind in session 4, 2026-11-30) before any code change of that session:
// 208/226 (92.0%) on main db970fa; floor set there.
// Session 4 (answer, after fixing by kind what holdouts 1–4 missed, read as development sets): holdout 122/122,
// holdout 2 115/116, holdout 3 105/105, holdout 4 159/160 (11:15), 160/160 (11:45).
// Session 4 end (13:13 UTC, main e4075a2): holdout 5 213/226 (94.2%), measured once at the end (its aggregate was
// also seen once mid-session, 212/226 at 12:45); nobody building read its questions or misses. Floor raised to it.
// Holdout 6 (282 questions written blind in session 5, 2026-11-30; holdout 5 became a development set that session)
// before any code change of that session: 251/282 (89.0%) on 7830794 (the session's start). Main at 631ec66 scores
// 250/282 (88.7%): one 'when' case lost between the two (it comes with 61ddc13; 0edd310 alone keeps 251). The floor
// is that landed score; raise it to 0.89 once the lost case is back.
// Session 5 end (16:05 UTC, main bff0cac): holdout 6 258/282 (91.5%), measured once at the end by the integrator;
// nobody building read its questions, misses or per-kind scores. Holdout 5 (a development set this session)
// 224/226. Floors raised to both.
// Holdout 7 (306 questions written blind in session 6, 2026-11-30, from the sources only; holdout 6 became a
// development set that session) before any code change of that session: 269/306 (87.9%) on 2a05ef0 (the session's
// start), and the same 269/306 on main a89b5e9 merged. Floor set there.
// Holdout 8 (322 questions written blind in session 6 from the sources only, then a development set from the start:
// builders read its misses): 290/322 (90.1%) on main merged at landing (dev8). Floor set there.
// Session 6 end (18:38 UTC, main 5117b24): holdout 7 279/306 (91.2%), measured by the integrator (its aggregate was
// also seen mid-session; nobody building read its questions, misses or per-kind scores). Development sets: holdout 6
// 281/282, holdout 8 310/322, holdout 5 226/226. Floors raised to each.
// Holdout 9 (319 questions written blind in session 7, 2026-11-30, from the sources only; holdout 7 became a
// development set that session) before any code change of that session: 282/319 (88.4%) on 9012b53 (the session's
// start). Floor set there.
// Holdout 10 (318 questions written blind in session 7 from the sources only, a development set from the start: builders
// read its misses): 263/318 (82.7%) on main 9012b53, and the same on main 85b0450 merged at landing (dev10). Floor set there.
// Holdout 11 (323 questions written blind in session 8, 2026-11-30, from the sources only; holdout 9 became a
// development set that session) before any code change of that session: 284/323 (87.9%) on f7b55df (the session's
// start). Floor set there.
// End of session 8 (main 5547245, 00:51 UTC): holdout 11 288/323 (89.2%, clean: nobody building read its questions,
// misses or per-kind scores); development sets holdout 6 282/282, holdout 7 297/306, holdout 8 317/322, holdout 9
// 305/319, holdout 10 299/318. Floors raised to each (rounded down).
// Holdout 12 (323 questions written blind in session 9, 2026-12-01, from the sources only; holdout 11 became a
// development set that session) before any code change of that session: 289/323 (89.5%) on main b89d0d7. Floor set there.
// End of session 9 (main f38bd32, 05:36 UTC): holdout 12 290/323 (89.8%, clean: nobody building read its questions,
// misses or per-kind scores); development sets holdout 9 309/319, holdout 10 304/318, holdout 11 301/323. Floors raised
// to each (rounded down).
// Holdout 13 (323 questions written blind in session 10, 2026-12-01, from the sources only; holdout 12 became a
// development set that session) before any code change of that session: 293/323 (90.7%) on main 163bf93. Floor set there.
// End of session 10 (main 8674c39, 09:46 UTC): holdout 13 294/323 (91.0%, clean: nobody building read its questions,
// misses or per-kind scores); development sets holdout 7 302/306, 8 319/322, 9 313/319, 10 306/318, 11 309/323, 12 308/323.
// Floors raised to each (rounded down).
// Holdout 14 (323 questions written blind in session 11, 2026-12-01, from the sources only; holdout 13 became a
// development set that session) before any code change of that session: 299/323 (92.6%) on main 3789fd6. Floor set there.
// End of session 11 (main 3bf01e8, 12:57 UTC): holdout 14 303/323 (93.8%, clean: nobody building read its questions,
// misses or per-kind scores); development sets holdout 7 306/306, 8 320/322, 9 318/319, 10 313/318, 11 316/323,
// 12 316/323, 13 298/323. Floors raised to each (rounded down).
// Holdout 15 (323 questions written blind in session 12, 2026-12-01, from the sources only; holdout 14 became a
// development set that session) before any code change of that session: 298/323 (92.3%) on 695d349. Floor set there.
// End of session 12 (main 8f24847, 15:33 UTC): holdout 15 299/323 (92.6%, clean: nobody building read its questions,
// misses or per-kind scores); development sets holdout 10 316/318, 11 319/323, 12 318/323, 13 307/323, 14 310/323.
// Floors raised to each (rounded down).
// End of session 13 (main 570be31, 18:22 UTC): holdout 15, kept clean for a second session, 301/323 (93.2%; 299 at the
// session's start); development sets holdout 8 321/322, 11 320/323, 12 319/323, 13 310/323, 14 312/323. Floors raised.
// Holdout 17 (70 questions written blind in session 21 by the fact-checker, who never saw the code: the private half of
// its set, the odd-numbered English questions; holdout 16 became a development set that session): 50/70 (71.4%) on
// main b8b4699, the same as the fact-checker's hand verdicts on the session's start (d217af0: 50 right, 20 not).
// Floor set there.
const FLOORS = {
  main: 1,
  holdout: 1,
  holdout2: 0.991,
  holdout3: 1,
  holdout4: 1,
  holdout5: 1,
  holdout6: 1,
  holdout7: 1,
  holdout8: 0.996,
  holdout9: 1,
  holdout10: 1,
  holdout11: 0.993,
  holdout12: 0.996,
  holdout13: 0.996,
  holdout14: 1,
  holdout15: 0.944,
  holdout16: 0.985,
  holdout17: 0.714,
  neverFalse: 1,
};

const deps = testDeps();

describe('answers to questions in words', () => {
  const main = QUESTIONS.map((c) => judge(c, deps));
  const held = HOLDOUTS.map((h) => ({ ...h, verdicts: h.cases.map((c) => judge(c, deps)) }));
  const never = NEVER_FALSE.map((c) => judge(c, deps));

  it('has at least 250 questions, a third of them held out, covering every kind', () => {
    expect(QUESTIONS.length + HOLDOUT.length).toBeGreaterThanOrEqual(250);
    // A third of the first pool (122 of 368) was set apart before building; the main set has grown since.
    expect(HOLDOUT.length).toBeGreaterThanOrEqual(122);
    const kinds = new Set(QUESTIONS.map((c) => c.kind));
    for (const k of [
      'count',
      'list',
      'who',
      'what',
      'when',
      'where',
      'yesno',
      'compare',
      'most',
      'outcome',
      'person',
      'zone',
      'missing',
      'two',
      'unsure',
      'hostile',
      'quote',
    ])
      expect(kinds).toContain(k);
  });

  it(`answers at least ${FLOORS.main * 100}% of the main set with the facts the sources give`, () => {
    const s = score(main);
    const report = `${scoreLine(s)}\nmisses:\n${main
      .filter((v) => !v.ok)
      .map(describeMiss)
      .join('\n')}`;
    expect(s.ok / s.all, report).toBeGreaterThanOrEqual(FLOORS.main);
  });

  // A holdout's misses are never printed: only its score, so it is not tuned against (a clean one's aggregate only:
  // its per-kind scores would tell where its misses lie).
  for (const h of held)
    it(`answers at least ${Number((FLOORS[h.key] * 100).toFixed(1))}% of ${h.title.toLowerCase()} (${h.written})`, () => {
      expect(h.cases.length).toBeGreaterThanOrEqual(h.minSize);
      const s = score(h.verdicts);
      expect(s.ok / s.all, h.clean ? `${s.ok}/${s.all}` : scoreLine(s)).toBeGreaterThanOrEqual(FLOORS[h.key]);
    });

  it(`says nothing false: at least ${FLOORS.neverFalse * 100}% of the never-false set`, () => {
    const s = score(never);
    const report = `${scoreLine(s)}\nfalse or missing:\n${never
      .filter((v) => !v.ok)
      .map(describeMiss)
      .join('\n')}`;
    expect(s.ok / s.all, report).toBeGreaterThanOrEqual(FLOORS.neverFalse);
  });

  it('fits every answer within Discord limits, never pinging', () => {
    for (const v of [...main, ...held.flatMap((h) => h.verdicts), ...never]) {
      expect(replyLimitViolations(v.reply), v.case.q).toEqual([]);
      expect(v.reply.allowed_mentions, v.case.q).toEqual({ parse: [] });
    }
  });
});
