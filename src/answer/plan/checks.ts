// Yes/no readings wired in plan()'s order: a doubling, a place asked of the zone, a place in partners' names, and
// every other yes/no (planYesNo, with the question's words a Yes must stand on).
import { mentionsOf, type Understanding } from '../understand.js';
import type { Plan } from './types.js';
import type { PlanContext } from './context.js';
import { contentWords, demoZoneId, has } from './common.js';
import { planYesNo, PLAN_WORD } from './yes-no.js';
import { planDoubling } from '../compare.js';

/** "Did the projects double at the 3rd JIC?": a comparison with the meeting before (compare.ts). */
export function doubling({ u, dataset, select }: PlanContext): Plan | undefined {
  return u.target === 'yesno' || u.target === 'compare' ? planDoubling(u, dataset, select) : undefined;
}

/**
 * "Is the demo zone in Chongqing?": a place asked of the zone is checked against the zone's place, never read as the
 * meeting held there (the founding MOU was signed in Chongqing).
 */
export function zonePlace({ u, dataset, orgs }: PlanContext): Plan | undefined {
  const zonePlace = mentionsOf(u, 'meeting').find(
    (m) => !/\d|first|second|third|fourth|founding|meeting|jic|mou/.test(m.words),
  );
  if (u.target === 'yesno' && has(u, 'demozone') && zonePlace && !orgs.length && !has(u, 'mou'))
    return {
      op: 'check',
      claim: { type: 'place', words: zonePlace.words },
      plan: { op: 'read', about: { type: 'record', kind: 'project', id: demoZoneId(dataset) }, attribute: 'place' },
    };
  return undefined;
}

/**
 * "Did any Hong Kong uni take part?", "is any partner based in Beijing?": the partners whose own names state the place
 * (the sources give partners' countries, never their cities), listed — never a Yes for a name that holds the word.
 */
export function placeInPartnersName({ u, f, record }: PlanContext): Plan | undefined {
  // ("Is the Success Academy project located in Shenzhen?": a place claimed of one record, not partners named so.)
  if (u.target === 'yesno' && f.named && !f.orgs?.length && !f.meetings?.length && record?.type !== 'record')
    return { op: 'list', select: 'partners', filter: f };
  return undefined;
}

/** Every other yes/no: planYesNo (yes-no.ts). */
export function yesNo(c: PlanContext): Plan | undefined {
  if (c.u.target === 'yesno') return accountedFor(planYesNo(c), c.u);
  return undefined;
}

// Words that ask about taking part, not what was done ("collaborate", "run a project", "with anyone"): never a claim.
const TAKING_PART =
  /^(?:anyone|anybody|someone|somebody|collaborat\w*|cooperat\w*|participat\w*|partnerships?|relationships?|run|runs|running|ran|start|starts|started|matching|related|linked|connected|ties|tied|deal|deals|jointly|ever|yet|already|actively|officially|formally|meant|designed|supposed|intended|intends|intend|aims?|aimed|aiming|targets?|targeted|targeting)$/;

/**
 * "Did QuikBot and Guardforce agree to build drones?", "did Keppel fund the PKU project?": a yes/no about partners
 * and their records carries the question's words beyond what it names (build, drones, fund), so a Yes stands only
 * where the records behind it say them. (Claims of their own — a number, a place, a topic, words — check theirs.)
 */
function accountedFor(p: Plan, u: Understanding): Plan {
  if (p.op !== 'check' || !(p.claim.type === 'together' || p.claim.type === 'some')) return p;
  if (p.claim.type === 'some' && !(p.plan.op === 'count' && p.plan.filter.orgs?.length) && p.plan.op !== 'read')
    return p;
  const also = contentWords(u).filter((w) => !TAKING_PART.test(w));
  // (What joins two partners must be about the topics asked too: "did Keppel fund the PKU project?")
  const topics = p.claim.type === 'together' ? mentionsOf(u, 'topic').flatMap((m) => m.value.split(' ')) : [];
  // "Is IMDA the one behind TusStar?", "does IMDA run TusStar?": one partner running or owning the other is a claim of
  // its own — the words joining them must say it (working together is not being behind it).
  const [a, b] = mentionsOf(u, 'org');
  const owning =
    p.claim.type === 'together' && a && b
      ? / (run|runs|ran|running|own|owns|owned|owning|manage|manages|managed|managing|operate|operates|operated|operating|behind|control|controls|controlled|controlling|oversee|oversees|overseen|overseeing)(?: by)?(?: the)? $/.exec(
          u.q.text.slice(a.end, b.start),
        )?.[1]
      : undefined;
  // (As "<verb> by": "hub operations" is no running of it.)
  const all = [...new Set([...also, ...topics, ...(owning ? [`${owning} by`] : [])])];
  // ("Did IMDA and the Bureau of Commerce expand the pilot?": asked as done, unless a plan is asked — "plan to", "will".)
  const done = /^ (?:did|has|have|had|was|were) /.test(u.q.text) && !u.q.words.some((w) => PLAN_WORD.test(w));
  return all.length ? { ...p, also: all, ...(done ? { done } : {}) } : p;
}
