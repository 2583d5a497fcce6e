import type { Mou, Organisation } from '../dataset/index.js';
import type { Answer, AnswerContext } from './answer.js';
import { listEmbed, recordEmbed } from './backing.js';
import { joinList, meetingLabel, partyName, plural, topicLabel } from './format.js';
import { missingMeeting } from './meetings.js';
import { answerPartners } from './counts.js';
import { aboutTopic, demoZoneRecords, hasPartyFrom, otherParties } from './records.js';

const mouCards = (ctx: AnswerContext, mous: readonly Mou[]) => mous.slice(0, 3).flatMap((m) => recordEmbed(ctx.deps, 'mou', m.id) ?? []);

const partiesOf = (ctx: AnswerContext, m: Mou) => joinList(m.parties.map((p) => partyName(ctx.deps.dataset, p)));

function withOrganisation(ctx: AnswerContext, org: Organisation): Answer {
  const { dataset } = ctx.deps;
  const mous = dataset.mousOf(org.id);
  const projects = dataset.projectsOf(org.id);
  const lines: string[] = [];
  if (projects.length)
    lines.push(`${org.name} also joined ${plural(projects.length, 'project')}: ${projects.map((p) => `${p.name}${otherParties(dataset, p.partners, org).length ? ` (with ${joinList(otherParties(dataset, p.partners, org))})` : ''}`).join('; ')}.`);
  const highlights = dataset.highlightsOf(org.id);
  if (!mous.length && highlights.length) lines.push(...highlights.map((h) => `${h.meeting.name}: ${h.text}`));
  const sentence = mous.length
    ? `${org.name} signed ${plural(mous.length, 'MOU')} on file: ${mous
        .map((m) => `with ${joinList(otherParties(dataset, m.parties, org)) || 'no other named party'} (${dataset.meeting(m.meeting)?.name ?? m.meeting})`)
        .join('; ')}.`
    : `No MOU signed by ${org.name} is on file.`;
  return { sentence, lines, embeds: [...mouCards(ctx, mous), ...[recordEmbed(ctx.deps, 'organisation', org.id)].flatMap((x) => x ?? [])] };
}

function betweenOrganisations(ctx: AnswerContext, a: Organisation, b: Organisation): Answer {
  const { dataset } = ctx.deps;
  const shared = dataset.mousOf(a.id).filter((m) => dataset.mousOf(b.id).includes(m));
  if (!shared.length) return { ...withOrganisation(ctx, a), sentence: `No MOU between ${a.name} and ${b.name} is on file. ${withOrganisation(ctx, a).sentence}` };
  return {
    sentence: `Yes: ${shared.map((m) => `${partiesOf(ctx, m)} signed an MOU at ${meetingLabel(dataset.meeting(m.meeting) ?? dataset.latestMeeting)}`).join('; ')}.`,
    embeds: mouCards(ctx, shared),
  };
}

function ofMous(ctx: AnswerContext, mous: readonly Mou[], what: string): Answer {
  const { dataset } = ctx.deps;
  if (mous.length === 1 && mous[0]) {
    const m = mous[0];
    return {
      sentence: `${what.replace(/^./, (c) => c.toUpperCase())} was signed by ${partiesOf(ctx, m)}, at ${meetingLabel(dataset.meeting(m.meeting) ?? dataset.latestMeeting)}.`,
      embeds: mouCards(ctx, mous),
    };
  }
  return {
    sentence: `${plural(mous.length, 'MOU')} on file ${mous.length === 1 ? 'matches' : 'match'} ${what}: ${mous.map((m) => `${partiesOf(ctx, m)}`).join('; ')}.`,
    embeds: mous.length > 3 ? [listEmbed(dataset, 'MOUs', mous.map((m) => `${m.name} (${dataset.meeting(m.meeting)?.name ?? m.meeting})`), mous.flatMap((m) => m.sources))] : mouCards(ctx, mous),
  };
}

