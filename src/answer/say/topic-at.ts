// "Did the 3rd JIC include a project on tourism?", "was there anything about farming at the 4th meeting?" when none of
// that meeting's records on file is about it: what the sources name of that meeting against what they report, so a
// "No" is said only where every record of it is named — and the other kind of record, or an outcome of that meeting,
// that does speak of it.
import type { Dataset, Meeting, Mou, Project } from '../../dataset/index.js';
import type { Filter } from '../plan.js';
import { displayName, selectRecords } from '../run.js';
import { joinList, meetingDate } from '../format.js';
import { outcomesAbout } from './list.js';
import { topicSpelling } from './missing.js';
import { listLines, recordLine, the, type Said } from './common.js';

type Kind = 'mous' | 'projects';

const WORD: Record<Kind, { one: string; a: string; many: string; verb: string }> = {
  mous: { one: 'MOU', a: 'an MOU', many: 'MOUs', verb: 'signed' },
  projects: { one: 'project', a: 'a project', many: 'projects', verb: 'launched' },
};

/** Named against reported, for one kind of a meeting's records. */
function figuresOf(dataset: Dataset, m: Meeting, kind: Kind): { onFile: number; reported: number | null } {
  const f = dataset.figures.perMeeting.find((x) => x.meeting.id === m.id);
  return kind === 'mous'
    ? { onFile: f?.mousOnFile ?? 0, reported: f?.reportedNewMous ?? null }
    : { onFile: f?.projectsOnFile ?? 0, reported: f?.reportedNewProjects ?? null };
}

/**
 * What the sources name of one kind of a meeting's records, said as none being about `about` (without it: what they
 * name, for a sentence that goes on): `all` when every record the meeting reported is named, so "none" is a No.
 */
function noneOf(
  dataset: Dataset,
  m: Meeting,
  kind: Kind,
  at: string,
): { words: (about?: string) => string; all: boolean } {
  const { onFile, reported } = figuresOf(dataset, m, kind);
  const w = WORD[kind];
  const is = (about?: string) => (about ? ` is about ${about}` : '');
  if (!onFile)
    return {
      words: () =>
        reported === null
          ? `the sources name no ${w.one} of ${at} and give no count of its ${w.many}`
          : `the sources name none of the ${reported} ${w.many} ${w.verb} at ${at}`,
      all: false,
    };
  const n = onFile === 1 ? `the 1 ${w.one}` : `the ${onFile} ${w.many}`;
  if (reported !== null && onFile < reported)
    return { words: (a) => `none of ${n} the sources name of the ${reported} ${w.verb} at ${at}${is(a)}`, all: false };
  return { words: (a) => `none of ${n} of ${at}${is(a)}`, all: true };
}

/** The other kind of a meeting's records, none about it either: "nor is any of its 8 MOUs", "its 8 MOUs are not named". */
function othersNone(dataset: Dataset, m: Meeting, kind: Kind): { words: string; all: boolean } {
  const { onFile, reported } = figuresOf(dataset, m, kind);
  const w = WORD[kind];
  if (!onFile)
    return {
      words: reported === null ? `and it has no ${w.many} on file` : `and its ${reported} ${w.many} are not named`,
      all: false,
    };
  const its = onFile === 1 ? `its 1 ${w.one}` : `its ${onFile} ${w.many}`;
  return reported !== null && onFile < reported
    ? { words: `nor is any of the ${onFile} ${w.many} the sources name of its ${reported}`, all: false }
    : { words: `nor is any of ${its}`, all: true };
}

/**
 * The sentence for a meeting's records with none on file about the topics asked (`kind`: the kind the plan counted;
 * `either`: neither kind was asked, so both are told). Undefined where the filter is not one meeting and topics.
 */
