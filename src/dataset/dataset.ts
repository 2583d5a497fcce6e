import type {
  Country,
  Initiative,
  Meeting,
  Mou,
  MouGroup,
  Organisation,
  Person,
  Project,
  RawData,
  Source,
  ZhName,
} from './schema.js';

export type RecordKind = 'project' | 'mou' | 'organisation' | 'meeting';

/** Any record a card can show, tagged with its kind. */
export type AnyRecord =
  | { kind: 'project'; record: Project }
  | { kind: 'mou'; record: Mou }
  | { kind: 'organisation'; record: Organisation }
  | { kind: 'meeting'; record: Meeting };

/** What a Chinese name names: a record, a person, or a part of the initiative itself. */
export type ChineseNameTarget =
  | { kind: RecordKind; id: string }
  | { kind: 'person'; name: string }
  | { kind: 'initiative' | 'committee' | 'demonstrationZone' };

/**
 * One Chinese name on file, with what it names. `sourced: true`: a source prints it (cite `sources`,
 * show it beside the English). `sourced: false`: a standard name no SCI source gives, for search
 * and autocomplete only, never shown as a fact (`sources` is empty).
 */
export interface ChineseName {
  name: string;
  sourced: boolean;
  script?: ZhName['script'];
  label?: string;
  rendering?: string;
  /** For a search-only place name: the English it stands for ("Shenzhen"). */
  means?: string;
  sources: readonly string[];
  target: ChineseNameTarget;
}

/** A meeting highlight that names an organisation, with the meeting it belongs to. */
export interface HighlightMention {
  meeting: Meeting;
  text: string;
  sources: readonly string[];
}

/** What the sources report for a meeting, beside what is on file here. */
export interface MeetingFigures {
  meeting: Meeting;
  reportedNewMous: number | null;
  reportedNewProjects: number | null;
  reportedTotals: { projects: number; mous: number } | null;
  mousOnFile: number;
  /** Joint projects on file (the Demonstration Zone record is counted apart). */
  projectsOnFile: number;
  demoZoneProjects: number | null;
  /** The source's groups of new projects (3rd meeting: flagship, key): reported count beside those on file. */
  projectGroups: readonly { tier: 'flagship' | 'key'; zh: string; reported: number; onFile: number }[];
}

export interface Figures {
  perMeeting: readonly MeetingFigures[];
  /** The newest meeting that reports cumulative totals. */
  latestTotals: { meeting: Meeting; projects: number; mous: number } | null;
  /** MOUs on file per Annex A group; `null` key: MOUs the sources give no group for. */
  mousPerGroup: ReadonlyMap<string | null, number>;
  /** Organisations on file that signed an MOU or joined a project, per country. */
  partnersPerCountry: ReadonlyMap<Country, number>;
  /** The sum of the per-meeting MOU counts the sources report (unstated meetings add nothing). */
  sumOfReportedNewMous: number;
}

/** The read-only, cross-linked dataset every handler answers from. */
export interface Dataset {
  initiative: Initiative;
  sources: readonly Source[];
  /** Sorted by number: founding MOU first. */
  meetings: readonly Meeting[];
  organisations: readonly Organisation[];
  mous: readonly Mou[];
  projects: readonly Project[];
  latestMeeting: Meeting;
  /** People the sources name, with their Chinese names. */
  people: readonly Person[];
  /** Every Chinese name on file (sourced ones and search-only aliases, told apart by `sourced`). */
  chineseNames: readonly ChineseName[];

  source(id: string): Source | undefined;
  /** A person by their English name as the meetings give it ("Qin Weizhong"). */
  person(name: string): Person | undefined;
  meeting(id: string): Meeting | undefined;
  meetingByNumber(n: number): Meeting | undefined;
  organisation(id: string): Organisation | undefined;
  /** An organisation's id and its ancestors' (itself first): a sub-unit's record counts for its parent too. */
  lineage(orgId: string): readonly string[];
  mou(id: string): Mou | undefined;
  project(id: string): Project | undefined;
  group(id: string): MouGroup | undefined;
  find(kind: RecordKind, id: string): AnyRecord | undefined;

