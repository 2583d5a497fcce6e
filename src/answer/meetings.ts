import type { Meeting } from '../dataset/index.js';
import type { Answer, AnswerContext } from './answer.js';
import { listEmbed, recordEmbed } from './backing.js';
import { formatDate, joinList, meetingLabel, placePhrase, sourcesText } from './format.js';
import type { MeetingRef } from './meetingRef.js';

const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** A meeting the question names that the sources do not have ("the 5th JIC", "in 2024"). */
export function missingMeeting({ deps }: AnswerContext, ref: Extract<MeetingRef, { found: false }>): Answer {
  const latest = deps.dataset.latestMeeting;
  const what = ref.number !== undefined ? `a ${ordinal(ref.number)} JIC meeting` : `a JIC meeting in ${ref.year}`;
  return {
    sentence: `The sources don't mention ${what}. The latest meeting on file is ${meetingLabel(latest)}.`,
    embeds: [recordEmbed(deps, 'meeting', latest.id)].flatMap((x) => x ?? []),
  };
}

/** The meeting asked about: the one named, else the latest. */
function target(ctx: AnswerContext): Meeting | Answer {
  const ref = ctx.e.meeting;
  if (ref && !ref.found) return missingMeeting(ctx, ref);
  return ref?.found ? ref.meeting : ctx.deps.dataset.latestMeeting;
}

const card = (ctx: AnswerContext, m: Meeting) => [recordEmbed(ctx.deps, 'meeting', m.id)].flatMap((x) => x ?? []);

export function answerCoChairs(ctx: AnswerContext): Answer {
  const m = target(ctx);
  if ('sentence' in m) return m;
  const { dataset } = ctx.deps;
  const readings = m.people.map((r) => `${r.label}: ${joinList(r.people.map((p) => `${p.name} (${p.role})`))} [${sourcesText(dataset, r.sources)}]`);
  const verb = m.number === 0 ? 'was signed by' : 'was co-chaired by';
  const first = m.people[0];
  const sentence =
    m.people.length > 1
      ? `The sources differ on who co-chaired ${meetingLabel(m)}:`
      : `${meetingLabel(m).replace(/^the/, 'The')} ${verb} ${joinList(first?.people.map((p) => `${p.name} (${p.role})`) ?? [])}.`;
  const lines = m.people.length > 1 ? readings.map((r) => `• ${r}`) : [`Sources: ${sourcesText(dataset, first?.sources ?? [])}`];
  const embeds = card(ctx, m);
  if (!ctx.e.meeting) {
    const all = dataset.meetings.filter((x) => x.number > 0).map((x) => `${x.name}: ${x.people.map((r) => `${r.label}: ${r.people.map((p) => p.name).join(' and ')}`).join('; ')}`);
    embeds.unshift(listEmbed(dataset, 'Co-chairs by meeting', all, dataset.meetings.flatMap((x) => x.people.flatMap((r) => r.sources))));
  }
  return { sentence, lines, embeds };
}

export function answerWhen(ctx: AnswerContext): Answer {
  const { dataset } = ctx.deps;
  if (!ctx.e.meeting && !ctx.e.subjects.has('meeting')) return answerBegan(ctx);
  if (!ctx.e.meeting) {
    const jics = dataset.meetings.filter((m) => m.number > 0);
    return {
      sentence: `The JIC meetings were held on ${joinList(jics.map((m) => `${formatDate(m.date.value)} (${m.name})`))}.`,
      embeds: [listEmbed(dataset, 'JIC meetings', jics.map((m) => `${m.name}: ${formatDate(m.date.value)}, ${m.place.value}`), jics.flatMap((m) => m.date.sources))],
    };
  }
  const m = target(ctx);
  if ('sentence' in m) return m;
  return {
    sentence: `The ${m.name} was ${m.number === 0 ? 'signed' : 'held'} on **${formatDate(m.date.value)}**, ${placePhrase(m.place.value)}.`,
    lines: [
      ...(m.announced ? [`It was announced on ${formatDate(m.announced.value)}.`] : []),
      ...(m.date.note ? [`Note: ${m.date.note}.`] : []),
      `Sources: ${sourcesText(dataset, m.date.sources)}`,
    ],
    embeds: card(ctx, m),
  };
}

