// "Which …?": a list of records, the annex note and the earliest-first order.
import type { Filter } from '../plan.js';
import type { Dataset, Meeting, Mou, Project } from '../../dataset/index.js';
import { capitalise, formatDate, joinList, meetingDate, placePhrase } from '../format.js';
import { displayName, KIND_TESTS, orgNames, type Item, type Ref, type Result, selectRecords } from '../run.js';
import type { Understanding } from '../understand.js';
import {
  describedLine,
  listLines,
  lowerFirst,
  noun,
  ord,
  placeScope,
  citiesNote,
  kindsNote,
  recordLine,
  refsOf,
  type Said,
  the,
} from './common.js';
import {
  NAMES_IN_LIST,
  namesWithin,
  outcomePartiesNote,
  outcomeSources,
  partnerWords,
  scopeText,
  undecidedNote,
  unnamedMeetingsNote,
  unnamedNote,
  VIA,
  negatedScope,
  counterpartScope,
} from './scope.js';
import { nearestOnFile, nearOutcomeWords, noneOnFile, topicSpelling } from './missing.js';
import { reportedAgainst } from './count.js';
import { claimedTimes } from '../claim/say.js';
import { partyLineage, perDataset } from '../records.js';
import { narrowerTopics } from '../topic-areas.js';

/**
 * Asked as an annex of the release ("how many MOUs in Annex A?"): which records the annex lists, then the answer; and the
 * running total the same release reports, said as that (never as the annex's count).
 */
export function inAnnex(said: Said, f: Filter, select: string, dataset: Dataset): Said {
  if (!f.annex) return said;
  const m = dataset.meetingByNumber(f.meetings?.[0] ?? -1);
  const total = dataset.figures.latestTotals;
  const what = select === 'mous' ? 'MOUs' : 'joint projects';
  const also =
    total && m && total.meeting.id === m.id
      ? ` The same release reports ${noun(select === 'mous' ? total.mous : total.projects, select)} to date, which is the running total, not the annex's list.`
      : '';
  const [head = '', ...rest] = said.sentence.split(/(?<=[.:])\s/);
  return {
    ...said,
    sentence: `Annex ${f.annex} of the release lists the ${what} of ${m ? the(m) : 'one meeting'}: ${lowerFirst(head)}${rest.length ? ` ${rest.join(' ')}` : ''}${said.sentence.endsWith(':') ? '' : also}`,
  };
}

/**
 * "The first MOU ever", "the oldest project": what came before the earliest records on file — the founding MOU, and
 * each earlier meeting's reported records the sources do not name — then those on file.
 */
export function earliestFirst(said: Said, f: Filter, select: string, dataset: Dataset): Said {
  const at = dataset.meetingByNumber(f.meetings?.[0] ?? -1);
  if (!f.earliest || !at) return said;
  const before = dataset.meetings.filter((m) => m.number < at.number);
  const kind = select === 'mous' ? 'MOU' : 'project';
  const uncounted = before.filter((m) => m.number > 0 && !(select === 'mous' ? m.newMous.value : m.newProjects.value));
  const parts = [
    ...(select === 'mous' && before.some((m) => m.number === 0)
      ? before
          .filter((m) => m.number === 0)
          .map((m) => `the first MOU was the founding MOU of ${meetingDate(m)}, which founded the SCI`)
      : []),
    ...before.flatMap((m) => {
      const n = select === 'mous' ? m.newMous.value : m.newProjects.value;
      return m.number > 0 && n
        ? [`${the(m)} (${meetingDate(m)}) reported ${noun(n, select)} that the sources do not name`]
        : [];
    }),
    ...(uncounted.length
      ? [
          `the sources give no ${kind} count for ${joinList(uncounted.map((m) => the(m)))} and name no ${kind} from ${uncounted.length > 1 ? 'them' : 'it'}`,
        ]
      : []),
  ];
  return {
    ...said,
    sentence: `${parts.length ? `${capitalise(parts.join('; '))}. ` : ''}The earliest ${select === 'mous' ? 'MOUs' : 'projects'} on file are ${the(at)}'s: ${lowerFirst(said.sentence)}`,
  };
}

export function sayList(r: Extract<Result, { op: 'list' }>, dataset: Dataset, u: Understanding): Said {
  const said = described(r, dataset, sayListOf(r, dataset, u));
  const also = r.filter.topicsAlso;
  if (!also?.length) return said;
  // The outcomes that speak of the topic with the word beside it ("smart-agriculture robots"), after the records.
  const spoken = outcomesAbout(dataset, [...(r.filter.topics ?? []), ...also]);
  if (!spoken.length) return said;
  const note = `The sources also speak of ${joinList([...(r.filter.topics ?? []), ...also])}, ${inOutcomes(spoken)}`;
  return {
    ...said,
    lines: [...said.lines, note],
    sources: [...new Set([...said.sources, ...spoken.flatMap((x) => x.sources)])],
  };
}

