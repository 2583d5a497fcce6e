// One verifier per predicate: a read claim checked against the Dataset → Yes / No (with the true fact) / partly / the
// sources don't say, with the facts the reply shows. Where an existing check already verifies a predicate's claim (a
// meeting's place, date or co-chairs), the verifier runs it for each object or alternative and reads its verdict.
import type { Deps } from '../../command.js';
import type { Dataset } from '../../dataset/index.js';
import type { Plan } from '../plan/types.js';
import type { Result } from '../run.js';
import type { ClaimPlan, ClaimResult, Passage, Predicate, ReadClaim, Thing, Verdict } from './types.js';
import { figureVerdict, passageVerdict } from './passages.js';
import { roleHolds, rolesOf } from './read.js';
import { changeVerdict } from './change.js';
import { isaVerdict } from './isa.js';
import { withVerdict } from './together.js';
import { everyMeeting, partyVerdict } from './each.js';

type Runner = (p: Plan, deps: Deps) => Result;
type Verifier = (claim: ReadClaim, deps: Deps, run: Runner) => ClaimResult;

/** The existing check of one thing a meeting is claimed to have (a place, a date, a co-chair). */
function meetingCheck(number: number, object: Thing, predicate: Predicate): Plan | undefined {
  const about = { type: 'meeting' as const, number };
  if (predicate === 'chaired' && object.type === 'person')
    return {
      op: 'check',
      claim: { type: 'person', name: object.name },
      plan: { op: 'read', about, attribute: 'chairs' },
    };
  if (object.type === 'place')
    return {
      op: 'check',
      claim: { type: 'place', words: object.words },
      plan: { op: 'read', about, attribute: 'place' },
    };
  if (object.type === 'date') {
    const { year, month, day } = object.when;
    const pad = (n: number) => String(n).padStart(2, '0');
    if (!month)
      return { op: 'check', claim: { type: 'year', value: year }, plan: { op: 'read', about, attribute: 'date' } };
    const iso = day ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
    return { op: 'check', claim: { type: 'date', iso }, plan: { op: 'read', about, attribute: 'date' } };
  }
  return undefined;
}

const verdictOf = (r: Result): Verdict =>
  r.op === 'check' ? (r.verdict === 'yes' ? 'yes' : r.verdict === 'no' ? 'no' : 'unknown') : 'unknown';

/** Every object must hold: No if one does not, Yes if all do, else the sources don't settle it. */
function together(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('no')) return 'no';
  return verdicts.length && verdicts.every((v) => v === 'yes') ? 'yes' : 'unknown';
}

const sourcesOf = (rs: readonly Result[]): string[] => [
  ...new Set(rs.flatMap((r) => ('sources' in r && Array.isArray(r.sources) ? (r.sources as string[]) : []))),
];

/** A meeting held online (virtually, by video) or in one city in person, by its place as the sources give it. */
export const heldOnline = (place: string | null | undefined): boolean => /virtual|video|online/i.test(place ?? '');

/**
 * The first or last meeting (of those held the way asked), by date, against the meeting claimed. The founding MOU is
 * no meeting of the committee.
 */