  /** Sub-units whose parent is this organisation. */
  childrenOf(orgId: string): readonly Organisation[];
  /** MOUs the organisation signed, itself or through a sub-unit. */
  mousOf(orgId: string): readonly Mou[];
  /** Projects the organisation joined, itself or through a sub-unit. */
  projectsOf(orgId: string): readonly Project[];
  /** Meeting highlights that name the organisation. */
  highlightsOf(orgId: string): readonly HighlightMention[];
  mousAt(meetingId: string): readonly Mou[];
  projectsAt(meetingId: string): readonly Project[];
  figures: Figures;
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((r) => [r.id, r]));
}

function groupBy<T>(rows: readonly T[], keys: (row: T) => readonly string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows)
    for (const key of new Set(keys(row))) {
      const list = out.get(key) ?? [];
      list.push(row);
      out.set(key, list);
    }
  return out;
}

const orgIdsOf = (parties: Mou['parties']) => parties.flatMap((p) => ('org' in p ? [p.org] : []));

/** Deeply freezes the parsed data so no handler can change a fact by accident. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Links validated data into a Dataset. Assumes `checkReferences` found nothing. */
export function linkDataset(raw: RawData): Dataset {
  const data = deepFreeze(raw);
  const meetings = [...data.meetings].sort((a, b) => a.number - b.number);
  const latestMeeting = meetings[meetings.length - 1];
  if (!latestMeeting) throw new Error('linkDataset: no meetings (validation should have caught this)');

  const sources = byId(data.sources);
  const meetingMap = byId(meetings);
  const orgs = byId(data.organisations);
  const mous = byId(data.mous);
  const projects = byId(data.projects);
  const groups = byId(data.initiative.mouGroups);

  // An organisation and its ancestors: a sub-unit's record counts for its parent too.
  const lineage = (orgId: string): string[] => {
    const out: string[] = [];
    for (let o = orgs.get(orgId); o && !out.includes(o.id); o = o.parent ? orgs.get(o.parent) : undefined)
      out.push(o.id);
    return out;
  };
  const mousByOrg = groupBy(data.mous, (m) => orgIdsOf(m.parties).flatMap(lineage));
  const projectsByOrg = groupBy(data.projects, (p) => orgIdsOf(p.partners).flatMap(lineage));
  const children = groupBy(
    data.organisations.filter((o) => o.parent),
    (o) => [o.parent as string],
  );
  const highlights = new Map<string, HighlightMention[]>();
  for (const meeting of meetings)
    for (const h of meeting.highlights)
      for (const orgId of new Set((h.parties ?? []).flatMap(lineage))) {
        const list = highlights.get(orgId) ?? [];
        list.push({ meeting, text: h.text, sources: h.sources });
        highlights.set(orgId, list);
      }
  const mousByMeeting = groupBy(data.mous, (m) => [m.meeting]);
  const projectsByMeeting = groupBy(data.projects, (p) => [p.meeting]);

  const perMeeting: MeetingFigures[] = meetings.map((meeting) => {
    const onFile = projectsByMeeting.get(meeting.id) ?? [];
    return {
      meeting,
      reportedNewMous: meeting.newMous.value,
      reportedNewProjects: meeting.newProjects.value,
      reportedTotals: meeting.totals ? { projects: meeting.totals.projects, mous: meeting.totals.mous } : null,
      mousOnFile: mousByMeeting.get(meeting.id)?.length ?? 0,
      projectsOnFile: onFile.filter((p) => p.kind === 'joint-project').length,
      demoZoneProjects: meeting.demoZone?.projects ?? null,
      projectGroups: (meeting.projectGroups ?? []).map((g) => ({
        tier: g.tier,
        zh: g.zh,
        reported: g.count,
        onFile: onFile.filter((p) => p.tier === g.tier).length,
      })),
    };
  });
  const withTotals = meetings.filter((m) => m.totals);
  const lastWithTotals = withTotals[withTotals.length - 1];
  const mousPerGroup = new Map<string | null, number>();
  for (const m of data.mous) mousPerGroup.set(m.group, (mousPerGroup.get(m.group) ?? 0) + 1);
  const partnerIds = new Set([
    ...data.mous.flatMap((m) => orgIdsOf(m.parties)),
    ...data.projects.flatMap((p) => orgIdsOf(p.partners)),
  ]);
  const partnersPerCountry = new Map<Country, number>();
  for (const id of partnerIds) {
    const country = orgs.get(id)?.country;
    if (country) partnersPerCountry.set(country, (partnersPerCountry.get(country) ?? 0) + 1);
  }

  const figures: Figures = {
    perMeeting,
    latestTotals:
      lastWithTotals?.totals != null
        ? { meeting: lastWithTotals, projects: lastWithTotals.totals.projects, mous: lastWithTotals.totals.mous }
        : null,
    mousPerGroup,
    partnersPerCountry,
    sumOfReportedNewMous: meetings.reduce((sum, m) => sum + (m.newMous.value ?? 0), 0),
  };

  const chineseNames: ChineseName[] = [];
  const sourced = (zh: readonly ZhName[] | undefined, target: ChineseNameTarget) => {
    for (const z of zh ?? [])
      chineseNames.push({
        name: z.name,
        sourced: true,
        script: z.script,
        ...(z.label ? { label: z.label } : {}),
        ...(z.rendering ? { rendering: z.rendering } : {}),
        sources: z.sources,
        target,
      });
  };
  const searchOnly = (aliases: readonly string[] | undefined, target: ChineseNameTarget) => {
    for (const name of aliases ?? []) chineseNames.push({ name, sourced: false, sources: [], target });
  };
  sourced(data.initiative.zh, { kind: 'initiative' });
  sourced(data.initiative.committee?.zh, { kind: 'committee' });
  sourced(data.initiative.demonstrationZone?.zh, { kind: 'demonstrationZone' });
  for (const p of data.initiative.people ?? []) sourced(p.zh, { kind: 'person', name: p.name });
  for (const m of meetings) sourced(m.zh, { kind: 'meeting', id: m.id });
  for (const o of data.organisations) {
    sourced(o.zh, { kind: 'organisation', id: o.id });
    searchOnly(o.searchAliases, { kind: 'organisation', id: o.id });
  }
  for (const p of data.projects) {
    sourced(p.zh, { kind: 'project', id: p.id });
    searchOnly(p.searchAliases, { kind: 'project', id: p.id });
  }
  for (const a of data.initiative.searchAliases ?? [])
    chineseNames.push({ name: a.name, sourced: false, means: a.means, sources: [], target: { kind: 'initiative' } });
  const people = data.initiative.people ?? [];
  const peopleByName = new Map(people.map((p) => [p.name, p]));

  const finders: Record<RecordKind, (id: string) => AnyRecord | undefined> = {
    project: (id) => (projects.has(id) ? { kind: 'project', record: projects.get(id) as Project } : undefined),
    mou: (id) => (mous.has(id) ? { kind: 'mou', record: mous.get(id) as Mou } : undefined),
    organisation: (id) => (orgs.has(id) ? { kind: 'organisation', record: orgs.get(id) as Organisation } : undefined),
    meeting: (id) => (meetingMap.has(id) ? { kind: 'meeting', record: meetingMap.get(id) as Meeting } : undefined),
  };

  return Object.freeze({
    initiative: data.initiative,
    sources: data.sources,
    meetings,
    organisations: data.organisations,
    mous: data.mous,
    projects: data.projects,
    latestMeeting,
    people,
    chineseNames: deepFreeze(chineseNames),
    source: (id: string) => sources.get(id),
    person: (name: string) => peopleByName.get(name),
    meeting: (id: string) => meetingMap.get(id),
    meetingByNumber: (n: number) => meetings.find((m) => m.number === n),
    organisation: (id: string) => orgs.get(id),
    lineage,
    mou: (id: string) => mous.get(id),
    project: (id: string) => projects.get(id),
    group: (id: string) => groups.get(id),
    find: (kind: RecordKind, id: string) => finders[kind](id),
    childrenOf: (id: string) => children.get(id) ?? [],
    mousOf: (id: string) => mousByOrg.get(id) ?? [],
    projectsOf: (id: string) => projectsByOrg.get(id) ?? [],
    highlightsOf: (id: string) => highlights.get(id) ?? [],
    mousAt: (id: string) => mousByMeeting.get(id) ?? [],
    projectsAt: (id: string) => projectsByMeeting.get(id) ?? [],
    figures,
  });
}
