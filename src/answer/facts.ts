import type { Dataset, Meeting, Mou, Project } from '../dataset/index.js';
import type { Ref, Result } from './run.js';
import type { Understanding } from './understand.js';
import type { Claim } from './plan.js';
import { perDataset } from './records.js';

/**
 * Facts a sentence is built from, worked out once for every language's sayer (say.ts, say-zh.ts): who
 * co-chaired the JIC, by side; what a partner with none of the records asked on file did sign or join.
 */

export interface ChairsBySide {
  side: 'Singapore' | 'China';
  people: Array<{
    name: string;
    role: string;
    meetings: number[];
    /** Meetings whose sources differ: the readings that name this person, and whom each other reading names. */
    differ: Array<{ meeting: number; named: string[]; others: Array<{ reading: string; names: string[] }> }>;
  }>;
}

/** The co-chairs a committee 'chairs' result holds, each person once, by side; and the later events' words. */
export function chairsOf(r: Extract<Result, { op: 'read' }>): {
  sides: ChairsBySide[];
  events: Array<{ date: string; by: string; verbatim: boolean; text: string; sources: readonly string[] }>;
} {
  const side = r.about.type === 'committee' ? r.about.side : undefined;
  const people = new Map<string, { role: string; at: Map<number, string[]> }>();
  const labels = new Map<number, Set<string>>();
  for (const x of r.readings.filter((x) => !x.label?.startsWith('event|'))) {
    const [n = '0', label = ''] = (x.label ?? '').split('|');
    const [name = '', role = ''] = (x.value ?? '').split('|');
    const p = people.get(name) ?? { role, at: new Map<number, string[]>() };
    p.at.set(Number(n), [...(p.at.get(Number(n)) ?? []), label]);
    people.set(name, p);
    labels.set(Number(n), new Set([...(labels.get(Number(n)) ?? []), label]));
  }
  // A Shenzhen or Chinese role (or an unnamed "representative from the Chinese government") is China's side.
  const china = (role: string, name: string) => /shenzhen|chin/i.test(`${role} ${name}`);
  const reading = (label: string) => label.replace(/^Co-chairs \((.*)\)$/, '$1');
  const one = (name: string) => {
    const p = people.get(name) ?? { role: '', at: new Map<number, string[]>() };
    const meetings = [...p.at.keys()].sort((a, b) => a - b);
    const differ = meetings.flatMap((n) => {
      const mine = p.at.get(n) ?? [];
      const others = [...(labels.get(n) ?? [])].filter((l) => !mine.includes(l));
      if (!others.length) return [];
      const instead = (l: string) =>
        [...people]
          .filter(
            ([o, q]) =>
              o !== name && (q.at.get(n) ?? []).includes(l) && !(q.at.get(n) ?? []).some((x) => mine.includes(x)),
          )
          .map(([o]) => o);
      return [
        {
          meeting: n,
          named: mine.map(reading),
          others: others.map((l) => ({ reading: reading(l), names: instead(l) })),
        },
      ];
    });
    return { name, role: p.role, meetings, differ };
  };
  // Someone a source leaves unnamed ("a representative from the Chinese government") is said beside the named co-chair.
  const names = [...people.keys()].filter((n) => people.get(n)?.role !== 'not named');
  const sides = (['Singapore', 'China'] as const)
    .filter((s) => !side || s === side)
    .map((s) => ({
      side: s,
      people: names.filter((n) => (s === 'China') === china(people.get(n)?.role ?? '', n)).map(one),
    }))
    .filter((x) => x.people.length);
  const events = r.readings
    .filter((x) => x.label?.startsWith('event|'))
    .map((x) => {
      const [, date = '', by = '', how = ''] = (x.label ?? '').split('|');
      return { date, by, verbatim: how === 'verbatim', text: x.value ?? '', sources: x.sources };
    });
  return { sides, events };
}

/** Asked who heads the initiative itself (not its committee): no one is named as such. */
export const headsInitiative = (u: Understanding): boolean =>
  / (?:sci|initiative) /.test(u.q.text) && !/ (?:jic|committee) /.test(u.q.text);

/**
 * A partner none of whose records of the kind asked (at the meetings asked) is on file: how many are on
 * file, what the sources report in all, and what it did sign or join instead.
 */
