// None on file: what the records on file do not name, the outcomes that speak of it, the nearest topics.
import type { Dataset, Meeting } from '../../dataset/index.js';
import type { Ref } from '../run.js';
import { noneOnFileFacts } from '../facts.js';
import { joinList, meetingDate, plural } from '../format.js';
import { type Said, the } from './common.js';

/**
 * "Did NTU sign an MOU?", "which MOUs did NTU sign?" when none on file names it: none of the records on
 * file (of that kind, at the meetings asked) names it, which is not "none at all" (the sources report more
 * than they name); then what it did sign or join elsewhere.
 */
export function noneOnFile(
  dataset: Dataset,
  asked: 'mous' | 'projects',
  ids: readonly string[],
  name: string,
  meetingNums: readonly number[],
  /** Asked yes or no: the answer leads with "No … on file", then how few of those reported are named. */
  yesno = false,
): { sentence: string; refs: Ref[]; sources?: string[] } {
  const { meetings, onFile, reported, otherMous, otherProjects, refs } = noneOnFileFacts(
    dataset,
    asked,
    ids,
    meetingNums,
  );
  const noun = asked === 'mous' ? 'MOUs' : 'projects';
  const said = (x: { name: string; meeting: string }) => `${x.name} (${dataset.meeting(x.meeting)?.name ?? ''})`;
  const also = [
    otherMous.length ? `it signed ${plural(otherMous.length, 'MOU')}: ${joinList(otherMous.map(said))}` : '',
    otherProjects.length
      ? `it joined ${plural(otherProjects.length, 'project')}: ${joinList(otherProjects.map(said))}`
      : '',
  ].filter(Boolean);
  const one = asked === 'mous' ? 'MOU' : 'project';
  // "Did IMDA sign any MOUs?": the sources say MCI and IMDA inked a meeting's MOUs — said first, and that no MOU on
  // file names it as a party (never a bare "No", never a "Yes" as if it were a party).
  const inked = asked === 'mous' ? inkedBy(dataset, ids, meetingNums) : undefined;
  if (inked) {
    const scope = meetings.length ? ` from ${joinList(meetings.map((m) => the(m)))}` : '';
    const none = onFile
      ? `none of the ${onFile} ${noun} on file${scope} names ${name} as a party${!meetings.length && reported !== undefined ? ` (the sources report ${reported} ${noun} in all but name only these)` : ''}`
      : `the sources name none of the ${noun}${scope}, so none on file names ${name} as a party`;
    return { sentence: `${inked.sentence}; but ${none}.`, refs, sources: inked.sources };
  }
  // ("Did NUS sign an MOU at the 4th JIC?": every MOU reported there is on file by name, so none of them is a flat No.)
  const reportedThere = meetings.reduce(
    (a, m) =>
      a === null || (asked === 'mous' ? m.newMous.value : m.newProjects.value) == null
        ? null
        : a + ((asked === 'mous' ? m.newMous.value : m.newProjects.value) ?? 0),
    0 as number | null,
  );
  const allNamed = yesno && meetings.length > 0 && onFile > 0 && reportedThere === onFile;
  const lead = allNamed
    ? `No: none of the ${onFile} ${noun} from ${joinList(meetings.map((m) => the(m)))} names ${name} (the sources name all of them)`
    : meetings.length && !onFile
      ? `The sources name none of the ${noun} from ${joinList(meetings.map((m) => the(m)))}, so none on file names ${name}`
      : yesno && !meetings.length && reported !== undefined
        ? `No ${one} on file names ${name}: none of the ${onFile} ${noun} on file does (the sources report ${reported} ${noun} in all but name only these)`
        : `None of the ${onFile} ${noun} on file${meetings.length ? ` from ${joinList(meetings.map((m) => the(m)))}` : ''} names ${name}${!meetings.length && reported !== undefined ? ` (the sources report ${reported} ${noun} in all but name only these)` : ''}`;
  return { sentence: `${lead}${also.length ? `; ${also.join('; ')}` : ''}.`, refs };
}

