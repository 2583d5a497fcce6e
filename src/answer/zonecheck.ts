import type { Dataset, Meeting } from '../dataset/index.js';
import type { Ref } from './run.js';
import type { Plan } from './plan/types.js';
import type { Said } from './say.js';
import { joinList, meetingDate } from './format.js';
import { mentionedOrgIds, type Understanding } from './understand.js';
import { norm } from './records.js';

/**
 * A yes/no about the Demonstration Zone: whether its new projects focus on an area ("does the demo zone focus on
 * fintech?", "do zone projects cover biomed?") — checked against the four areas the sources give, by the data's own
 * words — or whether it has made progress ("has the demo park made any progress?"), from the outcome that says so.
 * Never a Yes for an area the sources don't list, never "they don't say whether it happened" where a report says it.
 */
export interface ZoneCheckPlan {
  op: 'zoneCheck';
  ask: 'focus' | 'progress';
  /** The area asked, as typed (focus only). */
  words?: string;
  /** Several areas asked ("AI and fintech"), each as typed: each checked on its own. */
  each?: string[];
  /** Progress asked openly ("what progress has the zone made?"): what the report says, with no Yes before it. */
  open?: boolean;
}

export interface ZoneCheckResult {
  op: 'zoneCheck';
  ask: ZoneCheckPlan['ask'];
  meeting: Meeting;
  focus: readonly string[];
  /** The focus area that holds the words asked, if one does. */
  hit?: string;
  words?: string;
  /** Several areas asked: those among the zone's areas, and those not. */
  found?: string[];
  notFound?: string[];
  /** The outcome that reports the progress, as its source words it. */
  progress?: string;
  open?: boolean;
  refs: Ref[];
  sources: string[];
}

// (Said of the zone, after it: "the 14 joint projects include the demo zone ones" asks about the 14, not its areas.)
const FOCUS_ASKED =
  / demozone (?:[a-z0-9]+ ){0,5}?(?:focus|focuses|focused|focusing|cover|covers|covering|include|includes|including|involve|involves|target|targets|deal with|deals with|work on|works on|about)\b/;
const PROGRESS_ASKED =
  / (?:progress|progressed|progressing|headway|advance|advanced|advances|moved forward|move forward|moving forward|developments?|go(?:ne)? well|going well) /;
// Words of the question, not of the area asked.
const SHAPE = new Set(
  (
    'does do did is are was were has have had the a an demozone zone park focus focuses focused focusing on cover ' +
    'covers covering include includes including involve involves target targets one of its it their they them ' +
    'areas area sector sectors field fields theme themes projects project new any in about work works deal deals ' +
    'with there s part related to yes or no really actually still also 4 four four new main key singapore shenzhen ' +
    'qianhai smart city cities sci its stuff things thing right correct true that isnt arent yeah'
  ).split(' '),
);
// Words that join two areas asked ("AI and fintech"): kept to split them, though "or" is a word of the question's shape.
const JOINS = new Set(['and', 'or', 'nor', 'plus']);
// The everyday words for an area as the sources name it.
const SAME: Readonly<Record<string, string>> = {
  it: 'information',
  ict: 'information',
  tech: 'technology',
  green: 'carbon',
  carbon: 'carbon',
  climate: 'carbon',
  biomed: 'biomedicine',
  biomedical: 'biomedicine',
  economic: 'economy',
};
const GENERIC = new Set([
  'tech',
  'technology',
  'technologies',
  'solution',
  'solutions',
  'industry',
  'industries',
  'sector',
]);
const stem = (w: string) => (SAME[w] ?? w).slice(0, 6);

/** The meeting that gives the zone's focus areas (the 4th JIC's). */
const zoneMeeting = (dataset: Dataset) => dataset.meetings.find((m) => m.demoZone?.focus.length);

