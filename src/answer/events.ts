import type { Dataset, Meeting } from '../dataset/index.js';
import type { Said } from './say.js';
import { formatDate, joinList, meetingDate, placePhrase, truncate } from './format.js';
import type { Ref } from './run.js';
import { dayIn, mentionsOf, type Understanding, withoutMentions } from './understand.js';
import { norm, perDataset } from './records.js';
import { SMALL_ORDINAL_WORDS } from '../text/number-words.js';

/**
 * Dated events outside the JIC meetings (the 2024 fifth-anniversary visit): asked by their date ("what happened in
 * 2024"), by their words ("the fifth anniversary", "where did Heng meet Qin"), or as what came after the latest
 * meeting. The event as its source reports it — where, when, or what — never "not sure", never a meeting's card.
 */

export interface EventPlan {
  op: 'event';
  /** Indexes into the initiative's events, in date order. */
  events: number[];
  ask: 'where' | 'when' | 'what';
  /** "Did anything happen in 2024?": a yes/no whether anything is on file then (led by Yes). */
  yes?: true;
  /**
   * "Any news since the 2nd JIC?": everything after that meeting (its number; 0 the founding MOU) or from the start of
   * that year — the meetings after it and the events after those, in order, and where the sources end.
   */
  since?: { meeting: number } | { year: string };
}

/** One meeting after the one asked "since": when, where, and what it signed and launched. */
export interface LaterMeeting {
  meeting: Meeting;
  mous: number | null;
  projects: number | null;
}

export interface EventResult {
  op: 'event';
  ask: EventPlan['ask'];
  yes?: true;
  events: Array<{ date: string; text: string; place?: string; sources: readonly string[] }>;
  /** The latest meeting the sources report before them. */
  after?: Meeting;
  /** Asked "since" a meeting or year: that meeting (none for a year), and the meetings after it, in order. */
  since?: { from?: Meeting; year?: string; later: LaterMeeting[] };
  refs: Ref[];
  sources: string[];
}

// Words of asking, not of an event's content.
const SHAPE = new Set(
  (
    'what which where when whom with that this there their they them from about after before since during happen ' +
    'happened meet meets met meeting meetings visit visited city place held year years month says said ' +
    // how something is named, never what happened ("what is the committee called in Chinese?")
    'called call calls named name names known mean means stand stands chinese english word words'
  ).split(' '),
);

/**
 * Each event's long words, and those of them no meeting, record or the initiative's summary uses ("heng",
 * "anniversary", "pathfinder" — not "shenzhen", "mayor", "committee"), once per Dataset.
 */
const wordsOf = perDataset((dataset: Dataset): Array<{ all: Set<string>; own: Set<string> }> => {
  const elsewhere = new Set(
    norm(
      [
        ...dataset.meetings.flatMap((m) => [
          ...m.highlights.map((h) => h.text),
          ...m.people.flatMap((r) => r.people.map((p) => `${p.name} ${p.role}`)),
          m.place.value,
        ]),
        ...[...dataset.mous, ...dataset.projects].map((r) => `${r.name} ${r.description.text}`),
        dataset.initiative.summary.text,
        dataset.initiative.committee?.name ?? '',
      ].join(' '),
    ).split(' '),
  );
  const built = (dataset.initiative.events ?? []).map((e) => {
    const all = new Set(
      norm(e.text)
        .split(' ')
        .filter((w) => w.length >= 4 && !SHAPE.has(w)),
    );
    return { all, own: new Set([...all].filter((w) => !elsewhere.has(w))) };
  });
  return built;
});

// "After the last meeting" (a meeting named by its number is read as the one after it, understand.ts).
const AFTER_LATEST = / (?:after|since) (?:the )?(?:last|latest|most recent|final) (?:jic|meeting|jic meeting) /;
// "After the 4th JIC", "since 2023": after a meeting or year named (the latest meeting's, for an event after it).
const AFTER_NAMED = / (?:after|since|following) (?:the )?(\d(?:st|nd|rd|th)|first|second|third|fourth|20\d\d)\b/;
// "Did anything happen in 2024?", "any news since the 4th JIC?": whether anything is on file then, a yes/no.
const ANYTHING = / (?:anything|something|any news|any updates?|any developments?|news) /;

/** The plan, or none when the question is not about an event on file. */
// Meeting someone, asked of a person ("who did Qin Weizhong meet", "who met Qin in 2024", "who did he host").
const MET =
  / (?:meet|meets|met|meeting|see|saw|seen|host|hosts|hosted|receive|received|welcome|welcomed|visit|visited|sit down with|sat down with) /;

// The person asked by their words: "who did <name> meet", "who met <name>".
const WHO_MET =
  /^ who (?:did|has) ([a-z]+ [a-z]+(?: [a-z]+)?) (?:meet|see|host|receive|welcome|visit) | who (?:met|saw|hosted|received|welcomed|visited) ([a-z]+ [a-z]+(?: [a-z]+)?) (?:in|on|at|during|when|$)/;

