// "What is / who / when / where …?": one attribute of one record, person or meeting read out.
import { announcingRelease, partClaimed, partOfDay, publisherShown } from '../timing.js';
import { type Understanding, withoutMentions } from '../understand.js';
import type { Dataset, Party } from '../../dataset/index.js';
import { capitalise, formatDate, joinList, meetingDate, partyName, placePhrase, plural, truncate } from '../format.js';
import { displayName, type Item, type Result } from '../run.js';
import { brandLead, inCommon, sentences, whatEachDid, whatEachOfThemDid } from '../pair.js';
import { firstSentence, joinedAt, ord, overviewLines, refsOf, type Said, the } from './common.js';
import { sayZone } from './zone.js';
import { BOTH_KINDS, SAME_RECORD } from '../plan/asked.js';
import { TOGETHER } from '../plan/per-entity.js';
import { WHY } from './why.js';
import { sayOrg } from './org.js';
import { pairLead } from './pair-lead.js';
import { asksWhatItIs, definitionOf, type Definition, outcomeDefinition } from '../define.js';
import { sayChairs } from './chairs.js';
import { AS_AT, datedIn, figureIn, figuresOf, ownDateBesides, rankAsked, summedIn, type Figure } from '../figures.js';
import { personAt, sayPersonAt } from '../people.js';
import type { Subjectref } from '../plan/types.js';

type ReadResult = Extract<Result, { op: 'read' }>;

/** The question asks who holds something now ("the current mayor", "is Qin the mayor?", "who is … now"). */
const asksNow = (u: Understanding) =>
  / (?:current|currently|now|still|today|at present|present|incumbent|anymore|any more) /.test(u.q.text) ||
  /^ (?:is|are) /.test(u.q.text);

/**
 * When the sources give a person a role: from the first meeting that lists them (by its date) to the latest dated
 * mention — a meeting, or an event whose text names the role's title with them ("Shenzhen Mayor Qin Weizhong").
 */
function roleSpan(dataset: Dataset, name: string, role: string): { from: string; to: string } | undefined {
  const at = dataset.meetings.filter((m) => m.people.some((r) => r.people.some((p) => p.name === name)));
  const first = at[0];
  if (!first) return undefined;
  const title = role.split(/[ ,]/)[0] ?? '';
  const dates = [
    ...at.map((m) => m.date.value),
    ...(dataset.initiative.events ?? [])
      .filter((e) => e.text.includes(name) && title.length >= 4 && new RegExp(`\\b${title}\\b`).test(e.text))
      .map((e) => e.date),
  ].sort();
  const last = dates[dates.length - 1] ?? first.date.value;
  return { from: `${the(first)} (${meetingDate(first)})`, to: formatDate(last) };
}

/**
 * The partners of several groups as the records found name them: where a group is a brand with several entities, only
 * those among the records' parties ("ONE Championship China (Shanghai) Co., Ltd." for the MOU). Undefined when no
 * group is a family (the plain names stand).
 */
function entitiesNamed(dataset: Dataset, groups: readonly string[][], items: readonly Item[]): string | undefined {
  if (!groups.some((g) => g.length > 1)) return undefined;
  const parties = new Set(
    items.flatMap((i) => {
      const rec =
        i.ref?.kind === 'mou'
          ? dataset.mou(i.ref.id)
          : i.ref?.kind === 'project'
            ? dataset.project(i.ref.id)
            : undefined;
      const ps: readonly Party[] = rec ? ('parties' in rec ? rec.parties : rec.partners) : [];
      return ps.flatMap((p) => ('org' in p ? dataset.lineage(p.org) : []));
    }),
  );
  const each = groups.flatMap((g) => {
    const inRecords = g.filter((id) => parties.has(id));
    return (inRecords.length ? inRecords : g.slice(0, 1)).map((id) => dataset.organisation(id)?.name ?? id);
  });
  return joinList([...new Set(each)]);
}

/**
 * The latest dated event whose reported words say who co-chairs the committee and name this person ("Qin said … he
 * co-chairs the committee with Joseph Leong", 12 Apr 2024): said as reported speech, with its date and publisher.
 */
function latestOnChairs(dataset: Dataset, name: string): string {
  const said = (dataset.initiative.events ?? [])
    .flatMap((e) => (e.quotes ?? []).map((q) => ({ e, q })))
    .filter(({ q }) => /co-?chair/i.test(q.text) && (q.by === name || q.text.includes(name)))
    .sort((x, y) => y.e.date.localeCompare(x.e.date))[0];
  if (!said) return '';
  const clause = said.q.text.split(/,\s*(?:and\s+)?/).find((x) => /co-?chair/i.test(x)) ?? said.q.text;
  const by = said.q.sources.map((id) => dataset.source(id)?.publisher ?? id).join(' and ');
  return ` The latest word on the co-chairs: on ${formatDate(said.e.date)}, ${said.q.by} said, as ${by} reported, that ${clause}.`;
}

/** The people of one reading, "A (role) and B (role)". */
function peopleOf(value: string | null): string {
  return joinList((value ?? '').split('|').filter(Boolean));
}

// A place finer than the city asked of a meeting ("which venue", "what hotel", "exact location"): never given.
const VENUE_ASKED =
  / (?:venue|venues|building|hotel|hall|convention (?:centre|center)|exact (?:place|location|spot|address)|where exactly|which district|what district|address) /;

/**
 * "Who signed the Keppel MOU?", "who is in the QuikBot project?": each record said as what it is — the MOU and
 * who signed it, the project and whom it joins, with its meeting — never "signed or joined by". Asked who SIGNED,
 * the sources name the parties, not the people who put pen to paper. A project whose twin MOU has the same
 * parties says so once.
 */