function ranked(claim: ReadClaim, dataset: Dataset): ClaimResult {
  const rank = claim.objects.find((o) => o.type === 'rank');
  const way = claim.objects.find((o) => o.type === 'place');
  const wayAsked = way?.type === 'place' ? (way.words === 'online' ? 'online' : 'in person') : undefined;
  const meetings = [...dataset.meetings]
    .filter((m) => m.number > 0)
    .sort((a, b) => a.date.value.localeCompare(b.date.value));
  const fits = meetings.filter((m) => !wayAsked || heldOnline(m.place.value) === (wayAsked === 'online'));
  const pick = rank?.type === 'rank' && rank.which === 'last' ? fits[fits.length - 1] : fits[0];
  const asked = claim.subject.type === 'meeting' ? claim.subject.number : -1;
  const before = pick ? meetings.filter((m) => m.date.value < pick.date.value).map((m) => m.number) : [];
  const shown = [...new Set([...(pick ? [pick.number] : []), asked, ...(wayAsked ? before : [])])];
  return {
    op: 'claim',
    claim,
    verdict: !pick ? 'unknown' : pick.number === asked ? 'yes' : 'no',
    ...(pick ? { ranked: { meeting: pick.number, ...(wayAsked ? { way: wayAsked } : {}), before } } : {}),
    refs: shown.flatMap((n) => {
      const m = dataset.meetingByNumber(n);
      return m ? [{ kind: 'meeting' as const, id: m.id }] : [];
    }),
    sources: [
      ...new Set(
        shown.flatMap((n) => [
          ...(dataset.meetingByNumber(n)?.place.sources ?? []),
          ...(dataset.meetingByNumber(n)?.date.sources ?? []),
        ]),
      ),
    ],
  };
}

/** A meeting's place, date or co-chair, each object (or each alternative) by its existing check. */
const meetingFacts: Verifier = (claim, deps, run) => {
  if (claim.objects.some((o) => o.type === 'rank')) return ranked(claim, deps.dataset);
  // The founding MOU "held" at a JIC meeting: never (it came before the first); where and when it was signed.
  if (claim.subject.type === 'meeting' && claim.subject.number === 0 && claim.objects[0]?.type === 'meeting') {
    const founding = deps.dataset.meetingByNumber(0);
    const first = deps.dataset.meetings
      .filter((m) => m.number > 0)
      .sort((a, b) => a.date.value.localeCompare(b.date.value))[0];
    return {
      op: 'claim',
      claim,
      verdict: founding ? 'no' : 'unknown',
      refs: [founding, first].flatMap((m) => (m ? [{ kind: 'meeting' as const, id: m.id }] : [])),
      sources: [...(founding?.place.sources ?? []), ...(founding?.date.sources ?? [])],
    };
  }
  const number = claim.subject.type === 'meeting' ? claim.subject.number : 0;
  const pairs: Array<[number, Thing]> = claim.either
    ? claim.either.things.map((t) =>
        claim.either?.of === 'subject'
          ? [t.type === 'meeting' ? t.number : number, claim.objects[0] as Thing]
          : [number, t],
      )
    : claim.objects.map((o) => [number, o]);
  const inner = pairs.flatMap(([n, o]) => {
    const p = meetingCheck(n, o, claim.predicate);
    return p ? [run(p, deps)] : [];
  });
  const verdicts = inner.map(verdictOf);
  const holds = claim.either ? verdicts.flatMap((v, i) => (v === 'yes' ? [i] : [])) : undefined;
  const verdict: Verdict = claim.either
    ? holds?.length
      ? 'yes'
      : verdicts.every((v) => v === 'no')
        ? 'no'
        : 'unknown'
    : together(verdicts);
  return {
    op: 'claim',
    claim,
    verdict,
    ...(holds ? { holds } : {}),
    inner,
    refs: [],
    sources: sourcesOf(inner),
  };
};

/** The SCI's age in a year: the year asked less the year it was launched, against the count claimed. */
const age: Verifier = (claim, deps) => {
  const dataset = deps.dataset;
  const launched = Number(dataset.initiative.launched?.value ?? NaN);
  const asked = claim.qualifiers.when?.year ?? NaN;
  const years = asked - launched;
  const count = claim.qualifiers.count ?? NaN;
  // (A passage that dates an anniversary in the year asked, as the sources word it: "its fifth-anniversary year".)
  const event = (dataset.initiative.events ?? []).find(
    (e) => e.date.startsWith(String(asked)) && /anniversary/i.test(e.text),
  );
  const word = event ? /(\w+)-anniversary/i.exec(event.text)?.[1] : undefined;
  const anniversary: Passage | undefined = event
    ? { text: event.text, date: event.date, sources: event.sources }
    : undefined;
  const verdict: Verdict = Number.isNaN(years) || Number.isNaN(count) ? 'unknown' : years === count ? 'yes' : 'no';
  return {
    op: 'claim',
    claim,
    verdict,
    age: { launched, asked, years, ...(anniversary ? { anniversary } : {}), ...(word ? { word } : {}) },
    refs: [],
    sources: [...new Set([...(dataset.initiative.launched?.sources ?? []), ...(event?.sources ?? [])])],
  };
};

