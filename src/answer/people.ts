import type { Dataset, Meeting } from '../dataset/index.js';
import type { Plan } from './plan.js';
import { joinList, meetingDate } from './format.js';
import { mentionsOf, type Understanding } from './understand.js';

/**
 * One person's part asked beside someone else's: "who did Yong Ying-I sign the founding MOU with?", "who was
 * Leong's counterpart at the 3rd JIC?", or what a person signed ("what did Qin sign in 2019?"). The sources name
 * people only as a meeting's co-chairs or the founding MOU's signatories, so both read that meeting's people and
 * say them from the person's side (`personAt`), never the person's profile.
 */

// ("Who co-chaired the 3rd JIC apart from Leong?", "besides Qin, who else…": everyone but that person is the same
// question — who sat beside them.)
const BESIDE =
  / (?:with|alongside|beside|counterpart|counterparts|opposite number|together|fellow|other cochair|other signatory|apart from|aside from|other than|besides|except|excepting|excluding|not counting|leaving out|else) /;

// Now or a year after the last meeting: what the sources report of the committee since (the 2024 visit).
const LATER = / (?:now|currently|today|these days|at present|in 202[4-9]|this year) /;

/**
 * "Who is Joseph Leong's counterpart?", "who did Chen Rugui co-chair with?", "when did Leong first co-chair?": a
 * person's co-chairing asked with no meeting named — each meeting the sources name them at (its co-chairs, or its
 * date), the first or last alone if asked; "now" / a later year adds what the sources report since (the 2024 visit).
 */
function acrossMeetings(u: Understanding, dataset: Dataset, person: string): Plan | undefined {
  const text = u.q.text;
  const beside = BESIDE.test(text) && (u.flags.chairing || / counterparts? | opposite number /.test(text));
  const when = u.target === 'when' && u.flags.chairing;
  // "The last meeting Yong Ying-I co-chaired", "Qin's first JIC as co-chair": that meeting, with its date.
  const end = u.flags.chairing && / (?:first|earliest|last|latest|final|most recent) /.test(text);
  if (!beside && !when && !end) return undefined;
  let held = dataset.meetings.filter(
    (m) => m.number > 0 && m.people.some((r) => r.people.some((p) => p.name === person)),
  );
  // ("When did Yong stop co-chairing?" is her last meeting; "when did Qin start?" his first.)
  if (/ (?:first|earliest|start|started|starts|begin|began|begins|take over|took over|takes over) /.test(text))
    held = held.slice(0, 1);
  else if (
    / (?:last|latest|final|most recent|stop|stopped|stops|end|ended|ends|leave|left|step down|stepped down|quit) /.test(
      text,
    )
  )
    held = held.slice(-1);
  if (!held.length) return undefined;
  const plans: Plan[] = held.map((m) => ({
    op: 'read',
    about: { type: 'meeting', number: m.number },
    attribute: when || (end && !beside) ? 'date' : 'chairs',
  }));
  const later = (dataset.initiative.events ?? []).flatMap((e, i) => (e.text.includes(person) ? [i] : []));
  if (beside && LATER.test(text) && later.length) plans.push({ op: 'event', events: later, ask: 'what' });
  return plans.length === 1 ? plans[0] : { op: 'each', plans };
}

