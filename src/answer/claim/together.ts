// "with": a partner claimed to have signed or worked with one of several others offered ("did QuikBot sign with
// Guardforce or Keppel?", "did Keppel partner with PKU or NUS?"): each alternative checked on its own — the records on
// file joining the partner and it — never one record joining all of them.
import type { Dataset, Mou, Project } from '../../dataset/index.js';
import { mentionsOf } from '../understand.js';
import { partyIds } from '../records.js';
import type { Said } from '../say/common.js';
import { formatDate } from '../format.js';
import type { ClaimResult, ReadClaim, Thing } from './types.js';
import { mark, markAll, offered, type Sentence } from './sentence.js';
import { SIGNED } from './words.js';

// Words of doing something together ("sign with", "partner with", "work with", "team up with", "join a project with").
const WITH_WORDS = new Set(
  (
    'sign signed signs inked ink mou mous agreement agreements memorandum partner partnered partners work worked works ' +
    'collaborate collaborated cooperate cooperated team teamed up join joined project projects joint any an with ' +
    'together either'
  ).split(' '),
);
const PROJECT_WORDS = /^(?:projects?|join|joined|joint)$/;

/** with: one partner, then two or more offered with "or"; the kinds of record the words ask for. */
export function readWith(s: Sentence): ReadClaim | undefined {
  const orgs = mentionsOf(s.u, 'org').sort((a, b) => a.start - b.start);
  const [first, ...rest] = orgs;
  const alts = rest.length >= 2 ? offered(s, rest) : undefined;
  if (!first || !alts || s.meetings.length || s.people.length || s.outcomes.length || s.places.length || s.when)
    return undefined;
  if (s.u.mentions.some((m) => !['org', 'subject'].includes(m.type))) return undefined;
  for (const m of [...orgs, ...mentionsOf(s.u, 'subject')]) mark(s, m);
  if (!markAll(s, WITH_WORDS)) return undefined;
  const words = s.words.map((x) => x.w);
  const mous = words.some((w) => SIGNED.has(w) || /^(?:agreements?|memorandum|mous?)$/.test(w));
  const projects = words.some((w) => PROJECT_WORDS.test(w));
  const thing = (m: (typeof orgs)[number]): Thing => ({
    type: 'org',
    words: m.words,
    ids: [m.value, ...(m.also ?? [])],
  });
  return {
    predicate: 'with',
    subject: thing(first),
    objects: [{ type: 'records', select: projects && !mous ? 'projects' : 'mous' }],
    either: { of: 'object', things: alts.map(thing) },
    qualifiers: mous && projects ? {} : mous ? { act: 'signed' } : projects ? { act: 'joined' } : {},
  };
}

type Rec = Mou | Project;

/** The records of the kind asked (any kind, if none is) joining the partner and each alternative. */
export function withVerdict(claim: ReadClaim, dataset: Dataset): ClaimResult {
  const ids = claim.subject.type === 'org' ? claim.subject.ids : [];
  const act = claim.qualifiers.act;
  const pool: Rec[] = [...(act !== 'joined' ? dataset.mous : []), ...(act !== 'signed' ? dataset.projects : [])];
  const joins = (t: Thing): Rec[] =>
    t.type === 'org'
      ? pool.filter((r) => partyIds(r).some((p) => ids.includes(p)) && partyIds(r).some((p) => t.ids.includes(p)))
      : [];
  const found = (claim.either?.things ?? []).map(joins);
  const holds = found.flatMap((rs, i) => (rs.length ? [i] : []));
  const recs = found.flat();
  return {
    op: 'claim',
    claim,
    // (None on file is no No: the sources report more MOUs and projects than they name.)
    verdict: holds.length ? 'yes' : 'unknown',
    holds,
    joined: found.map((rs) => rs.map((r) => r.id)),
    refs: recs
      .slice(0, 5)
      .map((r) => ({ kind: dataset.mou(r.id) ? ('mou' as const) : ('project' as const), id: r.id })),
    sources: [...new Set(recs.flatMap((r) => r.sources))],
  };
}

export function sayWith(r: ClaimResult, dataset: Dataset): Said {
  const name = (t: Thing) => (t.type === 'org' ? (dataset.organisation(t.ids[0] ?? '')?.name ?? t.words) : '');
  const things = r.claim.either?.things ?? [];
  const subject = name(r.claim.subject);
  const base = { lines: [], refs: r.refs, sources: r.sources };
  const record = (id: string) => {
    const x = dataset.mou(id) ?? dataset.project(id);
    const m = x ? dataset.meeting(x.meeting) : undefined;
    return x
      ? `the ${dataset.mou(id) ? 'MOU' : 'joint project'} ${x.name}${m ? ` (${m.name}, ${formatDate(m.date.value)})` : ''}`
      : '';
  };
  const each = things.map((t, i) => {
    const ids = r.joined?.[i] ?? [];
    return ids.length
      ? `${ids.map(record).join('; ')} joins ${subject} and ${name(t)}`
      : `no record on file joins ${subject} and ${name(t)}`;
  });
  const holds = r.holds ?? [];
  const lead =
    holds.length === 1
      ? `${name(things[holds[0] ?? 0] as Thing)}: `
      : holds.length > 1
        ? 'Both: '
        : `Neither, as far as the records on file go (the sources report more than they name): `;
  // (The one that holds first.)
  const order = [...holds, ...things.map((_, i) => i).filter((i) => !holds.includes(i))];
  const body = order.map((i) => each[i] ?? '').join('; ');
  return { sentence: `${lead}${body}.`, ...base };
}
