// A partner told by what it does, not by its name ("the combat sports company", "that mma firm", "the battery
// research one"): the records whose topic the description names — what they say it does, never every partner of
// its kind as if the description were a filter of a list.
import type { Plan } from './types.js';
import type { PlanContext } from './context.js';
import { norm, topicWords } from '../records.js';

// One partner, singular, after an article, with the words describing it before the noun.
const DESCRIBED =
  / (?:the|that|this|a|an) (?:[a-z-]+ ){1,4}(?:company|firm|partner|outfit|org|organisation|organization|startup|business|brand|one|institute|institution|university|uni|school|centre|center|lab) /;
// The most records one description may pick out and still be read (an MOU and a project of one deal, or two deals).
const MAX = 3;

/**
 * "What is the combat sports company doing in Shenzhen?", "whats the mma firm up to": the records about the topic the
 * description names, each with what it says (where two partners fit, both are in them) — never the list of partners
 * of the kind. Only "what": who it is has its own readings.
 */
export function describedPartner({ u, dataset, select, f, orgs, people, meetingNums }: PlanContext): Plan | undefined {
  if (u.target !== 'what' || select !== 'partners' || orgs.length || people.length || meetingNums.length)
    return undefined;
  const topics = f.topics ?? [];
  if (!topics.length || !DESCRIBED.test(u.q.text)) return undefined;
  const found = [
    ...dataset.mous.map((r) => ({ kind: 'mou' as const, r })),
    ...dataset.projects.map((r) => ({ kind: 'project' as const, r })),
  ].filter(({ r }) => topics.every((t) => topicWords(r).some((x) => x.includes(` ${t} `))));
  if (!found.length || found.length > MAX) return undefined;
  // (The record whose own words say the topic first: the combat sports event before the sports MOU tagged so.)
  const says = ({ r }: (typeof found)[number]) =>
    topics.every((t) => ` ${norm(`${r.name} ${r.description.text}`)} `.includes(` ${t} `));
  const reads = [...found.filter(says), ...found.filter((x) => !says(x))].map(({ kind, r }): Plan => ({
    op: 'read',
    about: { type: 'record', kind, id: r.id },
    attribute: 'about',
  }));
  return reads.length === 1 ? reads[0] : { op: 'each', plans: reads };
}