function recordParties(r: ReadResult, u: Understanding, dataset: Dataset): string | undefined {
  const recs = r.items.flatMap((i) => {
    const rec =
      i.ref?.kind === 'mou' ? dataset.mou(i.ref.id) : i.ref?.kind === 'project' ? dataset.project(i.ref.id) : undefined;
    return rec && !('kind' in rec && rec.kind === 'demonstration-zone') ? [rec] : [];
  });
  if (!recs.length || recs.length !== r.items.length) return undefined;
  const asksSigned = / (?:sign|signed|signs|signing|signatories|signatory|inked) /.test(u.q.text);
  const sentences = recs.map((rec) => {
    const m = dataset.meeting(rec.meeting);
    const at = m ? `${ord(m)}, ${meetingDate(m)}` : '';
    const names = partyNamesOf(dataset, rec);
    const unnamed = !names.length;
    if ('parties' in rec) {
      const twin = (rec.relatedProjects ?? [])
        .map((id) => dataset.project(id))
        .find((p) => p && samePartiesAs(p.partners, rec.parties));
      return `The ${rec.name} MOU (${at}) was signed by ${joinList(names)}${twin ? `; the same partners' joint project from that meeting is on file too (${twin.name})` : ''}.`;
    }
    const twin = (rec.relatedMous ?? [])
      .map((id) => dataset.mou(id))
      .find((x) => x && samePartiesAs(x.parties, rec.partners));
    const label = `${displayName(rec)} (a joint project of the ${at})`;
    if (unnamed) return `The sources do not name the partners of ${label}.`;
    // (Rajah & Tann's office in Qianhai names one partner and no other: its own project, never "between" one.)
    if (names.length === 1) return `${label} is ${names[0]}'s, with no other partner named.`;
    return `${label} is between ${joinList(names)}${twin ? `; they also signed an MOU with each other at that meeting` : ''}.`;
  });
  const signers =
    asksSigned && recs.some((x) => partyNamesOf(dataset, x).length)
      ? ' The sources name the parties, not the people who signed for them.'
      : '';
  // "Who signed the EE Music MOU for Shenkun?", "…on behalf of Keppel?": a person asked, whom the sources never name —
  // said first, then the parties they do name.
  // ("Who at DataPost signed the Kingdee MOU?": a person of one party asked the same way.)
  const forParty = u.mentions.find(
    (m) =>
      m.type === 'org' &&
      / (?:for|on behalf of|representing) (?:the )?$|^ who (?:at|from|in) (?:the )?$/.test(u.q.text.slice(0, m.start)),
  );
  // ("Name of the Keppel executive who signed the PKU MOU": a person by their office, however it is asked.)
  const person =
    / (?:on behalf of|representing|personally|in person|(?:which|what|the|an?|its|their) (?:[a-z]+ ){0,2}(?:person|people|official|officials|individual|individuals|executive|executives|exec|execs|ceo|ceos|chief executive|director|directors|chairman|chairperson|boss|bosses|officer|officers)) /.test(
      u.q.text,
    );
  if (asksSigned && (forParty || person) && signers) {
    const party = forParty ? dataset.organisation(forParty.value)?.name : undefined;
    return `The sources don't name the people who signed it${party ? ` for ${party}` : ''}: they name the parties, not the people who signed for them. ${sentences.join(' ')}`.replace(
      /\.\./g,
      '.',
    );
  }
  return `${sentences.join(' ')}${signers}`.replace(/\.\./g, '.');
}

const partyNamesOf = (dataset: Dataset, rec: { parties: Party[] } | { partners: Party[] }) =>
  ('parties' in rec ? rec.parties : rec.partners).map((p) => partyName(dataset, p));

const samePartiesAs = (a: readonly Party[], b: readonly Party[]) => {
  const key = (ps: readonly Party[]) =>
    ps
      .map((p) => ('org' in p ? p.org : p.unnamed))
      .sort()
      .join('|');
  return a.length > 0 && key(a) === key(b);
};

/** Asked for a figure ("how many…", "how big…", "the size of…"): a number is what answers. */
/** ("Which partner has the biggest network?", "…a network of 10k companies?": the figure is what picks it.) */
const asksFigure = (u: Understanding) =>
  u.target === 'count' ||
  u.target === 'compare' ||
  / how (?:big|large|many|much) | size | number of | (?:vs|versus) | (?:biggest|largest|widest|greatest|highest|smallest|fewest|lowest) | of \d+ /.test(
    u.q.text,
  );

/** The figure a partner's or outcome's own text states for what was asked, led by its words ("118 … suppliers"). */
export function figureOf(r: ReadResult, u: Understanding): Figure | undefined {
  if (r.attribute !== 'about' || !asksFigure(u)) return undefined;
  const texts = [
    ...r.readings.map((x) => x.value ?? ''),
    ...r.items.filter((i) => i.detail?.startsWith('highlight|')).map((i) => i.name),
  ];
  for (const t of texts) {
    const f = figureIn(t, u.q.text);
    if (f) return f;
  }
  return undefined;
}

/**
 * The figures an outcome's text gives, ranked as asked ("the largest: 163 Chinese enterprise buyers, against 118 …"),
 * or undefined where the question ranks nothing or the text gives fewer than two figures.
 */
function rankedFigures(text: string, u: Understanding): string | undefined {
  const order = rankAsked(u.q.text, u.target === 'most' && !u.flags.fewest);
  const figures = figuresOf(text);
  if (!order || figures.length < 2) return undefined;
  const sorted = [...figures].sort((a, b) => (order === 'most' ? b.value - a.value : a.value - b.value));
  const top = sorted.filter((f) => f.value === sorted[0]?.value);
  const rest = sorted.filter((f) => !top.includes(f));
  const asAt = AS_AT.exec(text)?.[0];
  const lead = `The ${order === 'most' ? 'largest' : 'smallest'}: ${joinList(top.map((f) => f.words))}${top.length > 1 ? ' (a tie)' : ''}`;
  const then = [...(rest.length ? [`then ${rest.map((f) => f.words).join(', ')}`] : []), ...(asAt ? [asAt] : [])];
  return `${lead}${then.length ? ` (${then.join('; ')})` : ''}`;
}

/** "When was OneSME launched?": the date its own text gives for that act, not the reporting meeting's. */
export function datedOf(r: ReadResult, u: Understanding): string | undefined {
  if (r.about.type !== 'highlight' || (r.attribute !== 'date' && r.attribute !== 'launched' && u.target !== 'when'))
    return undefined;
  return datedIn(r.readings[0]?.value ?? '', u.q.text);
}