export function answerWhere(ctx: AnswerContext): Answer {
  const { dataset } = ctx.deps;
  if (!ctx.e.meeting) {
    const jics = dataset.meetings.filter((m) => m.number > 0);
    return {
      sentence: `Where each JIC meeting was held: ${jics.map((m) => `${m.name}, ${m.place.value.replace(/^Held /, '')}`).join('; ')}.`,
      embeds: [listEmbed(dataset, 'JIC meetings', jics.map((m) => `${m.name}: ${formatDate(m.date.value)}, ${m.place.value}`), jics.flatMap((m) => m.place.sources))],
    };
  }
  const m = target(ctx);
  if ('sentence' in m) return m;
  return {
    sentence: `${meetingLabel(m).replace(/^the/, 'The')}: **${m.place.value}**.`,
    lines: [`Sources: ${sourcesText(dataset, m.place.sources)}`],
    embeds: card(ctx, m),
  };
}

export function answerBegan(ctx: AnswerContext): Answer {
  const { dataset } = ctx.deps;
  const { launched, shortName } = dataset.initiative;
  const founding = dataset.meetingByNumber(0);
  return {
    // The sources say the SCI was launched in 2019; its founding MOU has a day (15 Oct 2019): two facts, not one start date.
    sentence: `The ${shortName} was launched in **${formatDate(launched.value)}**${founding ? `; its founding MOU was signed on **${formatDate(founding.date.value)}** in ${founding.place.value}` : ''}.`,
    lines: [`Sources: ${sourcesText(dataset, launched.sources)}`],
    embeds: founding ? card(ctx, founding) : [],
  };
}

export function answerPillars(ctx: AnswerContext): Answer {
  const { dataset } = ctx.deps;
  const { pillars, mouGroups, shortName } = dataset.initiative;
  return {
    sentence: `The ${shortName} has ${pillars.length} pillars: ${joinList(pillars.map((p) => `**${p.name}**`))}.`,
    lines: [
      `The 4th JIC's MOUs (Annex A) are grouped under the headings ${joinList(mouGroups.map((g) => `“${g.label}”`))}.`,
      `Sources: ${sourcesText(dataset, pillars.flatMap((p) => p.sources))}`,
    ],
    embeds: [listEmbed(dataset, `${shortName} pillars`, pillars.map((p) => p.name), pillars.flatMap((p) => p.sources))],
  };
}

/** "What happened at / tell me about" a meeting: its card, with a one-line summary first. */
export function answerMeeting(ctx: AnswerContext, m: Meeting): Answer {
  const bits = [
    m.newMous.value !== null ? `${m.newMous.value} MOUs` : undefined,
    m.newProjects.value !== null ? `${m.newProjects.value} new joint projects` : undefined,
  ].filter(Boolean) as string[];
  return {
    sentence: `${meetingLabel(m).replace(/^the/, 'The')}, ${placePhrase(m.place.value)}${bits.length ? `: ${joinList(bits)} reported` : ''}.`,
    embeds: card(ctx, m),
  };
}

/** "Who is Joseph Leong?", "who is the mayor of Shenzhen?": each person's roles and meetings, as the sources give them. */
export function answerPeople(ctx: AnswerContext): Answer {
  const { dataset } = ctx.deps;
  const lines = ctx.e.people.map((name) => {
    const seen = dataset.meetings.flatMap((m) => m.people.flatMap((r) => r.people.filter((p) => p.name === name).map((p) => ({ m, r, p }))));
    const roles = [...new Set(seen.map((x) => x.p.role))];
    return `**${name}** (${roles.join('; ')}), named for: ${seen.map((x) => `${x.m.name} (${x.r.label.toLowerCase()})`).join(', ')}.`;
  });
  return {
    sentence: lines[0] ?? '',
    lines: lines.slice(1),
    embeds: [listEmbed(dataset, 'People named for each meeting', dataset.meetings.map((m) => `${m.name}: ${m.people.map((r) => `${r.label}: ${r.people.map((p) => p.name).join(' and ')}`).join('; ')}`), dataset.meetings.flatMap((m) => m.people.flatMap((r) => r.sources)))],
  };
}