export function noneOnFileFacts(
  dataset: Dataset,
  asked: 'mous' | 'projects',
  ids: readonly string[],
  meetingNums: readonly number[],
) {
  const total = dataset.figures.latestTotals;
  const meetings = meetingNums.map((n) => dataset.meetingByNumber(n)).filter((m): m is Meeting => !!m);
  const atAsked = (rec: { meeting: string }) => !meetings.length || meetings.some((m) => m.id === rec.meeting);
  const pool = asked === 'mous' ? dataset.mous : dataset.projects.filter((p) => p.kind === 'joint-project');
  const mous = [...new Set(ids.flatMap((id) => dataset.mousOf(id)))];
  const projects = [...new Set(ids.flatMap((id) => dataset.projectsOf(id)))];
  // What it did sign or join instead: the other kind, or the kind asked at other meetings.
  const otherMous =
    asked === 'projects' || meetings.length ? mous.filter((x) => asked === 'projects' || !atAsked(x)) : [];
  const otherProjects =
    asked === 'mous' || meetings.length ? projects.filter((x) => asked === 'mous' || !atAsked(x)) : [];
  return {
    meetings,
    onFile: pool.filter(atAsked).length,
    reported: total ? (asked === 'mous' ? total.mous : total.projects) : undefined,
    otherMous,
    otherProjects,
    refs: [
      ...otherMous.map((x) => ({ kind: 'mou' as const, id: x.id })),
      ...otherProjects.map((x) => ({ kind: 'project' as const, id: x.id })),
    ] as Ref[],
  };
}

/** Organisations a meeting's named outcomes name (its highlights' parties): each group once, with a short label. */
export interface OutcomeParties {
  /** The outcome as its text first calls it ("an Asian SME Hub"), when that is not just its parties' names. */
  label?: string;
  names: string[];
  /** A later text on the same parties calls it an MOU of this year ("the SIMC–SCIA … MOU of 2020"). */
  mouYear?: string;
  /** Who says so (the publisher of that text's first source). */
  mouBy?: string;
  sources: string[];
}

const outcomePartiesCache = perDataset(() => new Map<string, OutcomeParties[]>());

/**
 * What the sources do name of a meeting whose MOUs they never name ("who are the partners at the 1st JIC?"):
 * the organisations in its outcomes, never said to be the parties of its MOUs. Worked out once per meeting.
 */
export function outcomePartiesAt(dataset: Dataset, meeting: Meeting): OutcomeParties[] {
  const cache = outcomePartiesCache(dataset);
  const hit = cache.get(meeting.id);
  if (hit) return hit;
  const groups = new Map<string, OutcomeParties>();
  for (const h of meeting.highlights) {
    const ids = h.parties ?? [];
    if (!ids.length) continue;
    const key = [...ids].sort().join(',');
    const orgs = ids.flatMap((id) => {
      const o = dataset.organisation(id);
      return o ? [o] : [];
    });
    const spellings = orgs.flatMap((o) => [o.name, ...o.aliases]).map((s) => s.toLowerCase());
    const namesParty = (s: string) => spellings.some((p) => s.toLowerCase().includes(p) || p.includes(s.toLowerCase()));
    const mou = /\bMOU of (\d{4})\b/.exec(h.text)?.[1];
    const group = groups.get(key);
    if (group) {
      if (mou && !group.mouYear) {
        group.mouYear = mou;
        const by = dataset.source(h.sources[0] ?? '')?.publisher;
        if (by) group.mouBy = by;
        group.sources.push(...h.sources);
      }
      continue;
    }
    // Its first clause names it, unless that clause only names its parties; else its first name that is no party's.
    const clause = (h.text.split(/:|,| between | with | led to /)[0] ?? '').trim();
    const names =
      h.text.match(/\b(?:[A-Z][\w.]*[A-Z][\w.]*s?|[a-z]+[A-Z]\w*|[A-Z][a-z]+(?:[ –-](?:of |and )?[A-Z][\w]+)+)\b/g) ??
      [];
    const label =
      clause && clause.length <= 60 && !namesParty(clause)
        ? clause.charAt(0).toLowerCase() + clause.slice(1)
        : names.find((n) => n.length >= 5 && !namesParty(n));
    groups.set(key, {
      ...(label ? { label } : {}),
      names: orgs.map((o) => o.name),
      ...(mou ? { mouYear: mou } : {}),
      sources: [...h.sources],
    });
  }
  const out = [...groups.values()];
  cache.set(meeting.id, out);
  return out;
}