/**
 * "When was the AEO project launched?": an outcome the sources report as earlier work's progress was started before
 * the meeting that reports it, on a day they don't give — never that meeting's date as its start.
 */
export function launchedEarlier(r: ReadResult, u: Understanding): boolean {
  return (
    r.about.type === 'highlight' &&
    u.target === 'when' &&
    !datedOf(r, u) &&
    / (?:launch|launched|start|started|begin|began|set up|establish|established|create|created|initiate|initiated|kick off|kicked off) /.test(
      u.q.text,
    ) &&
    /\b(?:earlier|previous|progress)\b/i.test(r.readings[0]?.value ?? '')
  );
}

/** A figure as a reply's lead: "13 partners (as at 30 Jun 2021)". */
const figureLead = (f: Figure) => `${capitalise(f.span)}${f.noun ? ` ${f.noun}` : ''}${f.asAt ? ` (${f.asAt})` : ''}`;

export function sayRead(r: ReadResult, u: Understanding, dataset: Dataset): Said {
  // (Nothing said of it but its name: a meeting the dataset does not hold, a kind no reading covers.)
  return readOf(r, u, dataset) ?? { sentence: `${r.name}.`, lines: [], refs: r.refs, sources: r.sources };
}

/** The attribute asked of the thing asked, said by the thing's kind (one function each, below). */
function readOf(r: ReadResult, u: Understanding, dataset: Dataset): Said | undefined {
  const a = r.about;
  switch (a.type) {
    case 'meeting':
      return readOfMeeting(r, a, u, dataset);
    case 'record':
    case 'records':
      return readOfRecords(r, a, u, dataset);
    case 'org':
      return readOfOrg(r, u, dataset);
    case 'orgs':
      return readOfOrgs(r, u, dataset);
    case 'person':
      return readOfPerson(r, a, u, dataset);
    case 'highlight':
      return readOfHighlight(r, u);
    case 'initiative':
      return readOfInitiative(r, u, dataset);
    case 'committee':
      return readOfCommittee(r, u, dataset);
  }
  return undefined;
}

/**
 * A meeting's date, announcement, place, co-chairs or signers, quotes, or what happened there (undefined: no such
 * meeting).
 */
function readOfMeeting(
  r: ReadResult,
  a: Extract<Subjectref, { type: 'meeting' }>,
  u: Understanding,
  dataset: Dataset,
): Said | undefined {
  const base = { refs: r.refs, sources: r.sources };
  const m = dataset.meetingByNumber(a.number);
  if (!m) return undefined;
  const place = m.place.value;
  if (r.attribute === 'date') {
    const note = m.date.note
      ? ` (${m.date.note})`
      : m.announced
        ? ` (announced on ${formatDate(m.announced.value)})`
        : '';
    // "What time of day was the 2nd JIC?": the part of the day an outcome's text gives ("on the morning of …").
    const part = partOfDay(m, u);
    // ("Was the 1st JIC in the evening?": the part claimed, checked against the record's.)
    const claimed = part && partClaimed(u);
    const sentence =
      m.number === 0
        ? `The founding MOU was signed on ${meetingDate(m)} in ${place}.`
        : `${claimed ? (claimed === part ? 'Yes: the' : 'No: the') : 'The'} ${m.name} was held on ${part ? `the ${part} of ` : ''}${meetingDate(m)}, ${placePhrase(place)}${note}.${part ? ' The sources give no hour.' : ''}`;
    return { sentence, lines: [], ...base };
  }
  // "Who announced the 4th JIC's outcomes?": the publisher of the release that announced them (its press release).
  // (Asked of bodies too: "which Singapore agencies announced the 4th JIC outcomes?")
  if (r.attribute === 'announced' && (u.target === 'who' || u.target === 'list')) {
    const release = announcingRelease(dataset, m);
    if (release)
      return {
        sentence: `The ${m.name}'s outcomes were announced by ${publisherShown(release.publisher)}, in a press release${release.date ? ` dated ${formatDate(release.date)}` : ''}${release.title ? ` (“${release.title}”)` : ''}.`,
        lines: [],
        refs: r.refs,
        sources: [release.id],
      };
  }
  if (r.attribute === 'announced') {
    // ("When was the 1st JIC's release out?": no announcement date is filed apart, but the meeting's press release
    // is dated — IMDA's of 18 Jun 2020, the day after — so it is said, never "no separate date".)
    const release = m.announced ? undefined : announcingRelease(dataset, m);
    const by = release && publisherShown(release.publisher);
    return {
      sentence: m.announced
        ? `The release announcing the ${m.name} is dated ${formatDate(m.announced.value)}; the meeting itself was held on ${meetingDate(m)}.`
        : release?.date
          ? release.date === m.date.value
            ? `${by}'s press release on the ${m.name} is dated ${formatDate(release.date)}, the day the meeting was held.`
            : `${by}'s press release on the ${m.name} is dated ${formatDate(release.date)}; the meeting itself was held on ${meetingDate(m)}.`
          : `The sources give no separate announcement date for the ${m.name}; it was held on ${meetingDate(m)}.`,
      lines: [],
      ...base,
      ...(release ? { sources: [...new Set([release.id, ...base.sources])] } : {}),
    };
  }
  if (r.attribute === 'place')
    return {
      sentence:
        m.number === 0
          ? `The founding MOU was signed in ${place} (${meetingDate(m)}).`
          : `The ${m.name} (${meetingDate(m)}) was held ${placePhrase(place)}.${VENUE_ASKED.test(u.q.text) && !/virtual|video/i.test(place) ? " The sources don't say where in the city: they name no venue, building or district." : ''}`,
      lines: [],
      ...base,
    };
  if (r.attribute === 'chairs' || r.attribute === 'parties') {
    const readings = r.readings;
    const verb = m.number === 0 ? 'signed' : 'co-chaired';
    // One person asked beside the others ("who did Yong Ying-I sign it with?"): said from their side.
    const mine = personAt(u, m, readings);
    const fromSide = mine ? sayPersonAt(mine) : '';
    if (fromSide) return { sentence: fromSide, lines: [], ...base };
    if (readings.length === 1)
      return {
        sentence: `${capitalise(the(m))} (${meetingDate(m)}) was ${verb} by ${peopleOf(readings[0]?.value ?? '')}.`,
        lines: [],
        ...base,
      };
    return {
      sentence: `The sources differ on who ${verb} ${the(m)} (${meetingDate(m)}): ${readings.map((x) => `${x.label?.replace(/^Co-chairs \(|\)$/g, '') ?? 'one reading'}: ${peopleOf(x.value)}`).join('; ')}.`,
      lines: [],
      ...base,
    };
  }
  if (r.attribute === 'quote') {
    const person = u.mentions.find((x) => x.type === 'person')?.value;
    const quotes = r.readings.filter((x) => x.value && (!person || x.label === person || x.label === 'highlight'));
    if (quotes.length)
      return {
        sentence: quotes
          .map((x) =>
            x.label === 'highlight'
              ? `At ${the(m)}: ${x.value}`
              : `${x.label} said at ${the(m)} (${meetingDate(m)}): ${x.value}`,
          )
          .join(' '),
        lines: [],
        ...base,
        sources: quotes.flatMap((x) => [...x.sources]),
      };
    return {
      sentence: `The records on file hold no quote${person ? ` from ${person}` : ''} at ${the(m)}; open the meeting for what its sources report.`,
      lines: [],
      ...base,
    };
  }
  // about: what happened
  const mous = r.readings.find((x) => x.label === 'mous')?.value;
  const prj = r.readings.find((x) => x.label === 'projects')?.value;
  const figs = [
    mous ? `${plural(Number(mous), 'MOU')} ${Number(mous) === 1 ? 'was' : 'were'} signed` : '',
    prj ? `${prj} new projects were launched` : '',
  ].filter(Boolean);
  const sentence =
    m.number === 0
      ? `The founding MOU of the SCI was signed on ${meetingDate(m)} in ${place}.`
      : `At the ${m.name} (${meetingDate(m)}, ${placePhrase(place)})${figs.length ? `, ${joinList(figs)}` : ''}${prj ? '' : m.number > 0 ? ' (the sources give no project count)' : ''}.`;
  return {
    sentence,
    lines: overviewLines(r.items.filter((i) => !/^Eight MOUs were signed/.test(i.name))),
    ...base,
  };
}