/**
 * "MCI and IMDA inked the 3rd JIC meeting's 8 MOUs (Telecom Review Asia) and the 4th JIC meeting's 8 (…)": who the
 * sources say inked the MOUs of the meetings asked (all, if none is), when these organisations are among them.
 */
export function inkedBy(
  dataset: Dataset,
  ids: readonly string[],
  meetingNums: readonly number[],
): { sentence: string; sources: string[] } | undefined {
  const at = inkingMeetings(dataset, ids, meetingNums);
  const first = at[0]?.mousInkedBy?.[0];
  if (!first) return undefined;
  const who = joinList(first.orgs.map((o) => shortName(dataset, o)));
  const by = (ids: readonly string[]) => joinList(ids.map((id) => dataset.source(id)?.publisher ?? id));
  const each = at.map((m) => {
    const readings = m.mousInkedBy ?? [];
    const n = m.newMous.value;
    const inked = readings.filter((r) => r.verb === 'inked');
    const announced = readings.filter((r) => r.verb !== 'inked');
    const says = [
      inked.length ? by(inked.flatMap((r) => r.sources)) : '',
      announced.length ? `${by(announced.flatMap((r) => r.sources))} says they announced their inking` : '',
    ].filter(Boolean);
    return `${the(m)}'s ${n ?? ''}${n ? ' ' : ''}MOUs (${m.date.value ? `${meetingDate(m)}; ` : ''}${says.join('; ')})`;
  });
  return {
    sentence: `The sources say ${who} inked ${joinList(each)}`,
    sources: [...new Set(at.flatMap((m) => (m.mousInkedBy ?? []).flatMap((r) => r.sources)))],
  };
}

/** The meetings asked (all, if none is) whose MOUs the sources say these organisations inked (English and Chinese). */
export const inkingMeetings = (dataset: Dataset, ids: readonly string[], meetingNums: readonly number[]) =>
  dataset.meetings.filter(
    (m) =>
      (!meetingNums.length || meetingNums.includes(m.number)) &&
      (m.mousInkedBy ?? []).some((r) => r.orgs.some((o) => ids.includes(o))),
  );

/** An organisation as a sentence names it in passing: the short form the data gives it (MCI, IMDA), else its name. */
export const shortName = (dataset: Dataset, id: string) => {
  const o = dataset.organisation(id);
  return o?.aliases.find((a) => /^[A-Z]{2,6}$/.test(a)) ?? o?.name ?? id;
};

/** A meeting's outcomes that name these organisations (by the outcome's parties), or the one outcome of `key`. */
export function outcomesNaming(dataset: Dataset, ids: readonly string[], key?: string) {
  return dataset.meetings.flatMap((meeting) =>
    meeting.highlights.flatMap((h, i) =>
      (key ? key === `${meeting.number}:${i}` : (h.parties ?? []).some((p) => ids.includes(p)))
        ? [{ meeting, text: h.text, sources: h.sources }]
        : [],
    ),
  );
}

/**
 * None of the records on file names it, then what the outcomes say of it. An outcome that itself speaks of an MOU
 * or a signing ("the SIMC–SCIA mediation-arbitration MOU of 2020") leads: not on file, but the sources speak of one.
 */