/**
 * "Who did Qin Weizhong meet in Shenzhen in 2024?", "who met Heng Swee Keat": people meeting is what a dated event
 * reports — the events whose text names the person asked (in the year asked, if one is), never the person's profile
 * or role.
 */
export function planPersonMet(u: Understanding, dataset: Dataset): EventPlan | undefined {
  // (At a meeting named, "who did Qin meet at the 4th JIC", it is that meeting's: its roster.)
  if (u.target !== 'who' || !MET.test(u.q.text) || mentionsOf(u, 'meeting').length) return undefined;
  const events = dataset.initiative.events ?? [];
  const people = mentionsOf(u, 'person').map((m) => m.value);
  // (A name only an event gives — "who did Heng Swee Keat meet" — is asked by its words.)
  const words = people.length ? undefined : WHO_MET.exec(u.q.text)?.slice(1).find(Boolean);
  const named = (text: string) =>
    people.length ? people.some((p) => text.includes(p)) : !!words && text.toLowerCase().includes(words);
  const years = mentionsOf(u, 'number')
    .filter((m) => m.value.startsWith('year:'))
    .map((m) => m.value.slice(5));
  // (Named in the sentence that says the meeting: "Heng met Qin …", not "… he co-chairs with Joseph Leong" after it.)
  const met = (text: string) => text.split(/(?<=\.)\s+/).some((x) => MET.test(` ${x.toLowerCase()} `) && named(x));
  const found = events.flatMap((e, i) =>
    met(e.text) && (!years.length || years.some((y) => e.date.startsWith(y))) ? [i] : [],
  );
  return found.length ? { op: 'event', events: found, ask: 'what' } : undefined;
}

// "Any news since the 2nd JIC?", "what's happened since the founding MOU?", "updates after the 1st meeting?": what came
// after it — every later meeting and event. ("What happened after the 3rd JIC?" is the meeting after it: understand.ts.)
const SINCE =
  / (since|after|following) (?:the )?(?:(1st|2nd|3rd|first|second|third|inaugural|founding|initial|opening)|(20\d\d))(?: (jic meeting|jic|meeting|mou|memorandum|signing|agreement))?(?= )/;
const NEWS = / (?:anything|something|news|updates?|developments?|progress|new|newer) /;
const HAPPENED = / (?:happen|happened|happening|going on|changed|came|come|occurred|done|been done) /;

/** "Any news since the 2nd JIC?": what came after a meeting before the latest (or a year before its year), in order. */
export function planSince(u: Understanding, dataset: Dataset): EventPlan | undefined {
  const text = u.q.text;
  if (!/ (?:since|after|following) /.test(text)) return undefined;
  const m = SINCE.exec(text);
  if (!m) return undefined;
  const [, word = '', nth = '', year = '', unit = ''] = m;
  // ("After the 2nd" with nothing new asked is the meeting after it, understand.ts's reading; "since" asks what came.)
  if (!NEWS.test(text) && !(word === 'since' && (HAPPENED.test(text) || u.target === 'what'))) return undefined;
  if (['count', 'compare', 'most', 'quote', 'who', 'when', 'where'].includes(u.target)) return undefined;
  if (
    // (Only meetings, or the founding MOU, asked of: "have the pillars changed since 2020" asks of the pillars.)
    u.subjects.some((x) => x !== 'meeting' && !(x === 'mou' && /^(?:mou|memorandum|signing|agreement)$/.test(unit)))
  )
    return undefined;
  if (u.mentions.some((x) => ['org', 'record', 'highlight', 'person', 'kind', 'topic'].includes(x.type)))
    return undefined;
  const latest = dataset.latestMeeting;
  const yes = u.target === 'yesno' ? { yes: true as const } : {};
  if (year && !unit) {
    // (The latest meeting's year, or later, is the events' reading: "any news since 2023?".)
    if (year >= latest.date.value.slice(0, 4) || year < dataset.meetings[0]!.date.value.slice(0, 4)) return undefined;
    return { op: 'event', events: [], ask: 'what', since: { year }, ...yes };
  }
  const number = year
    ? dataset.meetings.find((x) => x.date.value.startsWith(year))?.number
    : nth === 'founding' || (!nth.length && /^(?:mou|memorandum|signing|agreement)$/.test(unit))
      ? 0
      : (SMALL_ORDINAL_WORDS[nth] ??
        ({ inaugural: 1, initial: 1, opening: 1 } as Record<string, number>)[nth] ??
        parseInt(nth, 10));
  if (number === undefined || Number.isNaN(number) || number >= latest.number || !dataset.meetingByNumber(number))
    return undefined;
  return { op: 'event', events: [], ask: 'what', since: { meeting: number }, ...yes };
}