/** One or more MOUs or projects: the zone's own record as the zone, parties, group, title, date, or what each is. */
function readOfRecords(
  r: ReadResult,
  a: Extract<Subjectref, { type: 'record' | 'records' }>,
  u: Understanding,
  dataset: Dataset,
): Said | undefined {
  const base = { refs: r.refs, sources: r.sources };
  // The zone's own record (alone, or among those a question's words picked): the zone as a whole.
  const zoneId = (a.type === 'record' ? [a.id] : a.ids).find(
    (id) => a.kind === 'project' && dataset.project(id)?.kind === 'demonstration-zone',
  );
  if (zoneId && (r.attribute === 'about' || r.attribute === 'date'))
    return sayZone({ ...r, about: { type: 'record', kind: 'project', id: zoneId } }, dataset, u);
  if (r.attribute === 'parties') {
    // Asked how many: the parties the record names (and those it mentions unnamed), counted first.
    const recs = (a.type === 'record' ? [a.id] : a.ids)
      .map((id) => (a.kind === 'mou' ? dataset.mou(id) : dataset.project(id)))
      .filter((x) => x !== undefined);
    const partiesOf = (x: (typeof recs)[number]) => ('parties' in x ? x.parties : x.partners);
    const shapes = new Set(
      recs.map((x) => `${partiesOf(x).length}|${partiesOf(x).filter((p) => 'unnamed' in p).length}`),
    );
    const [n = 0, unnamed = 0] = ([...shapes][0] ?? '').split('|').map(Number);
    // (Several records asked as one — NCS's three MOUs — are counted only when each names as many.)
    const counted =
      u.target === 'count' && recs.length && shapes.size === 1 && n
        ? `${plural(n, 'party', 'parties')}${recs.length > 1 ? ' each' : ''}${unnamed ? ` (${unnamed} of them not named)` : ''}${recs.length > 1 ? `, in ${plural(recs.length, a.kind === 'mou' ? 'MOU' : 'project')}` : ''}: `
        : '';
    const said = recordParties(r, u, dataset);
    if (said) return { sentence: `${counted}${said}`, lines: [], ...base };
    const parts = r.readings
      .filter((x) => x.value !== null)
      .map((x) => `${x.label}: ${joinList((x.value ?? '').split('|'))}`);
    const note = r.readings.some((x) => x.label === 'note') ? ' (the sources do not name the companies)' : '';
    // A record whose parties the sources never name (the Demonstration Zone's four projects): said so, never "by —".
    if (parts.length === 1 && !r.readings[0]?.value)
      return {
        sentence: `The sources don't name who signed or joined ${r.readings[0]?.label ?? r.name}.`,
        lines: [],
        ...base,
      };
    return {
      sentence: `${parts.length === 1 ? `Signed or joined by ${joinList((r.readings[0]?.value ?? '').split('|'))} — ${r.readings[0]?.label}` : parts.join('; ')}${note}.`,
      lines: [],
      ...base,
    };
  }
  if (r.attribute === 'group') {
    const lines = r.readings.map((x, i) => {
      // A project numbered in Annex B: its place there (Annex A lists the MOUs, by group).
      const ref = r.items[i]?.ref;
      const numbered = ref?.kind === 'project' ? dataset.project(ref.id) : undefined;
      const at = numbered ? dataset.meeting(numbered.meeting) : undefined;
      if (x.value === null && numbered?.number && at)
        return `${x.label} is project ${numbered.number} of Annex B, which lists the joint projects of ${the(at)}; the sources put no project under a pillar or group (Annex A groups only the MOUs).`;
      if (x.value === null)
        return `${x.label} is not in Annex A (which lists the 4th JIC's MOUs); the sources give it no group.`;
      if (x.value === 'unlabelled')
        return `${x.label} is in Annex A's first group; the source shows no heading for that group.`;
      return `${x.label} is in the ${dataset.group(x.value)?.label ?? x.value} group of Annex A.`;
    });
    return { sentence: lines.join(' '), lines: [], ...base };
  }
  if (r.attribute === 'title')
    return {
      sentence: r.readings
        .map((x) => (x.value ? `The MOU's title: ${x.value}` : `The sources give no title for ${x.label}.`))
        .join(' '),
      lines: [],
      ...base,
    };
  if (r.attribute === 'date') {
    const i = r.items[0];
    const [mname, date] = (i?.detail ?? '').split('|');
    return { sentence: `${i?.name} came out of the ${mname} (${formatDate(date)}).`, lines: [], ...base };
  }
  const zonePlace = r.readings.find((x) => x.label === 'zone place');
  if (zonePlace)
    return {
      sentence: `The ${dataset.initiative.demonstrationZone?.name ?? 'Demonstration Zone'} is in ${zonePlace.value}.`,
      lines: [],
      ...base,
    };
  // about / place: the description, as the source puts it.
  const items = r.items;
  // ("What did DataPost and Kingdee agree on?": the record asked by its two partners, said as what joins them.)
  const byParties = r.attribute === 'about' && a.type === 'record' ? recordByParties(a, u, dataset) : undefined;
  if (byParties) return { sentence: byParties, lines: [], ...base };
  if (r.readings.length === 1) {
    const [mname, date] = (items[0]?.detail ?? '').split('|');
    return {
      sentence: `${r.readings[0]?.label} (${mname}, ${formatDate(date)}): ${r.readings[0]?.value}`,
      lines: [],
      ...base,
    };
  }
  return {
    sentence: `${r.readings.length} records match:`,
    lines: r.readings.map((x) => `• ${x.label}: ${(x.value ?? '').slice(0, 160)}`),
    ...base,
  };
}

