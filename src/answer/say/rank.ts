// "Which … the most / the fewest?": counts ranked, with the winners and how the rest compare.
import { displayName, type Result } from '../run.js';
import type { Understanding } from '../understand.js';
import type { Dataset } from '../../dataset/index.js';
import { sayEvery } from '../compare.js';
import { capitalise, joinList } from '../format.js';
import { noun, type Said } from './common.js';
import { sayTally } from './tally.js';

export function sayRank(r: Extract<Result, { op: 'rank' }>, u: Understanding, dataset: Dataset): Said {
  if (r.all && r.by !== 'kind') return sayEvery(r, dataset);
  const tallied = sayTally(r, u, dataset);
  if (tallied) return tallied;
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
  } else if (r.by === 'kind') {
    const total = r.rows.reduce((n, x) => n + x.value, 0);
    // (A word over several of the data's kinds, with them: "research institutes 3 (research institute 1, …)".)
    const row = (x: (typeof r.rows)[number]) =>
      `${x.label} ${x.value}${x.parts ? ` (${x.parts.map((y) => `${y.label} ${y.value}`).join(', ')})` : ''}`;
    const rest = r.rows.filter((x) => !winners.includes(x)).map(row);
    // ("What kinds of partners are there?": every kind, the breakdown first.)
    if (r.all) sentence = `The ${total} partners on file, by kind: ${r.rows.map(row).join(', ')}.`;
    else
      sentence = `The ${r.order === 'most' ? 'most' : 'least'} common kind of partner on file: ${joinList(winners.map((x) => x.label))}, ${top.value} of the ${total} partners${winners.length > 1 ? ' each' : ''}${rest.length ? `; then ${rest.join(', ')}` : ''}.`;
  } else if (r.by === 'meetingPartners') {
    // ("The most Chinese companies": the country asked is said with the kind.)
    const country = u.mentions.find((m) => m.type === 'country' && !m.negated)?.value;
    const adjective = country === 'China' ? 'Chinese ' : country ? `${country} ` : '';
    const kind = `${adjective}${u.mentions.find((m) => m.type === 'kind')?.value ?? 'partners'}`;
    const rest = r.rows
      .filter((x) => !winners.includes(x))
      .map((x) => `the ${x.label.replace(/ meeting$/, '')}: ${x.value}`);
    const caveat = `The sources report more records than they name, so these are ${kind} on file, not all who took part.`;
    sentence =
      r.order === 'fewest' && top.value === 0
        ? `The sources name no ${kind} in the records on file of ${joinList(winners.map((x) => `the ${x.label}`))}, so which meeting had the fewest can't be told; ${r.rows
            .filter((x) => !winners.includes(x))
            .map((x) => `the ${x.label.replace(/ meeting$/, '')}: ${x.value}`)
            .join('; ')}. ${caveat}`
        : `${capitalise(joinList(winners.map((x) => `the ${x.label}`)))} ${winners.length > 1 ? 'have' : 'has'} ${word} ${kind} named in ${winners.length > 1 ? 'their' : 'its'} records on file: ${top.value}${winners.length > 1 ? ' each' : ''}${rest.length ? `; ${rest.join('; ')}` : ''}. ${caveat}`;
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
  } else if (r.by === 'group' && r.headings) {
    // Annex A's groups themselves: how many, in the annex's order, each with its MOUs; the first has no heading.
    const total = r.rows.reduce((n, x) => n + x.value, 0);
    const at = dataset.meeting(dataset.mous.find((m) => m.group)?.meeting ?? '');
    // ("What's the heading of the first group?": that it has none, first.)
    const first = / (?:first|unlabelled|unnamed|untitled|unheaded|without|no) /.test(u.q.text)
      ? "The source doesn't give Annex A's first group a heading: none is in its text as captured, where some of the annex's descriptions are also cut off. "
      : '';
    const each = r.rows.map((x) =>
      x.label === 'unlabelled'
        ? `a first group${first ? '' : ' the source gives no heading'} — ${noun(x.value, 'mous')}${groupMous(dataset, [x]).replace(/^ \((.*)\)$/, ': $1')}`
        : `${dataset.group(x.label)?.label ?? x.label} — ${noun(x.value, 'mous')}`,
    );
    sentence = `${first}Annex A${at ? ` (the MOUs of the ${at.name})` : ''} sorts its ${noun(total, 'mous')} into ${r.rows.length} groups: ${each.join('; ')}.`;
  } else if (r.by === 'group' && r.pillar)
    sentence = `The sources don't say which ${r.select === 'projects' ? 'projects' : 'MOUs'} fall under the ${r.pillar} pillar: they ${r.select === 'projects' ? 'sort no project by pillar, and only' : 'sort only'} the 4th JIC's MOUs, by Annex A's groups — ${r.rows
      .map((x) => `${groupName(dataset, x.label)}: ${noun(x.value, 'mous')}`)
      .join('; ')}.`;
  else if (r.by === 'group' && r.groups) {
    // Groups set side by side: which has more (or fewer), with each one's count and its MOUs where few.
    const rest = r.rows.filter((x) => !winners.includes(x));
    sentence =
      winners.length === r.rows.length
        ? `${capitalise(names(winners))} have the same number of MOUs: ${noun(top.value, 'mous')} each.`
        : `${capitalise(names(winners))} ${winners.length > 1 ? 'have' : 'has'} ${r.order === 'most' ? 'more' : 'fewer'} MOUs: ${noun(top.value, 'mous')}${groupMous(dataset, winners)}, against ${rest.map((x) => `${noun(x.value, 'mous')} in ${groupName(dataset, x.label)}${groupMous(dataset, [x])}`).join(' and ')}.`;
  } else if (r.by === 'group')
    // Asked by pillar: the sources sort only the 4th JIC's MOUs, under Annex A's headings, so say that first.
    sentence = `${/ pillars? /.test(u.q.text) ? "The sources don't sort MOUs by pillar; by Annex A's groups (the 4th JIC's MOUs), " : ''}${(/ pillars? /.test(u.q.text) ? (x: string) => x : capitalise)(names(winners))} ${winners.length > 1 ? 'have' : 'has'} ${word} MOUs${winners.length > 1 ? ' each' : ''}: ${noun(top.value, 'mous')}${groupMous(dataset, winners)}; ${r.rows
      .filter((x) => !winners.includes(x))
      .map((x) => `${groupName(dataset, x.label)}: ${noun(x.value, 'mous')}`)
      .join('; ')}.`;
  else {
    // Partners: of one kind or both, at the meetings asked; a tie of many is said as a tie, a few of them named.
    const scope = r.meetings?.length
      ? ` at ${joinList(r.meetings.map((n) => dataset.meetingByNumber(n)).flatMap((m) => (m ? [`the ${m.name}`] : [])))}`
      : '';
    const count = r.records
      ? `${top.value} record${top.value === 1 ? '' : 's'} (MOUs and projects)`
      : noun(top.value, r.select);
    const did = r.records
      ? `${word} records on file${scope}`
      : r.select === 'mous'
        ? `${word} MOUs on file${scope}`
        : `${word} projects on file${scope}`;
    const verbOf = (many: boolean) =>
      r.records ? `${many ? 'are' : 'is'} in` : r.select === 'mous' ? 'signed' : `${many ? 'are' : 'is'} in`;
    const shown = winners.slice(0, 5).map((x) => x.label);
    sentence =
      winners.length > 5
        ? `${winners.length} partners${r.country ? ` from ${r.country}` : ''} are tied for ${did}, with ${count} each: ${joinList([...shown, `${winners.length - shown.length} more`])}.`
        : `${joinList(shown)} ${verbOf(winners.length > 1)} ${did}: ${count}${winners.length > 1 ? ' each' : ''}.`;
  }
  return { sentence, lines: [], refs: winners.flatMap((w) => (w.ref ? [w.ref] : [])), sources: r.sources };
}

function groupName(dataset: Dataset, id: string): string {
  if (id === 'unlabelled') return "Annex A's first group (the source shows no heading for it)";
  return `the ${dataset.group(id)?.label ?? id} group`;
}

/** The MOUs of the groups named, where they are few enough to say in the sentence: " (A – B and C – D)". */
function groupMous(dataset: Dataset, rows: ReadonlyArray<{ label: string }>): string {
  const mous = dataset.mous.filter((m) => rows.some((x) => 'group' in m && m.group === x.label));
  return mous.length && mous.length <= 4 ? ` (${joinList(mous.map((m) => displayName(m)))})` : '';
}