export function planEvent(u: Understanding, dataset: Dataset): EventPlan | undefined {
  const since = planSince(u, dataset);
  if (since) return since;
  const events = dataset.initiative.events ?? [];
  const text = u.q.text;
  const anything = ANYTHING.test(text);
  if (!events.length || u.flags.chairing || ['count', 'compare', 'most', 'quote'].includes(u.target)) return undefined;
  if (u.target === 'yesno' && !anything) return undefined;
  if (mentionsOf(u, 'org').length || mentionsOf(u, 'record').length || mentionsOf(u, 'highlight').length)
    return undefined;
  // "Who is Heng Swee Keat?" asks who someone is (named only in passing), not what happened.
  if (u.target === 'who') return undefined;
  const latest = dataset.latestMeeting;
  const meetings = mentionsOf(u, 'meeting');
  // ("Anything after the 4th JIC?", "any news since 2023?": after the latest meeting, or its year.)
  // (The meeting or year typed after "after" must be the latest's: "after the 3rd" is the 4th meeting's own.)
  const named = AFTER_NAMED.exec(text)?.[1] ?? '';
  const afterNamed =
    (anything || / (?:happen|happened|came|come) /.test(text)) &&
    (/^20\d\d$/.test(named)
      ? latest.date.value.startsWith(named)
      : (SMALL_ORDINAL_WORDS[named] ?? parseInt(named, 10)) === latest.number);
  const after =
    afterNamed || (AFTER_LATEST.test(text) && / (?:happen|happened|came|come|next|since|news|new) /.test(text));
  if (meetings.length && !after) return undefined;
  // A year asked in which no meeting was held but an event was ("in 2024").
  const years = mentionsOf(u, 'number')
    .filter((m) => m.value.startsWith('year:'))
    .map((m) => m.value.slice(5));
  const byYear = afterNamed ? [] : events.flatMap((e, i) => (years.some((y) => e.date.startsWith(y)) ? [i] : []));
  // Its day, with or without the year ("on 12 April", "April 12th 2024").
  const day = dayIn(text);
  const byDay = day
    ? events.flatMap((e, i) =>
        e.date.endsWith(day.md) && (!years.length || years.some((y) => e.date.startsWith(y))) ? [i] : [],
      )
    : [];
  // Two of an event's long words, one of them its own ("heng", "anniversary", "pathfinder").
  // (Not the words of a person on file: "Joseph Leong" names him, not the event that mentions him.)
  const own = withoutMentions(u, (m) => m.type === 'person', text);
  const asked = new Set(own.split(' ').filter((w) => w.length >= 4 && !SHAPE.has(w)));
  const byWords = wordsOf(dataset).flatMap(({ all, own: mine }, i) =>
    [...asked].some((w) => mine.has(w)) && [...asked].filter((w) => all.has(w)).length >= 2 ? [i] : [],
  );
  // ("When does the SCI turn 5?", "its fifth birthday", "5 years old": the anniversary the sources date.)
  const byAnniversary = / (?:anniversary|birthday|turns? (?:5|five)|turned (?:5|five)|(?:5|five) years? old) /.test(
    text,
  )
    ? events.flatMap((e, i) => (/anniversary/i.test(e.text) ? [i] : []))
    : [];
  const afterLatest = after ? events.flatMap((e, i) => (e.date > latest.date.value ? [i] : [])) : [];
  const found = [...new Set([...byYear, ...byDay, ...byWords, ...byAnniversary, ...afterLatest])].sort((a, b) => a - b);
  if (!found.length) return undefined;
  const ask =
    u.target === 'where' || / (?:which|what) (?:city|place|country) /.test(text)
      ? 'where'
      : u.target === 'when'
        ? 'when'
        : 'what';
  return { op: 'event', events: found, ask, ...(u.target === 'yesno' ? { yes: true as const } : {}) };
}

export function runEvent(p: EventPlan, dataset: Dataset): EventResult {
  if (p.since) return runSince(p, p.since, dataset);
  const events = p.events.flatMap((i) => {
    const e = dataset.initiative.events?.[i];
    return e ? [{ date: e.date, text: e.text, ...(e.place ? { place: e.place.value } : {}), sources: e.sources }] : [];
  });
  const first = events[0]?.date ?? '';
  const before = dataset.meetings.filter((m) => m.date.value < first);
  const after = before[before.length - 1];
  const placeSources = p.events.flatMap((i) => dataset.initiative.events?.[i]?.place?.sources ?? []);
  return {
    op: 'event',
    ask: p.ask,
    ...(p.yes ? { yes: p.yes } : {}),
    events,
    ...(after ? { after } : {}),
    refs: [],
    sources: [...new Set([...events.flatMap((e) => e.sources), ...placeSources])],
  };
}

