import type { Dataset, Meeting, Mou, Party, Project } from '../dataset/index.js';
import { capitalise, formatDate, joinList, meetingDate, partyName, placePhrase, plural, truncate } from './format.js';
import { displayName, KIND_TESTS, selectRecords, undecided, type Item, type Ref, type Result } from './run.js';
import type { Filter, Selection, Subjectref } from './plan.js';
import type { Understanding } from './understand.js';
import { sayZh } from './say-zh.js';
import {
  asksFoundingSignatory,
  chairsOf,
  headsInitiative,
  noneOnFileFacts,
  outcomePartiesAt,
  type ChairsBySide,
} from './facts.js';
import { brandLead, countJoining, sameMeeting, sayOrder, sentences, whatEachDid, whatEachOfThemDid } from './pair.js';
import { sayCompare, sayEvery } from './compare.js';
import { sayQuotes } from './quotes.js';

/**
 * Step 4: a result → what the bot says: one sentence that answers the target, then only what backs
 * it (a short list, the records to open, the sources). Every number and name comes from the result.
 */
export interface Said {
  sentence: string;
  /** Short lines under the sentence (a list), at most a phone screen. */
  lines: string[];
  /** Records a button opens (at most five are shown). */
  refs: Ref[];
  sources: string[];
  ephemeral?: boolean;
  /** The reply is the help card. */
  help?: boolean;
  /** A command that could help when the question was not understood. */
  hint?: string;
}

/** "Why …?": the sources seldom give reasons, so a why asked is answered with the aim they state, or said not given. */
const WHY =
  /^ (?:why|how come|for what reason|what for) | (?:what|whats) (?:is|was|were|are) the (?:reason|reasons|rationale) /;
// Words that state an aim in the records' text ("launched … to build", "aims to", "seeks to", "will collaborate to promote").
const AIM =
  /\b(?:aims? to|seeks? to|designed to|in order to|so as to|serves? as|(?:to|will) (?:build|promote|develop|create|test|facilitate|nurture|establish|achieve|address|drive|deepen|connect|advance|support|enable|contribute|host|co-develop|set up|jointly))\b/i;

/**
 * The answer to a "why" question: the sentences of the answer that state an aim, said as the sources' words, or
 * "the sources don't say why" and what they do say — never a description passed off as a reason.
 */
export function answerWhy(said: Said, u: Understanding): Said {
  if (
    !WHY.test(u.q.text) ||
    said.help ||
    !said.sentence ||
    /^(?:I'm not sure|The sources don't say|Sorry)\b/.test(said.sentence)
  )
    return said;
  // Sentences, not split at a company form's full stop ("Co., Ltd. will promote …").
  const kept = said.sentence.replace(/\b(Ltd|Co|Pte|Inc|Corp|No|St|Dr|Mr|Ms|Mrs)\./g, '$1\u0002');
  const sentences = (kept.match(/[^.!?]+(?:[.!?]+|$)/g) ?? [kept]).map((x) => x.replace(/\u0002/g, '.'));
  const aims = sentences.filter((x) => AIM.test(x)).map((x) => x.trim());
  return {
    ...said,
    sentence: aims.length
      ? `The sources give no reason as such, only the aim they state — ${aims.join(' ')}`
      : `The sources don't say why. What they say: ${said.sentence}`,
  };
}

const MAX_LINES = 8;
/** Lines under each of several answers in one reply. */
const EACH_LINES = 2;
const ord = (m: Meeting) => m.name.replace(/ meeting$/, '');
const the = (m: Meeting) => (m.number === 0 ? 'the founding MOU' : `the ${m.name}`);

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
const noun = (n: number, select: string) =>
  select === 'mous' || select === 'MOUs'
    ? plural(n, 'MOU')
    : select === 'projects'
      ? plural(n, 'project')
      : `${n} ${select}`;

/** A record by its kind and name, as its button labels it ("MOU: Keppel – Peking University"). */
function refName(dataset: Dataset, ref: Ref): string {
  const found = dataset.find(ref.kind, ref.id);
  if (!found) return ref.id;
  const name = found.kind === 'mou' || found.kind === 'project' ? displayName(found.record) : found.record.name;
  return `${{ meeting: 'Meeting', mou: 'MOU', project: 'Project', organisation: 'Partner' }[found.kind]}: ${name}`;
}

function listLines(items: readonly Item[], show: (i: Item) => string = (i) => i.name): string[] {
  const lines = items.slice(0, MAX_LINES).map((i) => `• ${show(i)}`);
  if (items.length > MAX_LINES) lines.push(`… and ${items.length - MAX_LINES} more`);
  return lines;
}

const normal = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/**
 * A record's line in a list, with its parties when its name leaves any out ("Joint research centre on
 * new energy storage technology — China-Singapore International Joint Research Institute and …"), or
 * that the sources name none: a list answers "who" too.
 */