/** One partner: its profile (sayOrg), led by a figure its texts give where one is asked. */
function readOfOrg(r: ReadResult, u: Understanding, dataset: Dataset): Said | undefined {
  const said = sayOrg(r, u, dataset);
  const f = figureOf(r, u);
  // (Asked which partner has it, naming none: the partner leads, then its figure.)
  const holder = u.mentions.some((m) => m.type === 'org')
    ? undefined
    : r.about.type === 'org'
      ? dataset.organisation(r.about.ids[0] ?? '')
      : undefined;
  if (f && holder) return { ...said, sentence: `${holder.name} — ${f.span}: ${said.sentence}` };
  if (f) return { ...said, sentence: `${figureLead(f)}: ${said.sentence}` };
  // ("How many SME buyers does YiQiYe have?": a count its texts give no number for — said so before what they say.)
  if (u.target === 'count' && r.attribute === 'about')
    return { ...said, sentence: `The sources don't give a number for that. ${said.sentence}` };
  // ("What does TusStar do?": named only in a meeting's outcome, what that outcome's text says it is leads.)
  const records = r.items.some((i) => i.ref?.kind === 'mou' || i.ref?.kind === 'project');
  const outcome = records ? undefined : r.items.find((i) => i.detail?.startsWith('highlight|'));
  const def =
    outcome && r.attribute === 'about' && r.about.type === 'org'
      ? outcomeDefinition(outcome.name, u, r.about.ids[0] ?? '', dataset)
      : undefined;
  // (Then the outcome that names it, with its meeting, less the definition already said: one fact said once.)
  const [, mname, date] = (outcome?.detail ?? '').split('|');
  return def
    ? {
        ...said,
        sentence: `${def.sentence}. The sources name it at the ${mname} (${formatDate(date)}): ${(def.rest ?? outcome?.name ?? '').replace(/\.?$/, '.')}`,
      }
    : said;
}