/** A passage of the sources that says it, at the meeting, date or place asked (passages.ts). */
const happened: Verifier = (claim, deps) => passageVerdict(claim, deps.dataset);

/**
 * A meeting's MOUs or projects: the count it reported against the number claimed (or "any"), said by the existing
 * count check; a claimed number that is the other kind's count there is said too ("14 MOUs?": 14 were projects). No
 * count reported: the sources don't say, with what is on file.
 */
const count: Verifier = (claim, deps, run) => {
  const dataset = deps.dataset;
  const n = claim.subject.type === 'meeting' ? claim.subject.number : -1;
  const m = dataset.meetingByNumber(n);
  const kind = claim.objects[0];
  const select = kind?.type === 'records' ? kind.select : 'mous';
  const reported = m ? (select === 'mous' ? m.newMous.value : m.newProjects.value) : null;
  const other = m ? (select === 'mous' ? m.newProjects.value : m.newMous.value) : null;
  const asked = claim.qualifiers.count;
  const base = { op: 'claim' as const, claim, refs: m ? [{ kind: 'meeting' as const, id: m.id }] : [] };
  if (reported === null && asked === undefined) {
    const onFile = m ? (select === 'mous' ? dataset.mousAt(m.id) : dataset.projectsAt(m.id)).length : 0;
    return {
      ...base,
      verdict: onFile ? 'yes' : 'unknown',
      uncounted: { meeting: n, onFile },
      sources: [...(m ? (select === 'mous' ? m.newMous.sources : m.newProjects.sources) : [])],
    };
  }
  const value = asked ?? reported ?? 0;
  const inner = [
    run(
      {
        op: 'check',
        claim: { type: 'number', value, ...(claim.qualifiers.bound ? { bound: claim.qualifiers.bound } : {}) },
        plan: { op: 'count', select, filter: { meetings: [n] }, cumulative: false, before: false },
      },
      deps,
    ),
  ];
  const verdict = asked === undefined ? (reported ? 'yes' : 'no') : verdictOf(inner[0] as Result);
  const also =
    asked !== undefined && verdict === 'no' && other === asked && !claim.qualifiers.bound
      ? { select: select === 'mous' ? ('projects' as const) : ('mous' as const), value: other }
      : undefined;
  return { ...base, verdict, inner, ...(also ? { also } : {}), sources: sourcesOf(inner) };
};

/** ratio: the two meetings' reported counts, the first against the times claimed of the second. */
const ratio: Verifier = (claim, deps) => {
  const dataset = deps.dataset;
  const [other, kind] = claim.objects;
  const select = kind?.type === 'records' ? kind.select : 'mous';
  const meetings = [claim.subject, other].map((t) =>
    t?.type === 'meeting' ? dataset.meetingByNumber(t.number) : undefined,
  );
  const count = (i: number) => {
    const m = meetings[i];
    return m ? (select === 'mous' ? m.newMous.value : m.newProjects.value) : null;
  };
  const counts: [number | null, number | null] = [count(0), count(1)];
  const [a, b] = counts;
  const factor = claim.qualifiers.factor ?? 1;
  return {
    op: 'claim',
    claim,
    verdict: a === null || b === null ? 'unknown' : a === factor * b ? 'yes' : 'no',
    counts,
    refs: meetings.flatMap((m) => (m ? [{ kind: 'meeting' as const, id: m.id }] : [])),
    sources: [
      ...new Set(
        meetings.flatMap((m) => (m ? [...(select === 'mous' ? m.newMous.sources : m.newProjects.sources)] : [])),
      ),
    ],
  };
};

