// "How many …?": a count as reported and as on file, and what came between two meetings.
import type { Item, MeetingFigure, Ref, Result } from '../run.js';
import type { Dataset, Meeting } from '../../dataset/index.js';
import { capitalise, formatDate, joinList, meetingDate } from '../format.js';
import { countJoining } from '../pair.js';
import {
  citiesNote,
  kindsNote,
  listLines,
  noun,
  ord,
  placeScope,
  recordLine,
  refsOf,
  type Said,
  the,
} from './common.js';
import {
  counterpartScope,
  NAMES_IN_COUNT,
  namesWithin,
  outcomeSources,
  partnerWords,
  scopeText,
  SINGULAR,
  undecidedNote,
  unnamedMeetingsNote,
  unnamedNote,
  negatedScope,
  VIA,
} from './scope.js';
import { inkedBy, noneOnFile } from './missing.js';

function onFileClause(reported: number | null, onFile: number, items: readonly Item[], select: string): string {
  const what = select === 'mous' ? 'MOU' : 'project';
  if (onFile === 0) return reported ? `the sources do not name them, so none is on file` : `none is on file`;
  if (reported !== null && onFile >= reported) return `all ${onFile} are on file`;
  // (Of a count reported: "8 of them", so a reader skimming never takes it for a second count of projects.)
  if (reported !== null) return `${onFile} of them ${onFile === 1 ? 'is' : 'are'} on file by name`;
  return `${onFile} ${onFile === 1 ? `${what} is` : `${what}s are`} on file by name`;
}

/** Where the sources differ on what the zone's companies signed (MOUs, or entry agreements): the readings naming the zone. */
const zoneSignings = (at: Meeting) =>
  (at.disagreements ?? []).flatMap((d) => (d.readings.some((x) => /demonstration/i.test(x.text)) ? d.readings : []));

const signedReadings = (at: Meeting) => {
  const rs = zoneSignings(at);
  return rs.length > 1 ? ` The sources differ on what they signed: ${rs.map((x) => x.text).join('; ')}.` : '';
};

const signedSources = (at: Meeting) => (zoneSignings(at).length > 1 ? zoneSignings(at).flatMap((x) => x.sources) : []);

/**
 * Meetings that are every meeting before another (the 1st and the 2nd, before the 3rd) with no count of their own: what
 * the next one's running total less its own count leaves for them together, with the meetings and documents that rests
 * on (the count's own `sources`, then the next meeting's total and count). Undefined where they are not that, or the
 * next meeting reports no total or no count of its own.
 */
export function fromTotals(
  dataset: Dataset,
  meetings: readonly MeetingFigure[],
  select: 'mous' | 'projects',
  sources: readonly string[],
): { value: number; total: number; own: number; next: Meeting; refs: Ref[]; sources: string[] } | undefined {
  const nums = meetings.map((m) => m.meeting.number).sort((a, b) => a - b);
  if (!nums.every((n, i) => n === i + 1)) return undefined;
  const next = dataset.meetingByNumber(nums.length + 1);
  const f = next ? dataset.figures.perMeeting.find((x) => x.meeting.id === next.id) : undefined;
  const total = select === 'mous' ? f?.reportedTotals?.mous : f?.reportedTotals?.projects;
  const own = select === 'mous' ? f?.reportedNewMous : f?.reportedNewProjects;
  if (!next || total === undefined || own === undefined || own === null || total <= own) return undefined;
  return {
    value: total - own,
    total,
    own,
    next,
    refs: [...meetings.map((m) => m.meeting), next].map((m) => ({ kind: 'meeting' as const, id: m.id })),
    sources: [
      ...new Set([
        ...sources,
        ...(next.totals?.sources ?? []),
        ...(select === 'mous' ? next.newMous.sources : (next.newProjects.sources ?? [])),
      ]),
    ],
  };
}

