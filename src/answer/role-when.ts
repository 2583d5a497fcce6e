// A person asked to hold a role at a time — "was Qin Weizhong the mayor when the SCI was founded?", "was Chen Rugui
// still mayor at the 2nd JIC?", "was Qin mayor back in 2019?": the time constrains the role. Read off who the sources
// give in that role at that meeting (its signers or co-chairs, each with a role): the person among them → Yes; another
// in that role there → No, with who was; no one in that role given there → the reply is left as it was. (A Yes read off
// the person's roles at large — "Qin Weizhong is Mayor of Shenzhen" — drops the time: a FALSE Yes for 2019.)
import type { Dataset, Meeting } from '../dataset/index.js';
import { mentionsOf, type Understanding } from './understand.js';
import type { Said } from './say/common.js';
import { joinList, meetingDate } from './format.js';

// The roles asked (`asked`, in the question), the seats given at a meeting that hold them (`holds`, by the person's
// role or their group's label), and whether one person holds it at a time (`one`: a city's mayor, a meeting's co-chair
// seats — another there is a No) or many may (a permanent secretary: only a Yes).
interface Role {
  asked: RegExp;
  holds: (role: string, label: string) => boolean;
  one: boolean;
}
const ROLES: readonly Role[] = [
  { asked: / mayor /, holds: (role) => /\bmayor\b/i.test(role), one: true },
  { asked: / (?:permanent secretary|perm sec) /, holds: (role) => /\bpermanent secretary\b/i.test(role), one: false },
  { asked: / (?:co ?chair|cochair)s? /, holds: (_role, label) => /co-?chair/i.test(label), one: true },
];
// A role asked as held (a copula), not done.
const HELD = / (?:was|were|is|wasn t|isn t|been) /;
// The founding asked as the time: the founding MOU's signing.
const FOUNDING =
  / when (?:the )?(?:sci|initiative|smart city initiative|partnership|cooperation|collaboration) (?:was |got )?(?:founded|launched|started|began|begun|set up|established|created|signed|kicked off) /;

/** The meetings the question puts the role at: those it names (a year is its meeting), or the founding. */
function meetingsAsked(u: Understanding, dataset: Dataset): Meeting[] {
  const named = mentionsOf(u, 'meeting').map((m) => Number(m.value));
  const numbers = named.length ? named : FOUNDING.test(u.q.text) ? [0] : [];
  return numbers.flatMap((n) => dataset.meetingByNumber(n) ?? []);
}

/** "Was <person> <role> at <time>?": Yes / No with who was, from the seats given at that meeting; else the reply. */
export function roleAtTime(said: Said, u: Understanding, dataset: Dataset): Said {
  // (Asked as a role held — "was Qin the mayor", "Qin was mayor…, right?" — never a deed: "did Qin chair the session".)
  // (Nor asked which source says it — "which publication names Qin as co-chair of the 4th JIC": the reply names them.)
  if (u.target !== 'yesno' || u.lang !== 'en' || u.q.asksSource || !HELD.test(u.q.text)) return said;
  const { holds, one } = ROLES.find((r) => r.asked.test(u.q.text)) ?? {};
  const people = [...new Set(mentionsOf(u, 'person').map((m) => m.value))];
  if (!holds || people.length !== 1) return said;
  const [person = ''] = people;
  const meetings = meetingsAsked(u, dataset);
  if (meetings.length !== 1) return said;
  const [m] = meetings as [Meeting];
  const seats = m.people.flatMap((g) => g.people.filter((p) => holds(p.role, g.label)).map((p) => ({ ...p, g })));
  if (!seats.length) return said;
  const at = `${m.number === 0 ? 'the founding MOU' : `the ${m.name}`} (${meetingDate(m)})`;
  const sources = [...new Set(seats.flatMap((s) => s.g.sources))];
  const base = { ...said, lines: [], refs: [{ kind: 'meeting' as const, id: m.id }], sources };
  const given = joinList([...new Set(seats.map((s) => `${s.name} (${s.role})`))]);
  if (seats.some((s) => s.name === person))
    return /^Yes\b/.test(said.sentence) ? said : { ...base, sentence: `Yes: at ${at}, the sources give ${given}.` };
  return !one || /^No\b/.test(said.sentence) ? said : { ...base, sentence: `No: at ${at}, the sources give ${given}.` };
}
