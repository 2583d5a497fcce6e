import type { Dataset, Meeting } from '../dataset/index.js';
import type { Plan } from './plan/types.js';
import type { Ref } from './run.js';
import type { Said } from './say.js';
import { meetingDate } from './format.js';
import { mentionedOrgIds, mentionsOf, type Understanding } from './understand.js';

/**
 * The Demonstration Zone's projects and signings against a meeting's own MOUs and joint projects: the sources give
 * the zone "in addition to the MOUs and joint projects under SCI" (001, 003), so its 4 projects are not among the
 * 14 joint projects, and a count "including the zone" adds them; whether its companies' MOUs are in a running total
 * the sources never say.
 */
export interface ZoneApartPlan {
  op: 'zoneApart';
  /** `joint`: are the zone's projects among the meeting's joint projects; `total`: both counted; `mous`: its signings in a
   * total; `compare`: the zone's projects set against the joint projects ("compare the zone's projects with the joint
   * ones"); `relation`: how the sources place the zone beside the MOUs and joint projects. */
  asked: 'joint' | 'total' | 'mous' | 'compare' | 'relation';
  yesno: boolean;
  /** A number the question names ("part of the 29"). */
  claimed?: number;
}

export interface ZoneApartResult {
  op: 'zoneApart';
  asked: ZoneApartPlan['asked'];
  yesno: boolean;
  claimed?: number;
  meeting: Meeting;
  apart: string;
  refs: Ref[];
  sources: string[];
}

const JOINED =
  / (?:part of|among|amongst|included in|include|includes|including|inclusive of|counted in|counted among|count toward|count towards|counted toward|counted towards|within|one of|in addition to|on top of|plus|as well as|besides|separate from|separately from|apart from|different from|same as|the same|add up|added to|with the|counting|as well) /;

// (The Chinese words for it, read off the question as typed: the gloss keeps no word for "part of".)
const JOINED_ZH = /属于|屬於|算在|算进|算進|包括|包含|之内|之內|其中|计入|計入/;

// Set against the meeting's own records, or placed beside them ("compare", "vs", "relative to", "how does it fit").
const SET_BESIDE =
  / (?:compare|compared|comparing|comparison|vs|versus|against|relative to|in relation to|relate|relates|related to|relationship|fit|fits|place|places|placed|position|positions|positioned|sit|sits|stand|stands|next to|alongside|more|fewer) /;
// The meeting's own records named beside the zone's ("its joint projects", "the SCI MOUs").
const OWN_RECORDS =
  / (?:joint|sci|jic|other|regular|main) (?:projects?|mous?) | mous? | (?:the )?(?:14|fourteen) projects? /;

export function planZoneApart(u: Understanding, dataset: Dataset): Plan | undefined {
  const t = u.q.text;
  if (!u.subjects.includes('demozone')) return undefined;
  const beside = SET_BESIDE.test(t) && OWN_RECORDS.test(t) && u.target !== 'yesno' && u.target !== 'count';
  if (!beside && !(JOINED.test(t) || JOINED_ZH.test(u.q.raw))) return undefined;
  if (!dataset.meetings.some((m) => m.demoZone?.apart) || mentionedOrgIds(u).length) return undefined;
  // (A tier or another meeting asked — "was the demo park one of the 3rd JIC's flagship projects?" — is not this.)
  const zoneAt = dataset.meetings.find((m) => m.demoZone?.apart)?.number;
  if (/ (?:flagship|key) /.test(t) || mentionsOf(u, 'meeting').some((m) => Number(m.value) !== zoneAt))
    return undefined;
  const prj = u.subjects.includes('project');
  const mou = u.subjects.includes('mou') || / (?:agreements?|signings?) /.test(t);
  const numbers = mentionsOf(u, 'number')
    .map((m) => Number(m.value))
    .filter((n) => Number.isFinite(n));
  // ("The 4 demo zone projects": the zone's own count is no claim about a total.)
  const claimed = numbers.find(
    (n) => !dataset.meetings.some((m) => m.demoZone?.projects === n || m.demoZone?.companies === n),
  );
  const yesno = u.target === 'yesno';
  // (Counts set against each other — "compare", "vs", "more" — or the zone placed beside the records: said so.)
  if (beside)
    return {
      op: 'zoneApart',
      asked: / (?:how|where) /.test(t) && !/ how many /.test(t) ? 'relation' : 'compare',
      yesno,
    };
  if (prj && !mou) {
    const total =
      !yesno &&
      (u.target === 'count' || / (?:in all|in total|altogether|all told|combined) /.test(t)) &&
      / (?:including|inclusive of|plus|with the|as well as|as well|counting|on top of|add up|added to) /.test(t);
    return { op: 'zoneApart', asked: total ? 'total' : 'joint', yesno, ...(claimed !== undefined ? { claimed } : {}) };
  }
  if (mou && (yesno || / (?:counted|count|included|part of|among) /.test(t)))
    return { op: 'zoneApart', asked: 'mous', yesno, ...(claimed !== undefined ? { claimed } : {}) };
  return undefined;
}