export function outcomeSentence(
  none: string,
  outcomes: ReadonlyArray<{ meeting: Meeting; text: string; sources: readonly string[] }>,
  asked: 'mous' | 'projects',
  dataset: Dataset,
): Omit<Said, 'refs'> {
  const speaks = asked === 'mous' ? /\b(?:MOUs?|signed|signing|agreements?)\b/ : /\bprojects?\b/;
  const first = [...outcomes].sort((a, b) => Number(speaks.test(b.text)) - Number(speaks.test(a.text)));
  const said = first
    .slice(0, 2)
    .map((o) => `at ${the(o.meeting)} (${meetingDate(o.meeting)}): ${o.text.replace(/\.$/, '')}`);
  const onFile =
    asked === 'mous' ? dataset.mous.length : dataset.projects.filter((p) => p.kind === 'joint-project').length;
  const total = dataset.figures.latestTotals;
  const reported = total ? (asked === 'mous' ? total.mous : total.projects) : undefined;
  const noun = asked === 'mous' ? 'MOUs' : 'projects';
  const sentence = outcomes.some((o) => speaks.test(o.text))
    ? `Not among the ${onFile} ${noun} on file${reported !== undefined ? ` (${reported} reported)` : ''}, but the sources speak of one — ${said.join('; ')}.`
    : `${none.replace(/\.$/, '')}. The sources name it ${said.join('; ')}.`;
  return { sentence, lines: [], sources: [...new Set(outcomes.flatMap((o) => o.sources))] };
}

// Everyday words whose nearest topic the records do use: offered as the nearest, never as a match.
const NEAR_TOPICS: Readonly<Record<string, string>> = {
  // ("Is there a project that helps foreign travellers?": the records say tourism and visitors.)
  travellers: 'tourism',
  travelers: 'tourism',
  traveller: 'tourism',
  traveler: 'tourism',
  tourist: 'tourism',
  tourists: 'tourism',
  hospital: 'healthcare',
  hospitals: 'healthcare',
  clinic: 'healthcare',
  clinics: 'healthcare',
  medical: 'healthcare',
  medicine: 'healthcare',
  doctors: 'healthcare',
  patients: 'healthcare',
  elderly: 'elderly care',
  esports: 'sports',
  gaming: 'entertainment',
  games: 'entertainment',
  football: 'sports',
  schools: 'education',
  school: 'education',
  universities: 'education',
  banks: 'trade',
  banking: 'trade',
  shipping: 'logistics',
  ports: 'logistics',
  cars: 'electric vehicles',
  evs: 'electric vehicles',
  climate: 'sustainability',
  environment: 'sustainability',
  solar: 'renewable energy',
};

/** A topic as the records spell it ("AI", "IoT"), where they do; else as asked. */
export function topicSpelling(dataset: Dataset, t: string): string {
  const spelt = [...dataset.mous, ...dataset.projects]
    .flatMap((r) => [...r.topics, ...r.keywords])
    .find((x) => x.toLowerCase().replace(/[^a-z0-9]+/g, ' ') === t && x !== t);
  return spelt ?? t;
}

export function nearestOnFile(dataset: Dataset, topics: readonly string[]) {
  const topic = topics.map((t) => NEAR_TOPICS[t]).find(Boolean);
  if (!topic) return undefined;
  const records = [...dataset.mous, ...dataset.projects].filter((r) =>
    [...r.topics, ...r.keywords].some((x) => x.toLowerCase() === topic),
  );
  return records.length ? { topic, records: records.slice(0, 3) } : undefined;
}

// Everyday words no record or outcome uses, whose nearest the meetings' outcomes do say: "startups" — the SCI's pillar of
// innovation and entrepreneurship, TusStar the technology incubator. Offered as the nearest, never as a match.
const NEAR_OUTCOME_WORDS: Readonly<Record<string, readonly string[]>> = {
  startups: ['incubator', 'entrepreneurship'],
  startup: ['incubator', 'entrepreneurship'],
  'start ups': ['incubator', 'entrepreneurship'],
  'start up': ['incubator', 'entrepreneurship'],
  entrepreneurs: ['entrepreneurship', 'incubator'],
  // ("What did the 3rd JIC's projects do about climate change?": the sources say carbon, emissions, green.)
  climate: ['carbon', 'emissions', 'green'],
  'climate change': ['carbon', 'emissions', 'green'],
};

/** The words of the outcomes nearest a topic no record or outcome uses (none for most topics). */
export const nearOutcomeWords = (topics: readonly string[]): readonly string[] =>
  topics.length === 1 ? (NEAR_OUTCOME_WORDS[topics[0] ?? ''] ?? []) : [];