function atMeeting(ctx: AnswerContext): Answer {
  const { dataset } = ctx.deps;
  const ref = ctx.e.meeting;
  if (!ref?.found) return ref ? missingMeeting(ctx, ref) : allMous(ctx);
  const m = ref.meeting;
  const mous = dataset.mousAt(m.id);
  const reported = m.newMous.value;
  if (!mous.length) {
    const named = m.highlights.filter((h) => h.parties?.length);
    return {
      sentence: `The sources ${reported !== null ? `report ${reported} MOUs at ${meetingLabel(m)} but` : ''} do not name who signed ${reported !== null ? 'them' : `MOUs at ${meetingLabel(m)}`}; none is on file.`.replace('The sources  do', 'The sources do'),
      lines: named.length ? ['Partners the sources do name for that meeting:', ...named.map((h) => `• ${h.text}`)] : [],
      embeds: [recordEmbed(ctx.deps, 'meeting', m.id)].flatMap((x) => x ?? []),
    };
  }
  return {
    sentence: `${reported !== null ? `${reported} MOUs were reported` : 'MOUs were signed'} at ${meetingLabel(m)}; ${mous.length} are on file: ${mous.map((x) => partiesOf(ctx, x)).join('; ')}.`,
    embeds: [listEmbed(dataset, `MOUs at the ${m.name}`, mous.map((x) => `${x.name}`), [...m.newMous.sources, ...mous.flatMap((x) => x.sources)])],
  };
}

function fromCountry(ctx: AnswerContext): Answer {
  const { dataset } = ctx.deps;
  const country = ctx.e.country;
  if (!country) return allMous(ctx);
  const mous = dataset.mous.filter((m) => hasPartyFrom(dataset, m.parties, country));
  const orgs = [...new Set(mous.flatMap((m) => m.parties.flatMap((p) => ('org' in p ? [dataset.organisation(p.org)] : []))))].filter((o): o is Organisation => o?.country === country);
  return {
    sentence: `${plural(orgs.length, 'partner')} from ${country} signed MOUs on file: ${joinList(orgs.map((o) => o.name))}.`,
    embeds: [listEmbed(dataset, `MOUs with a party from ${country}`, mous.map((m) => `${m.name} (${dataset.meeting(m.meeting)?.name ?? m.meeting})`), mous.flatMap((m) => m.sources))],
  };
}

function allMous(ctx: AnswerContext): Answer {
  const { dataset } = ctx.deps;
  const lt = dataset.figures.latestTotals;
  return {
    sentence: `${dataset.mous.length} MOUs are on file${lt ? ` (of ${lt.mous} reported as of ${meetingLabel(lt.meeting)})` : ''}; their parties: ${dataset.mous.map((m) => partiesOf(ctx, m)).join('; ')}.`,
    embeds: [listEmbed(dataset, 'MOUs on file', dataset.mous.map((m) => `${m.name} (${dataset.meeting(m.meeting)?.name ?? m.meeting})`), [])],
  };
}

function demoZoneCompanies(ctx: AnswerContext): Answer {
  const { dataset } = ctx.deps;
  const m = dataset.meetings.find((x) => x.demoZone);
  const record = demoZoneRecords(dataset)[0];
  return {
    sentence: `${m?.demoZone ? `${m.demoZone.companies} companies signed MOUs at ${meetingLabel(m)} to be the first batch to operate in the Demonstration Zone. ` : ''}They are not named in the sources.`,
    embeds: record ? [recordEmbed(ctx.deps, 'project', record.id)].flatMap((x) => x ?? []) : [],
  };
}

/** "Who signed …?": with a partner, a given MOU, at a meeting, from a country. */
export function answerWhoSigned(ctx: AnswerContext): Answer {
  const { e, deps } = ctx;
  const { dataset } = deps;
  if (e.subjects.has('demozone')) return demoZoneCompanies(ctx);
  const [a, b] = e.orgs;
  if (a && b) return betweenOrganisations(ctx, a, b);
  if (a) return withOrganisation(ctx, a);
  if (e.group) return ofMous(ctx, dataset.mous.filter((m) => m.group === e.group?.id), `the “${e.group.label}” MOU`);
  const topic = e.topics[0];
  if (topic) {
    const mous = aboutTopic(dataset.mous, topic);
    if (mous.length) return ofMous(ctx, mous, `the ${topicLabel(topic)} MOU`);
  }
  if (e.meeting) return atMeeting(ctx);
  if (e.country) return e.subjects.has('mou') ? fromCountry(ctx) : answerPartners(ctx);
  const mouHit = e.hits.find((h) => h.kind === 'mou' && h.score <= 0.5);
  const mou = mouHit ? dataset.mou(mouHit.id) : undefined;
  if (mou) return ofMous(ctx, [mou], `the ${mou.name} MOU`);
  return allMous(ctx);
}