/** Everything after a meeting or from a year's start: the later meetings with their figures, then the events after. */
function runSince(p: EventPlan, since: NonNullable<EventPlan['since']>, dataset: Dataset): EventResult {
  const from = 'meeting' in since ? dataset.meetingByNumber(since.meeting) : undefined;
  const start = from ? from.date.value : `${'year' in since ? since.year : ''}-01-01`;
  // (After the meeting's own day; from the year's first day.)
  const later = dataset.meetings.filter((m) => (from ? m.date.value > start : m.date.value >= start) && m.number > 0);
  const events = (dataset.initiative.events ?? [])
    .filter((e) => (from ? e.date > start : e.date >= start))
    .map((e) => ({ date: e.date, text: e.text, ...(e.place ? { place: e.place.value } : {}), sources: e.sources }));
  return {
    op: 'event',
    ask: p.ask,
    ...(p.yes && (later.length || events.length) ? { yes: p.yes } : {}),
    events,
    since: {
      ...(from ? { from } : {}),
      ...('year' in since ? { year: since.year } : {}),
      later: later.map((m) => ({ meeting: m, mous: m.newMous.value ?? null, projects: m.newProjects.value ?? null })),
    },
    refs: later.map((m) => ({ kind: 'meeting' as const, id: m.id })),
    sources: [
      ...new Set([
        ...later.flatMap((m) => [...m.date.sources, ...m.newMous.sources, ...(m.newProjects.sources ?? [])]),
        ...events.flatMap((e) => e.sources),
      ]),
    ],
  };
}

/** An event's first sentence (its text as the source reports it), for a list of what came after. */
export const firstSentence = (text: string): string => /^(.+?[.!?])(?:\s|$)/s.exec(text)?.[1] ?? text;

/** "Since the 2nd JIC meeting (18 Oct 2021), the sources report, in order: …; nothing later is in them (…)." */
function saySince(r: EventResult, since: NonNullable<EventResult['since']>): Said {
  const head = since.from
    ? `Since ${since.from.number === 0 ? 'the founding MOU' : `the ${since.from.name}`} (${meetingDate(since.from)})`
    : `Since the start of ${since.year}`;
  const meetings = since.later.map((x) => {
    const figs = [
      x.mous !== null ? `${x.mous} MOU${x.mous === 1 ? ' was' : 's were'} signed` : '',
      x.projects !== null ? `${x.projects} new projects were launched` : '',
    ].filter(Boolean);
    return `the ${x.meeting.name} on ${meetingDate(x.meeting)}, ${placePhrase(x.meeting.place.value)}${figs.length ? `, where ${joinList(figs)}` : ''}${x.projects === null ? ' (the sources give no project count)' : ''}`;
  });
  const events = r.events.map(
    (e) =>
      `on ${formatDate(e.date)}, ${firstSentence(e.text)
        .replace(/[.!?]$/, '')
        .replace(/^([A-Z])(?=[a-z])/, (c) => c.toLowerCase())}`,
  );
  const all = [...meetings, ...events];
  const last = [...since.later.map((x) => x.meeting.date.value), ...r.events.map((e) => e.date)].sort().slice(-1)[0];
  const sentence = all.length
    ? `${r.yes ? 'Yes: ' : ''}${r.yes ? head.replace(/^Since/, 'since') : head}, the sources report, in order: ${all.length > 1 ? `${all.slice(0, -1).join('; ')}; and ${all[all.length - 1]}` : all[0]}. Nothing later is in the sources: the latest they report is ${formatDate(last ?? '')}.`
    : `${r.yes ? 'No: ' : ''}${head}, the sources report nothing more.`;
  return {
    sentence,
    // (Each later meeting's first outcome, as its sources report it: what came of it, one line each.)
    lines: since.later.flatMap((x) =>
      x.meeting.highlights[0]
        ? [`• ${x.meeting.name.replace(/ meeting$/, '')}: ${truncate(x.meeting.highlights[0].text, 140)}`]
        : [],
    ),
    refs: r.refs,
    sources: r.sources,
  };
}

export function sayEvent(r: EventResult): Said {
  if (r.since) return saySince(r, r.since);
  const latest = r.after
    ? `, after the ${r.after.name} (${formatDate(r.after.date.value)}), the latest meeting the sources report`
    : '';
  const each = r.events.map((e) => {
    if (r.ask === 'where')
      return e.place
        ? `In ${e.place}, on ${formatDate(e.date)}: ${e.text}`
        : `The sources don't say where; on ${formatDate(e.date)}: ${e.text}`;
    return `On ${formatDate(e.date)}${r.ask === 'when' ? '' : latest}: ${e.text}`;
  });
  return {
    sentence: r.yes ? `Yes: ${each.join(' ').replace(/^On /, 'on ')}` : each.join(' '),
    lines: [],
    refs: [],
    sources: r.sources,
  };
}