export function runZoneApart(p: ZoneApartPlan, dataset: Dataset): ZoneApartResult | undefined {
  const meeting = dataset.meetings.find((m) => m.demoZone?.apart);
  const apart = meeting?.demoZone?.apart;
  if (!meeting || !apart) return undefined;
  const zone = dataset.projects.find((x) => x.kind === 'demonstration-zone');
  return {
    op: 'zoneApart',
    asked: p.asked,
    yesno: p.yesno,
    ...(p.claimed !== undefined ? { claimed: p.claimed } : {}),
    meeting,
    apart: apart.text,
    refs: [{ kind: 'meeting', id: meeting.id }, ...(zone ? [{ kind: 'project' as const, id: zone.id }] : [])],
    sources: [...new Set([...apart.sources, ...(meeting.demoZone?.sources ?? []), ...meeting.newProjects.sources])],
  };
}

export function sayZoneApart(r: ZoneApartResult): Said {
  const m = r.meeting;
  const z = m.demoZone;
  const joint = m.newProjects.value;
  const at = `the ${m.name} (${meetingDate(m)})`;
  const quote = `“${r.apart.replace(/^(In addition to [^,]+),.*$/, '$1')}…”`;
  const base = { lines: [], refs: r.refs, sources: r.sources };
  if (r.asked === 'mous') {
    const total = r.claimed ?? m.totals?.mous;
    return {
      sentence: `The sources don't say whether the ${z?.companies ?? ''} companies' signings for the Demonstration Zone are counted in ${total !== undefined ? `the ${total} MOUs reported` : 'any MOU total'}; they give the zone ${quote}, at ${at}.`,
      ...base,
    };
  }
  if (r.asked === 'compare' && z && joint !== null) {
    const gap = joint - z.projects;
    return {
      sentence: `${z.projects} new projects were established in the Demonstration Zone against ${joint} joint projects launched at ${at}${gap ? `: ${Math.abs(gap)} ${gap > 0 ? 'more joint projects' : 'more in the zone'}` : ''}; the sources give the zone's projects in addition to the joint projects, not among them: ${quote}`,
      ...base,
    };
  }
  if (r.asked === 'relation' || r.asked === 'compare')
    return {
      sentence: `The sources place the Demonstration Zone in addition to the SCI's MOUs and joint projects, as a joint initiative of its own: “${r.apart}” Its ${z?.projects ?? ''} new projects, announced at ${at}, come in addition to that meeting's ${joint ?? ''} joint projects${m.newMous.value !== null ? ` and ${m.newMous.value} MOUs` : ''}.`,
      ...base,
    };
  if (r.asked === 'total')
    return {
      sentence: `${joint ?? 'No count of'} joint projects were launched at ${at}, and in addition ${z?.projects ?? ''} new projects were established in the Demonstration Zone${joint !== null && z ? `: ${joint + z.projects} counting both` : ''} (the sources give the zone ${quote}).`,
      ...base,
    };
  return {
    sentence: `${r.yesno ? 'No: t' : 'T'}he sources give the Demonstration Zone's ${z?.projects ?? ''} new projects in addition to the ${joint ?? ''} joint projects launched at ${at}: ${quote}`,
    ...base,
  };
}
