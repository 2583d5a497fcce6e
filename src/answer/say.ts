// Step 4's entry: say() hands a result to the module for its kind of answer (say/); the yes/no check stays here
// because it says its inner result through say() again.
import { sayZoneApart } from './zoneapart.js';
import { sayRoster } from './roster.js';
import { sayHolders } from './holders.js';
import { sayOwner } from './owner.js';
import type { Dataset, Meeting } from '../dataset/index.js';
import { placesInName, sayAttribute } from './attribute.js';
import { sayChairsAcross } from './chairs.js';
import { sayAcross, sayInterval, sayMeetingsIn, sayPickMeeting } from './meetingfacts.js';
import {
  displayName,
  KIND_TESTS,
  type MeetingFigure,
  type OnFile,
  type Ref,
  type Result,
  selectRecords,
} from './run.js';
import { isSpeltInRecords, mentionsOf, type Understanding } from './understand.js';
import { sayZh } from './say-zh.js';
import { ANSWER_ZH } from '../i18n/answer.js';
import { capitalise, formatDate, joinList, meetingDate } from './format.js';
import { sayCompare } from './compare.js';
import { peopleByRole, sayQuotes } from './quotes.js';
import { sayEvent } from './events.js';
import { sayZoneCheck } from './zonecheck.js';
import { sayWording } from './wording.js';
import { sayClaim as sayReadClaim } from './claim/say.js';
import { sameMeeting, sayOrder, sentences, whatEachDid, whatEachOfThemDid } from './pair.js';
import { sayTrend } from './trend.js';
import { sayCounterparts } from './counterparts.js';
import { asksFoundingSignatory, foundingAmong, namesFoundingMou } from './facts.js';
import { publisherShown } from './timing.js';
import {
  joinedAt,
  listLines,
  lowerFirst,
  noun,
  ord,
  ordinal,
  projectNamed,
  refsOf,
  type Said,
  the,
} from './say/common.js';
import { sayRecords } from './say/records.js';
import { alsoSpoken, alsoSpokenZh } from './say/also.js';
import { sayNamedIn } from './named-in.js';
import { norm, personOnFile } from './records.js';
import { claimWordIn } from './plan/yes-no.js';
import { joinAnswers } from './say/join.js';
import { peopleTogether } from './say/people-together.js';
import { allButOne, earliestFirst, inAnnex, outcomesAbout, sayAllButOne, sayList } from './say/list.js';
import { topicSpelling } from './say/missing.js';
import { sayCount } from './say/count.js';
import { sayNoneAtMeeting } from './say/topic-at.js';
import { has } from './plan/common.js';
import { definedHighlight, sayRead } from './say/read.js';
import { tiersVerdict } from './say/tiers.js';
import { sayRank } from './say/rank.js';
import { noneOnFile, outcomeSentence, outcomesNaming } from './say/missing.js';
import { scopeText, undecidedNote } from './say/scope.js';
import { withArticle } from '../text/article.js';
export { answerWhy } from './say/why.js';
export type { Said } from './say/common.js';

/** A record by its kind and name, as its button labels it ("MOU: Keppel – Peking University"). */
function refName(dataset: Dataset, ref: Ref): string {
  const found = dataset.find(ref.kind, ref.id);
  if (!found) return ref.id;
  const name = found.kind === 'mou' || found.kind === 'project' ? displayName(found.record) : found.record.name;
  return `${{ meeting: 'Meeting', mou: 'MOU', project: 'Project', organisation: 'Partner' }[found.kind]}: ${name}`;
}

/** Attributes the sources never give, as the noun after "they give no". */
const MISSING_NOUN: Readonly<Record<string, string>> = {
  'how long it runs': 'duration or end date',
  attendance: 'count of who attended',
  'how many people it serves': 'count of the people it serves (students, users, members)',
  'where it is based': 'address or city for it',
  forecasts: 'forecasts (they report what has happened and what the parties intend)',
  'time of day': 'time of day for it',
  'personal details': 'personal details (age, family, schooling, pay): only the roles they held',
  'when it comes about': 'date for it (they report aims and plans, not when they come about)',
  'who chaired the JCBC':
    'name of who chaired the China–Singapore Joint Council for Bilateral Cooperation (JCBC), beside whose 15th meeting the founding MOU was signed',
};

/**
 * What the sources do say of a plan whose date they never give: "What they do say: the MOU X was signed and the
 * project Y announced at the 4th JIC meeting (14 Dec 2023)", or the outcome that speaks of it, at its meeting.
 */
function onFileSaid(onFile: OnFile): { sentence: string; refs: Ref[]; sources: string[] } {
  if ('outcome' in onFile) {
    const o = onFile.outcome;
    return {
      sentence: `What they do say, at ${the(o.meeting)} (${meetingDate(o.meeting)}): ${o.text.replace(/\.$/, '')}.`,
      refs: [{ kind: 'meeting', id: o.meeting.id }],
      sources: [...o.sources],
    };
  }
  const byMeeting = [...new Set(onFile.records.map((x) => x.meeting))].map((m) => {
    const at = onFile.records.filter((x) => x.meeting === m);
    const named = (kind: 'mou' | 'project') =>
      at.filter((x) => x.ref.kind === kind).map((x) => `the ${kind === 'mou' ? 'MOU' : 'project'} ${x.name}`);
    const [mous, projects] = [named('mou'), named('project')];
    const be = (n: number) => (n === 1 ? 'was' : 'were');
    // ("the MOU X was signed and the project Y announced at …": one verb of being for both.)
    const parts = [
      mous.length ? `${joinList(mous)} ${be(mous.length)} signed` : '',
      projects.length ? `${joinList(projects)} ${mous.length ? '' : `${be(projects.length)} `}announced` : '',
    ].filter(Boolean);
    return `${parts.join(' and ')} at ${the(m)} (${meetingDate(m)})`;
  });
  return {
    sentence: `What they do say: ${byMeeting.join('; ')}.`,
    refs: onFile.records.map((x) => x.ref),
    sources: [],
  };
}

/** Something was typed, but not one word of it can be read (punctuation, emoji): not the same as asking for help. */
const unreadable = (u: Understanding): boolean =>
  u.q.unread === true || (u.q.words.length === 0 && u.q.raw.trim() !== '');

/** `locale`: the reply's language; sentences are English until the i18n catalogue holds them. */
const NONE_OF =
  /^No (MOUs|projects) on file (about .+?) \((\d+) of the (\d+) reported are on file by name\)\.?\s*([\s\S]*)$/;