/** Several partners together: what joins them, else what each did. */
function readOfOrgs(r: ReadResult, u: Understanding, dataset: Dataset): Said | undefined {
  const base = { refs: r.refs, sources: r.sources };
  // Two entities of one brand, each named: what each entity did, never "no record joins" one company.
  const brandFirst = brandLead(dataset, r.about);
  if (brandFirst && r.about.type === 'orgs' && !r.items.length)
    return {
      sentence: sentences(`${brandFirst}${r.about.groups.map((g) => whatEachDid(dataset, [g[0] ?? ''])).join('; ')}`),
      lines: [],
      ...base,
    };
  // Nothing joins them: what each did, so the answer is about both — led by "no record joins them" only where
  // the question asks what joins them ("what do they have in common", "… with …", or the names alone: "NCS and
  // DataPost"), never of "NTU and NUS at the 4th".
  // ("What do they have in common?": what they share on file first, then that no record joins them.)
  const common = / (?:in common|common|share|alike|similar) /.test(u.q.text) ? inCommon(dataset, r.about) : '';
  if (!r.items.length)
    return {
      sentence: sentences(
        common,
        common ? 'No record on file joins them' : '',
        common
          ? ''
          : TOGETHER.test(u.q.text) ||
              / (?:with|between) /.test(u.q.text) ||
              !/[a-z]/.test(withoutMentions(u, (m) => m.type === 'org').replace(/\b(?:and|vs|versus|or)\b/g, ''))
            ? `No record on file joins ${r.name}${joinedAt(r.about, dataset)}`
            : '',
        whatEachOfThemDid(dataset, r.about),
      ),
      lines: [],
      ...base,
    };
  const at = (i: Item) => {
    const ref = i.ref;
    const rec = ref ? (ref.kind === 'mou' ? dataset.mou(ref.id) : dataset.project(ref.id)) : undefined;
    const m = rec ? dataset.meeting(rec.meeting) : dataset.meetings.find((x) => x.name === i.detail?.split('|')[1]);
    // (An outcome its own text dates after the meeting it is filed with came after it: "after the 1st JIC".)
    const later = !rec && m && laterThan(i.name, Number(m.date.value.slice(0, 4)));
    return m ? `${later ? 'after ' : ''}the ${m.name}, ${meetingDate(m)}` : '';
  };
  // An MOU and a project of the same partners are two records, each said as what it is.
  const kindOf = (i: Item) => (i.ref?.kind === 'mou' ? 'the MOU ' : i.ref?.kind === 'project' ? 'the project ' : '');
  const both = r.items.some((i) => i.ref?.kind === 'mou') && r.items.some((i) => i.ref?.kind === 'project');
  // Two entities of one brand: what each entity did, never one's record as both's.
  const brand = brandLead(dataset, r.about);
  if (brand && r.about.type === 'orgs')
    return {
      sentence: sentences(`${brand}${r.about.groups.map((g) => whatEachDid(dataset, [g[0] ?? ''])).join('; ')}`),
      lines: [],
      ...base,
    };
  // A brand's family asked by the brand ("ONE Championship"): the entities the records name, never its first one.
  const named = (r.about.type === 'orgs' ? entitiesNamed(dataset, r.about.groups, r.items) : undefined) ?? r.name;
  const said = (i: Item, when = true) =>
    i.detail?.startsWith('highlight|')
      ? `${i.name}${when ? ` (${at(i)})` : ''}`
      : `${both ? kindOf(i) : ''}${i.name}${when ? ` (${at(i)})` : ''} — ${i.detail}`;
  const verdict = bothKindsVerdict(u, both);
  // "What will X and Y do?", "what's the link between X and Y?": one sentence naming the partners once — their MOU at
  // its meeting and what it is for, a joint project of theirs as a second record — not the partners, the record's
  // name and its description each naming them again. (A highlight restating the MOU is not said twice.)
  const one = !verdict && !WHY.test(u.q.text) ? pairOf(r, u, dataset, named) : undefined;
  if (one) return { sentence: one, lines: [], ...base };
  const two = `two records on file, an MOU and a joint project (not one record), join ${named}: `;
  const lead = both ? (verdict ? `${verdict === 'yes' ? 'Yes' : 'No'}: ${two}` : capitalise(two)) : `${named}: `;
  const whole = `${lead}${r.items.map((i) => said(i)).join(' ')}`;
  // Several records' descriptions run past a phone screen: the lead (with their meeting, when they share one), then
  // each record on its line with the first sentence of what it covers (the whole record is one click away).
  // ("Why did they team up?" reads the aims out of the whole descriptions: why.ts.)
  if (whole.length <= PAIR_SCREEN || r.items.length < 2 || WHY.test(u.q.text))
    return { sentence: whole, lines: [], ...base };
  const when = new Set(r.items.map(at));
  const shared = when.size === 1 ? ` (${[...when][0]})` : '';
  return {
    sentence: `${lead.replace(/: $/, '')}${shared}:`,
    // (A project's name carries what it does — "QuikBot – Guardforce: deep-tech logistics delivery system" — so
    // its line is its name; an MOU's name is only its parties, so its line adds what it covers.)
    lines: r.items.map((i) =>
      truncate(
        `• ${i.ref?.kind === 'project' && i.name.includes(': ') ? `${kindOf(i)}${i.name}${shared ? '' : ` (${at(i)})`}` : firstSentence(said(i, !shared))}`,
        PAIR_LINE,
      ),
    ),
    ...base,
  };
}

/**
 * A person: their role (with the dates the sources give it, asked about now) and the meetings they co-chaired or signed
 * at.
 */
function readOfPerson(
  r: ReadResult,
  a: Extract<Subjectref, { type: 'person' }>,
  u: Understanding,
  dataset: Dataset,
): Said | undefined {
  const base = { refs: r.refs, sources: r.sources };
  const about = r.readings.find((x) => x.label === 'about')?.value;
  const rs = r.readings.filter((x) => x.label !== 'about');
  if (!rs.length && !about) return { sentence: `The sources name ${a.name} but give no role.`, lines: [], ...base };
  const role = about ?? rs[rs.length - 1]?.value ?? '';
  const chaired = rs.filter((x) => !x.label?.startsWith('0|'));
  const signed = rs.filter((x) => x.label?.startsWith('0|'));
  const byMeeting = new Map<string, string[]>();
  for (const x of chaired) {
    const [, label = '', mname = ''] = (x.label ?? '').split('|');
    byMeeting.set(mname, [...(byMeeting.get(mname) ?? []), label]);
  }
  const ms = [...byMeeting].map(
    ([mname, labels]) =>
      `the ${mname.replace(/ meeting$/, '')}${labels.length === 1 && /\(/.test(labels[0] ?? '') ? ` (as ${/news/.test(labels[0] ?? '') ? 'news reports' : 'the press release'} name${/news/.test(labels[0] ?? '') ? '' : 's'} him; ${/news/.test(labels[0] ?? '') ? 'the press release names a representative from the Chinese government' : 'news reports name another co-chair'})` : ''}`,
  );
  // A role the sources tie to a past time ("Mayor of Shenzhen when the founding MOU was signed") is said in the past;
  // asked about now ("the current mayor", "is Qin the mayor?"), a role is said with the dates the sources give it.
  const span = / when /.test(role) || !asksNow(u) ? undefined : roleSpan(dataset, a.name, role);
  const did = [
    ...(signed.length ? ['signed the founding MOU'] : []),
    ...(ms.length ? [`co-chaired ${joinList(ms)}`] : []),
  ];
  // Asked whether they still co-chair: the latest word on the committee's co-chairs that names them, as reported.
  const chairsNow = u.flags.chairing && span ? latestOnChairs(dataset, a.name) : '';
  // (A yes/no says for itself that the sources don't say whether it is still so.)
  if (span)
    return {
      sentence: `The sources name ${a.name} as ${role} from ${span.from} to ${span.to}, the latest they give${u.target === 'yesno' ? '' : "; they don't say whether that is still so"}.${did.length ? ` ${a.name} ${joinList(did)}.` : ''}${chairsNow}`,
      lines: [],
      ...base,
    };
  const parts = [`${a.name} ${/ when /.test(role) ? 'was' : 'is'} ${role}`, ...did];
  return { sentence: `${parts.join('; ')}.`, lines: [], ...base };
}