const recordLines = new WeakMap<Dataset, Map<string, string>>();
function recordLine(dataset: Dataset): (i: Item) => string {
  const cache = recordLines.get(dataset) ?? new Map<string, string>();
  recordLines.set(dataset, cache);
  return (i) => {
    const key = `${i.ref?.kind}:${i.ref?.id}:${i.name}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const line = recordLineOf(dataset, i);
    cache.set(key, line);
    return line;
  };
}

function recordLineOf(dataset: Dataset, i: Item): string {
  const ref = i.ref;
  const rec = ref?.kind === 'mou' ? dataset.mou(ref.id) : ref?.kind === 'project' ? dataset.project(ref.id) : undefined;
  if (!rec) return i.name;
  const parties = 'parties' in rec ? rec.parties : rec.partners;
  if (!parties.length)
    return 'kind' in rec && rec.kind === 'demonstration-zone'
      ? i.name
      : `${i.name} (partners not named in the sources)`;
  const name = normal(rec.name);
  const named = (p: (typeof parties)[number]) =>
    'org' in p
      ? dataset
          .lineage(p.org)
          .flatMap((id) => {
            const o = dataset.organisation(id);
            return o ? [o.name, ...o.aliases] : [];
          })
          .some((n) => name.includes(normal(n)))
      : name.includes(normal(p.unnamed.replace(/\s*\(not named in the sources\)/, '')));
  if (parties.every(named)) return i.name;
  return `${i.name} — ${joinList(parties.map((p) => ('org' in p ? (dataset.organisation(p.org)?.name ?? p.org) : p.unnamed)))}`;
}

/** Attributes the sources never give, as the noun after "they give no". */
const MISSING_NOUN: Readonly<Record<string, string>> = {
  'how long it runs': 'duration or end date',
  attendance: 'count of who attended',
  'where it is based': 'address or city for it',
};

/** " at the 4th JIC meeting": the meetings a question about several organisations was narrowed to. */
function joinedAt(about: Subjectref, dataset: Dataset): string {
  if (about.type !== 'orgs' || !about.meetings?.length) return '';
  const ms = about.meetings.map((n) => dataset.meetingByNumber(n)).filter((m): m is Meeting => !!m);
  return ms.length ? ` at ${joinList(ms.map((m) => the(m)))}` : '';
}

/** Partners picked by the place their names state: said as such, never as where they are. */
const placeScope = (f: { named?: string }) =>
  f.named ? ` with ${f.named.charAt(0).toUpperCase()}${f.named.slice(1)} in their names` : '';

const refsOf = (items: readonly Item[]) => items.flatMap((i) => (i.ref ? [i.ref] : []));

/** The people of one reading, "A (role) and B (role)". */
function peopleOf(value: string | null): string {
  return joinList((value ?? '').split('|').filter(Boolean));
}

/** `locale`: the reply's language; sentences are English until the i18n catalogue holds them. */
export function say(r: Result, u: Understanding, dataset: Dataset, locale = 'en', hints: readonly string[] = []): Said {
  if (locale === 'zh-CN' || locale === 'zh-TW') {
    const zh = sayZh(r, u, dataset, locale, hints);
    if (zh) return zh;
  }
  switch (r.op) {
    case 'help':
      return { sentence: '', lines: [], refs: [], sources: [], help: true, ephemeral: true };
    case 'sources':
      return {
        sentence: `Every answer comes from the ${r.documents.length} published documents in my dataset, each fact cited by the one that states it (\`/about\` lists them with their links). Among them:`,
        lines: listLines(
          r.documents.map((x) => ({
            name: `${x.publisher}${x.title ? `: ${x.title}` : ''}${x.date ? ` (${formatDate(x.date)})` : ''}`,
          })),
        ),
        refs: [],
        sources: r.documents.slice(0, 4).map((x) => x.id),
      };
    case 'records':
      return sayRecords(r, dataset);
    case 'notNamed':
      return {
        sentence: `${r.name} is not named in the sources: no MOU or project on file names it${r.mous !== undefined ? ` (${noun(r.mous, 'mous')} and ${noun(r.projects ?? 0, 'projects')} were reported, not all of them named)` : ''}, so I can't say it never took part.`,
        lines: [],
        refs: [],
        sources: [],
      };
    case 'acronym':
      return {
        sentence: r.full
          ? r.spelt
            ? `${r.short}: the sources write ${r.spelt}, for ${r.full}.`
            : `${r.short} stands for ${r.full}.`
          : `The sources don't say what ${r.short} stands for${r.name ? (r.name.toLowerCase() === r.short.toLowerCase() ? `: it is the partner's name as they give it` : `; I read it as ${r.name}, the name they give`) : ''}.`,
        lines: [],
        refs: r.refs,
        sources: r.sources,
      };
    case 'authors': {
      const piece = (x: (typeof r.documents)[number]) =>
        `${x.title ? `“${x.title}”` : 'a piece'} for ${x.publisher}${x.date ? ` (${formatDate(x.date)})` : ''}`;
      const sentence = r.name
        ? `${r.name} wrote ${joinList(r.documents.map(piece))}, one of the documents my answers rest on; the sources say nothing more about ${r.name}.`
        : r.documents
            .map((x) => (x.author ? `${x.author} wrote ${piece(x)}.` : `The sources don't name who wrote ${piece(x)}.`))
            .join(' ');
      return { sentence, lines: [], refs: [], sources: r.documents.map((x) => x.id) };
    }
    case 'unsure':
      if (r.why === 'self')
        return {
          sentence: `I'm not sure what you're asking: I only answer questions about the ${dataset.initiative.name}, from its published sources.`,
          lines: [],
          refs: [],
          sources: [],
          ephemeral: true,
          hint: 'Try `/help` for the commands.',
        };
      return {
        sentence:
          r.why === 'followUp'
            ? `I'm not sure what you're asking: I read each question on its own, so I can't tell what this one follows. Ask it in full${r.near.length ? '. The closest records in the sources:' : '.'}`
            : r.near.length
              ? "I'm not sure what you're asking. These are the closest records in the sources:"
              : "I'm not sure what you're asking, and nothing in the sources matches it. I answer questions about the SCI's MOUs, joint projects, partners and JIC meetings.",
        // The closest records by name, so the sentence's colon is followed by them in the text too (not only buttons).
        lines: listLines(r.near.slice(0, 3).map((ref) => ({ name: refName(dataset, ref) }))),
        refs: r.near.slice(0, 3),
        sources: [],
        // The commands that could help, from the router (each command's own hint), on one line.
        hint: hints.length ? `Commands that may help: ${hints.join(' · ')}` : 'Try `/help` for the commands.',
      };
    case 'missing':
      return {
        sentence: `The sources don't say${r.about ? ` (for ${r.about})` : ''}: ${r.attribute === 'who runs it' ? "they don't name who runs it" : `they give no ${MISSING_NOUN[r.attribute] ?? r.attribute.replace(/^its /, '')}`}.`,
        lines: [],
        refs: r.refs.slice(0, 3),
        sources: [],
      };
    case 'noMeeting':
      return {
        sentence: `The sources don't say: no ${r.number !== undefined ? `${ordinal(r.number)} ` : 'later '}JIC meeting is in them. The latest is ${the(r.latest)}, held on ${meetingDate(r.latest)}.`,
        lines: [],
        refs: [{ kind: 'meeting', id: r.latest.id }],
        sources: r.latest.date.sources.slice(),
      };
    case 'notAt':
      return {
        sentence: `The sources on ${joinList(r.asked.map((m) => `${the(m)} (${meetingDate(m)})`))} don't mention ${r.name}${r.at.length ? `; they name it at ${joinList(r.at.map((m) => the(m)))}` : ''}.`,
        lines: [],
        refs: r.refs.slice(0, 3),
        sources: r.sources,
      };
    case 'mentioned':
      return {
        // Asked what they said: no quote is on file, whatever the passage reports of their words.
        sentence: `${u.target === 'quote' ? `The sources give no quote from ${r.name}` : `The records hold nothing on ${r.name}`}; the sources mention the name only in passing — ${r.passages
          .map((x) => `${x.at ? `at ${the(x.at)} (${meetingDate(x.at)})` : `on ${formatDate(x.date)}`}: ${x.text}`)
          .join(' ')}`,
        lines: [],
        refs: r.refs.slice(0, 3),
        sources: r.sources,
      };
    case 'count':
      return inAnnex(sayCount(r, dataset), r.filter, r.select, dataset);
    case 'list':
      return earliestFirst(inAnnex(sayList(r, dataset, u), r.filter, r.select, dataset), r.filter, r.select, dataset);
    case 'read':
      return sayRead(r, u, dataset);
    case 'check':
      return sayCheck(r, u, dataset, locale);
    case 'compare':
      return sayCompare(r, u, dataset);
    case 'rank':
      return sayRank(r, u, dataset);
    case 'quotes':
      return sayQuotes(r, dataset);
    case 'tier': {
      const g = r.groups[0];
      if (!g)
        return {
          sentence: `The sources don't sort the projects of ${r.asked.length ? joinList(r.asked.map((m) => the(m))) : 'any meeting'} into ${r.tier} projects.`,
          lines: [],
          refs: [],
          sources: [],
        };
      const unnamed = g.count - g.items.length;
      return {
        sentence: `${g.count} of the ${g.newProjects ?? 'new'} projects launched at ${the(g.meeting)} (${meetingDate(g.meeting)}) were ${r.tier} projects (${g.zh})${g.spans ? `, spanning ${g.spans}` : ''}. ${g.items.length ? `${g.items.length} are on file by name${unnamed > 0 ? `; the other ${unnamed} are not named in the sources` : ''}:` : 'The sources name none of them.'}`,
        lines: listLines(g.items),
        refs: refsOf(g.items).slice(0, 5),
        sources: r.sources,
      };
    }
    case 'order':
      return sayOrder(r);
    case 'each': {
      const each = r.results.map((x) => say(x, u, dataset, locale, hints));
      // Each of several checked ("did NUS and SUSS both get projects?"): the answer for all of them first.
      const verdicts = r.results.map((x) =>
        x.op === 'check' && x.inner.op === 'count' && x.inner.filter.orgs?.length === 1 ? x.verdict : undefined,
      );
      if (locale === 'en' && verdicts.length > 1 && verdicts.every((v) => v === 'yes' || v === 'no')) {
        const yes = verdicts.filter((v) => v === 'yes').length;
        const lead =
          yes === verdicts.length
            ? `Yes, ${verdicts.length === 2 ? 'both' : 'all of them'}:`
            : yes === 0
              ? `${verdicts.length === 2 ? 'Neither' : 'None of them'}, by the records on file:`
              : `Not ${verdicts.length === 2 ? 'both' : 'all of them'}, by the records on file:`;
        each.forEach((x, i) => {
          const inner = x.sentence.replace(/^Yes: /, '');
          x.sentence = i ? inner : `${lead} ${inner}`;
        });
      }
      // Several answers with lists (two meetings' outcomes): each answer with its own few lines, so no
      // line reads as another's and the last answer is never cut off.
      if (each.filter((x) => x.lines.length).length > 1)
        return {
          sentence: each[0]?.sentence ?? '',
          lines: each.flatMap((x, i) => [
            ...(i ? [x.sentence] : []),
            ...x.lines.slice(0, EACH_LINES).map((l) => truncate(l, 160)),
            ...(x.lines.length > EACH_LINES ? [`… and ${x.lines.length - EACH_LINES} more`] : []),
          ]),
          refs: each.flatMap((x) => x.refs),
          // The first sources of each answer first (the line shows only a few).
          sources: [
            ...new Set(
              Array.from({ length: Math.max(...each.map((x) => x.sources.length)) }, (_, i) =>
                each.flatMap((x) => x.sources[i] ?? []),
              ).flat(),
            ),
          ],
        };
      return {
        sentence: each.map((x) => x.sentence).join(' '),
        lines: each.flatMap((x) => x.lines),
        refs: each.flatMap((x) => x.refs),
        sources: [...new Set(each.flatMap((x) => x.sources))],
      };
    }
    case 'names': {
      // Two scripts of one name say which is which; a rendering is ours, and says so.
      const scripts = new Set(r.names.map((x) => x.script)).size > 1;
      const shown = r.names.map((x) => {
        const notes = [x.label ?? (scripts ? x.script : ''), x.rendering ? `our rendering: ${x.rendering}` : ''];
        return `${x.name}${notes.some(Boolean) ? ` (${notes.filter(Boolean).join('; ')})` : ''}`;
      });
      return {
        sentence: shown.length
          ? `${capitalise(r.name)}${shown.length > 1 ? ' has these Chinese names' : "'s Chinese name"} in the sources: ${shown.join('; ')}.`
          : `The sources don't give a Chinese name for ${r.name}.`,
        lines: [],
        refs: r.refs.slice(0, 3),
        sources: [...new Set(r.names.flatMap((x) => x.sources))],
      };
    }
  }
}

export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

function onFileClause(reported: number | null, onFile: number, items: readonly Item[], select: string): string {
  const what = select === 'mous' ? 'MOU' : 'project';
  if (onFile === 0) return reported ? `the sources do not name them, so none is on file` : `none is on file`;
  if (reported !== null && onFile >= reported) return `all ${onFile} are on file`;
  return `${onFile} ${onFile === 1 ? `${what} is` : `${what}s are`} on file by name${items.length ? '' : ''}`;
}

/** Where the sources differ on what the zone's companies signed (MOUs, or entry agreements): the readings naming the zone. */
const zoneSignings = (at: Meeting) =>
  (at.disagreements ?? []).flatMap((d) => d.readings.filter((x) => /demonstration/i.test(x.text)));
const signedReadings = (at: Meeting) => {
  const rs = zoneSignings(at);
  return rs.length > 1 ? ` The sources differ on what they signed: ${rs.map((x) => x.text).join('; ')}.` : '';
};
const signedSources = (at: Meeting) => (zoneSignings(at).length > 1 ? zoneSignings(at).flatMap((x) => x.sources) : []);

/** How partners take part, when a count or list is narrowed to it: said as a verb ("12 companies signed MOUs") or
 * as a phrase ("partners named in an MOU"). */
const VIA = {
  mous: { verb: 'signed MOUs', named: 'named in an MOU' },
  projects: { verb: 'joined projects', named: 'named in a project' },
  both: { verb: 'signed an MOU and joined a project', named: 'named in both an MOU and a project' },
} as const;