/** role: the roles the sources give the person holding the role's words; none of them of the place claimed. */
const role: Verifier = (claim, deps) => {
  const name = claim.subject.type === 'person' ? claim.subject.name : '';
  const words = claim.objects.flatMap((o) => (o.type === 'words' ? o.words : []));
  const places = claim.objects.flatMap((o) => (o.type === 'place' ? [o.words] : []));
  const held = rolesOf(deps.dataset, name).filter((r) => words.every((w) => roleHolds(r, w)));
  // (One role once: "Mayor of Shenzhen" is said by "Mayor of Shenzhen Municipal People's Government".)
  const roles = held.filter((r) => !held.some((o) => o !== r && o.startsWith(r)));
  const person = deps.dataset.initiative.people?.find((p) => p.name === name);
  return {
    op: 'claim',
    claim,
    verdict: roles.length && !roles.some((r) => places.every((p) => roleHolds(r, p))) ? 'no' : 'unknown',
    roles,
    refs: [],
    sources: [...(person?.about?.sources ?? [])],
  };
};

/** The verifiers, one per predicate. */
const VERIFY: Readonly<Record<Predicate, Verifier>> = {
  held: meetingFacts,
  chaired: meetingFacts,
  age,
  happened,
  saidWhen: happened,
  count,
  figure: (claim, deps) => figureVerdict(claim, deps.dataset),
  ratio,
  role,
  change: (claim, deps) => changeVerdict(claim, deps.dataset),
  isa: (claim, deps) => isaVerdict(claim, deps.dataset),
  with: (claim, deps) => withVerdict(claim, deps.dataset),
  party: (claim, deps) => partyVerdict(claim, deps.dataset),
};

/** The one existing check a claim of one object runs (premise.ts reads its claim's type), if it runs one. */
export function singleCheck(p: ClaimPlan): Plan | undefined {
  const c = p.claim;
  if (c.either || c.and?.length || c.objects.length !== 1 || c.subject.type !== 'meeting' || !c.objects[0])
    return undefined;
  if (c.predicate === 'count' && c.objects[0].type === 'records' && c.qualifiers.count !== undefined)
    return {
      op: 'check',
      claim: {
        type: 'number',
        value: c.qualifiers.count,
        ...(c.qualifiers.bound ? { bound: c.qualifiers.bound } : {}),
      },
      plan: {
        op: 'count',
        select: c.objects[0].select,
        filter: { meetings: [c.subject.number] },
        cumulative: false,
        before: false,
      },
    };
  return c.predicate === 'held' || c.predicate === 'chaired'
    ? meetingCheck(c.subject.number, c.objects[0], c.predicate)
    : undefined;
}

export function runClaim(p: ClaimPlan, deps: Deps, run: Runner): ClaimResult {
  // (Made of every meeting: each meeting's own claim in turn; a record's "every" is its predicate's own.)
  if (p.claim.each && p.claim.subject.type === 'meeting')
    return everyMeeting(p.claim, deps.dataset, (c) => VERIFY[c.predicate](c, deps, run));
  const main = VERIFY[p.claim.predicate](p.claim, deps, run);
  if (!p.claim.and?.length) return main;
  // (Every part must hold: No if one does not, whichever it is.)
  const parts = [main, ...p.claim.and.map((c) => VERIFY[c.predicate](c, deps, run))];
  return {
    ...main,
    verdict: together(parts.map((r) => (r.verdict === 'partly' ? 'unknown' : r.verdict))),
    parts,
    refs: [...new Map(parts.flatMap((r) => r.refs).map((r) => [`${r.kind}:${r.id}`, r])).values()],
    sources: [...new Set(parts.flatMap((r) => r.sources))],
  };
}

export type { Dataset };