/** The plan, or none when the question is not one person's part at one meeting. */
export function planPersonAt(
  u: Understanding,
  meetingNums: readonly number[],
  orgCount: number,
  dataset: Dataset,
): Plan | undefined {
  const people = [...new Set(mentionsOf(u, 'person').map((m) => m.value))];
  const text = u.q.text;
  const only = people.length === 1 ? people[0] : undefined;
  // (No meeting named but by a year, or by "first"/"last" standing alone: "when did Leong first co-chair a JIC".)
  // ("The last meeting Yong Ying-I co-chaired", "Qin's first JIC": the end of that person's meetings, said right beside
  // their name — never the last meeting held.)
  const person = mentionsOf(u, 'person')[0];
  const ofThePerson = (m: { start: number; end: number; words: string }) =>
    /^(?:first|last|latest|earliest|final) (?:meeting|jic|jic meeting|sci meeting|one)$/.test(m.words) &&
    !!person &&
    (/^ (?:(?:that|which) )?$/.test(text.slice(m.end, person.start)) ||
      /^ (?:s )?$/.test(text.slice(person.end, m.start)));
  const years = mentionsOf(u, 'meeting').every(
    (m) =>
      !dataset.meetingByNumber(Number(m.value)) || /^(?:first|last|latest|earliest)$/.test(m.words) || ofThePerson(m),
  );
  if (only && !orgCount && years && u.target !== 'yesno' && u.target !== 'quote') {
    const across = acrossMeetings(u, dataset, only);
    if (across) return across;
  }
  // ("What did X sign when the SCI was founded?" opens with what it asks, whatever target its later words give.)
  const [n] = meetingNums;
  // "When did X sign the founding MOU?", "since Qin signed the founding MOU, when was that?": its signatories, from X's
  // side (a premise that names someone else is corrected by the same sentence).
  const founding = u.flags.signing && n === 0 && meetingNums.length === 1;
  const asked =
    /^ (?:what|which|who) /.test(text) ||
    ['who', 'what', 'list'].includes(u.target) ||
    (founding && u.target === 'when');
  if (people.length !== 1 || orgCount || !asked || u.target === 'yesno' || u.target === 'quote') return undefined;
  if (founding && u.target === 'when')
    return { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'chairs' };
  // "Who did X co-chair the 3rd JIC with?", "X's counterpart at the founding signing".
  if (
    meetingNums.length === 1 &&
    n !== undefined &&
    BESIDE.test(text) &&
    (u.flags.signing || u.flags.chairing || / counterparts? | opposite number /.test(text))
  )
    return { op: 'read', about: { type: 'meeting', number: n }, attribute: 'chairs' };
  // "What did X sign (in 2019)?": the only signing the sources name people for is the founding MOU's.
  if (u.flags.signing && /^ (?:what|which) /.test(text) && (n === undefined || n === 0) && meetingNums.length <= 1)
    return { op: 'read', about: { type: 'meeting', number: 0 }, attribute: 'chairs' };
  return undefined;
}

/** A person asked and a meeting's people read: that person's part, with whom; or that the sources don't name them. */
export interface PersonAt {
  person: string;
  meeting: Meeting;
  /** The readings that name the person: the others each names beside them. */
  beside: Array<{ reading?: string; others: string[] }>;
  /** The person is named in no reading: who the readings name instead. */
  instead: string[];
  /** The readings disagree and only some name the person. */
  partly: boolean;
}

/** Worked out once for every language's sayer. `readings` are a chairs read's ("Name (role)|Name (role)"). */
export function personAt(
  u: Understanding,
  meeting: Meeting,
  readings: ReadonlyArray<{ label?: string; value: string | null }>,
): PersonAt | undefined {
  const people = [...new Set(mentionsOf(u, 'person').map((m) => m.value))];
  const person = people[0];
  if (people.length !== 1 || !person || u.target === 'yesno') return undefined;
  const signed =
    u.flags.signing && (/^ (?:what|which) /.test(u.q.text) || (meeting.number === 0 && u.target === 'when'));
  if (!BESIDE.test(u.q.text) && !signed) return undefined;
  const names = (x: { value: string | null }) => (x.value ?? '').split('|').filter(Boolean);
  const isPerson = (s: string) => s === person || s.startsWith(`${person} (`);
  const naming = readings.filter((x) => names(x).some(isPerson));
  return {
    person,
    meeting,
    beside: naming.map((x) => ({
      ...(readings.length > 1 && x.label ? { reading: x.label.replace(/^Co-chairs \(|\)$/g, '') } : {}),
      others: names(x).filter((s) => !isPerson(s)),
    })),
    instead: [...new Set(readings.flatMap(names))],
    partly: naming.length > 0 && naming.length < readings.length,
  };
}

/** The English sentence of `personAt`. */
export function sayPersonAt(p: PersonAt): string {
  const m = p.meeting;
  const founding = m.number === 0;
  const what = founding ? 'the founding MOU' : `the ${m.name}`;
  const verb = founding ? 'signed' : 'co-chaired';
  if (!p.beside.length)
    return founding
      ? `The sources name no MOU that ${p.person} signed: the only signatories they name are the founding MOU's — it was signed on ${meetingDate(m)} by ${joinList(p.instead)}.`
      : `The sources don't name ${p.person} as a co-chair of ${what} (${meetingDate(m)}): they name ${joinList(p.instead)}.`;
  if (p.partly) return '';
  const each = p.beside.map((b) => `${joinList(b.others)}${b.reading ? ` (according to the ${b.reading})` : ''}`);
  return `${p.person} ${verb} ${what} (${meetingDate(m)}) with ${each.join(', or with ')}.`;
}
