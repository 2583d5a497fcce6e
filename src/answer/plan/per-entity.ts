// Two partners or more named side by side — "NTU and NUS projects", "DataPost vs NCS MOUs", "CUHK-Shenzhen & PKU" —
// ask about EACH of them: each one's own records, in the question's order, with what each record is about. Only a
// question that asks whether they did something TOGETHER ("did NTU partner with PKU?", "the Keppel and PKU MOU", where
// a record joins them) is about what joins them. One reading of that coordination, shared by the question's targets.
import type { Dataset } from '../../dataset/index.js';
import { mentionsOf, type Understanding } from '../understand.js';
import type { Plan } from './types.js';
import type { PlanContext } from './context.js';
import { has } from './common.js';
import { askedOfEach } from '../attribute.js';

/** The words that may stand between two partners named side by side ("ncs datapost": a slash, gone). */
const JOINER = /^ (?:(?:and|vs|versus|plus|or|and also|as well as|and or) )?(?:the )?$/;

/** Words that ask what joins them, not what each did. */
export const TOGETHER =
  / (?:together|jointly|joint (?:mou|agreement)|each other|one another|between them|in common|common|same|shared?|share|alongside|teamed up|team up|partnered with|partner with|paired|with whom) /;

/** Words that ask what records are about, when their numbers are set against each other ("DataPost vs NCS MOUs"). */
const CONTENT =
  / (?:about|areas?|topics?|fields?|themes?|subjects?|cover|covers|covered|covering|focus|focused|focuses|what (?:were|are|was|is|did|do|does) (?:they|those|these|each|the|it)) /;

/**
 * The partners' groups when the question names them side by side, each only once, joined by "and", "vs", "&", "/":
 * in the question's order. `undefined` when they are not (one inside a phrase about the other, "NCS's MOU with
 * Kingdee", is a record of both).
 */
export function sideBySide(u: Understanding, orgs: readonly string[][]): string[][] | undefined {
  const spans = mentionsOf(u, 'org').sort((a, b) => a.start - b.start);
  if (spans.length < 2 || orgs.length !== spans.length) return undefined;
  const t = u.q.text;
  for (let i = 1; i < spans.length; i++)
    if (!JOINER.test(t.slice(spans[i - 1]?.end ?? 0, spans[i]?.start ?? 0))) return undefined;
  const group = (value: string) => orgs.find((g) => g.includes(value));
  const ordered = spans.map((m) => group(m.value));
  return ordered.every((g): g is string[] => !!g) ? ordered.map((g) => [...g]) : undefined;
}

/** Whether one record of the kind (at the meetings, if any) names every group. */
export function joinedOnFile(
  dataset: Dataset,
  groups: readonly (readonly string[])[],
  kind: 'mous' | 'projects' | 'both',
  meetings: readonly number[] = [],
): boolean {
  const at = new Set(meetings.map((n) => dataset.meetingByNumber(n)?.id));
  const recordsOf = (g: readonly string[]) =>
    new Set(
      g
        .flatMap((id) => [
          ...(kind !== 'projects' ? dataset.mousOf(id) : []),
          ...(kind !== 'mous' ? dataset.projectsOf(id) : []),
        ])
        .filter((r) => !at.size || at.has(r.meeting)),
    );
  const [first, ...rest] = groups.map(recordsOf);
  return [...(first ?? [])].some((r) => rest.every((s) => s.has(r)));
}

/** The kind of record asked, when one is. */
export const kindAsked = (u: Understanding): 'mous' | 'projects' | undefined =>
  has(u, 'mou') === has(u, 'project') ? undefined : has(u, 'mou') ? 'mous' : 'projects';

/**
 * "NTU and NUS projects at the 4th JIC", "CUHK-Shenzhen and PKU, which MOUs are they in", "DataPost vs NCS MOUs — what
 * were they about": each partner's records of the kind asked (at the meetings asked), each with what it covers — never
 * "no record joins them" first, nor only who has more.
 */
export function eachPartnerRecords({ u, orgs, dataset, meetingNums }: PlanContext): Plan | undefined {
  // (Cheap first: two partners or more, a kind of record, a target that asks for them.)
  if (orgs.length < 2 || !['what', 'list', 'compare'].includes(u.target)) return undefined;
  const kind = kindAsked(u);
  if (!kind || TOGETHER.test(u.q.text)) return undefined;
  // Set against each other ("vs", "more"), only when what they are about is asked too.
  if (u.target === 'compare' && !CONTENT.test(u.q.text)) return undefined;
  // (Only names, a kind and meetings: a topic, a person, a record named or a country narrows it to another reading.)
  if (u.mentions.some((m) => !['org', 'subject', 'meeting', 'number', 'initiative'].includes(m.type))) return undefined;
  const groups = sideBySide(u, orgs);
  // (A record of either kind that joins them is theirs: "Crimson Logic and ABK MOUs" — what joins them is a project.)
  if (!groups || joinedOnFile(dataset, groups, 'both', meetingNums)) return undefined;
  return {
    op: 'each',
    plans: groups.map((g) => ({
      op: 'list',
      select: kind,
      filter: { orgs: [g], ...(meetingNums.length ? { meetings: meetingNums } : {}) },
      describe: true,
    })),
  };
}

/**
 * "What countries are Keppel and PKU from?", "what kind of organisations are NTU and SYSU?": the attribute of each
 * partner, in the question's order — never their records, nor one of them read as the other's family.
 */
export function eachPartnerAttribute({ u, orgs }: PlanContext): Plan | undefined {
  if (orgs.length < 2 || !['what', 'list', 'where', 'who'].includes(u.target)) return undefined;
  const ask = askedOfEach(u.q.text);
  if (!ask || mentionsOf(u, 'country').length) return undefined;
  const groups = sideBySide(u, orgs);
  if (!groups) return undefined;
  return { op: 'each', plans: groups.map((ids) => ({ op: 'attribute', about: { type: 'org', ids }, ask })) };
}