function sayCount(r: Extract<Result, { op: 'count' }>, dataset: Dataset): Said {
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
      return {
        sentence: sentence.replace(/had been (signed|initiated) to date/, 'have been $1 to date'),
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
        return {
          sentence: `${noun(sum, r.select)} were ${verb} at ${joinList(r.meetings.map((m) => the(m.meeting)))} together (${joinList(known.map((m) => `${m.reported} at the ${ord(m.meeting)}`))})${known.length < r.meetings.length ? '; the sources give no count for the others' : ''}.`,
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
            sentence: `${capitalise(the(m.meeting))} itself was signed then (${meetingDate(m.meeting)}); the MOUs the JIC meetings signed came after it (the first ${noun(dataset.meetingByNumber(1)?.newMous.value ?? 0, 'mous')} at the 1st JIC meeting).`,
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
    if (!n && r.filter.orgs?.length === 1 && !r.filter.kind && !r.filter.country && !r.filter.group && !r.filter.topics)
      return {
        ...noneOnFile(dataset, r.select, r.filter.orgs[0] ?? [], r.orgNames[0] ?? '', r.filter.meetings ?? []),
        lines: [],
        sources,
      };
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
      ? `${joinList(r.orgNames)} ${r.select === 'mous' ? (n === 1 ? 'signed 1 MOU' : `signed ${n} MOUs`) : n === 1 ? 'is in 1 project' : `${n === 0 ? 'is in no' : `is in ${n}`} projects`} on file${r.select === 'mous' && n ? `: ${joinList(r.items.slice(0, 4).map((i) => i.name))}` : ''}.`
      : `${noun(n, r.select)} on file ${scope}${undecidedNote(dataset, r.select, r.filter)}${n ? ':' : '.'}`;
    return {
      sentence,
      lines: r.filter.orgs?.length && r.select === 'mous' ? [] : listLines(r.items, recordLine(dataset)),
      refs: refsOf(r.items),
      sources,
    };
  }
  // Partners of a kind or country.
  const scope = `${r.filter.without ? ` named in no ${r.filter.without === 'mous' ? 'MOU' : 'project'} on file` : ''}${r.filter.country ? ` from ${r.filter.country}` : ''}${placeScope(r.filter)}`;
  const read = r.filter.country
    ? r.items.filter((i) => i.ref && dataset.organisation(i.ref.id)?.countryStated === false).length
    : 0;
  const caveat = read ? ` (for ${read} of them the country is inferred: the sources don't state it)` : '';
  // "…signed MOUs at the 4th JIC meeting": what the count was narrowed to, in words.
  const via = r.filter.via ? ` ${VIA[r.filter.via].verb}` : ' take part';
  const at = r.filter.meetings?.length
    ? ` at ${joinList(r.filter.meetings.map((m) => dataset.meetingByNumber(m)).flatMap((m) => (m ? [the(m)] : [])))}`
    : '';
  return {
    sentence: r.items.length
      ? `${r.items.length} ${r.items.length === 1 ? (SINGULAR[r.label] ?? r.label) : r.label}${scope}${r.items.length === 1 && via === ' take part' ? ' takes part' : via}${at} in the records on file${caveat}: ${nameList(r.items.map((i) => i.name))}.${unnamedNote(r.unnamed)}`
      : `No ${r.label}${scope}${via}${at} in the records on file.${unnamedNote(r.unnamed)}${unnamedMeetingsNote(dataset, r.filter.meetings)}`,
    lines: [],
    refs: refsOf(r.items),
    sources: r.items.length ? r.sources : [...new Set([...r.sources, ...outcomeSources(dataset, r.filter.meetings)])],
  };
}

/** Names joined for the end of a sentence: a last name's own full stop ("Co., Ltd.") ends it. */
const nameList = (names: readonly string[]) => joinList(names).replace(/\.$/, '');

/** A country as an adjective before a kind ("Chinese universities"). */
const ADJECTIVE: Readonly<Record<string, string>> = { China: 'Chinese', Singapore: 'Singapore' };

/** Meetings asked about whose reported MOUs the sources never name: why no partner of theirs is on file. */
function unnamedMeetingsNote(dataset: Dataset, meetings: readonly number[] | undefined): string {
  const silent = (meetings ?? [])
    .map((n) => dataset.meetingByNumber(n))
    .filter((m): m is Meeting => !!m && !!m.newMous.value && dataset.mousAt(m.id).length === 0);
  return silent
    .map(
      (m) =>
        ` The sources report ${noun(m.newMous.value ?? 0, 'mous')} at ${the(m)} but do not name them or their parties.${outcomePartiesNote(dataset, m)}`,
    )
    .join('');
}

/**
 * What the sources do name of a meeting whose MOUs they never name: the organisations in its outcomes, said as
 * that (never as the MOUs' parties), with a later source's word where it calls one of them an MOU.
 */
const outcomeSources = (dataset: Dataset, meetings: readonly number[] | undefined) =>
  (meetings ?? []).flatMap((n) => {
    const m = dataset.meetingByNumber(n);
    return m && m.newMous.value && !dataset.mousAt(m.id).length
      ? outcomePartiesAt(dataset, m).flatMap((g) => g.sources)
      : [];
  });

function outcomePartiesNote(dataset: Dataset, m: Meeting): string {
  const groups = outcomePartiesAt(dataset, m);
  if (!groups.length) return '';
  const one = (g: (typeof groups)[number]) =>
    `${joinList(g.names)}${g.label ? ` (${g.label}${g.mouYear ? `; ${g.mouBy ?? 'a later source'} calls it an MOU of ${g.mouYear}` : ''})` : g.mouYear ? ` (${g.mouBy ?? 'a later source'} calls it an MOU of ${g.mouYear})` : ''}`;
  return ` The organisations they name in that meeting's outcomes (not said to be parties to its MOUs): ${groups.map(one).join('; ')}.`;
}

/** Parties the sources mention without naming them: how many, as the sources describe them. */
function unnamedNote(unnamed: readonly string[] | undefined): string {
  if (!unnamed?.length) return '';
  const bare = (t: string) => t.replace(/\s*\(not named in the sources\)/, '');
  const kinds = [...new Set(unnamed)].map((t) => `${unnamed.filter((x) => x === t).length} × ${bare(t)}`);
  return ` The sources also mention ${unnamed.length} they do not name: ${joinList(kinds)}.`;
}

/**
 * Asked as an annex of the release ("how many MOUs in Annex A?"): which records the annex lists, then the answer; and the
 * running total the same release reports, said as that (never as the annex's count).
 */
function inAnnex(said: Said, f: Filter, select: string, dataset: Dataset): Said {
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
function earliestFirst(said: Said, f: Filter, select: string, dataset: Dataset): Said {
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

/** One of a kind: "1 law firm", "1 university". */
const SINGULAR: Readonly<Record<string, string>> = {
  universities: 'university',
  companies: 'company',
  partners: 'partner',
  'research institutes': 'research institute',
  'government bodies': 'government body',
  'law firms': 'law firm',
  incubators: 'incubator',
};

function scopeText(
  f: Extract<Result, { op: 'count' }>['filter'],
  dataset: Dataset,
  orgNames: readonly string[],
): string {
  const parts: string[] = [];
  if (f.group) {
    const g = dataset.group(f.group);
    parts.push(
      f.group === 'unlabelled'
        ? "in Annex A's first group (the source shows no heading for it)"
        : `in the ${g?.label.replace(/^Strategic pillar: /, '') ?? f.group} group of Annex A`,
    );
  }
  if (f.topics?.length) parts.push(`about ${joinList(f.topics.map((t) => topicSpelling(dataset, t)))}`);
  if (f.without) parts.push(`with no related ${f.without === 'mous' ? 'MOU' : 'project'} on file`);
  if (f.linked) parts.push(`with a related ${f.linked === 'mous' ? 'MOU' : 'joint project'}`);
  if (orgNames.length) parts.push(`with ${joinList(orgNames)}`);
  if (f.kind || f.country || f.named)
    parts.push(
      f.exclude
        ? `with no ${f.country ? `${ADJECTIVE[f.country] ?? f.country} ` : ''}${(f.kind ?? 'partners').replace(/ies$/, 'y').replace(/s$/, '')} among their named partners`
        : `with ${f.country ? `${ADJECTIVE[f.country] ?? f.country} ` : ''}${f.kind ?? 'partners'}${placeScope(f)}`,
    );
  if (f.meetings?.length)
    parts.push(
      `from ${joinList(
        f.meetings.map((n) => {
          const m = dataset.meetingByNumber(n);
          return m ? the(m) : '';
        }),
      )}`,
    );
  return parts.join(' ');
}

function sayList(r: Extract<Result, { op: 'list' }>, dataset: Dataset, u: Understanding): Said {
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
  // "Where are the JIC meetings held?": each one's place or mode, as its sources give it.
  if (r.select === 'meetings' && u.target === 'where') {
    const ms = r.items.flatMap((i) => (i.ref ? [dataset.meeting(i.ref.id)] : [])).filter((m): m is Meeting => !!m);
    return {
      sentence: `${ms.length} JIC meetings are in the sources: ${ms.map((m) => `${the(m)} (${meetingDate(m)}) was held ${placePhrase(m.place.value)}`).join('; ')}.`,
      lines: [],
      refs: refsOf(r.items),
      sources: [...new Set([...sources, ...ms.flatMap((m) => m.place.sources)])],
    };
  }
  if (r.select === 'meetings')
    return {
      sentence: `${r.items.length} JIC meetings are in the sources: ${joinList(r.items.map((i) => `the ${i.name.replace(/ meeting$/, '')} (${formatDate(i.detail)})`))}.`,
      lines: [],
      refs: refsOf(r.items),
      sources,
    };
  if (r.select === 'highlights') {
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
    const scope = [
      r.filter.without ? `named in no ${r.filter.without === 'mous' ? 'MOU' : 'project'} on file` : '',
      r.filter.country ? `${r.filter.exclude ? 'not ' : ''}from ${r.filter.country}` : '',
      r.filter.exclude && r.filter.kind && !r.filter.country ? `that are not ${r.filter.kind}` : '',
      // How they take part, when the list was narrowed to it ("partners in both an MOU and a project").
      r.filter.via ? VIA[r.filter.via].named : '',
      placeScope(r.filter).trim(),
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
    ]
      .filter(Boolean)
      .join(' ');
    const label = r.label === 'partners' ? 'partners' : r.label;
    if (!r.items.length)
      return {
        sentence: `No ${label} ${scope} are in the records on file.${unnamedNote(r.unnamed)}${unnamedMeetingsNote(dataset, r.filter.meetings)}`,
        lines: [],
        refs: [],
        sources,
      };
    // Partners listed by country: say how many of those countries are our reading, not the sources' words.
    const read = r.filter.country
      ? r.items.filter((i) => i.ref && dataset.organisation(i.ref.id)?.countryStated === false).length
      : 0;
    const caveat = read ? ` (for ${read} of them the country is inferred: the sources don't state it)` : '';
    // Those the sources mention without naming are part of the answer too: say how many, and how they are described.
    const unnamed = unnamedNote(r.unnamed);
    return {
      sentence: `${r.items.length} ${r.items.length === 1 ? label.replace(/ies$/, 'y').replace(/s$/, '') : label}${scope ? ` ${scope}` : ''} ${r.items.length === 1 ? 'is' : 'are'} in the records on file${caveat}: ${nameList(r.items.slice(0, 12).map((i) => i.name))}${r.items.length > 12 ? ` and ${r.items.length - 12} more` : ''}.${unnamed}`,
      lines: [],
      refs: refsOf(r.items),
      sources,
    };
  }
  // MOUs or projects.
  const m = r.meetings.length === 1 ? r.meetings[0] : undefined;
  const what = r.select === 'mous' ? 'MOUs' : 'projects';
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
  const scope = scopeText(
    r.filter,
    dataset,
    (r.filter.orgs ?? []).map((g) => dataset.organisation(g[0] ?? '')?.name ?? ''),
  );
  // Nothing on file names the partner asked: the honest "none of the N on file", never a flat "no".
  const onlyOrgs =
    r.filter.orgs?.length === 1 && !r.filter.kind && !r.filter.country && !r.filter.group && !r.filter.topics;
  if (!r.items.length && onlyOrgs && (r.select === 'mous' || r.select === 'projects'))
    return {
      ...noneOnFile(
        dataset,
        r.select,
        r.filter.orgs?.[0] ?? [],
        dataset.organisation(r.filter.orgs?.[0]?.[0] ?? '')?.name ?? '',
        r.filter.meetings ?? [],
      ),
      lines: [],
      sources,
    };
  // None about a topic: none of those on file, which the sources report more of.
  const total = dataset.figures.latestTotals;
  const onFileOf =
    r.select === 'mous' ? dataset.mous.length : dataset.projects.filter((p) => p.kind === 'joint-project').length;
  const topicsOnly = !!r.filter.topics?.length && Object.keys(r.filter).every((k) => k === 'topics');
  if (!r.items.length) {
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
    return {
      sentence: `No ${what} on file ${scope}${topicsOnly && total ? ` (${onFileOf} of the ${r.select === 'mous' ? total.mous : total.projects} reported are on file by name)` : ''}${undecidedNote(dataset, r.select, r.filter)}.${near ? ` The nearest on file, about ${near.topic}: ${joinList(near.records.map((x) => displayName(x)))}.` : ''}`,
      lines: [],
      refs: near
        ? near.records.map((x) => ({ kind: 'parties' in x ? 'mou' : 'project', id: x.id }) as Ref).slice(0, 3)
        : [],
      sources: near ? [...new Set([...sources, ...near.records.flatMap((x) => x.description.sources)])] : sources,
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

/** A negated filter's records it can't decide, said ("3 more on file name no partner, or one whose country is unclear"). */
function undecidedNote(dataset: Dataset, select: Selection, f: Filter): string {
  if (!f.exclude || (select !== 'mous' && select !== 'projects')) return '';
  const { kind: _k, country: _c, exclude: _e, ...rest } = f;
  const open = selectRecords(dataset, select, rest).filter((x) => undecided(dataset, x, f)).length;
  return open
    ? ` (${open} others on file can't be told: they leave a partner unnamed${f.country ? ', or name one whose country the sources leave unclear' : ''})`
    : '';
}

/**
 * "Who signed the Keppel MOU?", "who is in the QuikBot project?": each record said as what it is — the MOU and
 * who signed it, the project and whom it joins, with its meeting — never "signed or joined by". Asked who SIGNED,
 * the sources name the parties, not the people who put pen to paper. A project whose twin MOU has the same
 * parties says so once.
 */
function recordParties(r: Extract<Result, { op: 'read' }>, u: Understanding, dataset: Dataset): string | undefined {
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
    return `${label} is between ${joinList(names)}${twin ? `; they also signed an MOU with each other at that meeting` : ''}.`;
  });
  const signers =
    asksSigned && recs.some((x) => partyNamesOf(dataset, x).length)
      ? ' The sources name the parties, not the people who signed for them.'
      : '';
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

function sayRead(r: Extract<Result, { op: 'read' }>, u: Understanding, dataset: Dataset): Said {
  const base = { refs: r.refs, sources: r.sources };
  const a = r.about;
  switch (a.type) {
    case 'meeting': {
      const m = dataset.meetingByNumber(a.number);
      if (!m) break;
      const place = m.place.value;
      if (r.attribute === 'date') {
        const note = m.date.note
          ? ` (${m.date.note})`
          : m.announced
            ? ` (announced on ${formatDate(m.announced.value)})`
            : '';
        const sentence =
          m.number === 0
            ? `The founding MOU was signed on ${meetingDate(m)} in ${place}.`
            : `The ${m.name} was held on ${meetingDate(m)}, ${placePhrase(place)}${note}.`;
        return { sentence, lines: [], ...base };
      }
      if (r.attribute === 'announced')
        return {
          sentence: m.announced
            ? `The release announcing the ${m.name} is dated ${formatDate(m.announced.value)}; the meeting itself was held on ${meetingDate(m)}.`
            : `The sources give no separate announcement date for the ${m.name}; it was held on ${meetingDate(m)}.`,
          lines: [],
          ...base,
        };
      if (r.attribute === 'place')
        return {
          sentence:
            m.number === 0
              ? `The founding MOU was signed in ${place} (${meetingDate(m)}).`
              : `The ${m.name} (${meetingDate(m)}) was held ${placePhrase(place)}.`,
          lines: [],
          ...base,
        };
      if (r.attribute === 'chairs' || r.attribute === 'parties') {
        const readings = r.readings;
        const verb = m.number === 0 ? 'signed' : 'co-chaired';
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
      return { sentence, lines: listLines(r.items.filter((i) => !/^Eight MOUs were signed/.test(i.name))), ...base };
    }
    case 'record':
    case 'records': {
      // The zone's own record (alone, or among those a question's words picked): the zone as a whole.
      const zoneId = (a.type === 'record' ? [a.id] : a.ids).find(
        (id) => a.kind === 'project' && dataset.project(id)?.kind === 'demonstration-zone',
      );
      if (zoneId && (r.attribute === 'about' || r.attribute === 'date'))
        return sayZone({ ...r, about: { type: 'record', kind: 'project', id: zoneId } }, dataset, u);
      if (r.attribute === 'parties') {
        const said = recordParties(r, u, dataset);
        if (said) return { sentence: said, lines: [], ...base };
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
            return `${x.label} is project ${numbered.number} of Annex B, which lists the joint projects of ${the(at)}; Annex A lists its MOUs, by group.`;
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
    case 'org':
      return sayOrg(r, u, dataset);
    case 'orgs': {
      // Nothing joins them: say so, then what each did, so the answer is about both.
      if (!r.items.length)
        return {
          sentence: sentences(
            `No record on file joins ${r.name}${joinedAt(r.about, dataset)}`,
            whatEachOfThemDid(dataset, r.about),
          ),
          lines: [],
          ...base,
        };
      const at = (i: Item) => {
        const ref = i.ref;
        const rec = ref ? (ref.kind === 'mou' ? dataset.mou(ref.id) : dataset.project(ref.id)) : undefined;
        const m = rec ? dataset.meeting(rec.meeting) : dataset.meetings.find((x) => x.name === i.detail?.split('|')[1]);
        return m ? `the ${m.name}, ${meetingDate(m)}` : '';
      };
      // An MOU and a project of the same partners are two records, each said as what it is.
      const kindOf = (i: Item) =>
        i.ref?.kind === 'mou' ? 'the MOU ' : i.ref?.kind === 'project' ? 'the project ' : '';
      const both = r.items.some((i) => i.ref?.kind === 'mou') && r.items.some((i) => i.ref?.kind === 'project');
      // Two entities of one brand: what each entity did, never one's record as both's.
      const brand = brandLead(dataset, r.about);
      if (brand && r.about.type === 'orgs')
        return {
          sentence: sentences(`${brand}${r.about.groups.map((g) => whatEachDid(dataset, [g[0] ?? ''])).join('; ')}`),
          lines: [],
          ...base,
        };
      return {
        sentence: `${both ? `Two records on file, an MOU and a joint project (not one record), join ${r.name}: ` : `${r.name}: `}${r.items.map((i) => (i.detail?.startsWith('highlight|') ? `${i.name} (${at(i)})` : `${both ? kindOf(i) : ''}${i.name} (${at(i)}) — ${i.detail}`)).join(' ')}`,
        lines: [],
        ...base,
      };
    }
    case 'person': {
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
      // (A yes/no says for itself that the sources don't say whether it is still so.)
      if (span)
        return {
          sentence: `The sources name ${a.name} as ${role} from ${span.from} to ${span.to}, the latest they give${u.target === 'yesno' ? '' : "; they don't say whether that is still so"}.${did.length ? ` ${a.name} ${joinList(did)}.` : ''}`,
          lines: [],
          ...base,
        };
      const parts = [`${a.name} ${/ when /.test(role) ? 'was' : 'is'} ${role}`, ...did];
      return { sentence: `${parts.join('; ')}.`, lines: [], ...base };
    }
    case 'highlight': {
      const x = r.readings[0];
      const [mname, date] = (x?.label ?? '').split('|');
      return { sentence: `At the ${mname} (${formatDate(date)}): ${x?.value}`, lines: [], ...base };
    }
    case 'initiative': {
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
        const year =
          /\b(?:launched|initiated) in (\d{4})/i.exec(summary)?.[1] ?? (r.readings[0]?.value ?? '').slice(0, 4);
        return { sentence: `The ${i.shortName} was launched in ${year}. ${text}`.trim(), lines: [], ...base };
      }
      return {
        sentence: `The ${i.name} (${i.shortName}): ${r.readings[0]?.value} Its pillars: ${joinList(r.items.map((x) => x.name.toLowerCase()))}.`,
        lines: [],
        ...base,
      };
    }
    case 'committee': {
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
  }
  return { sentence: `${r.name}.`, lines: [], ...base };
}

/**
 * The Demonstration Zone, as a whole: what it is and where (its own record and place), then, meeting by
 * meeting, what the sources name of it (the records about it, its own short outcomes) — which answers
 * both "what is the zone" and "when was it set up / its start-up area unveiled" (no founding date is given).
 */
function sayZone(r: Extract<Result, { op: 'read' }>, dataset: Dataset, u: Understanding): Said {
  const z = dataset.initiative.demonstrationZone;
  const rec = r.about.type === 'record' ? dataset.project(r.about.id) : undefined;
  const entries = zoneEntries(dataset, rec?.id ?? '');
  // "Which meeting launched the zone's four projects?", "when was the start-up area unveiled?": the meeting whose
  // record holds that part of the zone's story, not the zone's overview.
  if (/ (?:which|what) (?:jic|jics|meeting|meetings)\b| at which | in which | when /.test(u.q.text)) {
    const asked = u.q.text
      .split(' ')
      .filter((w) => w.length >= 4 && !ZONE_QUESTION_WORDS.test(w))
      .map((w) => w.replace(/s$/, ''));
    // The zone's own record speaks for its meeting too ("Four new projects were established in the Demonstration Zone…").
    const at = rec ? dataset.meeting(rec.meeting) : undefined;
    const own = at && rec ? rec.description.text.split(/(?<=\.)\s+/).map((x) => x.replace(/\.$/, '')) : [];
    const withOwn = at && !entries.some((e) => e.meeting === at) ? [...entries, { meeting: at, parts: [] }] : entries;
    // Each meeting's part that says most of what was asked (the first of equals: its own outcome before the
    // record's wider text); the meetings whose part says most.
    const said = (x: string) => asked.filter((w) => normal(x).includes(` ${w}`)).length;
    const scored = withOwn.map((e) => {
      const parts = [...e.parts, ...(e.meeting === at ? own : [])];
      const best = parts.reduce((b, x) => (said(x) > said(b) ? x : b), parts[0] ?? '');
      return { meeting: e.meeting, parts: best && said(best) ? [best] : [], score: best ? said(best) : 0 };
    });
    const top = Math.max(0, ...scored.map((e) => e.score));
    const hits = scored.filter((e) => e.parts.length && e.score === top);
    if (hits.length === 1 && hits[0])
      return {
        sentence: `At ${the(hits[0].meeting)} (${meetingDate(hits[0].meeting)}): ${hits[0].parts.join('; ')}.`,
        lines: [],
        refs: [{ kind: 'meeting', id: hits[0].meeting.id }, ...r.refs],
        sources: [...new Set([...hits[0].meeting.date.sources, ...r.sources])],
      };
  }
  const timeline = entries.map((e) => `at ${the(e.meeting)} (${meetingDate(e.meeting)}): ${e.parts.join('; ')}`);
  const head = `The ${z?.name ?? rec?.name ?? 'Demonstration Zone'}${z?.place ? ` (in ${z.place.value})` : ''}`;
  const sentence =
    r.attribute === 'date'
      ? `The sources give no date on which the ${z?.name ?? 'zone'} itself was set up. What they name of it: ${timeline.join('. And ')}.`
      : `${head}: ${rec?.description.text ?? ''} What the sources name of it: ${timeline.join('. And ')}.`;
  return {
    sentence,
    lines: [],
    refs: r.refs,
    sources: [...new Set([...r.sources, ...(z?.place?.sources ?? [])])],
  };
}

/** Words of asking about the zone's story, not what part of it is asked about. */
const ZONE_QUESTION_WORDS =
  /^(?:which|what|when|where|were|was|meeting|meetings|jics?|demozone|zone|demo|demonstration|launch\w*|establish\w*|introduc\w*|unveil\w*|held|started?|announc\w*|first|there|their|they|them|this|that|those|these|with|from|into|does|did|have|been)$/;

/** What each meeting names of the zone (records about it, its own short outcomes), built once per Dataset. */
const zoneTimelines = new WeakMap<Dataset, Array<{ meeting: Meeting; parts: string[] }>>();
function zoneEntries(dataset: Dataset, zoneRecord: string): Array<{ meeting: Meeting; parts: string[] }> {
  const cached = zoneTimelines.get(dataset);
  if (cached) return cached;
  const zoneWords = / demonstration (?:zone|park) /;
  const about = (x: { topics: readonly string[]; keywords: readonly string[] }) =>
    [...x.topics, ...x.keywords].some((t) => zoneWords.test(normal(t)));
  const built = dataset.meetings
    .filter((m) => m.number > 0)
    .map((m) => {
      const records = [...dataset.mousAt(m.id), ...dataset.projectsAt(m.id)].filter(
        (x) => about(x) && x.id !== zoneRecord,
      );
      // The meeting's own short outcomes about the zone (long reports of the whole meeting are left to its card).
      const outcomes = m.highlights.filter((h) => zoneWords.test(normal(h.text)) && h.text.length <= 160);
      return {
        meeting: m,
        parts: [...outcomes.map((h) => h.text.replace(/\.$/, '')), ...records.map((x) => displayName(x))],
      };
    })
    .filter((e) => e.parts.length);
  zoneTimelines.set(dataset, built);
  return built;
}

/**
 * The JIC's co-chairs as the sources name them, each person once with the meetings they co-chaired (a
 * meeting whose sources differ says so), grouped by side; then what a later event reports, as reported.
 */
function sayChairs(r: Extract<Result, { op: 'read' }>, u: Understanding, dataset: Dataset): Said {
  const { sides, events } = chairsOf(r);
  const verb = (reading: string) => (/s$/.test(reading) ? 'name' : 'names');
  const describe = (p: ChairsBySide['people'][number]) => {
    const notes = p.differ.map(
      (d) =>
        `at the ${ordinal(d.meeting)}, the ${joinList(d.named)} ${verb(d.named[0] ?? '')} them; the ${joinList(d.others.map((o) => `${o.reading} ${verb(o.reading)} ${joinList(o.names) || 'someone else'}`))}`,
    );
    const who = p.role === 'not named' ? p.name : `${p.name} (${p.role})`;
    return `${who} at the ${joinList(p.meetings.map(ordinal))} JIC${p.meetings.length > 1 ? ' meetings' : ' meeting'}${notes.length ? ` (${notes.join('; ')})` : ''}`;
  };
  const sideLabel = (s: string) => (s === 'China' ? 'Shenzhen' : s);
  const body = sides.map((x) => `on the ${sideLabel(x.side)} side, ${joinList(x.people.map(describe))}`).join('; ');
  const said = events
    .map((e) => {
      const pub = joinList(e.sources.map((id) => dataset.source(id)?.publisher ?? id));
      return e.verbatim
        ? ` On ${formatDate(e.date)}, ${e.by} said: “${e.text}”.`
        : ` On ${formatDate(e.date)}, ${pub} reported ${e.by} saying that ${e.text} (reported speech).`;
    })
    .join('');
  return {
    sentence: `${headsInitiative(u) ? `The sources name no one who heads the ${dataset.initiative.shortName} itself; its Joint Implementation Committee's co-chairs: ` : "The sources name the JIC's co-chairs: "}${body}.${said}`,
    lines: [],
    refs: refsOf(r.items),
    sources: r.sources,
  };
}

/** An organisation: who it signed with, what it joined, what the sources say it is. */
function sayOrg(r: Extract<Result, { op: 'read' }>, u: Understanding, dataset: Dataset): Said {
  const base = { refs: r.refs, sources: r.sources };
  const a = r.about;
  if (a.type !== 'org') return { sentence: r.name, lines: [], ...base };
  const ids = a.ids;
  const orgName = (id: string) => dataset.organisation(id)?.name ?? id;
  const own = new Set(ids.flatMap((id) => [orgName(id), ...dataset.childrenOf(id).map((c) => c.name)]));
  const parts: string[] = [];
  const mous = r.items.filter((i) => i.detail?.startsWith('mou|'));
  const projects = r.items.filter((i) => i.detail?.startsWith('project|'));
  const highlights = r.items.filter((i) => i.detail?.startsWith('highlight|'));
  const other = (i: Item) =>
    (i.detail ?? '')
      .split('|')
      .slice(1, -2)
      .filter((n) => !own.has(n));
  const signer = (i: Item) =>
    (i.detail ?? '')
      .split('|')
      .slice(1, -2)
      .find((n) => own.has(n)) ?? r.name;
  const mtg = (i: Item) => {
    const d = (i.detail ?? '').split('|');
    return `${d[d.length - 2]?.replace(/ meeting$/, '')}, ${formatDate(d[d.length - 1])}`;
  };
  // Two legal entities of one brand (not a parent and its own sub-unit, which read as one partner).
  const family = ids.length > 1 && !ids.some((id) => ids.includes(dataset.organisation(id)?.parent ?? ''));
  if (u.target === 'when') {
    // "When did NCS sign its MOUs?": the date(s), meeting by meeting, each fact once — never a list of records.
    const at = new Map<string, { mous: number; projects: number; named: boolean }>();
    const bump = (i: Item, k: 'mous' | 'projects' | 'named') => {
      const e = at.get(mtg(i)) ?? { mous: 0, projects: 0, named: false };
      if (k === 'named') e.named = true;
      else e[k] += 1;
      at.set(mtg(i), e);
    };
    for (const i of mous) bump(i, 'mous');
    for (const i of projects) bump(i, 'projects');
    for (const i of highlights) bump(i, 'named');
    if (!at.size) return { sentence: `The sources give no date for ${r.name}.`, lines: [], ...base };
    const said = [...at].map(([when, e]) => {
      const did = [
        e.mous ? `signed ${plural(e.mous, 'MOU')} on file` : '',
        e.projects ? `joined ${plural(e.projects, 'project')} on file` : '',
      ].filter(Boolean);
      return `${did.length ? joinList(did) : 'is named in the outcomes'} at the ${when.replace(/, (.*)$/, ' ($1)')}`;
    });
    return { sentence: `${r.name} ${said.join('; ')}.`, lines: [], ...base };
  }
  const wantsPartners =
    r.attribute === 'parties' ||
    u.target === 'who' ||
    (u.target !== 'what' &&
      (u.flags.signing || / (?:who|whom|with|partner|partners|partnered|team|working|works) /.test(u.q.text)));
  if (wantsPartners) {
    for (const i of mous)
      parts.push(`${signer(i)} signed an MOU with ${joinList(other(i)) || 'no other named party'} (${mtg(i)})`);
    if (!mous.length || !u.flags.signing || family)
      for (const i of projects)
        parts.push(
          `${family ? signer(i) : r.name} joined a project with ${joinList(other(i)) || 'no other partner named'} (${mtg(i)})`,
        );
    for (const i of highlights)
      if (!mous.length && !projects.length) parts.push(`${i.name} (${i.detail?.split('|')[1]})`);
    if (!mous.length && u.flags.signing && projects.length && !family)
      parts.unshift(`None of the MOUs on file names ${r.name}`);
    if (!parts.length) return { sentence: `No record on file names a partner of ${r.name}.`, lines: [], ...base };
    // The same signing said several times (NCS's three MOUs, each with an unnamed company): once, with how many.
    const counted = [...new Set(parts)].map((x) => {
      const k = parts.filter((y) => y === x).length;
      return k > 1 ? `${x} — ${k} times` : x;
    });
    return { sentence: `${counted.join('; ')}.`, lines: [], ...base };
    return { sentence: `${parts.join('; ')}.`, lines: [], ...base };
  }
  // "What did DataPost sign?": what it signed first (each MOU, then what it says), the profile only after.
  if (u.flags.signing && mous.length && !family && (u.target === 'what' || u.target === 'list')) {
    const first = mous.length === 1 ? mous[0]?.ref : undefined;
    const rec = first ? dataset.mou(first.id) : undefined;
    // All with the same other side at one meeting (NCS's three): said once.
    const one =
      mous.length > 1 && new Set(mous.map((i) => `${other(i).join()}|${mtg(i)}`)).size === 1 ? mous[0] : undefined;
    const unnamed = (i: Item) => other(i).some((x) => /not named/.test(x));
    const each = (i: Item) =>
      one ? i.name : `${i.name} (${unnamed(i) ? `with ${joinList(other(i))}, ` : ''}${mtg(i)})`;
    return {
      sentence: `${r.name} signed ${plural(mous.length, 'MOU')} on file${one ? `, all with ${joinList(other(one))} (${mtg(one)})` : ''}: ${mous.map(each).join('; ')}.${rec ? ` ${rec.description.text}` : ''}${projects.length ? ` It also joined ${plural(projects.length, 'project')}: ${projects.map((i) => `${i.name} (${mtg(i)})`).join('; ')}.` : ''}`,
      lines: [],
      ...base,
    };
  }
  // what is X / what did X sign / what has X done
  const about = r.readings.map((x) => x.value).filter(Boolean);
  const orgs = ids.map((id) => dataset.organisation(id)).filter(Boolean);
  // A country the sources do not state is shown as what it is: a reading, not a fact.
  const countryOf = (o: (typeof orgs)[number]) =>
    !o || o.country === 'unclear'
      ? ''
      : o.countryStated
        ? `, ${o.country}`
        : `, probably ${demonym(o.country)}: the sources don't state its country`;
  const desc = orgs.map((o) => `${o?.name} (${o?.kind}${countryOf(o)})`);
  if (family) {
    // One brand, several entities: say which entity did what.
    for (const i of mous)
      parts.push(`${signer(i)} signed an MOU with ${joinList(other(i)) || 'an unnamed party'} (${mtg(i)})`);
    for (const i of projects)
      parts.push(`${signer(i)} joined a project with ${joinList(other(i)) || 'no other partner'} (${mtg(i)})`);
  } else {
    // Several MOUs with the same other side (NCS's three with unnamed companies): each by its name, which says what it is on.
    const same = (xs: readonly Item[]) => xs.length > 1 && new Set(xs.map((i) => other(i).join())).size === 1;
    if (mous.length)
      parts.push(
        `signed ${plural(mous.length, 'MOU')} on file (${same(mous) ? `all with ${joinList(other(mous[0] as Item)) || 'an unnamed party'}: ` : ''}${mous.map((i) => (same(mous) ? `${i.name}, ${mtg(i)}` : `with ${joinList(other(i)) || 'an unnamed party'}, ${mtg(i)}`)).join('; ')})`,
      );
    if (projects.length)
      parts.push(
        `joined ${plural(projects.length, 'project')} on file (${projects.map((i) => `with ${joinList(other(i)) || 'no other partner'}, ${mtg(i)}`).join('; ')})`,
      );
  }
  if (highlights.length)
    parts.push(
      `is named at ${joinList([...new Set(highlights.map((i) => `the ${i.detail?.split('|')[1]?.replace(/ meeting$/, '')}`))])}: ${highlights[0]?.name.replace(/\.$/, '')}`,
    );
  const lead = family ? `${joinList(desc)} share one brand.` : `${desc[0]}${about.length ? `, ${about[0]},` : ''}`;
  // With one or two records, what they do is the answer to "what does X do?".
  const records = [...mous, ...projects];
  const describe =
    !family && records.length >= 1 && records.length <= 2 && new Set(records.map((i) => other(i).join())).size === 1
      ? (() => {
          const ref = records[records.length - 1]?.ref;
          const rec = ref ? (ref.kind === 'mou' ? dataset.mou(ref.id) : dataset.project(ref.id)) : undefined;
          return rec
            ? ` ${rec.description.text.length > 400 ? `${rec.description.text.slice(0, 400).replace(/\s+\S*$/, '')}…` : rec.description.text}`
            : '';
        })()
      : '';
  // "What does X do?": what its records say it does first, then what it signed or joined.
  const doing = / what (?:does|do|did|is) (?:[a-z]+ ){1,6}(?:do|doing|work on|working on|up to) /.test(u.q.text);
  const sentence = parts.length
    ? doing && describe
      ? `${describe.trim()} ${lead} ${parts.join('; ')}.`
      : `${lead} ${parts.join('; ')}.${describe}`
    : `${lead} is in no MOU or project on file.`;
  return { sentence, lines: [], ...base };
}

function sayCheck(r: Extract<Result, { op: 'check' }>, u: Understanding, dataset: Dataset, locale: string): Said {
  const inner = say(r.inner, u, dataset, locale);
  const lead =
    r.verdict === 'yes' ? 'Yes' : r.verdict === 'no' ? 'No' : r.verdict === 'both' ? 'The sources differ' : '';
  // "Is the DataPost MOU also a project?": its records of that kind, each with its related record of the other or none.
  if (r.inner.op === 'count' && r.inner.filter.linked) {
    const { linked, ...rest } = r.inner.filter;
    const recs = selectRecords(dataset, r.inner.select === 'projects' ? 'projects' : 'mous', rest);
    const kindOf = (x: { id: string }) => (dataset.mou(x.id) ? 'MOU' : 'joint project');
    const each = recs.map((x) => {
      const others = (
        'relatedProjects' in x
          ? x.relatedProjects.map((id) => dataset.project(id))
          : x.relatedMous.map((id) => dataset.mou(id))
      ).filter((o): o is NonNullable<typeof o> => !!o);
      const m = dataset.meeting(x.meeting);
      return others.length
        ? `the ${x.name} ${kindOf(x)} (${m ? ord(m) : ''}) has a related ${linked === 'mous' ? 'MOU' : 'joint project'} on file: ${joinList(others.map((o) => o.name))}`
        : `the ${x.name} ${kindOf(x)} (${m ? ord(m) : ''}) has no related ${linked === 'mous' ? 'MOU' : 'joint project'} on file`;
    });
    const total = dataset.figures.latestTotals;
    return {
      sentence: `${r.verdict === 'yes' ? 'Yes' : 'No'}: ${each.join('; ')}.${r.verdict === 'yes' ? ' They are two records, an MOU and a joint project.' : total ? ` (${noun(linked === 'mous' ? total.mous : total.projects, linked === 'mous' ? 'mous' : 'projects')} were reported in all, not all of them named.)` : ''}`,
      lines: [],
      refs: recs
        .flatMap((x) => [{ kind: dataset.mou(x.id) ? ('mou' as const) : ('project' as const), id: x.id }])
        .slice(0, 5),
      sources: inner.sources,
    };
  }
  // "Did NTU sign an MOU?" when none on file names it: no MOU is on file, which is not the same as "no".
  if (r.verdict === 'no' && r.inner.op === 'count' && r.claim.type === 'some') {
    const none = noneOnFile(
      dataset,
      r.inner.select === 'projects' ? 'projects' : 'mous',
      r.inner.filter.orgs?.[0] ?? [],
      r.inner.orgNames[0] ?? '',
      r.inner.filter.meetings ?? [],
      true,
    );
    // What the meetings' outcomes say of it (SIMC's 2020 MOU with SCIA, TusStar's partnership with IMDA).
    const ids = r.inner.filter.orgs?.[0] ?? [];
    const outcomes = ids.length && !r.inner.filter.meetings?.length ? outcomesNaming(dataset, ids) : [];
    if (!outcomes.length || /; it (?:signed|joined) /.test(none.sentence))
      return { ...none, lines: [], sources: inner.sources };
    return {
      ...outcomeSentence(none.sentence, outcomes, r.inner.select === 'projects' ? 'projects' : 'mous', dataset),
      refs: outcomes.map((o) => ({ kind: 'meeting' as const, id: o.meeting.id })).slice(0, 3),
    };
  }
  // "Did DBS sign an MOU?": a name only a meeting's outcome holds; no MOU on file names it, and what the outcome says.
  if (r.claim.type === 'signed' && r.inner.op === 'read' && r.inner.about.type === 'highlight') {
    const key = r.inner.about.key;
    const outcome = outcomesNaming(dataset, [], key);
    const text = outcome[0]?.text ?? '';
    const at = text.toLowerCase().indexOf(r.claim.words);
    const name = at >= 0 ? text.slice(at, at + r.claim.words.length) : r.claim.words;
    const none = noneOnFile(dataset, 'mous', [], name, [], true);
    return {
      ...outcomeSentence(none.sentence, outcome, 'mous', dataset),
      refs: outcome.map((o) => ({ kind: 'meeting' as const, id: o.meeting.id })),
    };
  }
  // "Did Keppel sign with Tencent?": the sources never name Tencent, which is not the same as "no" either.
  if (r.claim.type === 'unnamed' && r.inner.op === 'read') {
    const total = dataset.figures.latestTotals;
    return {
      ...inner,
      sentence: sentences(
        `No record on file names ${r.claim.name}, so none joins it with ${r.inner.name}${total ? ` (the sources report ${total.mous} MOUs and ${total.projects} projects in all, but name only ${dataset.mous.length} MOUs and ${dataset.projects.filter((p) => p.kind === 'joint-project').length} projects)` : ''}`,
        whatEachOfThemDid(dataset, r.inner.about),
      ),
    };
  }
  // "Did Keppel sign with NUS?" when no record joins them: none on file, which is not the same as "no".
  if (r.verdict === 'no' && r.claim.type === 'together' && r.inner.op === 'read') {
    const total = dataset.figures.latestTotals;
    const scoped = joinedAt(r.inner.about, dataset);
    // At one meeting: say so, and whether they are joined elsewhere (never a bare "none" that reads as "never").
    if (scoped && r.inner.about.type === 'orgs') {
      const elsewhere = (r.inner.readings.find((x) => x.label === 'elsewhere')?.value ?? '').split('|').filter(Boolean);
      return {
        ...inner,
        sentence: `No record or outcome on file joins ${r.inner.name}${scoped}${elsewhere.length ? `; the records join them at ${joinList(elsewhere)}` : ''}.`,
      };
    }
    const same = sameMeeting(dataset, r.inner.about, u.q.text);
    if (same) return { ...inner, sentence: sentences(same) };
    return {
      ...inner,
      sentence: sentences(
        `No record on file joins ${r.inner.name}${total ? ` (the sources report ${total.mous} MOUs and ${total.projects} projects in all, but name only ${dataset.mous.length} MOUs and ${dataset.projects.filter((p) => p.kind === 'joint-project').length} projects)` : ''}`,
        whatEachOfThemDid(dataset, r.inner.about),
      ),
    };
  }
  // "Has Qin Weizhong signed any MOU?": the only signatories the sources name are the founding MOU's.
  if (asksFoundingSignatory(r, u))
    return {
      ...inner,
      sentence:
        r.verdict === 'yes'
          ? `Yes: ${lowerFirst(inner.sentence)}`
          : `The sources name no MOU that ${r.claim.name} signed: the only signatories they name are the founding MOU's — ${lowerFirst(inner.sentence)}`,
    };
  // "Was Joseph Leong at the 2nd JIC?": the sources list co-chairs, not who attended, so not naming him is no "No"
  // (unless the question asks about chairing).
  if (r.verdict === 'no' && r.claim.type === 'person' && !u.flags.chairing && r.inner.op === 'read')
    return {
      ...inner,
      sentence: `The sources don't name ${r.claim.name} at ${r.inner.about.type === 'meeting' ? the(dataset.meetingByNumber(r.inner.about.number) as Meeting) : r.inner.name}; ${lowerFirst(inner.sentence)}`,
    };
  // "Is Qin Weizhong the mayor?": the person's reading already gives the role with its dates and says the sources
  // don't say whether it is still so — no "Yes" about now.
  const dated = r.claim.type === 'role' && /^The sources name .* as .* from /.test(inner.sentence);
  // "Is Chen Rugui still mayor?": the sources give roles at dated meetings, not who holds them now.
  if (r.claim.type === 'role' && / (?:still|now|currently|today|at present|anymore|any more) /.test(u.q.text))
    return {
      ...inner,
      sentence: dated
        ? `The sources don't say who holds that role now; ${lowerFirst(inner.sentence)}`
        : `The sources don't say who holds that role now; they give it as of the meetings they report: ${inner.sentence}`,
    };
  if (dated && r.verdict === 'yes')
    return {
      ...inner,
      sentence: `Yes, as far as the sources go: ${inner.sentence
        .replace(/^The sources name/, 'they name')
        .replace(/, the latest they give\./, ", the latest they give; they don't say whether that is still so.")}`,
    };
  // "Is NCS a Singapore company?": the kind and country as the data holds them, with how sure the sources are.
  if (r.claim.type === 'kind' && r.inner.op === 'read' && r.inner.about.type === 'org') {
    const o = dataset.organisation(r.inner.about.ids[0] ?? '');
    if (o) {
      const where =
        o.country === 'unclear'
          ? '; the sources do not state its country'
          : o.countryStated
            ? `, from ${o.country}`
            : `, from ${o.country}`;
      const head =
        r.verdict === 'unknown'
          ? "The sources don't say"
          : r.claim.country && !o.countryStated
            ? `${lead} (inferred: the sources don't state its country)`
            : lead;
      const a = (w: string) => `${/^[aeiou]/i.test(w) ? 'an' : 'a'} ${w}`;
      // A kind no table knows, not the one on file: what the sources do call it, never a "No" of our own.
      const free = !!r.claim.label && !(r.claim.label in KIND_TESTS);
      if (free && r.verdict === 'unknown')
        return {
          ...inner,
          sentence: `The sources don't call ${o.name} ${a(r.claim.label)}: they give it as ${a(o.kind)}${where}.`,
          lines: [],
        };
      return {
        ...inner,
        sentence: `${head}: ${o.name} is ${a(o.kind)}${where}.`,
        lines: [],
      };
    }
  }
  // A named outcome's text that does not say what was asked: say so, then what it does say (never a "No":
  // silence is not denial).
  // A place asked of something the outcome places there in its own words ("TusStar will establish hub operations in
  // Singapore"): their words, which neither confirm nor deny where it is.
  const placeSaid =
    r.claim.type === 'words' &&
    r.claim.located &&
    r.claim.words.length === 1 &&
    r.claim.words.every((w) => ` ${inner.sentence.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `.includes(` ${w} `));
  if (placeSaid)
    return {
      ...inner,
      sentence: `The sources don't say where it is based; what they say of it: ${lowerFirst(inner.sentence)}`,
    };
  // Whether it came about: the sources state aims and intentions, never progress.
  if (r.claim.type === 'progress')
    return {
      ...inner,
      sentence: `The sources don't say whether it has happened or what came of it; what they say: ${lowerFirst(inner.sentence)}`,
    };
  if (r.verdict === 'unknown' && (r.claim.type === 'words' || (r.claim.type === 'topic' && r.claim.free)))
    return { ...inner, sentence: `The sources don't say so; what they say: ${lowerFirst(inner.sentence)}` };
  return {
    ...inner,
    sentence: lead
      ? `${lead}: ${inner.sentence.charAt(0).toLowerCase() === inner.sentence.charAt(0) ? inner.sentence : lowerFirst(inner.sentence)}`
      : inner.sentence,
  };
}

/**
 * "Did NTU sign an MOU?", "which MOUs did NTU sign?" when none on file names it: none of the records on
 * file (of that kind, at the meetings asked) names it, which is not "none at all" (the sources report more
 * than they name); then what it did sign or join elsewhere.
 */
function noneOnFile(
  dataset: Dataset,
  asked: 'mous' | 'projects',
  ids: readonly string[],
  name: string,
  meetingNums: readonly number[],
  /** Asked yes or no: the answer leads with "No … on file", then how few of those reported are named. */
  yesno = false,
): { sentence: string; refs: Ref[] } {
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
  const lead =
    meetings.length && !onFile
      ? `The sources name none of the ${noun} from ${joinList(meetings.map((m) => the(m)))}, so none on file names ${name}`
      : yesno && !meetings.length && reported !== undefined
        ? `No ${one} on file names ${name}: none of the ${onFile} ${noun} on file does (the sources report ${reported} ${noun} in all but name only these)`
        : `None of the ${onFile} ${noun} on file${meetings.length ? ` from ${joinList(meetings.map((m) => the(m)))}` : ''} names ${name}${!meetings.length && reported !== undefined ? ` (the sources report ${reported} ${noun} in all but name only these)` : ''}`;
  return { sentence: `${lead}${also.length ? `; ${also.join('; ')}` : ''}.`, refs };
}

/** A meeting's outcomes that name these organisations (by the outcome's parties), or the one outcome of `key`. */
function outcomesNaming(dataset: Dataset, ids: readonly string[], key?: string) {
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
function outcomeSentence(
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
function topicSpelling(dataset: Dataset, t: string): string {
  const spelt = [...dataset.mous, ...dataset.projects]
    .flatMap((r) => [...r.topics, ...r.keywords])
    .find((x) => x.toLowerCase().replace(/[^a-z0-9]+/g, ' ') === t && x !== t);
  return spelt ?? t;
}

function nearestOnFile(dataset: Dataset, topics: readonly string[]) {
  const topic = topics.map((t) => NEAR_TOPICS[t]).find(Boolean);
  if (!topic) return undefined;
  const records = [...dataset.mous, ...dataset.projects].filter((r) =>
    [...r.topics, ...r.keywords].some((x) => x.toLowerCase() === topic),
  );
  return records.length ? { topic, records: records.slice(0, 3) } : undefined;
}

/**
 * Two records of one kind side by side: what they share (meeting, Annex A group), then each one's parties, meeting
 * where they differ, what it covers (its description, cut short) and a twin record of the other kind.
 */
function sayRecords(r: Extract<Result, { op: 'records' }>, dataset: Dataset): Said {
  const kind = r.kind === 'mou' ? 'MOUs' : 'joint projects';
  const meetingOf = (x: Mou | Project) => dataset.meeting(x.meeting);
  const meetings = [...new Set(r.records.map((x) => x.meeting))];
  const groups = [...new Set(r.records.map((x) => ('group' in x ? x.group : null)))];
  const groupLabel = (id: string | null) =>
    id === 'unlabelled'
      ? "Annex A's first group, whose heading the source lacks"
      : id
        ? `the ${dataset.group(id)?.label.replace(/^Strategic pillar: /, '') ?? id} group of Annex A`
        : '';
  const m0 = meetingOf(r.records[0] as Mou | Project);
  const shared = [
    meetings.length === 1 && m0 ? `both of ${the(m0)} (${meetingDate(m0)})` : '',
    r.kind === 'mou' && groups.length === 1 && groups[0] ? `both in ${groupLabel(groups[0])}` : '',
  ].filter(Boolean);
  const partiesOf = (x: Mou | Project) =>
    joinList(('parties' in x ? x.parties : x.partners).map((p) => partyName(dataset, p)));
  const short = (t: string) => (t.length > 220 ? `${t.slice(0, 220).replace(/\s+\S*$/, '')}…` : t);
  const each = r.records.map((x) => {
    const m = meetingOf(x);
    const twin =
      'relatedProjects' in x && x.relatedProjects.length
        ? ' It has a joint project of the same partners too.'
        : 'relatedMous' in x && x.relatedMous.length
          ? ' It has an MOU of the same partners too.'
          : '';
    const where = [
      meetings.length > 1 && m ? `${the(m)}, ${meetingDate(m)}` : '',
      r.kind === 'mou' && groups.length > 1 && 'group' in x ? groupLabel(x.group) : '',
    ]
      .filter(Boolean)
      .join('; ');
    return `${displayName(x)} (${partiesOf(x)}${where ? `; ${where}` : ''}): ${short(x.description.text)}${twin}`;
  });
  return {
    sentence: `Two ${kind}${shared.length ? `, ${shared.join(', ')}` : ''}. ${each.join(' ')}`.replace(
      /^Two/,
      r.records.length === 3 ? 'Three' : 'Two',
    ),
    lines: [],
    refs: r.records.map((x) => ({ kind: r.kind, id: x.id }) as Ref),
    sources: [...new Set(r.records.flatMap((x) => x.description.sources))],
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

/** "Singaporean", "Chinese": a country as the adjective a reader expects. */
const demonym = (country: string) => ({ Singapore: 'Singaporean', China: 'Chinese' })[country] ?? `from ${country}`;

const lowerFirst = (s: string) =>
  /^(?:The|A|An|At|None|No|Signed)\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;

function sayRank(r: Extract<Result, { op: 'rank' }>, u: Understanding, dataset: Dataset): Said {
  if (r.all) return sayEvery(r, dataset);
  const top = r.rows[0];
  if (!top) return { sentence: 'The sources give no counts to compare.', lines: [], refs: [], sources: r.sources };
  const winners = r.rows.filter((x) => x.value === top.value);
  const what = r.select === 'mous' ? 'MOUs' : 'projects';
  const word = r.order === 'most' ? 'the most' : 'the fewest';
  const names = (xs: typeof winners) =>
    joinList(
      xs.map((x) =>
        r.by === 'group'
          ? groupName(dataset, x.label)
          : r.by === 'meeting'
            ? x.label.replace(/ JIC meeting$/, '')
            : x.label,
      ),
    );
  const unknown = r.unknown.length
    ? ` (the sources give no count for the ${joinList(r.unknown.map((x) => x.replace(/ meeting$/, '')))})`
    : '';
  const verb =
    r.select === 'mous' ? (r.by === 'partner' ? 'signed' : 'signed') : r.by === 'partner' ? 'joined' : 'launched';
  let sentence: string;
  // The fewest, where some meetings or years have no count: those could have had fewer, so say which can't be told.
  if ((r.by === 'meeting' || r.by === 'year') && r.order === 'fewest' && r.unknown.length)
    sentence = `The sources don't give ${r.select === 'mous' ? 'an MOU' : 'a project'} count for ${r.by === 'year' ? '' : 'the '}${joinList(r.unknown.map((x) => x.replace(/ meeting$/, '')))}, so which ${r.by === 'year' ? 'year' : 'meeting'} had the fewest ${what} can't be told; of those with a count, ${r.by === 'meeting' ? `the ${names(winners)} JIC ${winners.length > 1 ? 'meetings' : 'meeting'}` : names(winners)} ${verb} ${noun(top.value, r.select)}${winners.length > 1 ? ' each' : ''}.`;
  else if (r.by === 'meeting')
    sentence = `${winners.length > 1 ? `The ${names(winners)} JIC meetings` : `The ${names(winners)} JIC meeting`} ${verb} ${word} ${what}: ${noun(top.value, r.select)}${winners.length > 1 ? ' each' : ''}${unknown}.`;
  else if (r.by === 'year')
    sentence =
      `${names(winners)} ${winners.length > 1 ? 'each' : ''} had ${word} new ${what}: ${noun(top.value, r.select)}${winners.length > 1 ? ' each' : ''}${unknown}.`.replace(
        / {2}/g,
        ' ',
      );
  else if (r.by === 'country') {
    const kind = u.mentions.find((m) => m.type === 'kind')?.value ?? 'partners';
    sentence = `${names(winners)} ${winners.length > 1 ? 'have' : 'has'} ${word} ${kind} on file: ${top.value}${winners.length > 1 ? ' each' : ''}; ${
      r.rows
        .filter((x) => !winners.includes(x))
        .map((x) => `${x.label}: ${x.value}`)
        .join('; ') || 'no other country has any'
    }.`;
  } else if (r.by === 'record') {
    const onFile = r.rows.length;
    const total = dataset.figures.latestTotals;
    const reported = total ? (r.select === 'mous' ? total.mous : total.projects) : undefined;
    const kind = r.select === 'mous' ? 'MOU' : 'project';
    const all = onFile + r.unknown.length;
    const silent = r.unknown.length ? `; the sources name no partner for ${r.unknown.length} of them` : '';
    sentence =
      winners.length === onFile
        ? `All ${onFile} ${kind}s on file${reported !== undefined ? ` (${reported} reported)` : ''} name ${top.value} parties each${silent}, so none has more.`
        : `Of the ${all} ${kind}s on file${reported !== undefined ? ` (${reported} reported)` : ''}, ${winners.length > 1 ? `${winners.length} name` : `${names(winners)} names`} ${word} parties: ${top.value}${winners.length > 1 ? ` each — ${names(winners)}` : ''}${silent}.`;
  } else if (r.by === 'group' && r.pillar)
    sentence = `The sources don't say which ${r.select === 'projects' ? 'projects' : 'MOUs'} fall under the ${r.pillar} pillar: they ${r.select === 'projects' ? 'sort no project by pillar, and only' : 'sort only'} the 4th JIC's MOUs, by Annex A's groups — ${r.rows
      .map((x) => `${groupName(dataset, x.label)}: ${noun(x.value, 'mous')}`)
      .join('; ')}.`;
  else if (r.by === 'group')
    // Asked by pillar: the sources sort only the 4th JIC's MOUs, under Annex A's headings, so say that first.
    sentence = `${/ pillars? /.test(u.q.text) ? "The sources don't sort MOUs by pillar; by Annex A's groups (the 4th JIC's MOUs), " : ''}${(/ pillars? /.test(u.q.text) ? (x: string) => x : capitalise)(names(winners))} ${winners.length > 1 ? 'have' : 'has'} ${word} MOUs: ${noun(top.value, 'mous')}; ${r.rows
      .filter((x) => !winners.includes(x))
      .map((x) => `${groupName(dataset, x.label)}: ${noun(x.value, 'mous')}`)
      .join('; ')}.`;
  else
    sentence = `${names(winners)} ${r.select === 'mous' ? `signed ${word} MOUs on file` : `${winners.length > 1 ? 'are' : 'is'} in ${word} projects on file`}: ${noun(top.value, r.select)}${winners.length > 1 ? ' each' : ''}.`;
  return { sentence, lines: [], refs: winners.flatMap((w) => (w.ref ? [w.ref] : [])), sources: r.sources };
}

function groupName(dataset: Dataset, id: string): string {
  if (id === 'unlabelled') return "Annex A's first group (the source shows no heading for it)";
  return `the ${dataset.group(id)?.label ?? id} group`;
}