/** One outcome a meeting reported: when it was launched, a figure it gives, or the outcome as reported. */
function readOfHighlight(r: ReadResult, u: Understanding): Said | undefined {
  const base = { refs: r.refs, sources: r.sources };
  const x = r.readings[0];
  const [mname, date] = (x?.label ?? '').split('|');
  // "When was OneSME launched?": the date the outcome's text gives for it, then the outcome as reported.
  const dated = datedOf(r, u);
  // (An act dated after the meeting it is filed with was not reported there: no "as reported at" then.)
  const later = dated && Number(/\d{4}$/.exec(dated)?.[0]) > Number((date ?? '').slice(0, 4));
  if (launchedEarlier(r, u))
    return {
      sentence: `The sources don't say when it was launched or started; they report it at the ${mname} (${formatDate(date)}): ${x?.value}`,
      lines: [],
      ...base,
    };
  if (dated)
    return {
      sentence: later
        ? `${capitalise(dated)}: ${x?.value}`
        : `${capitalise(dated)}, as reported at the ${mname} (${formatDate(date)}): ${x?.value}`,
      lines: [],
      ...base,
    };
  // "When was the Med-Arb Protocol signed?", "what date is it from?": the text dates the outcome itself ("launched on 25
  // Nov 2022", after the meeting it is filed with), so that date leads — never the filing meeting's as its date — and an
  // act the text gives no date for (signed) is said to be undated.
  const own = u.target === 'when' ? ownDateBesides(x?.value ?? '', u.q.text) : undefined;
  if (own)
    return {
      sentence: `${own.asked ? `The sources give no date it was ${own.asked}; they say it was ${own.span}` : capitalise(own.span)}: ${x?.value}`,
      lines: [],
      ...base,
    };
  // "XNode's first and second batches combined?": the outcome's figures added up, not its first one.
  const sum = summedIn(x?.value ?? '', u.q.text);
  if (sum)
    return {
      sentence: `${capitalise(sum)}, reported at the ${mname} (${formatDate(date)}): ${x?.value}`,
      lines: [],
      ...base,
    };
  // "Which OneSME figure was biggest?", "which bank ran the most trials?": the outcome's own figures ranked.
  const ranked = rankedFigures(x?.value ?? '', u);
  if (ranked)
    return {
      sentence: `${ranked}, reported at the ${mname} (${formatDate(date)}): ${x?.value}`,
      lines: [],
      ...base,
    };
  // "How many buyers did OneSME have?": the figure the outcome states, then the outcome as the sources report it.
  const f = figureOf(r, u);
  if (f)
    return {
      sentence: `${figureLead(f)}, reported at the ${mname} (${formatDate(date)}): ${x?.value}`,
      lines: [],
      ...base,
    };
  // ("How many SMEs did the Asian SME Hub reach?": a count its text gives no number for — said so, then the text.)
  const noFigure = u.target === 'count' && !figuresOf(x?.value ?? '').length;
  // An outcome whose own text dates it in a later year than the meeting it is filed with (the Med-Arb Protocol,
  // launched 25 Nov 2022, after the 1st JIC's 2020 MOU): after that meeting, never "at" it.
  const afterIt = laterThan(x?.value ?? '', Number((date ?? '').slice(0, 4)));
  // "What is the Asian SME Hub?", "what's OneSME?": what it is, in its text's own words, before the meeting.
  const def = !noFigure ? definedHighlight(r, u) : undefined;
  if (def)
    return {
      sentence: def.whole
        ? `${def.sentence} (${afterIt ? 'after ' : ''}the ${mname}, ${formatDate(date)}).`
        : `${def.sentence}. ${afterIt ? 'After' : 'At'} the ${mname} (${formatDate(date)}): ${x?.value}`,
      lines: [],
      ...base,
    };
  return {
    sentence: `${noFigure ? `The sources don't give a number for that. What they report, ${afterIt ? 'after' : 'at'}` : afterIt ? 'After' : 'At'} the ${mname} (${formatDate(date)}): ${x?.value}`,
    lines: [],
    ...base,
  };
}

/** The SCI itself: whether it is still active, when it was launched or dated, or its profile. */
function readOfInitiative(r: ReadResult, u: Understanding, dataset: Dataset): Said | undefined {
  const base = { refs: r.refs, sources: r.sources };
  const i = dataset.initiative;
  if (r.attribute === 'status') {
    const e = r.readings.find((x) => x.label?.startsWith('event|'));
    const m = r.readings.find((x) => x.label?.startsWith('meeting|'));
    const first = e?.value?.match(/^[^.]+\./)?.[0] ?? e?.value ?? '';
    // "How long has the SCI been running?": from its launch, which the sources give, to the latest they record.
    const since = / (?:how long|how old|since when|how many years) /.test(u.q.text)
      ? `The ${i.shortName} was launched in ${i.launched.value}${i.launched.text ? ` (${i.launched.text.replace(/^Launched in \d{4}; /, '').replace(/\.$/, '')})` : ''}. `
      : '';
    return {
      sentence: `${since}The sources don't say whether the ${i.shortName} is still active now. The latest they record: ${e ? `on ${formatDate(e.label?.split('|')[1])}, ${first.charAt(0).toLowerCase()}${first.slice(1)} ` : ''}${m ? `The latest JIC meeting in them is the ${m.value} (${formatDate(m.label?.split('|')[1])}); no later one is in the sources.` : ''}`,
      lines: [],
      ...base,
    };
  }
  if (r.attribute === 'launched' || r.attribute === 'date') {
    const summary = r.readings.find((x) => x.label === 'summary')?.value ?? '';
    const text = r.readings.find((x) => x.label === 'text')?.value ?? '';
    // The data's own words when they start with the launch ("Launched in 2019; its founding MOU…").
    if (/^launched\b/i.test(text))
      return {
        sentence: `The ${i.shortName} was ${text.charAt(0).toLowerCase()}${text.slice(1).replace(/\.?$/, '.')}`,
        lines: [],
        ...base,
      };
    const year = /\b(?:launched|initiated) in (\d{4})/i.exec(summary)?.[1] ?? (r.readings[0]?.value ?? '').slice(0, 4);
    return { sentence: `The ${i.shortName} was launched in ${year}. ${text}`.trim(), lines: [], ...base };
  }
  return {
    sentence: `The ${i.name} (${i.shortName}): ${r.readings[0]?.value} Its pillars: ${joinList(r.items.map((x) => x.name.toLowerCase()))}.`,
    lines: [],
    ...base,
  };
}