/** Asked what they are about (the plan's `describe`): each record's line with what it covers, where it was its name. */
function described(r: Extract<Result, { op: 'list' }>, dataset: Dataset, said: Said): Said {
  if (!r.describe || !said.lines.length) return said;
  const plain = listLines(r.items, recordLine(dataset));
  if (plain.length !== said.lines.length || plain.some((l, i) => l !== said.lines[i])) return said;
  return { ...said, lines: listLines(r.items, describedLine(dataset)) };
}

function sayListOf(r: Extract<Result, { op: 'list' }>, dataset: Dataset, u: Understanding): Said {
  const sources = r.sources;
  if (r.select === 'pillars')
    return {
      sentence: `The SCI has ${r.items.length} pillars: ${joinList(r.items.map((i) => i.name.toLowerCase()))}.`,
      lines: [],
      refs: [],
      sources,
    };
  if (r.select === 'meetings' && (r.filter.place || r.filter.reported)) {
    const ms = r.items.flatMap((i) => (i.ref ? [dataset.meeting(i.ref.id)] : [])).filter((m): m is Meeting => !!m);
    const want = r.filter.reported;
    const others = dataset.meetings.filter((m) => m.number > 0 && !ms.includes(m));
    const heldAs = (xs: readonly Meeting[]) =>
      xs.map((m) => `${the(m)} (${meetingDate(m)}) was held ${placePhrase(m.place.value)}`).join('; ');
    // In person: the sources name where a meeting was held, not that people met face to face; say what they say.
    if (r.filter.place === 'in person')
      return {
        sentence: ms.length
          ? `The sources give ${ms.length === 1 ? 'one JIC meeting' : `${ms.length} JIC meetings`} a place rather than a video link: ${heldAs(ms)} (they say no more about how it was held)${others.length ? `. The others were held by video: ${heldAs(others)}` : ''}.`
          : `No JIC meeting in the sources was held in person: ${heldAs(others)}.`,
        lines: [],
        refs: refsOf(r.items),
        sources,
      };
    const figureOf = (m: Meeting) => (want?.select === 'mous' ? m.newMous.value : m.newProjects.value) ?? 0;
    const unknownNote = r.uncounted?.length
      ? `; the sources give no count for ${joinList(r.uncounted.map((m) => the(m)))}`
      : '';
    // ("Which meeting had double the MOUs of the 2nd?": the factor said with the named meeting's own count; asked yes/no,
    // "was there one", Yes or No first.)
    const of = want?.of ? dataset.meetingByNumber(want.of.meeting) : undefined;
    if (want?.of && of) {
      const verb = want.select === 'mous' ? 'signed' : 'launched';
      const times = `${claimedTimes(want.of.factor)} as ${the(of)} (${figureOf(of)})`.replace(
        /^as many as as /,
        'as many as ',
      );
      const asked = u.target === 'yesno' || /^ (?:did|does|do|was|were|is|are|has|have|had) /.test(u.q.text);
      const lead = asked ? (ms.length ? 'Yes: ' : 'No: ') : '';
      const body = ms.length
        ? `${joinList(ms.map((m) => `${the(m)} (${meetingDate(m)})`))} ${verb} ${noun(want.value, want.select)}${ms.length > 1 ? ' each' : ''}, ${times}`
        : `no other JIC meeting ${verb} ${noun(want.value, want.select)}, ${times}: ${joinList(
            others
              .filter((m) => m !== of && figureOf(m) !== null && !r.uncounted?.includes(m))
              .map((m) => `${the(m)} ${verb} ${figureOf(m)}`),
          )}`;
      return { sentence: `${capitalise(`${lead}${body}`)}${unknownNote}.`, lines: [], refs: refsOf(r.items), sources };
    }
    const sentence =
      want && r.filter.exclude
        ? ms.length
          ? `${capitalise(joinList(ms.map((m) => `${the(m)} (${meetingDate(m)}) ${want.select === 'mous' ? 'signed' : 'launched'} ${noun(figureOf(m), want.select)}`)))}, not ${want.value}${unknownNote}.`
          : `Every JIC meeting the sources give a count for ${want.select === 'mous' ? 'signed' : 'launched'} ${noun(want.value, want.select)}${unknownNote}.`
        : want
          ? ms.length
            ? `${capitalise(joinList(ms.map((m) => `${the(m)} (${meetingDate(m)})`)))} ${want.select === 'mous' ? 'signed' : 'launched'} ${noun(want.value, want.select)}${ms.length > 1 ? ' each' : ''}.`
            : `No JIC meeting in the sources ${want.select === 'mous' ? 'signed' : 'launched'} ${noun(want.value, want.select)}.`
          : ms.length
            ? `${ms.length > 1 ? `${ms.length} JIC meetings: ` : ''}${ms.map((m) => `${ms.length > 1 ? the(m) : capitalise(the(m))} (${meetingDate(m)}) was held ${placePhrase(m.place.value)}`).join('; ')}.`
            : `No JIC meeting in the sources was held in ${capitalise(r.filter.place ?? '')}: ${dataset.meetings
                .filter((m) => m.number > 0)
                .map((m) => `${the(m)} was held ${placePhrase(m.place.value)}`)
                .join('; ')}.`;
    return { sentence, lines: [], refs: refsOf(r.items), sources };
  }
  // "Where are the JIC meetings held?", "list each meeting with its date and place": each one's place or mode, as its
  // sources give it; a date asked with the other reading its sources give (the 1st JIC's release dated a day later).
  const dated = (m: Meeting) =>
    r.show?.includes('date') && m.date.note && /\b\d{4}\b/.test(m.date.note)
      ? `${meetingDate(m)}; ${m.date.note}`
      : meetingDate(m);
  if (r.select === 'meetings' && (u.target === 'where' || r.show?.includes('place'))) {
    const ms = r.items.flatMap((i) => (i.ref ? [dataset.meeting(i.ref.id)] : [])).filter((m): m is Meeting => !!m);
    return {
      sentence: `${ms.length} JIC meetings are in the sources: ${ms.map((m) => `${the(m)} (${dated(m)}) was held ${placePhrase(m.place.value)}`).join('; ')}.`,
      lines: [],
      refs: refsOf(r.items),
      sources: [...new Set([...sources, ...ms.flatMap((m) => m.place.sources)])],
    };
  }
  if (r.select === 'meetings')
    return {
      sentence: `${r.filter.meetings?.length ? `${r.items.length} of the ${dataset.meetings.filter((m) => m.number > 0).length} JIC meetings in the sources` : `${r.items.length} JIC meetings are in the sources`}: ${joinList(
        r.items.map((i) => {
          const m = i.ref ? dataset.meeting(i.ref.id) : undefined;
          return `the ${i.name.replace(/ meeting$/, '')} (${m ? dated(m) : formatDate(i.detail)})`;
        }),
      )}.`,
      lines: [],
      refs: refsOf(r.items),
      sources,
    };
  if (r.select === 'highlights') {
    // Every meeting's, none asked: how many each named, and how to see them (never one meeting's as the SCI's).
    if (r.meetings.length > 1)
      return {
        sentence: `The sources name outcomes meeting by meeting: ${joinList(r.meetings.map((x) => `${the(x.meeting)} (${meetingDate(x.meeting)}) ${x.meeting.highlights.length}`))}. Ask about one meeting ("what happened at the 3rd JIC?") for its outcomes.`,
        lines: [],
        refs: r.meetings.map((x) => ({ kind: 'meeting' as const, id: x.meeting.id })),
        sources,
      };
    const m = r.meetings[0]?.meeting;
    return {
      sentence: `Named at ${m ? `${the(m)} (${meetingDate(m)})` : 'the meeting'}:`,
      lines: listLines(r.items),
      refs: m ? [{ kind: 'meeting', id: m.id }] : [],
      sources,
    };
  }
  if (r.select === 'partners') {
    const group = r.filter.group ? dataset.group(r.filter.group) : undefined;
    const words = partnerWords(r.filter, r.label);
    const scope = [
      r.filter.without && !r.filter.via ? `named in no ${r.filter.without === 'mous' ? 'MOU' : 'project'} on file` : '',
      words.country,
      words.kind,
      // How they take part, when the list was narrowed to it ("partners in both an MOU and a project"); "only" one
      // kind: named in that kind and in none of the other.
      r.filter.via
        ? `${VIA[r.filter.via].named}${r.filter.without ? ` and in no ${r.filter.without === 'mous' ? 'MOU' : 'project'} on file` : ''}`
        : '',
      placeScope(r.filter).trim(),
      counterpartScope(r.filter).trim(),
      r.filter.group === 'unlabelled'
        ? "in Annex A's first group of MOUs"
        : group
          ? `in the ${group.label.replace(/^Strategic pillar: /, '')} group of Annex A`
          : '',
      r.filter.meetings?.length
        ? `at ${joinList(
            r.filter.meetings.map((n) => {
              const m = dataset.meetingByNumber(n);
              return m ? the(m) : '';
            }),
          )}`
        : '',
      ...negatedScope(r.filter, dataset, true),
    ]
      .filter(Boolean)
      .join(' ');
    const label = words.label;
    // A place read off names: the sources give partners' countries, never their cities ("a Hong Kong uni" may be
    // CUHK-Shenzhen, whose name holds Hong Kong but which is in Shenzhen).
    const cities = r.filter.named ? citiesNote(words.label, r.elsewhere) : '';
    // "Neither from Singapore nor China": none — every one on file is from one of them, save those left unclear.
    if (!r.items.length && r.outOf && r.filter.notCountries?.length)
      return {
        sentence: `No ${label} ${scope} are in the records on file: ${r.outOf.all - r.outOf.unclear.length} of the ${r.outOf.all} are from ${r.filter.notCountries.join(' or ')}${r.outOf.unclear.length ? `, and the sources leave the country of ${joinList(r.outOf.unclear)} unclear` : ''}.`,
        lines: [],
        refs: [],
        sources,
      };
    // A kind no table knows ("hospitals", "banks"): what the partners are instead, and where the sources speak of it.
    if (!r.items.length && r.filter.kind && !(r.filter.kind in KIND_TESTS))
      return freeKindNone(label, scope, r.filter.kind, dataset, sources);
    if (!r.items.length)
      return {
        sentence: `No ${label} ${scope} are in the records on file.${cities}${unnamedNote(r.unnamed)}${unnamedMeetingsNote(dataset, r.filter.meetings)}`,
        lines: [],
        refs: [],
        sources,
      };
    // Partners listed by country: say how many of those countries are our reading, not the sources' words.
    const read = r.filter.country
      ? r.items.filter((i) => i.ref && dataset.organisation(i.ref.id)?.countryStated === false).length
      : 0;
    const caveat = `${read ? ` (for ${read} of them the country is inferred: the sources don't state it)` : ''}${kindsNote(dataset, r.items, r.filter.kind)}`;
    // Those the sources mention without naming are part of the answer too: say how many, and how they are described.
    const unnamed = unnamedNote(r.unnamed);
    // ("Who handles robotics?": the topic the records are about, said — the names alone don't say why they are listed.)
    const about = r.filter.topics?.length
      ? ` about ${joinList(r.filter.topics.map((t) => topicSpelling(dataset, t)))}`
      : '';
    return {
      sentence: `${r.items.length} ${r.items.length === 1 ? label.replace(/ies$/, 'y').replace(/s$/, '') : label}${scope ? ` ${scope}` : ''} ${r.items.length === 1 ? 'is' : 'are'} in the records on file${about}${caveat}: ${namesWithin(
        r.items.map((i) => i.name),
        NAMES_IN_LIST,
      )}.${cities}${unnamed}`,
      lines: [],
      refs: refsOf(r.items),
      sources,
    };
  }
  // MOUs or projects.
  const m = r.meetings.length === 1 ? r.meetings[0] : undefined;
  const what = r.select === 'mous' ? 'MOUs' : 'projects';
  // "Any MOUs in 2019?": the founding MOU itself was signed then — never "none" (the JIC meetings' MOUs came after).
  if (m && m.meeting.number === 0 && r.select === 'mous' && !r.items.length)
    return {
      sentence: `The founding MOU itself was signed on ${meetingDate(m.meeting)}, ${m.meeting.place.value.replace(/^([A-Z])/, (c) => `in ${c}`)}; the sources name no other MOU then: the JIC meetings' MOUs came after it.`,
      lines: [],
      refs: [{ kind: 'meeting', id: m.meeting.id }],
      sources: [...new Set([...m.meeting.date.sources, ...m.meeting.place.sources])],
    };
  if (m) {
    const verb = r.select === 'mous' ? 'were signed' : 'new projects were launched';
    const head =
      m.reported === null
        ? `The sources don't say how many ${what} came from ${the(m.meeting)} (${meetingDate(m.meeting)})`
        : `${r.select === 'mous' ? noun(m.reported, 'mous') : m.reported} ${verb} at ${the(m.meeting)} (${meetingDate(m.meeting)})`;
    const tail =
      r.items.length === 0
        ? m.reported
          ? `; the sources do not name them, so none is on file.${r.select === 'mous' ? outcomePartiesNote(dataset, m.meeting) : ''}`
          : '; none is on file.'
        : m.reported !== null && r.items.length >= m.reported
          ? `; all ${r.items.length} are on file:`
          : `; ${r.items.length} ${r.items.length === 1 ? 'is' : 'are'} on file by name:`;
    return {
      sentence: `${head}${tail}`,
      lines: listLines(r.items, recordLine(dataset)),
      refs: [{ kind: 'meeting', id: m.meeting.id }, ...refsOf(r.items)],
      sources:
        r.items.length || !m.reported || r.select !== 'mous'
          ? sources
          : [...new Set([...sources, ...outcomeSources(dataset, [m.meeting.number])])],
    };
  }
  // Several meetings and nothing else ("which MOUs were signed before the 4th JIC?"): what they reported together, then
  // those on file — never the records on file alone, as if they were all (8 + 4 + 8 reported, only the 2nd's 4 named).
  if (r.meetings.length > 1 && Object.keys(r.filter).every((k) => k === 'meetings')) {
    const known = r.meetings.filter((x) => x.reported !== null);
    const sum = known.reduce((a, x) => a + (x.reported ?? 0), 0);
    const at = joinList(r.meetings.map((x) => the(x.meeting)));
    const verb = r.select === 'mous' ? 'signed' : 'launched';
    // (Counts missing for some, from the first meeting on: the running total reported then leads, as a count's does —
    // never "14 projects were launched at the 1st, 2nd and 3rd" when 29 had been by then.)
    const against = reportedAgainst(r.meetings, sum);
    const head = against?.gap
      ? `${noun(against.total, r.select)} had been ${verb} by ${the(against.meeting)} (${meetingDate(against.meeting)}), as reported then; the sources give a count for ${joinList(known.map((x) => `the ${ord(x.meeting)} (${x.reported})`))} only`
      : known.length
        ? `${noun(sum, r.select)} were ${verb} at ${at} (${joinList(known.map((x) => `${noun(x.reported ?? 0, r.select)} at the ${ord(x.meeting)}`))})${known.length < r.meetings.length ? `; the sources give no count for ${joinList(r.meetings.filter((x) => x.reported === null).map((x) => the(x.meeting)))}` : ''}`
        : `The sources give no count of the ${what} ${verb} at ${at}`;
    const onFile = r.items.length
      ? `; ${r.items.length === sum ? `all ${sum} are` : `${r.items.length} ${r.items.length === 1 ? 'is' : 'are'}`} on file by name:`
      : '; none is on file by name.';
    return {
      sentence: `${head}${onFile}`,
      lines: listLines(r.items, recordLine(dataset)),
      refs: refsOf(r.items),
      sources,
    };
  }
  // (A brand names the entity that is a party of the records listed: ONE Championship China signed the MOU.)
  const records = r.items.flatMap((i): Array<Mou | Project | undefined> =>
    i.ref?.kind === 'mou' ? [dataset.mou(i.ref.id)] : i.ref?.kind === 'project' ? [dataset.project(i.ref.id)] : [],
  );
  const kept = records.filter((x): x is Mou | Project => !!x);
  const parties = new Set(kept.flatMap((x) => partyLineage(dataset, x)));
  const brands = orgNames(dataset, r.filter, kept);
  const scope = scopeText(
    r.filter,
    dataset,
    (r.filter.orgs ?? []).map((g, i) =>
      !kept.length || parties.has(g[0] ?? '') ? (dataset.organisation(g[0] ?? '')?.name ?? '') : (brands[i] ?? ''),
    ),
  );
  // Nothing on file names the partner asked: the honest "none of the N on file", never a flat "no".
  // ("PKU's MOUs other than with Keppel": none left is no "none names PKU" — the one with Keppel does.)
  const onlyOrgs =
    r.filter.orgs?.length === 1 &&
    !r.filter.kind &&
    !r.filter.country &&
    !r.filter.group &&
    !r.filter.topics &&
    !r.filter.notOrgs?.length;
  if (!r.items.length && onlyOrgs && (r.select === 'mous' || r.select === 'projects')) {
    const none = noneOnFile(
      dataset,
      r.select,
      r.filter.orgs?.[0] ?? [],
      dataset.organisation(r.filter.orgs?.[0]?.[0] ?? '')?.name ?? '',
      r.filter.meetings ?? [],
    );
    return { ...none, lines: [], sources: [...new Set([...(none.sources ?? []), ...sources])] };
  }
  // None about a topic: none of those on file, which the sources report more of.
  const total = dataset.figures.latestTotals;
  const onFileOf =
    r.select === 'mous' ? dataset.mous.length : dataset.projects.filter((p) => p.kind === 'joint-project').length;
  const topicsOnly =
    !!r.filter.topics?.length && Object.keys(r.filter).every((k) => k === 'topics' || k === 'anyTopic');
  if (!r.items.length) {
    // Nearly what was asked: those about all the topics but one, and the one they don't name.
    const nearly =
      topicsOnly && (r.select === 'mous' || r.select === 'projects')
        ? allButOne(dataset, r.select, r.filter)
        : undefined;
    if (nearly && (r.select === 'mous' || r.select === 'projects')) return sayAllButOne(dataset, r.select, nearly);
    // A word the records don't use, with a near topic they do ("hospitals" → healthcare): the nearest, labelled so.
    const near = topicsOnly ? nearestOnFile(dataset, r.filter.topics ?? []) : undefined;
    // None of the kind asked, but some of the other kind on that topic ("no project on invoices; 1 MOU: DataPost …").
    const otherKind = r.select === 'mous' ? 'projects' : 'mous';
    const others =
      topicsOnly && (r.select === 'mous' || r.select === 'projects') ? selectRecords(dataset, otherKind, r.filter) : [];
    if (others.length)
      return {
        sentence: `No ${what} on file ${scope}${total ? ` (${onFileOf} of the ${r.select === 'mous' ? total.mous : total.projects} reported are on file by name)` : ''}, but ${noun(others.length, otherKind)} on file ${others.length === 1 ? 'is' : 'are'}: ${joinList(others.slice(0, 4).map((x) => `${displayName(x)} (${dataset.meeting(x.meeting)?.name ?? ''})`))}.`,
        lines: [],
        refs: others.slice(0, 3).map((x) => ({ kind: 'parties' in x ? 'mou' : 'project', id: x.id }) as Ref),
        sources: [...new Set(others.flatMap((x) => x.description.sources))],
      };
    // No record on file, but a meeting's outcome speaks of it ("AI for logistics", "smart-agriculture robots"): said,
    // so "none on file" never reads as "the sources never mention it".
    // (At a meeting asked — "the 3rd JIC's projects about climate", most of them unnamed — that meeting's outcomes.)
    const atMeetings =
      !!r.filter.topics?.length &&
      !!r.filter.meetings?.length &&
      Object.keys(r.filter).every((k) => k === 'topics' || k === 'anyTopic' || k === 'meetings');
    const inScope = (x: { meeting: Meeting }) => !atMeetings || (r.filter.meetings ?? []).includes(x.meeting.number);
    const direct = topicsOnly || atMeetings ? outcomesAbout(dataset, r.filter.topics ?? []).filter(inScope) : [];
    // (None speaks of it, but of what is nearest — "startups": the incubator, the entrepreneurship pillar — said so.)
    const nearWords = direct.length || !(topicsOnly || atMeetings) ? [] : nearOutcomeWords(r.filter.topics ?? []);
    const spoken = direct.length
      ? direct
      : [
          ...new Map(
            nearWords.flatMap((w) => outcomesAbout(dataset, [w]).filter(inScope)).map((x) => [x.text, x]),
          ).values(),
        ].slice(0, 2);
    // (Records of that scope on file in the nearest words — the 3rd JIC's carbon-capture project for "climate" — are
    // named first: "no projects about climate" alone would be false by omission.)
    const nearRecords =
      nearWords.length && (r.select === 'mous' || r.select === 'projects')
        ? nearWords
            .map((w) => ({
              w,
              found: selectRecords(dataset, r.select as 'mous' | 'projects', { ...r.filter, topics: [w] }),
            }))
            .filter((x) => x.found.length)
        : [];
    const nearFound = [...new Set(nearRecords.flatMap((x) => x.found))];
    const inWords = nearFound.length
      ? ` in those words; the nearest on file ${nearFound.length === 1 ? 'is' : 'are'} about ${joinList(nearRecords.map((x) => x.w))}: ${joinList(nearFound.slice(0, 4).map((x) => displayName(x)))}`
      : '';
    const outcomes = spoken.length
      ? ` The sources ${direct.length ? 'do speak of it' : `speak of what is nearest (${joinList([...nearWords])})`}, in ${spoken.length === 1 ? 'an outcome' : 'outcomes'} of ${joinList([...new Set(spoken.map((x) => `${the(x.meeting)} (${meetingDate(x.meeting)})`))])}: ${spoken
          .slice(0, 2)
          .map((x) => x.text.replace(/\.$/, ''))
          .join('; ')}.`
      : '';
    return {
      // (A name that ends in a full stop, "Co., Ltd.", ends the sentence with it.)
      sentence:
        `No ${what} on file ${scope}${topicsOnly && total ? ` (${onFileOf} of the ${r.select === 'mous' ? total.mous : total.projects} reported are on file by name)` : ''}${undecidedNote(dataset, r.select, r.filter)}${inWords}.${outcomes}${near && !outcomes ? ` The nearest on file, about ${near.topic}: ${joinList(near.records.map((x) => displayName(x)))}.` : ''}`.replace(
          /(?<!\.)\.\.(?!\.)/g,
          '.',
        ),
      lines: [],
      refs: near
        ? near.records.map((x) => ({ kind: 'parties' in x ? 'mou' : 'project', id: x.id }) as Ref).slice(0, 3)
        : nearFound.length
          ? nearFound.map((x) => ({ kind: 'parties' in x ? 'mou' : 'project', id: x.id }) as Ref).slice(0, 3)
          : spoken.slice(0, 2).map((x) => ({ kind: 'meeting', id: x.meeting.id }) as Ref),
      sources: [
        ...new Set([
          ...sources,
          ...spoken.flatMap((x) => x.sources),
          ...(near ? near.records.flatMap((x) => x.description.sources) : []),
        ]),
      ],
    };
  }
  // Every MOU or project, no filter: what the sources report in all, then how many of them are on file by name.
  if (!scope && total) {
    const reported = r.select === 'mous' ? total.mous : total.projects;
    return {
      sentence: `${noun(reported, r.select)} ${r.select === 'mous' ? 'have been signed' : 'have been initiated'} to date, as reported after ${the(total.meeting)} (${meetingDate(total.meeting)}); ${r.items.length} of them are on file here by name:`,
      lines: listLines(r.items, recordLine(dataset)),
      refs: refsOf(r.items),
      sources: [...(total.meeting.totals?.sources ?? []), ...sources],
    };
  }
  return {
    sentence: `${noun(r.items.length, r.select)} on file${scope ? ` ${scope}` : ''}${undecidedNote(dataset, r.select, r.filter)}:`,
    lines: listLines(r.items, recordLine(dataset)),
    refs: refsOf(r.items),
    sources,
  };
}

/**
 * No record of the kind speaks of every topic asked ("AI for e-commerce logistics"): those that speak of all but one
 * of them (e-commerce and logistics), and the one their text does not name (AI) — the tightest such set, so the most
 * general word is the one left out. Never a bare "none" when the records hold nearly what was asked.
 */
export function allButOne(
  dataset: Dataset,
  select: 'mous' | 'projects',
  f: Filter,
): { lacking: string; topics: string[]; records: Array<Mou | Project> } | undefined {
  const topics = f.topics ?? [];
  // (Topics asked as alternatives: a record about any one is no near miss — there is none of any.)
  if (topics.length < 2 || f.anyTopic) return undefined;
  // (A yes/no and the list under it ask the same: worked out once per Dataset, in a small memo.)
  const memo = allButOneMemo(dataset);
  const key = `${select}|${JSON.stringify(f)}`;
  if (memo.has(key)) return memo.get(key);
  const found = topics
    .map((lacking) => {
      const rest = topics.filter((t) => t !== lacking);
      return { lacking, topics: rest, records: selectRecords(dataset, select, { ...f, topics: rest }) };
    })
    .filter((o) => o.records.length)
    // (The fewest first — the nearest miss — but an area asked, "AI projects for sustainability", is kept: what lacks
    // is the narrower word.)
    .sort((a, b) => areaKept(b) - areaKept(a) || a.records.length - b.records.length)[0];
  if (memo.size >= 256) memo.clear();
  memo.set(key, found);
  return found;
}
type AllButOne = { lacking: string; topics: string[]; records: Array<Mou | Project> };
const areaKept = (o: { topics: readonly string[] }) => (o.topics.some((t) => narrowerTopics(t).length) ? 1 : 0);
const allButOneMemo = perDataset(() => new Map<string, AllButOne | undefined>());

/** The sentence of `allButOne`, and its records as list lines. */
export function sayAllButOne(
  dataset: Dataset,
  select: 'mous' | 'projects',
  near: NonNullable<ReturnType<typeof allButOne>>,
): Said {
  const items: Item[] = near.records.map((r) => ({
    name: displayName(r),
    ref: { kind: 'parties' in r ? 'mou' : 'project', id: r.id },
    detail: dataset.meeting(r.meeting)?.name ?? '',
  }));
  const n = near.records.length;
  const asked = [...near.topics, near.lacking];
  const spoken = outcomesAbout(dataset, asked);
  const outcome = spoken[0];
  // Only the outcome's clause that speaks of them all ("…, notably AI for logistics in e-commerce, …").
  const res = outcome ? topicWords(asked) : [];
  const clause = outcome
    ? (outcome.text.split(/;\s*/).find((c) => res.every((re) => re.test(c))) ?? outcome.text).replace(/\.?$/, '.')
    : '';
  const spelling = new Map(asked.map((t) => [t, topicSpelling(dataset, t)]));
  const spelt = (ts: readonly string[]) => joinList(ts.map((t) => spelling.get(t) ?? t));
  return {
    sentence: `${noun(n, select)} on file ${n === 1 ? 'is' : 'are'} about ${spelt(near.topics)}, though ${n === 1 ? 'its description does' : 'their descriptions do'} not name ${spelling.get(near.lacking) ?? near.lacking}${outcome ? `; the sources on ${the(outcome.meeting)} (${meetingDate(outcome.meeting)}) speak of ${spelt(asked)} together, without naming which ${select === 'mous' ? 'MOU' : 'project'}: ${capitalise(clause)}` : '.'}`,
    lines: listLines(items, recordLine(dataset)),
    refs: refsOf(items),
    sources: [...new Set([...near.records.flatMap((r) => r.description.sources), ...spoken.flatMap((x) => x.sources)])],
  };
}

const topicWords = (topics: readonly string[]) =>
  topics.map((t) => new RegExp(`\\b${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]')}`, 'i'));

/**
 * Where outcomes speak of something, after "The sources also speak of X": "in outcomes of the 2nd JIC meeting (18 Oct
 * 2021): …; …." — the meetings once each, the first two outcomes' words.
 */
export function inOutcomes(spoken: ReadonlyArray<{ meeting: Meeting; text: string }>): string {
  const meetings = [...new Set(spoken.map((x) => x.meeting))];
  return `in ${spoken.length === 1 ? 'an outcome' : 'outcomes'} of ${joinList(meetings.map((m) => `${the(m)} (${meetingDate(m)})`))}: ${spoken
    .slice(0, 2)
    .map((x) => x.text.replace(/\.$/, ''))
    .join('; ')}.`;
}

// Words that only look like a topic: the Demonstration Zone's "start-up area" (启动区, its first phase) speaks of no
// start-ups.
const FALSE_FRIENDS = /\bstart-up area\b/gi;

/** Meetings' outcomes whose own text speaks of every topic asked (each as a word, in any case: "AI", "logistics"). */
export function outcomesAbout(
  dataset: Dataset,
  topics: readonly string[],
): Array<{ meeting: Meeting; text: string; sources: readonly string[] }> {
  // (Asked often with the same topics — a yes/no, its list, the all-but-one check: worked out once per Dataset.)
  const memo = outcomesMemo(dataset);
  const key = topics.join('|');
  const hit = memo.get(key);
  if (hit) return hit;
  const words = topicWords(topics);
  // (Unless the start-up area itself is asked.)
  const asksFriend = /\bstart[\s-]?up area\b/i.test(topics.join(' '));
  const found = dataset.meetings.flatMap((m) =>
    m.highlights
      .filter((h) => {
        const text = asksFriend ? h.text : h.text.replace(FALSE_FRIENDS, '');
        return words.every((re) => re.test(text));
      })
      .map((h) => ({ meeting: m, text: h.text, sources: h.sources })),
  );
  // (Topics come from what people type: the memo is kept small.)
  if (memo.size >= 256) memo.clear();
  memo.set(key, found);
  return found;
}
type Outcomes = Array<{ meeting: Meeting; text: string; sources: readonly string[] }>;
const outcomesMemo = perDataset(() => new Map<string, Outcomes>());

/**
 * "Which hospitals take part?": none of the partners on file is of that kind by its kind or its name — said with what
 * they are (the kinds on file, most first), and the outcomes that speak of that kind ("banks" in TradeTrust's trials).
 */
export function freeKindNone(
  label: string,
  scope: string,
  kind: string,
  dataset: Dataset,
  sources: readonly string[],
): Said {
  const kinds = partnerKinds(dataset);
  const one = kind.replace(/ies$/, 'y').replace(/(?<=[^s])s$/, '');
  const spoken = outcomesAbout(dataset, [one]);
  const where = spoken.length
    ? ` The sources speak of ${kind} in ${spoken.length === 1 ? 'an outcome' : 'outcomes'} of ${joinList([...new Set(spoken.map((x) => `${the(x.meeting)} (${meetingDate(x.meeting)})`))])}: ${spoken
        .slice(0, 1)
        .map((x) => x.text.replace(/\.$/, ''))
        .join('; ')}.`
    : '';
  return {
    sentence: `No ${label}${scope ? ` ${scope}` : ''} are in the records on file: no partner's kind or name says so (they are ${joinList([...kinds.slice(0, 3), 'a few others'])}).${where}`,
    lines: [],
    refs: [],
    sources: [...new Set([...sources, ...spoken.flatMap((x) => x.sources)])],
  };
}

/** The partners' kinds on file, most first, said in the plural ("companies", "universities", "government bodies"). */
const partnerKinds = perDataset((dataset: Dataset): string[] => {
  const counts = new Map<string, number>();
  for (const o of dataset.organisations) counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k]) => k.replace(/y$/, 'ie').replace(/$/, 's'));
});