export function sayCount(r: Extract<Result, { op: 'count' }>, dataset: Dataset): Said {
  const sources = r.sources;
  if (r.between && (r.select === 'mous' || r.select === 'projects')) return sayBetween(r, r.between);
  if (r.reportedOnly) {
    const { value, noun: n, at } = r.reportedOnly;
    const sentence =
      n === 'projects'
        ? `${value} new projects were established in the Demonstration Zone, announced at ${the(at)} (${meetingDate(at)})${at.demoZone?.focus.length ? `, focusing on ${joinList(at.demoZone.focus)}` : ''}; the sources don't name them.`
        : `${value} companies signed MOUs to be the first batch to operate in the Demonstration Zone, at ${the(at)} (${meetingDate(at)}); the sources don't name them.${signedReadings(at)}`;
    return { sentence, lines: [], refs: refsOf(r.items), sources: [...sources, ...signedSources(at)] };
  }
  if (r.select === 'meetings') {
    const ms = r.items;
    return {
      sentence: `${ms.length} JIC meetings have been held: ${joinList(ms.map((i) => `the ${i.name.replace(/ meeting$/, '')} (${formatDate(i.detail)})`))}. No later one is in the sources.`,
      lines: [],
      refs: refsOf(ms),
      sources,
    };
  }
  if ((r.select === 'mous' || r.select === 'projects') && r.noTotalAt && !r.total) {
    // No running total reported there: say so, and add up the per-meeting counts the sources give, if all are given.
    const at = r.noTotalAt;
    const upTo = dataset.meetings.filter((m) => m.number > 0 && m.number <= at.number);
    // The founding MOU: no JIC meeting had been held yet, so there is nothing to add up.
    if (!upTo.length)
      return {
        sentence: `The sources report no running total at ${the(at)} (${meetingDate(at)}): the JIC meetings, which report the totals, came after it.`,
        lines: [],
        refs: [{ kind: 'meeting', id: at.id }],
        sources: [...at.date.sources],
      };
    const counts = upTo.map((m) => (r.select === 'mous' ? m.newMous.value : m.newProjects.value));
    const known = counts.every((x): x is number => x !== null);
    const sum = known ? counts.reduce((a, b) => a + b, 0) : null;
    return {
      sentence: `The sources report no running total after ${the(at)} (${meetingDate(at)}); ${
        sum !== null
          ? `the per-meeting counts they give add up to ${noun(sum, r.select)} (${upTo.map((m, i) => `${counts[i]} at the ${ord(m)}`).join(', ')}).`
          : `they give no ${r.select === 'mous' ? 'MOU' : 'project'} count for ${joinList(upTo.filter((_, i) => counts[i] === null).map((m) => the(m)))}.`
      }`,
      lines: [],
      refs: [{ kind: 'meeting', id: at.id }],
      sources: [...new Set(upTo.flatMap((m) => (r.select === 'mous' ? m.newMous.sources : m.newProjects.sources)))],
    };
  }
  if (r.select === 'mous' || r.select === 'projects') {
    const verb = r.select === 'mous' ? 'signed' : 'launched';
    if (r.total && r.meetings.length <= 1) {
      const at = r.total.at;
      const onFile =
        r.select === 'mous' ? dataset.mous.length : dataset.projects.filter((p) => p.kind === 'joint-project').length;
      const both = r.select === 'mous' ? '' : '';
      const since = r.meetings.length
        ? r.before
          ? `before ${the(r.meetings[0]?.meeting as Meeting)}`
          : `by ${the(at)} (${meetingDate(at)})`
        : `to date`;
      const pair =
        r.both && r.total.other !== undefined
          ? `${noun(r.total.value, r.select)} and ${noun(r.total.other, r.select === 'mous' ? 'projects' : 'mous')}`
          : '';
      if (pair) {
        const s2 = `${pair.replace(/^(.*) and (.*)$/, (_x, a: string, b: string) => (r.select === 'mous' ? `${b} and ${a}` : `${a} and ${b}`))} ${r.meetings.length ? `had been reported by ${the(at)} (${meetingDate(at)})` : `to date, as reported after ${the(at)} (${meetingDate(at)})`}: projects initiated and MOUs signed at SCI JIC meetings.`;
        return { sentence: s2, lines: [], refs: [{ kind: 'meeting', id: at.id }], sources };
      }
      const sentence =
        `${noun(r.total.value, r.select)} ${r.select === 'mous' ? 'had been signed' : 'had been initiated'} ${since}, as reported ${r.meetings.length && !r.before ? 'then' : `after ${the(at)} (${meetingDate(at)})`}` +
        (r.sumReported !== undefined && r.sumReported !== r.total.value
          ? `; the per-meeting counts reported add up to ${r.sumReported}${r.sumNote ? ` (${r.sumNote.replace(/\.$/, '').replace(/^\w/, (c) => c.toLowerCase())})` : ''}`
          : r.addsUp && r.sumReported !== undefined
            ? `; the per-meeting counts reported add up to the same ${r.sumReported}`
            : r.uncounted?.length
              ? `; the per-meeting counts can't be added up to check it: the sources don't give ${r.select === 'mous' ? 'an MOU' : 'a project'} count for ${joinList(r.uncounted.map((m) => the(m)))}`
              : '') +
        (r.meetings.length || r.before
          ? '.'
          : `; ${onFile} of them ${onFile === 1 ? 'is' : 'are'} on file here by name.`) +
        both;
      // "Do the per-meeting counts add up to 29?": Yes or No first, then the figures as the sources give them.
      const lead =
        r.addsUp === 'yesno' && r.sumReported !== undefined && !r.uncounted?.length
          ? r.sumReported === r.total.value
            ? 'Yes: '
            : 'No: '
          : '';
      // (The sum first, the total it is checked against after: the No answers the sum.)
      if (lead === 'No: ' && r.sumReported !== undefined)
        return {
          sentence: `No: the per-meeting counts reported add up to ${noun(r.sumReported, r.select)}, against ${noun(r.total.value, r.select)} reported ${r.meetings.length && !r.before ? `by ${the(at)} (${meetingDate(at)})` : `to date after ${the(at)} (${meetingDate(at)})`}; no source explains the difference.`,
          lines: [],
          refs: [{ kind: 'meeting', id: at.id }],
          sources,
        };
      return {
        sentence: `${lead}${sentence.replace(/had been (signed|initiated) to date/, 'have been $1 to date')}`,
        lines: [],
        refs: [{ kind: 'meeting', id: at.id }],
        sources,
      };
    }
    if (r.also?.length === 1 && r.meetings.length === 1 && r.meetings[0] && r.also[0]) {
      const [m, o] = [r.meetings[0], r.also[0]];
      const part = (f: typeof m, sel: string) =>
        f.reported === null
          ? `the sources give no count of ${sel === 'mous' ? 'MOUs' : 'projects'}`
          : sel === 'mous'
            ? `${noun(f.reported, 'mous')} were signed`
            : `${f.reported} new projects were launched`;
      const [mous, prj] =
        r.select === 'mous' ? [part(m, 'mous'), part(o, 'projects')] : [part(o, 'mous'), part(m, 'projects')];
      return {
        sentence: `At ${the(m.meeting)} (${meetingDate(m.meeting)}), ${mous} and ${prj}.`,
        lines: [],
        refs: [{ kind: 'meeting', id: m.meeting.id }],
        sources,
      };
    }
    if (
      r.meetings.length >= 1 &&
      !r.filter.orgs &&
      !r.filter.topics &&
      !r.filter.group &&
      !r.filter.kind &&
      !r.filter.country
    ) {
      if (r.meetings.length > 1) {
        const known = r.meetings.filter((m) => m.reported !== null);
        const sum = known.reduce((s, m) => s + (m.reported ?? 0), 0);
        const against = reportedAgainst(r.meetings, sum);
        // No count for any of them ("projects launched at the first two meetings"): never "0 … together" — but where
        // they are every meeting before one that reports a running total and its own count, that total less that count.
        const derived = !known.length ? fromTotals(dataset, r.meetings, r.select, sources) : undefined;
        if (derived)
          return {
            sentence: `${noun(derived.value, r.select)} were ${verb} at ${joinList(r.meetings.map((m) => the(m.meeting)))} together, by the sources' totals: ${derived.total} to date after ${the(derived.next)} (${meetingDate(derived.next)}), less the ${derived.own} ${verb} there; they give no count for each meeting.`,
            lines: [],
            refs: derived.refs,
            sources: derived.sources,
          };
        if (!known.length)
          return {
            sentence: `The sources give no count of the ${r.select === 'mous' ? 'MOUs' : 'projects'} ${verb} at ${joinList(r.meetings.map((m) => the(m.meeting)))}.`,
            lines: [],
            refs: r.meetings.map((m) => ({ kind: 'meeting' as const, id: m.meeting.id })),
            sources,
          };
        // (Counts missing for some, from the first meeting on: the running total reported is the answer, led by it.)
        if (against?.gap)
          return {
            sentence: `${noun(against.total, r.select)} had been ${verb} by ${the(against.meeting)} (${meetingDate(against.meeting)}), as reported then; the sources give a count for ${joinList(known.map((m) => `the ${ord(m.meeting)} (${m.reported})`))} only.`,
            lines: [],
            refs: r.meetings.map((m) => ({ kind: 'meeting' as const, id: m.meeting.id })),
            sources,
          };
        return {
          sentence: `${noun(sum, r.select)} were ${verb} at ${joinList(r.meetings.map((m) => the(m.meeting)))} together (${joinList(known.map((m) => `${noun(m.reported ?? 0, r.select)} at the ${ord(m.meeting)}`))})${known.length < r.meetings.length ? '; the sources give no count for the others' : ''}${against ? `; ${noun(against.total, r.select)} were reported to date after ${the(against.meeting)}${against.gap ? '' : ' (no source explains the difference)'}` : ''}.`,
          lines: [],
          refs: r.meetings.map((m) => ({ kind: 'meeting' as const, id: m.meeting.id })),
          sources,
        };
      }
      const m = r.meetings[0];
      if (m) {
        // The founding: no JIC meeting, no count of its own; the MOU signed then is the founding MOU itself.
        if (m.reported === null && m.meeting.number === 0 && r.select === 'mous')
          return {
            sentence: `${capitalise(the(m.meeting))} itself was signed on ${meetingDate(m.meeting)}, before any JIC meeting; the MOUs the JIC meetings signed came after it (the first ${noun(dataset.meetingByNumber(1)?.newMous.value ?? 0, 'mous')} at the 1st JIC meeting).`,
            lines: [],
            refs: [{ kind: 'meeting', id: m.meeting.id }],
            sources: [...m.meeting.date.sources, ...(dataset.meetingByNumber(1)?.newMous.sources ?? [])],
          };
        if (m.reported === null)
          return {
            sentence: `The sources don't say how many ${r.label} were ${verb} at ${the(m.meeting)} (${meetingDate(m.meeting)}); ${m.onFile ? `${noun(m.onFile, r.select)} from it ${m.onFile === 1 ? 'is' : 'are'} on file` : 'none is on file'}.`,
            lines: listLines(r.items, recordLine(dataset)),
            refs: [{ kind: 'meeting', id: m.meeting.id }, ...refsOf(r.items)],
            sources,
          };
        // Asked "how many were there" that year: the running total reported then as well, or that none was.
        const running = r.withTotal
          ? m.totals !== null
            ? ` By then, ${noun(m.totals, r.select)} had been ${r.select === 'mous' ? 'signed' : 'initiated'} in all, as reported at ${the(m.meeting)}.`
            : ` The sources report no running total at ${the(m.meeting)}.`
          : '';
        return {
          sentence:
            `${noun(m.reported, r.select)} ${r.select === 'mous' ? 'were signed' : 'new projects were launched'} at ${the(m.meeting)} (${meetingDate(m.meeting)}); ${onFileClause(m.reported, m.onFile, r.items, r.select)}.${running}`.replace(
              /(\d+) projects new projects/,
              '$1 new projects',
            ),
          lines: [],
          refs: [{ kind: 'meeting', id: m.meeting.id }, ...refsOf(r.items)],
          sources,
        };
      }
    }
    // Filtered by partner, group, topic…: what is on file.
    const scope = scopeText(r.filter, dataset, r.orgNames);
    const n = r.items.length;
    if (
      !n &&
      r.filter.orgs?.length === 1 &&
      !r.filter.kind &&
      !r.filter.country &&
      !r.filter.group &&
      !r.filter.topics
    ) {
      const none = noneOnFile(dataset, r.select, r.filter.orgs[0] ?? [], r.orgNames[0] ?? '', r.filter.meetings ?? []);
      return { ...none, lines: [], sources: [...new Set([...(none.sources ?? []), ...sources])] };
    }
    // "How many MOUs did MCI and IMDA sign at the 4th JIC?": the sources say they inked (or announced the inking of) the
    // meeting's MOUs — said, and that none on file names them as parties (never "signed 0 MOUs").
    if (!n && r.select === 'mous' && (r.filter.orgs?.length ?? 0) >= 2) {
      const ids = (r.filter.orgs ?? []).flat();
      if (inkedBy(dataset, ids, r.filter.meetings ?? [])) {
        const none = noneOnFile(dataset, 'mous', ids, joinList(r.orgNames), r.filter.meetings ?? []);
        return { ...none, lines: [], sources: [...new Set([...(none.sources ?? []), ...sources])] };
      }
    }
    // Two partners or more: a count of the records that join them, said as a count (pair.ts).
    if ((r.filter.orgs?.length ?? 0) >= 2 && !r.filter.meetings?.length)
      return {
        sentence: countJoining(
          dataset,
          r.select === 'mous' ? 'mous' : 'projects',
          r.items,
          r.orgNames,
          r.filter.orgs ?? [],
        ),
        lines: [],
        refs: refsOf(r.items),
        sources,
      };
    const sentence = r.filter.orgs?.length
      ? `${joinList(r.orgNames)} ${r.select === 'mous' ? (n === 1 ? 'signed 1 MOU' : `signed ${n} MOUs`) : n === 1 ? 'is in 1 project' : `${n === 0 ? 'is in no' : `is in ${n}`} projects`} on file${r.select === 'mous' && n ? `: ${joinList(r.items.slice(0, 4).map((i) => i.name))}` : ''}${r.alsoItems ? alsoSaid(r.select, r.alsoItems, r.orgNames.length) : ''}.`
      : `${noun(n, r.select)} on file ${scope}${undecidedNote(dataset, r.select, r.filter)}${n ? ':' : '.'}`;
    return {
      sentence,
      lines: r.filter.orgs?.length && r.select === 'mous' ? [] : listLines(r.items, recordLine(dataset)),
      refs: refsOf(r.items),
      sources,
    };
  }
  // Partners of a kind or country.
  const words = partnerWords(r.filter, r.label);
  const scope = `${r.filter.without ? ` named in no ${r.filter.without === 'mous' ? 'MOU' : 'project'} on file` : ''}${words.country ? ` ${words.country}` : ''}${words.kind ? ` ${words.kind}` : ''}${placeScope(r.filter)}${counterpartScope(r.filter)}${negatedScope(
    r.filter,
    dataset,
    true,
  )
    .map((x) => ` ${x}`)
    .join('')}`;
  const read = r.filter.country
    ? r.items.filter((i) => i.ref && dataset.organisation(i.ref.id)?.countryStated === false).length
    : 0;
  const caveat = `${read ? ` (for ${read} of them the country is inferred: the sources don't state it)` : ''}${kindsNote(dataset, r.items, r.filter.kind)}`;
  const cities = r.filter.named ? citiesNote(words.label, r.elsewhere) : '';
  // "…signed MOUs at the 4th JIC meeting": what the count was narrowed to, in words.
  const via = r.filter.via ? ` ${VIA[r.filter.via].verb}` : ' take part';
  const at = r.filter.meetings?.length
    ? ` at ${joinList(r.filter.meetings.map((m) => dataset.meetingByNumber(m)).flatMap((m) => (m ? [the(m)] : [])))}`
    : '';
  return {
    sentence: r.items.length
      ? `${r.items.length} ${r.items.length === 1 ? (SINGULAR[words.label] ?? words.label) : words.label}${scope}${r.items.length === 1 && via === ' take part' ? ' takes part' : via}${at} in the records on file${caveat}: ${namesWithin(
          r.items.map((i) => i.name),
          NAMES_IN_COUNT,
        )}.${cities}${unnamedNote(r.unnamed)}`
      : `No ${words.label}${scope}${via}${at} in the records on file.${cities}${unnamedNote(r.unnamed)}${unnamedMeetingsNote(dataset, r.filter.meetings)}`,
    lines: [],
    refs: refsOf(r.items),
    sources: r.items.length ? r.sources : [...new Set([...r.sources, ...outcomeSources(dataset, r.filter.meetings)])],
  };
}

/**
 * What came between two meetings: the running totals' difference where both are reported, else the counts of the
 * meetings after the first up to the second (the first's own never added in), and what the sources don't give.
 */
function sayBetween(
  r: Extract<Result, { op: 'count' }>,
  b: NonNullable<Extract<Result, { op: 'count' }>['between']>,
): Said {
  const unit = r.select === 'mous' ? 'MOUs' : 'projects';
  const span = `Between ${the(b.from)} (${meetingDate(b.from)}) and ${the(b.to)} (${meetingDate(b.to)})`;
  const [x, y] = b.totals;
  const counts = r.meetings.map((m) => m.reported);
  const known = counts.every((c): c is number => c !== null);
  const sum = known ? counts.reduce((s, c) => s + c, 0) : null;
  const per = joinList(r.meetings.map((m) => `${m.reported ?? 'no count given'} at the ${ord(m.meeting)}`));
  const sentence =
    x !== null && y !== null
      ? `${span}, ${y - x} ${unit} were added: the running total reported went from ${x} to ${y}${sum !== null ? ` (${per})` : ''}.`
      : sum !== null
        ? `${span}, ${noun(sum, r.select)} ${r.select === 'mous' ? 'were signed' : 'were launched'} after the ${ord(b.from)}: ${per}; the sources report no running total at the ${ord(x === null ? b.from : b.to)} to check it against.`
        : `The sources don't give every count needed: ${per}.`;
  return {
    sentence,
    lines: [],
    refs: [
      { kind: 'meeting', id: b.from.id },
      { kind: 'meeting', id: b.to.id },
    ],
    sources: r.sources,
  };
}

/**
 * Meetings added up from the 1st to the kth, every count known, where the running total reported after the kth differs
 * from their sum ("the first three meetings": 8 + 4 + 8 = 20 against 21 reported): that total, to show beside the sum.
 */
export function reportedAgainst(
  ms: readonly MeetingFigure[],
  sum: number,
): { total: number; meeting: MeetingFigure['meeting']; gap: boolean } | undefined {
  const last = ms[ms.length - 1];
  const fromFirst = ms.every((m, i) => m.meeting.number === i + 1);
  // (Some meetings giving no count — "projects launched from 2020 to 2022" — the total reported is the answer there
  // is: said, never set against a sum it cannot be checked with.)
  const gap = ms.some((m) => m.reported === null);
  return fromFirst && last?.totals != null && (gap || last.totals !== sum)
    ? { total: last.totals, meeting: last.meeting, gap }
    : undefined;
}

/**
 * The other kind asked beside the one counted ("how many MOUs and projects does Keppel have?"): "; and it is in 1 project
 * on file: Keppel – …" — never the MOUs alone.
 */
function alsoSaid(counted: string, items: readonly Item[], parties: number): string {
  const it = parties > 1 ? 'they' : 'it';
  const names = items.length ? `: ${joinList(items.slice(0, 4).map((i) => i.name))}` : '';
  return counted === 'mous'
    ? `; and ${it} ${parties > 1 ? 'are' : 'is'} in ${items.length ? items.length : 'no'} project${items.length === 1 ? '' : 's'} on file${names}`
    : `; and ${it} signed ${items.length ? items.length : 'no'} MOU${items.length === 1 ? '' : 's'} on file${names}`;
}