/** The JIC: its co-chairs (sayChairs), how often it meets, or what it is. */
function readOfCommittee(r: ReadResult, u: Understanding, dataset: Dataset): Said | undefined {
  if (r.attribute === 'chairs') return sayChairs(r, u, dataset);
  const exp = r.readings[0]?.value;
  // "How often does the JIC meet?": the dates it met (the sources state no schedule), never a rule made up from them.
  if (
    / how (?:often|frequently|regularly) | (?:schedule|frequency|every year|annually|yearly|each year|once a year|regularly) /.test(
      u.q.text,
    )
  )
    return {
      sentence: `The sources state no schedule for the JIC; it has met ${r.items.length} times: ${joinList(r.items.map((x) => formatDate(x.detail)))}. No later meeting is in the sources.`,
      lines: [],
      refs: refsOf(r.items),
      sources: r.sources,
    };
  return {
    sentence: `${exp ? `The JIC is the ${exp} of the ${dataset.initiative.shortName}` : `The JIC is the committee that runs the ${dataset.initiative.shortName}`}; it has met ${r.items.length} times, most recently on ${formatDate(r.items[r.items.length - 1]?.detail)}.`,
    lines: [],
    refs: refsOf(r.items),
    sources: r.sources,
  };
}

/** Whether a text dates what it reports (a day, month and year) in a later year than this. */
function laterThan(text: string, year: number): boolean {
  return [...text.matchAll(/\b\d{1,2} [A-Z][a-z]{2,8} (\d{4})\b/g)].some((d) => Number(d[1]) > year);
}

/** Records that join two partners are said in one sentence up to this length; longer, one line each. */
const PAIR_SCREEN = 500;

/** Each record's line under them, at most this long. */
const PAIR_LINE = 240;

/**
 * Asked yes or no whether partners are in both kinds of record ("is Keppel in both an MOU and a project?": Yes) — or
 * whether their MOU and project are one record (No) — when an MOU and a project join them: the answer that leads.
 */
export function bothKindsVerdict(u: Understanding, both: boolean): 'yes' | 'no' | undefined {
  if (!both || u.target !== 'yesno') return undefined;
  return SAME_RECORD.test(u.q.text) ? 'no' : BOTH_KINDS.test(u.q.text) ? 'yes' : undefined;
}

/**
 * Two partners asked what joins them, in words that name no kind of record: a record asked by its kind ("what is the
 * MOU between Keppel and PKU about?", "MOU or project?", "the same deal?") is said as that record, by its name.
 */
const asksWhatJoins = (u: Understanding) =>
  u.target === 'what' &&
  !/ (?:mou|mous|memorandum|memoranda|project|projects|record|records) /.test(u.q.text) &&
  !SAME_RECORD.test(u.q.text);

/** The records an orgs read found (MOUs and projects, not highlights), each once. */
const recordsOf = (items: readonly Item[], dataset: Dataset) =>
  items.flatMap((i) => {
    const rec =
      i.ref?.kind === 'mou' ? dataset.mou(i.ref.id) : i.ref?.kind === 'project' ? dataset.project(i.ref.id) : undefined;
    return rec ? [rec] : [];
  });

/**
 * Two partners asked what joins them, not yes/no: their records in one sentence (pairLead), and any other outcome the
 * meetings report of them after it — an outcome restating their MOU (DataPost–Kingdee's 2nd-JIC highlight) left out.
 */
function pairOf(r: ReadResult, u: Understanding, dataset: Dataset, named: string): string | undefined {
  if (!asksWhatJoins(u) || r.about.type !== 'orgs' || r.about.groups.length !== 2) return undefined;
  const recs = recordsOf(r.items, dataset);
  const lead = pairLead(dataset, named, recs);
  if (!lead) return undefined;
  // (A highlight whose words are nearly all its record's — "An MOU between DataPost and Kingdee … on …" — restates it.)
  const words = (s: string) => s.toLowerCase().match(/[a-z0-9]{3,}/g) ?? [];
  const texts = recs.map((x) => new Set(words(x.description.text)));
  const restates = (h: string) => {
    const ws = words(h);
    return texts.some((t) => ws.filter((w) => t.has(w)).length >= 0.8 * ws.length);
  };
  const rest = r.items.filter((i) => !i.ref && i.detail?.startsWith('highlight|') && !restates(i.name));
  return [lead, ...rest.map((i) => i.name)].join(' ');
}

/** One record asked by two (or more) of its partners ("what did EE Music and Shenkun sign?"): said as what joins them. */
function recordByParties(
  a: Extract<Subjectref, { type: 'record' }>,
  u: Understanding,
  dataset: Dataset,
): string | undefined {
  if (!asksWhatJoins(u) || WHY.test(u.q.text)) return undefined;
  const rec = a.kind === 'mou' ? dataset.mou(a.id) : dataset.project(a.id);
  if (!rec || ('kind' in rec && rec.kind === 'demonstration-zone')) return undefined;
  const parties = 'parties' in rec ? rec.parties : rec.partners;
  const ids = new Set(parties.flatMap((p) => ('org' in p ? dataset.lineage(p.org) : [])));
  const asked = [...new Set(u.mentions.filter((m) => m.type === 'org').map((m) => m.value))];
  if (asked.length < 2 || !asked.every((id) => ids.has(id))) return undefined;
  const named = joinList(asked.map((id) => dataset.organisation(id)?.name ?? id));
  return pairLead(dataset, named, [rec]);
}

/** A highlight asked what it is, by a name its text defines: that definition (define.ts). */
export function definedHighlight(r: ReadResult, u: Understanding): Definition | undefined {
  if (r.about.type !== 'highlight' || r.attribute !== 'about' || !asksWhatItIs(u.q.text)) return undefined;
  const key = r.about.key;
  const m = u.mentions.find((x) => x.type === 'highlight' && x.value === key);
  const text = r.readings[0]?.value;
  return m && text ? definitionOf(text, u.q.text.slice(m.start, m.end)) : undefined;
}