export function sayNoneAtMeeting(
  dataset: Dataset,
  kind: Kind,
  filter: Filter,
  either: boolean,
  sources: readonly string[],
): Said | undefined {
  const topics = filter.topics ?? [];
  const m = filter.meetings?.length === 1 ? dataset.meetingByNumber(filter.meetings[0] ?? -1) : undefined;
  if (!m || !topics.length) return undefined;
  // (A word kept beside the phrase it narrows — "quantum" of "quantum computing" — is said once, in the phrase.)
  const shown = topics.filter((t) => !topics.some((o) => o !== t && o.split(' ').includes(t)));
  const about = joinList(shown.map((t) => topicSpelling(dataset, t)));
  const at = `${the(m)} (${meetingDate(m)})`;
  const other: Kind = kind === 'mous' ? 'projects' : 'mous';
  const others: Array<Mou | Project> = selectRecords(dataset, other, { meetings: filter.meetings, topics });
  const spoken = outcomesAbout(dataset, shown).filter((x) => x.meeting.id === m.id);
  let sentence: string;
  if (others.length && either) {
    // (Anything asked, neither kind: the records of the other kind that are about it answer Yes.)
    const found = others.length === 1 ? WORD[other].a : `${others.length} ${WORD[other].many}`;
    const { onFile } = figuresOf(dataset, m, kind);
    const own = noneOf(dataset, m, kind, at).all ? ` (none of its ${onFile} ${WORD[kind].many} is)` : '';
    sentence = `Yes: ${found} of ${at} ${others.length === 1 ? 'is' : 'are'} about ${about}${own}:`;
  } else if (others.length) {
    const own = noneOf(dataset, m, kind, at);
    const found =
      others.length === 1
        ? `${WORD[other].a} of that meeting is`
        : `${others.length} ${WORD[other].many} of that meeting are`;
    sentence = `${own.all ? `No, not ${WORD[kind].a}` : `Not ${WORD[kind].a} on file`}: ${own.words(own.all ? about : undefined)}, but ${found}${own.all ? '' : ` about ${about}`}:`;
  } else {
    const own = noneOf(dataset, m, kind, at);
    const otherNone = either ? othersNone(dataset, m, other) : undefined;
    const all = own.all && (!otherNone || otherNone.all) && !spoken.length;
    sentence = `${all ? 'No' : 'Not in the records on file'}: ${own.words(about)}${otherNone ? `, ${otherNone.words}` : ''}.`;
  }
  // "Was the energy storage research centre launched at the 3rd JIC?": nothing of that meeting on file is about it, but
  // records of another meeting are — where the sources do place it, shown (never a No the unnamed records could belie).
  const elsewhere: Array<Mou | Project> = others.length
    ? []
    : (['mous', 'projects'] as const)
        .flatMap((k): Array<Mou | Project> => selectRecords(dataset, k, { topics }))
        .filter((r) => r.meeting !== m.id);
  const placed = [...new Set(elsewhere.map((r) => r.meeting))].flatMap((id) => {
    const at2 = dataset.meetings.find((x) => x.id === id);
    return at2 ? [`${the(at2)} (${meetingDate(at2)})`] : [];
  });
  if (elsewhere.length && placed.length && !spoken.length)
    sentence = `${sentence} The records on file about ${about} are from ${joinList(placed)}:`;
  const items = [...others, ...elsewhere].map((r) => ({
    name: displayName(r),
    ref: { kind: 'parties' in r ? ('mou' as const) : ('project' as const), id: r.id },
  }));
  // ("Did the 3rd JIC unveil the start-up area?": an outcome about it at another meeting — the 4th's — is where the
  // sources put it; was left unsaid, as if nothing anywhere spoke of it.)
  const away =
    spoken.length || others.length ? undefined : outcomesAbout(dataset, shown).find((x) => x.meeting.id !== m.id);
  const told =
    spoken.length && !others.length
      ? ` The sources do speak of it at that meeting: ${spoken[0]?.text ?? ''}`
      : away
        ? ` The sources speak of it at ${the(away.meeting)} (${meetingDate(away.meeting)}): ${away.text}`
        : '';
  return {
    sentence: `${sentence}${told}`,
    lines: listLines(items, recordLine(dataset)),
    refs: items.map((i) => i.ref).slice(0, 5),
    sources: [
      ...new Set([
        ...sources,
        ...others.flatMap((r) => r.sources),
        ...spoken.flatMap((x) => x.sources),
        ...(away?.sources ?? []),
      ]),
    ],
  };
}