export function planZoneCheck(u: Understanding, dataset: Dataset): ZoneCheckPlan | undefined {
  const t = u.q.text;
  // (Someone named is asked about — "did Leong say the zone made progress?" — not the report: the quotes answer.)
  if (u.mentions.some((m) => m.type === 'person')) return undefined;
  // ("What progress has the demo zone made?", "how is the demo park progressing?": the report of it, asked openly.)
  if (
    ['what', 'list', 'when', 'quote'].includes(u.target) &&
    u.subjects.includes('demozone') &&
    !mentionedOrgIds(u).length &&
    / (?:progress|progressed|progressing|headway) /.test(t) &&
    progressOf(dataset)
  )
    return { op: 'zoneCheck', ask: 'progress', open: true };
  if (u.target !== 'yesno' || !u.subjects.includes('demozone') || mentionedOrgIds(u).length) return undefined;
  if (PROGRESS_ASKED.test(t) && progressOf(dataset)) return { op: 'zoneCheck', ask: 'progress' };
  if (!FOCUS_ASKED.test(t) || !zoneMeeting(dataset)) return undefined;
  const words = t
    .trim()
    .split(' ')
    .filter((w) => w && (!SHAPE.has(w) || JOINS.has(w)));
  // ("AI and fintech", "biomedicine or blockchain": each area asked on its own, up to three words each.)
  const areas = words
    .join(' ')
    .split(/ ?\b(?:and|or|nor|plus)\b ?/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (!areas.length || areas.some((a) => a.split(' ').length > 3) || words.some((w) => /\d/.test(w))) return undefined;
  // (Said back as typed: "AI", not "ai".)
  const typed = areas.map((a) => new RegExp(a.split(' ').join('\\W+'), 'i').exec(u.q.raw)?.[0] ?? a);
  return {
    op: 'zoneCheck',
    ask: 'focus',
    words: typed.join(' and '),
    ...(typed.length > 1 ? { each: typed } : {}),
  };
}

/** The outcome that reports the zone's (the demonstration park's) progress, with its meeting. */
function progressOf(dataset: Dataset): { meeting: Meeting; text: string; sources: readonly string[] } | undefined {
  for (const meeting of dataset.meetings)
    for (const h of meeting.highlights)
      if (/progress/i.test(h.text) && /demonstration (?:park|zone)/i.test(h.text))
        return { meeting, text: h.text, sources: h.sources };
  return undefined;
}

export function runZoneCheck(p: ZoneCheckPlan, dataset: Dataset): ZoneCheckResult {
  const found = p.ask === 'progress' ? progressOf(dataset) : undefined;
  if (found) {
    return {
      op: 'zoneCheck',
      ask: 'progress',
      meeting: found.meeting,
      focus: [],
      progress: found.text,
      ...(p.open ? { open: true } : {}),
      refs: [{ kind: 'meeting', id: found.meeting.id }],
      sources: [...found.sources],
    };
  }
  // (The plan is made only where the data holds what it checks; with none, nothing is found and nothing is said Yes.)
  const meeting = zoneMeeting(dataset) ?? dataset.latestMeeting;
  const focus = meeting.demoZone?.focus ?? [];
  const each = p.each?.map((x) => ({ x, area: areaOf(focus, x) }));
  // (Several asked: a Yes only if every one is among them.)
  const hit = each ? (each.every((e) => e.area) ? each[0]?.area : undefined) : areaOf(focus, p.words ?? '');
  return {
    op: 'zoneCheck',
    ask: 'focus',
    meeting,
    focus,
    ...(hit ? { hit } : {}),
    ...(each
      ? { found: each.filter((e) => e.area).map((e) => e.x), notFound: each.filter((e) => !e.area).map((e) => e.x) }
      : {}),
    ...(p.words ? { words: p.words } : {}),
    refs: [{ kind: 'meeting', id: meeting.id }],
    sources: [...(meeting.demoZone?.sources ?? [])],
  };
}

/** The zone's area that holds the words asked, if one does. */
function areaOf(focus: readonly string[], typed: string): string | undefined {
  // (Words any area could carry — "tech", "solutions" — decide nothing: "green tech" is asked by "green".)
  const words = norm(typed)
    .split(' ')
    .filter((w) => w.length >= 2);
  const telling = words.filter((w) => !GENERIC.has(w));
  const asked = (telling.length ? telling : words).map(stem);
  // An area holds the words asked when each asked word begins one of its words ("biomed" → "biomedicine").
  return focus.find((area) => {
    const own = norm(area).split(' ');
    return asked.length > 0 && asked.every((a) => own.some((w) => w.startsWith(a) || a.startsWith(w.slice(0, 6))));
  });
}

export function sayZoneCheck(r: ZoneCheckResult): Said {
  const at = `the ${r.meeting.name} (${meetingDate(r.meeting)})`;
  // (The areas are the sources' words, announced at the meeting: "at the 4th JIC meeting (14 Dec 2023)".)
  const base = { lines: [], refs: r.refs, sources: r.sources };
  if (r.ask === 'progress')
    return {
      sentence: `${r.open ? 'As' : 'Yes, as'} the Chinese press reported it: at ${at}, ${lower(r.progress ?? '')}`,
      ...base,
    };
  const areas = joinList([...r.focus]);
  const found = r.found ?? [];
  const notFound = r.notFound ?? [];
  // (Several asked: each said among the four or not — "neither AI nor fintech", or Partly.)
  if (found.length + notFound.length > 1) {
    const none =
      notFound.length === 2 ? `neither ${notFound[0]} nor ${notFound[1]} is` : `none of ${joinList(notFound)} is`;
    return {
      sentence: !notFound.length
        ? `Yes: ${joinList(found)} are among the four areas the Demonstration Zone's new projects focus on, as announced at ${at}: ${areas}.`
        : found.length
          ? `Partly: the sources give four areas for the Demonstration Zone's new projects, announced at ${at}: ${areas}; ${joinList(found)} ${found.length > 1 ? 'are' : 'is'} among them, ${joinList(notFound)} ${notFound.length > 1 ? 'are' : 'is'} not.`
          : `No: the sources give four areas for the Demonstration Zone's new projects, announced at ${at}: ${areas}; ${none} among them.`,
      ...base,
    };
  }
  return {
    sentence: r.hit
      ? `Yes: ${r.hit} is one of the four areas the Demonstration Zone's new projects focus on, as announced at ${at}: ${areas}.`
      : `No: the sources give four areas for the Demonstration Zone's new projects, announced at ${at}: ${areas}; ${r.words} is not among them.`,
    ...base,
  };
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * "The 4 demo zone signings, were they projects or companies?", "what was signed for the zone": the four companies'
 * signings, with what each source calls them (the release's summary "four projects", its body "four companies signed
 * MOUs", HKCD-4's entry agreements) — never the zone's four projects alone as if the sources agreed.
 */
export function planZoneSignings(u: Understanding): Plan | undefined {
  const t = u.q.text;
  if (!u.subjects.includes('demozone') || mentionedOrgIds(u).length) return undefined;
  // "Did the release say four projects or four companies for the zone?", "the summary says four projects were signed on
  // the sidelines: are those the zone's?": what each source calls those signings is the question, yes/no or not.
  const called =
    / (?:projects? or (?:four |4 )?compan(?:y|ies)|compan(?:y|ies) or (?:four |4 )?projects?) /.test(t) ||
    (/ (?:four|4) projects? /.test(t) && / sidelines? /.test(t));
  if (called) return { op: 'count', select: 'demozone-companies', filter: {}, cumulative: false, before: false };
  // (A yes/no keeps its own reading: "were 4 projects signed for the zone?" is checked, then the difference said.)
  if (u.target === 'yesno') return undefined;
  if (
    !/ (?:signings?|signed|signs?|inked|entry agreements?) /.test(t) ||
    / (?:mentions?|mentioned|about|talks?|refers?) /.test(t)
  )
    return undefined;
  return { op: 'count', select: 'demozone-companies', filter: {}, cumulative: false, before: false };
}