/** Records with the same other side at the same meeting: one phrase ("3 MOUs, each with a technology company in China"). */
export interface DidGroup {
  n: number;
  with: string[];
  at: Meeting | undefined;
}

/**
 * What one partner (with its brand family or sub-units) did on file, for a sentence in any language:
 * an MOU and a project with the same partner at the same meeting (`both`), the other MOUs and projects
 * grouped by the other side and meeting, and the meetings whose outcomes name it when no record does.
 */
export function whatEachDidFacts(dataset: Dataset, ids: readonly string[]) {
  const name = dataset.organisation(ids[0] ?? '')?.name ?? ids[0] ?? '';
  const own = new Set(ids.flatMap((id) => [id, ...dataset.childrenOf(id).map((c) => c.id)]));
  const others = (r: Mou | Project) =>
    ('parties' in r ? r.parties : r.partners)
      .filter((p) => !('org' in p) || !own.has(p.org))
      .map((p) => ('org' in p ? (dataset.organisation(p.org)?.name ?? p.org) : p.unnamed));
  const mous = [...new Set(ids.flatMap((id) => dataset.mousOf(id)))];
  const projects = [...new Set(ids.flatMap((id) => dataset.projectsOf(id)))].filter((p) => p.kind === 'joint-project');
  const groups = (rs: ReadonlyArray<Mou | Project>) => {
    const out = new Map<string, DidGroup>();
    for (const r of rs) {
      const w = others(r);
      const at = dataset.meeting(r.meeting);
      const key = `${w.join('|')}@${at?.id}`;
      const g = out.get(key) ?? { n: 0, with: w, at };
      g.n += 1;
      out.set(key, g);
    }
    return out;
  };
  const signed = groups(mous);
  const joined = groups(projects);
  const both = [...signed.keys()].filter((k) => joined.has(k) && signed.get(k)?.n === 1 && joined.get(k)?.n === 1);
  const rest = (gs: Map<string, DidGroup>) => [...gs].filter(([k]) => !both.includes(k)).map(([, g]) => g);
  const named = [...new Set(ids.flatMap((id) => dataset.highlightsOf(id)).map((h) => h.meeting))];
  return {
    name,
    both: both.flatMap((k) => signed.get(k) ?? []),
    signed: rest(signed),
    joined: rest(joined),
    named,
  };
}

/**
 * "Has Qin Weizhong signed any MOU?": a signing claim about a person, checked against the founding MOU — the only
 * signatories the sources name. One test, so the English and the Chinese sentence answer the same questions.
 */
export function asksFoundingSignatory(
  r: Extract<Result, { op: 'check' }>,
  u: Understanding,
): r is Extract<Result, { op: 'check' }> & { claim: Extract<Claim, { type: 'person' }> } {
  return (
    r.claim.type === 'person' &&
    u.flags.signing &&
    !u.flags.chairing &&
    r.inner.op === 'read' &&
    r.inner.about.type === 'meeting' &&
    r.inner.about.number === 0
  );
}

/**
 * "Was the founding MOU signed by Lee Hsien Loong?": the founding MOU itself named, its signatories on file — so a
 * person not among them is a plain No (never only "the sources name no MOU that X signed").
 */
export const namesFoundingMou = (u: Understanding): boolean =>
  u.mentions.some((m) => m.type === 'meeting' && m.value === '0' && !m.negated);

/** "Is the founding MOU one of / among / counted in the 29 MOUs?": a number of MOUs claimed of the founding's own. */
export const foundingAmong = (r: Extract<Result, { op: 'check' }>, u: Understanding): boolean =>
  r.claim.type === 'number' &&
  r.inner.op === 'count' &&
  r.inner.select === 'mous' &&
  r.inner.meetings.length === 1 &&
  r.inner.meetings[0]?.meeting.number === 0 &&
  (/ (?:one of|among|amongst|include|includes|included|including|counted|count|part of|within) /.test(u.q.text) ||
    /之一|里|裡|算在|算进|算進|包括|包含|其中/.test(u.q.text));