/** "No MOUs on file about X (…)." and "No projects on file about X (…)." said as one, or undefined. */
function bothNone(mous: string, projects: string): string | undefined {
  const m = NONE_OF.exec(mous);
  const p = NONE_OF.exec(projects);
  if (!m || !p || m[1] !== 'MOUs' || p[1] !== 'projects' || m[2] !== p[2]) return undefined;
  const rest = m[5] || p[5] || '';
  return `No MOUs or projects on file ${m[2]} (${m[3]} of the ${m[4]} MOUs and ${p[3]} of the ${p[4]} projects reported are on file by name).${rest ? ` ${rest}` : ''}`;
}

export function say(r: Result, u: Understanding, dataset: Dataset, locale = 'en', hints: readonly string[] = []): Said {
  const said = sayOnly(r, u, dataset, locale, hints);
  // (Records found on a topic: the outcomes that speak of it too, once, under the whole answer — never under each part.)
  return locale === 'en'
    ? alsoSpoken(r, said, dataset)
    : locale === 'zh-CN' || locale === 'zh-TW'
      ? alsoSpokenZh(r, said, dataset, locale)
      : said;
}

/** say() without what is said under a whole answer: for the parts of one. */
function sayOnly(r: Result, u: Understanding, dataset: Dataset, locale: string, hints: readonly string[]): Said {
  if (locale === 'zh-CN' || locale === 'zh-TW') {
    const zh = sayZh(r, u, dataset, locale, hints);
    if (zh) return zh;
  }
  switch (r.op) {
    case 'help':
      // Typed but with no word to read ("??", "🤔"): said plainly, before the examples (an empty question just gets them).
      return {
        sentence: '',
        lines: [],
        refs: [],
        sources: [],
        help: true,
        ephemeral: true,
        ...(unreadable(u) ? { unread: true } : {}),
      };
    case 'sources':
      if (r.naming)
        return {
          sentence: `${capitalise(r.naming)} ${r.documents.length === 1 ? 'is named in 1 of the sources' : `is named in ${r.documents.length} of the sources`}:`,
          lines: listLines(
            r.documents.map((x) => ({
              name: `${x.publisher}${x.title ? `: ${x.title}` : ''}${x.date ? ` (${formatDate(x.date)})` : ''}`,
            })),
          ),
          refs: [],
          sources: r.documents.map((x) => x.id),
        };
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
    case 'namedIn':
      return sayNamedIn(r, dataset);
    case 'noneOnDay': {
      const that = [
        ...r.meetings.map((m) =>
          m.number === 0 ? `the founding MOU (${meetingDate(m)})` : `the ${m.name} (${meetingDate(m)})`,
        ),
        ...r.events.map((e) => `an event on ${formatDate(e.date)}`),
      ];
      return {
        sentence: `The sources report no JIC meeting or other event on ${formatDate(r.iso)}; ${that.length ? `what they report in ${r.iso.slice(0, 4)} is ${joinList(that)}` : `they report nothing in ${r.iso.slice(0, 4)}`}.`,
        lines: [],
        refs: r.meetings.map((m) => ({ kind: 'meeting' as const, id: m.id })),
        sources: r.sources,
      };
    }
    case 'notNamed': {
      // ("Who is Wang Weizhong?": a person no source names, beside the one on file whose name shares a part.)
      if (r.like)
        return {
          sentence: `The sources don't name ${r.name}; the name on file closest to it is ${r.like}'s.`,
          lines: [],
          refs: [],
          sources: [],
        };
      // ("Did deputy prime minister Lawrence meet Qin Weizhong?": a titled person no source names — what the sources
      // report of the person named beside, never a word about that one's role.)
      if (r.person) {
        const events = r.person.events.map(
          (e) => `on ${formatDate(e.date)}${e.place ? `, in ${e.place}` : ''}: ${e.text}`,
        );
        return {
          sentence: `The sources don't name ${r.name}, so I can't say${events.length ? `; what they report of ${joinList(r.person.beside)}: ${events.join(' ')}` : '.'}`,
          lines: [],
          refs: [],
          sources: [...new Set(r.person.events.flatMap((e) => e.sources))],
        };
      }
      // ("What did Tencent agree with Keppel?": the name beside it that the sources do give — what that one did.)
      const known = mentionsOf(u, 'org')
        .map((m) => [m.value, ...(m.also ?? [])])
        .slice(0, 1);
      const beside = known.map((ids) => `${whatEachDid(dataset, ids)}.`).join(' ');
      return {
        sentence: `${r.name} is not named in the sources: no MOU or project on file names it${r.mous !== undefined ? ` (${noun(r.mous, 'mous')} and ${noun(r.projects ?? 0, 'projects')} were reported, not all of them named)` : ''}, so I can't say it never took part.${beside ? ` What the sources do name: ${beside}` : ''}`,
        lines: [],
        refs: known.flatMap((ids) => ids.slice(0, 1).map((id) => ({ kind: 'organisation' as const, id }))),
        sources: [],
      };
    }
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
      // When a named publication's piece came out, or its title: as the source list records them.
      // ("ifg.cc …, reprinting Smart Cities World": the piece is Smart Cities World's, reprinted there.)
      const whose = (x: (typeof r.documents)[number]) => {
        const [by = x.publisher, reprint] = x.publisher.split(/,\s*reprinting\s+/).reverse();
        // ("IMDA (press release)": IMDA's press release, never "IMDA (press release)'s piece".)
        const release = /^(.+?)\s*\(press release[^)]*\)$/.exec(by)?.[1];
        if (release) return `${release}'s press release`;
        return reprint ? `${by}'s piece (reprinted by ${reprint})` : `${by}'s piece`;
      };
      // ("Is the 002 article dated?": asked yes or no, and no date claimed, whether it bears one leads.)
      const dated = u.target === 'yesno' && r.ask === 'when' && !/ (?:19|20)\d\d /.test(u.q.text);
      const lead = dated
        ? r.documents.every((x) => x.date)
          ? 'Yes: '
          : r.documents.some((x) => x.date)
            ? ''
            : 'No: '
        : '';
      if (r.ask) {
        const said = r.documents
          .map((x) =>
            r.ask === 'where'
              ? `${x.title ? `“${x.title}”` : x.about ? capitalise(x.about) : `A piece`}${x.date ? ` (${formatDate(x.date)})` : ''} was published by ${x.publisher}${x.url ? `: <${x.url}>` : '; the sources give no stable web address for it'}.`
              : r.ask === 'when'
                ? x.date
                  ? `${whose(x)}${x.title ? ` “${x.title}”` : ''} is dated ${formatDate(x.date)}${readerNote(x.dateNote) ? ` (${readerNote(x.dateNote)})` : ''}.`
                  : `The sources give no date for ${whose(x)}${x.title ? ` “${x.title}”` : ''}${readerNote(x.dateNote) ? `: ${readerNote(x.dateNote)}` : ''}.`
                : r.ask === 'what'
                  ? `${x.number ? `Document ${x.number}` : capitalise(x.title ? `“${x.title}”` : (x.about ?? 'the piece'))} is ${whose(x)}${x.number && x.title ? ` “${x.title}”` : ''}${x.date ? ` (${formatDate(x.date)})` : ''}${x.meetings?.length ? `, on ${joinList(x.meetings.map((m) => the(m)))}` : ''}${x.url ? `: <${x.url}>` : ''}.`
                  : x.title
                    ? `${whose(x)} is titled “${x.title}”${x.date ? ` (${formatDate(x.date)})` : ''}.`
                    : `The sources give no title for ${whose(x)}.`,
          )
          .join(' ');
        return {
          sentence: lead ? `${lead}${lowerFirst(said)}` : said,
          lines: [],
          refs: [],
          sources: r.documents.map((x) => x.id),
        };
      }
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
    case 'missing': {
      const onFile = r.onFile ? onFileSaid(r.onFile) : undefined;
      return {
        sentence: `The sources don't say${r.about ? ` (for ${r.about})` : ''}: ${r.attribute === 'who runs it' ? "they don't name who runs it" : `they give no ${MISSING_NOUN[r.attribute] ?? r.attribute.replace(/^its /, '')}`}.${onFile ? ` ${onFile.sentence}` : ''}`,
        lines: [],
        refs: [...new Map([...(onFile?.refs ?? []), ...r.refs].map((x) => [`${x.kind}:${x.id}`, x])).values()].slice(
          0,
          3,
        ),
        sources: onFile?.sources ?? [],
      };
    }
    case 'noMeeting':
      return {
        // ("Has a 5th JIC been held?": asked yes or no, the answer leads with it — none is in the sources.)
        sentence:
          u.target === 'yesno'
            ? `No ${r.number !== undefined ? `${ordinal(r.number)} ` : 'later '}JIC meeting is in the sources: the latest they record is ${the(r.latest)}, held on ${meetingDate(r.latest)}.`
            : `The sources don't say: no ${r.number !== undefined ? `${ordinal(r.number)} ` : 'later '}JIC meeting is in them. The latest is ${the(r.latest)}, held on ${meetingDate(r.latest)}.`,
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
    case 'event':
      return sayEvent(r);
    case 'zoneCheck':
      return sayZoneCheck(r);
    case 'wording':
      return sayWording(r, dataset);
    case 'claim':
      return sayReadClaim(r, dataset, (x) => sayOnly(x, u, dataset, locale, hints), locale);
    case 'tier': {
      // "More flagship or key projects at the 3rd JIC?": each tier's count at each meeting that sorts its projects so —
      // equal counts said to be equal, never one tier's list as if it answered.
      if (r.compared && r.groups.length > 1) {
        const meetings = [...new Set(r.groups.map((x) => x.meeting))];
        const per = meetings.map((m) => {
          const gs = r.groups.filter((x) => x.meeting === m);
          const [a, b] = gs;
          const verdict =
            a && b
              ? a.count === b.count
                ? 'the same number of each'
                : `more ${a.count > b.count ? a.tier : b.tier} projects than ${a.count > b.count ? b.tier : a.tier} ones`
              : '';
          const n = m.newProjects.value;
          return `the sources sort the ${n !== null ? `${n} ` : ''}new projects of ${the(m)} (${meetingDate(m)}) into ${joinList(gs.map((x) => `${x.count} ${x.tier} (${x.zh})`))}${verdict ? `: ${verdict}` : ''}`;
        });
        const verdict = tiersVerdict(r, u);
        const lead = verdict === 'yes' ? 'Yes: ' : verdict === 'no' ? 'No: ' : '';
        return {
          sentence: `${lead}${lead ? per.join('; ') : capitalise(per.join('; '))}.`,
          lines: [],
          refs: refsOf(r.groups.flatMap((x) => x.items)).slice(0, 5),
          sources: r.sources,
        };
      }
      const g = r.groups[0];
      if (!g)
        return {
          sentence: `The sources don't sort the projects of ${r.asked.length ? joinList(r.asked.map((m) => the(m))) : 'any meeting'} into ${r.tier} projects.`,
          lines: [],
          refs: [],
          sources: [],
        };
      const unnamed = g.count - g.items.length;
      // "Was the Qianhai demonstration park a flagship project of the 3rd JIC?": the project asked, by its words, and
      // the tier the sources give it — Yes, or No with the tier it is in; none recognised, no Yes or No.
      const asked = u.target === 'yesno' ? projectNamed(u.q.text, dataset.projectsAt(g.meeting.id)) : undefined;
      const verdict = asked?.tier
        ? asked.tier === r.tier
          ? `Yes: ${displayName(asked)} is one of them. `
          : `No: the sources list ${displayName(asked)} as a ${asked.tier} project, not a ${r.tier} one. `
        : '';
      return {
        sentence: `${verdict}${g.count} ${r.tier} projects (${g.zh}) were among the ${g.newProjects ?? 'new'} projects launched at ${the(g.meeting)} (${meetingDate(g.meeting)})${g.spans ? `, spanning ${g.spans}` : ''}. ${g.items.length ? `${g.items.length} are on file by name${unnamed > 0 ? `; the other ${unnamed} are not named in the sources` : ''}:` : 'The sources name none of them.'}`,
        lines: listLines(g.items),
        refs: refsOf(g.items).slice(0, 5),
        sources: r.sources,
      };
    }
    case 'counterparts':
      return sayCounterparts(r, dataset, 'en');
    case 'order':
      return sayOrder(r);
    case 'trend':
      return sayTrend(r);
    case 'attribute':
      return sayAttribute(r);
    case 'chairs':
      return sayChairsAcross(r);
    case 'pickMeeting':
      return sayPickMeeting(r);
    case 'interval':
      return sayInterval(r);
    case 'zoneApart':
      return sayZoneApart(r);
    case 'roster':
      return sayRoster(r);
    case 'holders':
      return sayHolders(r);
    case 'owner':
      return sayOwner(r);
    case 'meetingsIn':
      return sayMeetingsIn(r, dataset);
    case 'across':
      return sayAcross(r);
    case 'each': {
      // "What did Yong Ying-I and Chen Rugui do together?": what the sources put them at together, in one sentence.
      const together = locale.startsWith('zh') ? undefined : peopleTogether(r.results, u.q.text, dataset);
      if (together) {
        const both = r.results.map((x) => sayOnly(x, u, dataset, locale, hints));
        return {
          sentence: together,
          lines: [],
          refs: both.flatMap((x) => x.refs),
          sources: [...new Set(both.flatMap((x) => x.sources))],
        };
      }
      // One outcome name in several meetings' outcomes ("what is TradeTrust?"): the outcome whose text defines it first.
      // (Only reads of outcomes are reordered: the checks and lists below index r.results.)
      const defining = r.results.every((x) => x.op === 'read' && x.about.type === 'highlight')
        ? r.results.findIndex((x) => x.op === 'read' && definedHighlight(x, u))
        : -1;
      const results =
        defining > 0 ? [r.results[defining] as Result, ...r.results.filter((_, i) => i !== defining)] : r.results;
      const each = results.map((x) => sayOnly(x, u, dataset, locale, hints));
      // Each of several checked ("did NUS and SUSS both get projects?"): the answer for all of them first.
      // (Also two partners each with a third, and one person at each of several meetings.)
      // (Both kinds of one partner's records — "is QuikBot in both an MOU and a project?" — are counts of the same
      // partners, one per kind: answered together too, and "No" when not both.)
      const kinds = kindsOfSamePartners(r.results);
      const verdicts = r.results.map((x) =>
        x.op === 'check' &&
        ((x.inner.op === 'count' && (x.inner.filter.orgs?.length === 1 || kinds)) ||
          x.claim.type === 'together' ||
          // (Each party of one outcome's list, checked against its own part: "did UOB and DBS each run two trials?")
          (x.claim.type === 'words' && x.inner.op === 'read' && x.inner.about.type === 'highlight') ||
          (x.claim.type === 'person' && x.inner.op === 'read' && x.inner.about.type === 'meeting'))
          ? x.verdict
          : undefined,
      );
      if (verdicts.length > 1 && verdicts.every((v) => v === 'yes' || v === 'no')) {
        const yes = verdicts.filter((v) => v === 'yes').length;
        // (Co-chairs are named by the sources, not records on file.)
        const byRecords = r.results.some(
          (x) => x.op === 'check' && x.claim.type !== 'person' && x.claim.type !== 'words',
        )
          ? ', by the records on file'
          : '';
        const zh = locale === 'zh-CN' || locale === 'zh-TW' ? ANSWER_ZH[locale] : undefined;
        const lead = zh
          ? zh.eachLead(yes, verdicts.length)
          : yes === verdicts.length
            ? `Yes, ${verdicts.length === 2 ? 'both' : 'all of them'}:`
            : yes === 0
              ? `${verdicts.length === 2 ? 'Neither' : 'None of them'}${byRecords}:`
              : `${kinds ? 'No, not' : 'Not'} ${verdicts.length === 2 ? 'both' : 'all of them'}${byRecords}:`;
        each.forEach((x, i) => {
          const inner = x.sentence.replace(/^(?:Yes: |No: |是：|否：)/, '');
          x.sentence = i ? capitalise(inner) : zh ? `${lead}${inner}` : `${lead} ${inner}`;
        });
        // (One outcome's line read for each party is said once: "Not both: at the 2nd JIC …: … (UOB ran two, DBS one …)".)
        const first = each[0]?.sentence.slice(lead.length).trim().toLowerCase();
        if (each.length > 1 && each.slice(1).every((x) => x.sentence.toLowerCase() === first))
          return joinAnswers(each.slice(0, 1), locale);
      }
      // A topic's MOUs and projects where one kind has none: its "none" already names the other kind's records ("No
      // MOUs on file about healthcare …, but 1 project on file is: …"), said once — never that list again under it.
      const [a, b] = r.results;
      if (
        r.results.length === 2 &&
        a?.op === 'list' &&
        b?.op === 'list' &&
        a.select === 'mous' &&
        b.select === 'projects' &&
        !a.items.length !== !b.items.length
      ) {
        const none = a.items.length ? 1 : 0;
        if (/\bbut \d+ (?:MOUs?|projects?) on file (?:is|are):/.test(each[none]?.sentence ?? ''))
          return joinAnswers([each[none] as Said], locale);
      }
      // Neither kind on file ("what's there on fintech"): one "none" for both, with where the sources do speak of it.
      const noneOfBoth =
        r.results.length === 2 && a?.op === 'list' && b?.op === 'list' && a.select === 'mous' && b.select === 'projects'
          ? bothNone(each[0]?.sentence ?? '', each[1]?.sentence ?? '')
          : undefined;
      if (noneOfBoth && each[0] && each[1])
        return {
          ...each[0],
          sentence: noneOfBoth,
          refs: [...each[0].refs, ...each[1].refs].slice(0, 5),
          sources: [...new Set([...each[0].sources, ...each[1].sources])],
        };
      // Several answers in one reply: one rule for every kind of them (say/join.ts).
      return joinAnswers(each, locale);
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

/** Whether several checks are each a count of one kind of record of the same partners (one per kind). */
function kindsOfSamePartners(results: readonly Result[]): boolean {
  const counts = results.flatMap((x) => (x.op === 'check' && x.inner.op === 'count' ? [x.inner] : []));
  return (
    counts.length === results.length &&
    counts.length > 1 &&
    new Set(counts.map((c) => c.select)).size === counts.length &&
    new Set(counts.map((c) => JSON.stringify(c.filter.orgs ?? []))).size === 1 &&
    Boolean(counts[0]?.filter.orgs?.length)
  );
}

/** A yes/no, said; asked "which source says …", led by the publications that say it (or that none does). */
/**
 * "The Crimson Logic project" asked at a meeting it is not from: the partner's one record of that kind on file, or (for
 * an MOU with none on file) the one outcome that speaks of its MOU, said with the meeting it is from; undefined where the
 * question names no one thing ("a project", "any MOU") or the partner has more than one.
 */
function definiteElsewhere(
  dataset: Dataset,
  u: Understanding,
  kind: 'mous' | 'projects',
  ids: readonly string[],
  asked: readonly number[],
): string | undefined {
  if (!asked.length || !/ the (?:[a-z0-9-]+ ){1,4}(?:project|mou|agreement|memorandum) /.test(u.q.text))
    return undefined;
  const of = (id: string): ReadonlyArray<{ meeting: string; name: string }> =>
    kind === 'mous' ? dataset.mousOf(id) : dataset.projectsOf(id);
  const records = [...new Set(ids.flatMap(of))];
  const at = (id: string) => dataset.meeting(id);
  if (records.length === 1 && records[0]) {
    const m = at(records[0].meeting);
    return m && !asked.includes(m.number) ? `${records[0].name} is ${the(m)}'s (${meetingDate(m)}).` : undefined;
  }
  if (records.length || kind !== 'mous') return undefined;
  const speaks = outcomesNaming(dataset, ids).filter((o) => /\bMOU\b/.test(o.text));
  const o = speaks.length === 1 ? speaks[0] : undefined;
  return o && !asked.includes(o.meeting.number)
    ? `the sources report it at ${the(o.meeting)} (${meetingDate(o.meeting)}): ${o.text.replace(/\.$/, '')}.`
    : undefined;
}

/** A note on a source's date as a reader may take it: the clauses about the page's capture (ours, not the source's) left out. */
const readerNote = (note: string | undefined): string =>
  (note ?? '')
    .split(/(?<=[;,])\s+/)
    .filter((x) => !/captur/i.test(x))
    .join(' ')
    .replace(/[;,]\s*$/, '');

function sayCheck(r: Extract<Result, { op: 'check' }>, u: Understanding, dataset: Dataset, locale: string): Said {
  const said = sayClaim(r, u, dataset, locale);
  // "Was THE Crimson Logic project launched at the 3rd meeting?", "was the mediation MOU signed at the 3rd JIC?": the one
  // record (or the outcome's MOU) the question means is another meeting's — a No, with that meeting, first.
  const elsewhere =
    r.claim.type === 'some' && r.inner.op === 'count' && r.verdict !== 'yes' && !locale.startsWith('zh')
      ? definiteElsewhere(
          dataset,
          u,
          r.inner.select === 'projects' ? 'projects' : 'mous',
          r.inner.filter.orgs?.[0] ?? [],
          r.inner.filter.meetings ?? [],
        )
      : undefined;
  if (elsewhere) return { ...said, sentence: `No: ${elsewhere} ${capitalise(said.sentence.replace(/^No: /, ''))}` };
  return u.q.asksSource && !locale.startsWith('zh') ? whoSaysIt(r, said, dataset) : said;
}

/**
 * "Which source says 43 projects?", "who says Qin co-chaired the 4th JIC?": the publications behind the answer, by
 * name and date — where the sources differ, those that say it and those that name someone else — then the answer.
 */
function whoSaysIt(r: Extract<Result, { op: 'check' }>, said: Said, dataset: Dataset): Said {
  const name = (id: string) => {
    const s = dataset.source(id);
    return s ? `${publisherShown(s.publisher)}${s.date ? ` (${formatDate(s.date)})` : ''}` : id;
  };
  const names = (ids: readonly string[]) => joinList([...new Set(ids)].map(name));
  const claim = r.claim;
  if (claim.type === 'person' && r.inner.op === 'read') {
    const readings = r.inner.readings.filter((x) => x.value);
    const saying = readings.filter((x) => (x.value ?? '').includes(claim.name));
    const others = readings.filter((x) => !saying.includes(x));
    const otherIds = others.flatMap((x) => x.sources).filter((id) => !saying.some((x) => x.sources.includes(id)));
    if (saying.length)
      return {
        ...said,
        sentence: `${names(saying.flatMap((x) => x.sources))} say so${otherIds.length ? `; ${names(otherIds)} say otherwise` : ''}. ${said.sentence}`,
        sources: [...new Set([...saying.flatMap((x) => x.sources), ...otherIds])],
      };
  }
  // A count: only the documents that report that figure (a running total's, or one meeting's), never every document
  // behind the records on file; where that can't be pinned down, the answer with its sources, unnamed in the sentence.
  const inner = r.inner;
  const figureSources =
    inner.op === 'count' && claim.type === 'number'
      ? inner.total && inner.total.value === claim.value
        ? (inner.total.at.totals?.sources ?? [])
        : inner.meetings.length === 1 && inner.meetings[0]?.reported === claim.value
          ? ((inner.select === 'projects'
              ? inner.meetings[0]?.meeting.newProjects.sources
              : inner.meetings[0]?.meeting.newMous.sources) ?? [])
          : []
      : undefined;
  // A date: only the documents that give that date (a meeting read also cites its place's and its note's documents —
  // "which outlets give 14 Dec 2023 as the 4th JIC's date" was answered with the release and ITS, which give none).
  const dateSources =
    claim.type === 'date' && inner.op === 'read'
      ? inner.readings.filter((x) => x.value && dateMatches(x.value, claim.iso)).flatMap((x) => x.sources)
      : undefined;
  const backing = figureSources ?? dateSources ?? (inner.op === 'count' ? [] : said.sources);
  if (r.verdict === 'yes' && backing.length)
    return {
      ...said,
      sentence: `${names(backing)} say so: ${said.sentence.replace(/^Yes:\s*/, '')}`,
      ...(dateSources ? { sources: [...new Set(dateSources)] } : {}),
    };
  // ("Which source says 21 MOUs?": 21 is no longer the total, but it was the total reported after the 3rd meeting —
  // the documents that report it then, never "no source says so".)
  const value = claim.type === 'number' && !claim.bound && claim.other === undefined ? claim.value : undefined;
  const earlier = r.verdict === 'no' && value !== undefined ? figureReported(inner, value, dataset) : undefined;
  if (earlier)
    return {
      ...said,
      sentence: `${names(earlier.sources)} report ${value} ${earlier.noun}: ${earlier.what}. ${said.sentence.replace(/^No:\s*/, 'Now: ')}`,
      sources: [...new Set([...earlier.sources, ...said.sources])],
    };
  if (r.verdict === 'no') return { ...said, sentence: `No source on file says so. ${said.sentence}` };
  return said;
}

/** A date read against one claimed: in full, a month ("2021-10"), or a day of any year ("*-10-18"). */
const dateMatches = (value: string, iso: string) =>
  iso.startsWith('*') ? value.endsWith(iso.slice(1)) : value.startsWith(iso);

/**
 * A figure some meeting's report gives (a running total reported then, or one meeting's count) where a count asked of
 * the whole SCI finds another: the documents that report it and what it counted.
 */
function figureReported(
  inner: Result,
  value: number,
  dataset: Dataset,
): { sources: readonly string[]; noun: string; what: string } | undefined {
  if (inner.op !== 'count' || (inner.select !== 'mous' && inner.select !== 'projects')) return undefined;
  if (inner.filter.meetings?.length || inner.filter.orgs?.length) return undefined;
  const mous = inner.select === 'mous';
  const noun = mous ? 'MOUs' : 'projects';
  const at = (ms: readonly Meeting[]) => joinList(ms.map((m) => `${the(m)} (${formatDate(m.date.value)})`));
  const totals = dataset.meetings.filter((m) => m.totals && (mous ? m.totals.mous : m.totals.projects) === value);
  if (totals.length)
    return {
      sources: totals.flatMap((m) => m.totals?.sources ?? []),
      noun,
      what: `the total to date after ${at(totals)}`,
    };
  const counts = dataset.meetings.filter((m) => (mous ? m.newMous : m.newProjects).value === value);
  if (counts.length)
    return {
      sources: counts.flatMap((m) => (mous ? m.newMous : m.newProjects).sources),
      noun,
      what: `the number ${mous ? 'signed' : 'launched'} at ${counts.length > 1 ? 'each of ' : ''}${at(counts)}`,
    };
  return undefined;
}

function sayClaim(r: Extract<Result, { op: 'check' }>, u: Understanding, dataset: Dataset, locale: string): Said {
  // Nearly what was asked ("AI for e-commerce logistics"): those about all the topics but one — said before the
  // inner count's own sentence is worked out (it would not be used).
  if (
    r.verdict === 'no' &&
    r.inner.op === 'count' &&
    r.claim.type === 'some' &&
    !r.inner.filter.orgs?.length &&
    !r.inner.filter.linked &&
    !r.inner.filter.everyParty &&
    r.inner.filter.topics?.length &&
    // (A word no record spells — the "quantum" of "quantum computing" — leaves nothing nearly about it.)
    !r.inner.filter.topics.some((t) => !t.includes(' ') && !isSpeltInRecords(t, dataset)) &&
    (r.inner.select === 'mous' || r.inner.select === 'projects')
  ) {
    const nearly = allButOne(dataset, r.inner.select, r.inner.filter);
    if (nearly) return sayAllButOne(dataset, r.inner.select, nearly);
  }
  // "Did the 3rd JIC include a project on tourism?" with none on file: what that meeting's records name against what
  // it reported (a No only where all are named), and its other records or outcomes that do speak of it.
  if (
    r.verdict !== 'yes' &&
    r.inner.op === 'count' &&
    r.claim.type === 'some' &&
    (r.inner.select === 'mous' || r.inner.select === 'projects') &&
    r.inner.filter.meetings?.length === 1 &&
    // (Only a meeting and its topics: no partner, kind or country narrows the records.)
    Object.keys(r.inner.filter).every((k) => k === 'meetings' || k === 'topics' || k === 'topicsAlso') &&
    !locale.startsWith('zh')
  ) {
    const none = sayNoneAtMeeting(
      dataset,
      r.inner.select,
      r.inner.filter,
      !has(u, 'mou') && !has(u, 'project'),
      r.inner.sources,
    );
    if (none) return none;
  }
  const inner = sayOnly(r.inner, u, dataset, locale, []);
  // "Is AI a pillar?": No — but Annex A heads a group of the 4th JIC's MOUs "Strategic pillar: AI"; said, never hidden.
  if (r.claim.type === 'pillar' && r.verdict === 'no') {
    const words = r.claim.words;
    const heading = dataset.initiative.mouGroups.find(
      (g) => /\bpillar\b/i.test(g.label) && words.every((w) => claimWordIn(` ${norm(g.label)} `, w, [])),
    );
    const n = heading ? dataset.mous.filter((m) => m.group === heading.id).length : 0;
    if (heading)
      return {
        ...inner,
        sentence: `No: ${lowerFirst(inner.sentence).replace(/\.$/, '')}. Annex A of the 4th JIC release does head ${n === 1 ? '1 MOU' : `${n} MOUs`} “${heading.label}”: a group of that meeting's MOUs, not one of the SCI's pillars.`,
        sources: [...new Set([...inner.sources, ...heading.sources])],
      };
  }
  // "Was the founding MOU one of the 29?": signed before any JIC meeting, it is none of the MOUs the meetings signed.
  if (foundingAmong(r, u)) return { ...inner, sentence: `No: ${lowerFirst(inner.sentence)}` };
  // "Was the 2nd JIC held in Shenzhen?" of a meeting held by video between the cities: in no one city, never a flat
  // "No" beside "(Shenzhen and Singapore)".
  const byVideo =
    r.claim.type === 'place' &&
    r.verdict === 'no' &&
    r.inner.op === 'read' &&
    /^(?:shenzhen|singapore)$/.test(r.claim.words) &&
    r.inner.readings.some((x) => x.label === 'place' && /video/i.test(x.value ?? ''));
  // "Was the 1st meeting online or in person?", "were 29 or 28 MOUs signed?": an either/or is answered by the one that
  // holds, never a "Yes" or "No" to two things at once.
  const eitherOr = eitherOrAsked(u) && ['place', 'year', 'number', 'date', 'person', 'role'].includes(r.claim.type);
  const lead = eitherOr
    ? ''
    : byVideo
      ? 'No, not in one city'
      : r.verdict === 'yes'
        ? 'Yes'
        : r.verdict === 'no'
          ? 'No'
          : r.verdict === 'both'
            ? 'The sources differ'
            : '';
  // "Did the 3rd and 4th JIC each launch 14 projects?": each meeting's own count, never their sum.
  if (
    r.inner.op === 'count' &&
    r.claim.type === 'number' &&
    r.claim.each &&
    r.inner.meetings.length > 1 &&
    (r.inner.select === 'mous' || r.inner.select === 'projects')
  ) {
    const sel = r.inner.select;
    const verb = sel === 'mous' ? 'signed' : 'launched';
    const at = (m: MeetingFigure) => `${the(m.meeting)} (${meetingDate(m.meeting)})`;
    const ms = r.inner.meetings;
    const per = ms.map((m, i) =>
      m.reported === null
        ? `the sources give no count for ${at(m)}`
        : i === 0
          ? `${noun(m.reported, sel)} were ${verb} at ${at(m)}`
          : `${m.reported} at ${at(m)}`,
    );
    const value = ms[0]?.reported ?? 0;
    return {
      ...inner,
      sentence:
        r.verdict === 'yes'
          ? `Yes: ${noun(value, sel)} were ${verb} at each of ${joinList(ms.map(at))}.`
          : `${lead ? `${lead}: ` : ''}${capitalise(joinList(per))}.`,
      lines: [],
    };
  }
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
  // "Is there an MOU between two Singapore companies?" and none on file is: none of those on file, which the sources
  // report more of — never a flat "No", never the partners of that kind who signed with someone else.
  if (r.verdict === 'no' && r.inner.op === 'count' && r.inner.filter.everyParty) {
    const select = r.inner.select === 'projects' ? 'projects' : 'mous';
    const total = dataset.figures.latestTotals;
    const onFile =
      select === 'mous' ? dataset.mous.length : dataset.projects.filter((p) => p.kind === 'joint-project').length;
    const reported = total ? (select === 'mous' ? total.mous : total.projects) : undefined;
    const scope = scopeText(r.inner.filter, dataset, []);
    return {
      sentence: `None of the ${noun(onFile, select)} on file is one ${scope}${reported ? ` (the sources report ${reported} in all but name only these)` : ''}${undecidedNote(dataset, select, r.inner.filter)}.`,
      lines: [],
      refs: [],
      sources: inner.sources,
    };
  }
  // "Did NTU sign an MOU?" when none on file names it: no MOU is on file, which is not the same as "no".
  // "Is there a project on AI for logistics?" and none on file is: none of those on file (more are reported), and the
  // outcomes that speak of it — never a flat "No".
  if (
    r.verdict === 'no' &&
    r.inner.op === 'count' &&
    r.claim.type === 'some' &&
    !r.inner.filter.orgs?.length &&
    r.inner.filter.topics?.length &&
    (r.inner.select === 'mous' || r.inner.select === 'projects')
  ) {
    const select = r.inner.select;
    const topics = r.inner.filter.topics;
    // Nearly what was asked ("AI for e-commerce logistics"): those about all the topics but one — never a bare "none".
    const nearly = allButOne(dataset, select, r.inner.filter);
    if (nearly) return sayAllButOne(dataset, select, nearly);
    const total = dataset.figures.latestTotals;
    const onFile =
      select === 'mous' ? dataset.mous.length : dataset.projects.filter((p) => p.kind === 'joint-project').length;
    const reported = total ? (select === 'mous' ? total.mous : total.projects) : undefined;
    const spoken = outcomesAbout(dataset, topics);
    return {
      sentence: `None of the ${noun(onFile, select)} on file is about ${joinList(topics.map((t) => topicSpelling(dataset, t)))}${reported ? ` (the sources report ${reported} in all but name only these)` : ''}.${spoken.length ? ` The sources do speak of it, at ${joinList([...new Set(spoken.map((x) => `${the(x.meeting)} (${meetingDate(x.meeting)})`))])}: ${spoken[0]?.text ?? ''}` : ''}`,
      lines: [],
      refs: spoken.slice(0, 2).map((x) => ({ kind: 'meeting' as const, id: x.meeting.id })),
      sources: [...new Set([...inner.sources, ...spoken.flatMap((x) => x.sources)])],
    };
  }
  // (Only for a partner asked; a topic asked is said above.)
  if (r.verdict === 'no' && r.inner.op === 'count' && r.claim.type === 'some' && r.inner.filter.orgs?.length) {
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
    if (none.sources) return { ...none, lines: [], sources: [...new Set([...none.sources, ...inner.sources])] };
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
      // (…then whom each did work with, so the No says more than "not together": NTU's project is with SYSU.)
      return {
        ...inner,
        sentence: sentences(
          `No record or outcome on file joins ${r.inner.name}${scoped}${elsewhere.length ? `; the records join them at ${joinList(elsewhere)}` : ''}`,
          elsewhere.length ? '' : whatEachOfThemDid(dataset, r.inner.about),
        ),
      };
    }
    // An MOU asked where only a joint project joins them (or the reverse): no, and what does join them, as what it is.
    const other = (r.inner.readings.find((x) => x.label === 'other kind')?.value ?? '').split('|').filter(Boolean);
    if (other.length && r.inner.about.type === 'orgs' && r.inner.about.only) {
      const mous = r.inner.about.only === 'mous';
      const asked = mous ? 'MOU' : 'joint project';
      const theirs = mous ? 'a joint project' : 'an MOU';
      const reported = total ? (mous ? total.mous : total.projects) : undefined;
      const onFile = mous ? dataset.mous.length : dataset.projects.filter((p) => p.kind === 'joint-project').length;
      return {
        ...inner,
        sentence: `No ${asked} on file joins ${r.inner.name}${reported !== undefined ? ` (the sources report ${reported} ${mous ? 'MOUs' : 'projects'} in all, but name only ${onFile})` : ''}: what joins them is ${other.length === 1 ? theirs : `${other.length} ${mous ? 'joint projects' : 'MOUs'}`}, not ${mous ? 'an MOU' : 'a joint project'} — ${joinList(other)}.`,
        sources: [
          ...new Set([...inner.sources, ...(r.inner.readings.find((x) => x.label === 'other kind')?.sources ?? [])]),
        ],
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
  // "Did Joseph Leong sign the QuikBot MOU?": no person is named signing a record on file; its parties are.
  if (
    r.claim.type === 'person' &&
    r.inner.op === 'read' &&
    ['record', 'records', 'org', 'orgs'].includes(r.inner.about.type)
  ) {
    const founding = dataset.meetingByNumber(0);
    const signers = (founding?.people ?? []).flatMap((x) => x.people.map((p) => p.name));
    return {
      ...inner,
      sentence: `The sources don't say that ${r.claim.name} signed ${r.inner.about.type === 'record' || r.inner.about.type === 'records' ? 'it' : `with ${r.inner.name}`}: they name no person signing any MOU or project on file${signers.length ? ` (the only signatories they name are the founding MOU's, ${joinList(signers)})` : ''}. ${inner.sentence}`,
    };
  }
  // "Has Qin Weizhong signed any MOU?": the only signatories the sources name are the founding MOU's.
  if (asksFoundingSignatory(r, u))
    return {
      ...inner,
      sentence:
        r.verdict === 'yes'
          ? `Yes: ${lowerFirst(inner.sentence)}`
          : namesFoundingMou(u)
            ? `No: ${lowerFirst(inner.sentence).replace(/\.$/, '')} — not ${r.claim.name}.`
            : `The sources name no MOU that ${r.claim.name} signed: the only signatories they name are the founding MOU's — ${lowerFirst(inner.sentence)}`,
    };
  // "Did Keppel co-chair the 4th JIC?": a partner, not a person — the sources name people as co-chairs.
  if (r.claim.type === 'person' && r.claim.partners && r.verdict === 'no')
    return {
      ...inner,
      sentence: `No: the sources name ${r.claim.name} as ${r.claim.partners > 1 ? 'partners' : 'a partner'} in the records, not as ${r.claim.partners > 1 ? 'co-chairs' : 'a co-chair'}; ${lowerFirst(inner.sentence)}`,
    };
  // "Was Joseph Leong at the 2nd JIC?": the sources list co-chairs, not who attended, so not naming him is no "No"
  // (unless the question asks about chairing).
  // (A name no source gives is not named there either, whatever is asked of it — "did Lee Hsien Loong co-chair …".)
  if (
    r.verdict === 'no' &&
    r.claim.type === 'person' &&
    (!u.flags.chairing || !personOnFile(dataset, r.claim.name)) &&
    r.inner.op === 'read'
  )
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
  // "Isn't the mayor of Shenzhen Chen Rugui?": a role asked of now that the sources give as held back then ("was Mayor of
  // Shenzhen when the founding MOU was signed"), with someone else named in it later — no Yes about now.
  const person = r.inner.op === 'read' && r.inner.about.type === 'person' ? r.inner.about.name : undefined;
  const later = person ? peopleByRole(u, dataset).filter((n) => n !== person) : [];
  if (
    r.claim.type === 'role' &&
    r.verdict === 'yes' &&
    /^ (?:is|isn t|is not|are|aren t) /.test(u.q.text) &&
    /\bwas [^.;]* when /.test(inner.sentence) &&
    later.length
  )
    return {
      ...inner,
      sentence: `Not by the latest the sources give: ${inner.sentence.replace(/\.$/, '')}; later they name ${joinList(later)} in that role.`,
    };
  if (dated && r.verdict === 'yes')
    return {
      ...inner,
      sentence: `Yes, as far as the sources go: ${inner.sentence
        .replace(/^The sources name/, 'they name')
        .replace(/, the latest they give\./, ", the latest they give; they don't say whether that is still so.")}`,
    };
  // "Is Qin Weizhong from Singapore?": the side the person's roles serve, said as such (no nationality is given).
  if (r.claim.type === 'side' && lead)
    return {
      ...inner,
      sentence: `${lead}, by the side the role serves (the sources give no one's nationality): ${lowerFirst(inner.sentence)}`,
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
      // A city asked: the places its name states decide, said as the name's (the sources give no partner's city).
      const city = r.claim.city;
      if (city) {
        const named = placesInName(dataset, o.id);
        const by = named.length ? `; its name places it in ${joinList(named)}` : '';
        return {
          ...inner,
          sentence:
            r.verdict === 'unknown'
              ? `The sources don't say which city ${o.name} is in: they give it as ${withArticle(o.kind)}${where}${by}.`
              : `${lead}${named.length && o.country === 'China' ? ', going by its name' : ''}: ${o.name} is ${withArticle(o.kind)}${where}${by}.`,
          lines: [],
        };
      }
      // "Is NCS Singaporean or Chinese?", "a company or a university?": the one that holds, never a Yes or No to an
      // either/or (with how sure the sources are of the country).
      if (eitherOrAsked(u) && r.verdict !== 'unknown')
        return {
          ...inner,
          sentence: `${o.name} is ${withArticle(o.kind)}${where}${r.claim.country && !o.countryStated && o.country !== 'unclear' ? " (inferred: the sources don't state its country)" : ''}.`,
          lines: [],
        };
      // A kind no table knows, not the one on file: what the sources do call it, never a "No" of our own.
      const free = !!r.claim.label && !(r.claim.label in KIND_TESTS);
      if (free && r.verdict === 'unknown')
        return {
          ...inner,
          sentence: `The sources don't call ${o.name} ${withArticle(r.claim.label)}: they give it as ${withArticle(o.kind)}${where}.`,
          lines: [],
        };
      return {
        ...inner,
        sentence: `${head}: ${o.name} is ${withArticle(o.kind)}${where}.`,
        lines: [],
      };
    }
  }
  // A named outcome's text that does not say what was asked: say so, then what it does say (never a "No":
  // silence is not denial).
  // A place asked of something the outcome places there in its own words ("TusStar will establish hub operations in
  // Singapore"): their words, which neither confirm nor deny where it is.
  // "Is the SUSS project in Shenzhen?": one record's own words, which never place it for sure (a place in a partner's
  // name is no place of the record's) — neither a Yes nor a No.
  if (r.claim.type === 'words' && r.claim.located && r.inner.op === 'read' && r.inner.about.type === 'record')
    return { ...inner, sentence: `The sources give no place for it beyond its own words: ${inner.sentence}` };
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
  // ("What came of the Joint Innovation Call?": an outcome the sources report once, and nothing of it after.)
  if (
    r.claim.type === 'progress' &&
    u.target !== 'yesno' &&
    r.inner.op === 'read' &&
    r.inner.about.type === 'highlight'
  )
    return {
      ...inner,
      sentence: `The sources report nothing more of it than this; what they say: ${lowerFirst(inner.sentence)}`,
    };
  if (r.claim.type === 'order')
    return {
      ...inner,
      sentence: `The sources don't say in what order the MOUs were signed, only at which meeting; what they say: ${lowerFirst(inner.sentence)}`,
    };
  if (r.claim.type === 'progress')
    return {
      ...inner,
      sentence: `${/ (?:still|anymore|any more|these days|currently|nowadays) /.test(u.q.text) ? "The sources don't say whether that is still so now" : "The sources don't say whether it has happened or what came of it"}; what they say: ${lowerFirst(inner.sentence)}`,
    };
  if (
    r.verdict === 'unknown' &&
    (r.claim.type === 'words' || (r.claim.type === 'topic' && r.claim.free) || r.unsaid?.length)
  )
    return { ...inner, sentence: `The sources don't say so; what they say: ${lowerFirst(inner.sentence)}` };
  // (A reading that already opens with the disagreement is not led by it twice.)
  const saidAlready = lead === 'The sources differ' && /^The sources differ\b/.test(inner.sentence);
  return {
    ...inner,
    sentence:
      lead && !saidAlready
        ? `${lead}: ${inner.sentence.charAt(0).toLowerCase() === inner.sentence.charAt(0) ? inner.sentence : lowerFirst(inner.sentence)}`
        : inner.sentence,
  };
}

/** Two things put as either/or ("online or in person?"); "…, yes or no?" asks for a Yes or No, no either/or. */
const eitherOrAsked = (u: Understanding) =>
  / or /.test(u.q.text.replace(/ (?:yes|true|right) or (?:(?:no|not|false|wrong) )?/g, ' '));
