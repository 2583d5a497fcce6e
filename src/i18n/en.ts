/**
 * The English catalogue: every sentence and label the bot writes itself (record text comes from the
 * data and is not here). Its shape is the type of every other catalogue, so a message missing from
 * a language is a compile error. Functions take what the sentence needs; none of them reads data.
 */
import { monthName } from '../text/months.js';

/** "1 MOU", "2 MOUs". */
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const en = {
  /** How the language calls itself (the console's `/locale` and the README). */
  language: 'English',
  date: {
    notStated: 'date not stated in the sources',
    // (The short names as the records write them, from the one month table.)
    months: Array.from({ length: 12 }, (_, i) => monthName(i + 1)),
    /** `14 Dec 2023`, `Jun 2020`, `2019`: month is the short name, day without a leading zero. */
    format: (year: string, month?: string, day?: number): string =>
      month ? (day ? `${day} ${month} ${year}` : `${month} ${year}`) : year,
  },
  meeting: {
    /** A meeting as the Chinese press numbers them; 0 is the founding MOU. */
    name: (n: number): string => (n === 0 ? 'founding MOU' : `meeting ${n}`),
  },
  /** Countries as the data names them, for choices and cards (English reads the data's own word). */
  country: { Singapore: 'Singapore', China: 'China', unclear: 'Country unclear in the sources' } as Readonly<
    Record<string, string>
  >,
  /** Annex A groups, by id: a rendering shown beside the source's heading (English shows the heading alone). */
  mouGroup: {} as Readonly<Record<string, string>>,
  errors: {
    failed: 'Sorry, something went wrong while answering that. Please try again in a moment.',
    mentionFailed: 'Sorry, something went wrong while answering that. Please try again, or use `/ask`.',
  },
  answer: { sources: 'Sources' },
  router: {
    unknownCommand: (name: string) => `I don't know the command \`/${name}\`. Try \`/help\` to see what I can do.`,
    stale:
      'That button points to something no longer on file (the data may have changed). Run the command again for a fresh card.',
    unknownComponent:
      "I don't recognise that button or menu; it may be from an older version of the bot. Run the command again for a fresh card.",
  },
  /** Every word the cards, lists and notes say (record text comes from the data and is not here). */
  cards: {
    notStated: 'not stated in the sources',
    /** The reader's words for the caveats the data keeps. */
    caveat: {
      countryNotStated: 'country not stated in the sources',
      cutOff: 'the source text breaks off here',
      unnamed: 'not named in the sources',
      gone: 'no longer on file',
    },
    /** "Singapore, inferred": a country the sources do not state, as we read it. */
    inferredCountry: (country: string) => `${country}, inferred`,
    /** "QuikBot (Singapore)": a name with a note beside it. */
    aside: (text: string, note: string) => `${text} (${note})`,
    /** Joiners of a list in a sentence: "A, B and C", "MOU or project". */
    comma: ', ',
    and: ' and ',
    or: ' or ',
    more: (n: number) => `…and ${n} more`,
    noneOnFile: 'none on file',
    dataAsOf: (meeting: string, date: string) => `Data as of the ${meeting} (${date})`,
    sources: 'Sources',
    noUrl: 'no web address on file',
    /** "the 4th JIC meeting (14 Dec 2023)", inside a sentence. */
    meetingRef: (meeting: string, date: string) => `the ${meeting} (${date})`,
    noMeeting: 'a meeting not on file',
    /** How each kind of record is labelled on buttons, choices and select options. */
    kind: { project: 'Project', mou: 'MOU', organisation: 'Organisation', meeting: 'Meeting' },
    /** Counted kinds: "3 MOUs". */
    count: {
      project: (n: number) => plural(n, 'project'),
      mou: (n: number) => plural(n, 'MOU'),
      organisation: (n: number) => plural(n, 'partner'),
      meeting: (n: number) => plural(n, 'meeting'),
    },
    /** The kinds in a sentence, plural: "MOUs and projects". */
    kinds: { project: 'projects', mou: 'MOUs', organisation: 'partners', meeting: 'meetings' },
    records: 'records',
    /** A kind with its article, and what a partner does with one. */
    aKind: { project: 'a project', mou: 'an MOU', organisation: 'a partner', meeting: 'a meeting' },
    did: {
      project: (n: number) => `joined ${plural(n, 'project')}`,
      mou: (n: number) => `signed ${plural(n, 'MOU')}`,
      organisation: (n: number) => `worked with ${plural(n, 'partner')}`,
      meeting: (n: number) => `took part in ${plural(n, 'meeting')}`,
    },
    previous: '◀ Previous',
    next: 'Next ▶',
    /** A button: "MOU: Keppel – PKU", "◀ Previous: 3rd JIC meeting". */
    labelled: (label: string, name: string) => `${label}: ${name}`,
    openRelated: 'Open a related record…',
    otherMatches: 'Other matches…',
    openOfMeeting: (meeting: string) => `Open a record of the ${meeting}…`,
    /** "40 matches, 1–25": a count and the range one page shows. */
    range: (count: string, from: number, to: number) => `${count}, ${from}–${to}`,
    /** The data's words for who chaired or signed and who reports it (English reads the data's own words). */
    people: {} as Readonly<Record<string, string>>,
    /** A menu option's note on a name the source gives in Chinese only: "our rendering of 深新智慧图书馆合作项目". */
    renderingOf: (other: string) => `our rendering of ${other}`,
    chineseNames: 'Chinese names',
    /** What a source calls a Chinese name, by the data's label (English reads the data's own words). */
    zhLabel: {} as Readonly<Record<string, string>>,
    /** A Chinese name from a source, with what the source calls it ("Shenzhen's name"). */
    chineseName: (name: string, label: string) => (label ? `${name} (${label})` : name),
    /** A person, and their Chinese name from a source beside the English one. */
    person: (name: string, role: string) => `${name} (${role})`,
    personZh: (name: string, zh: string) => `${name} (${zh})`,
    organisation: {
      countryStated: (c: string) => `Country: ${c}.`,
      countryInferred: (c: string) => `Country: ${c}, inferred (country not stated in the sources).`,
      countryUnknown: 'Country: not stated in the sources.',
      kind: (kind: string) => `${kind.charAt(0).toUpperCase()}${kind.slice(1)}.`,
      partOf: (parent: string) => `Part of ${parent}.`,
      aka: (names: string) => `Also known as ${names}.`,
      onFile: (mous: number, projects: number) =>
        `On file: ${mous ? plural(mous, 'MOU') : 'no MOU'} and ${projects ? plural(projects, 'project') : 'no project'}.`,
      mous: (n: number) => `MOUs signed (${n})`,
      projects: (n: number) => `Projects joined (${n})`,
      highlights: 'Named in meeting highlights',
      withNobody: 'no other party named',
      with: (names: string) => `with ${names}`,
      through: (names: string) => `through ${names}`,
      /** "Company", "university": the kinds the data gives, for a reader (English reads the data's own word). */
      kinds: {} as Readonly<Record<string, string>>,
    },
    project: {
      joint: (number: number | null, when: string) =>
        `Joint project${number ? ` no. ${number}` : ''}, announced at ${when}.`,
      zone: (count: number | undefined, when: string) =>
        `A Demonstration Zone record${count ? ` standing for ${count} projects` : ''}, announced at ${when}.`,
      partners: 'Partners',
      noPartners: 'not named in the sources',
      topics: 'Topics',
      rendering: (_english: string, _chinese: string) =>
        'The English name is our rendering; the source gives the name in Chinese only.',
    },
    mou: {
      heading: (name: string) => `MOU: ${name}`,
      signed: (when: string, parties: string) => `Signed at ${when} by ${parties}.`,
      title: 'Official title',
      group: 'Annex A group',
      noGroup: 'no Annex A group given in the sources',
      topics: 'Topics',
    },
    meeting: {
      founding: (place: string) => `The founding MOU of the SCI, signed in ${place}.`,
      /** "Held in Shenzhen."; "By video link" reads "Held by video link." (English grammar, kept here). */
      /** How a meeting was held, by the data's words ("By video link"); English reads the data's own words. */
      manner: {} as Readonly<Record<string, string>>,
      heldAs: (manner: string) => `${manner}.`,
      held: (place: string) => {
        const manner = /^(By|Held|Via|Online|Virtually)\b/.test(place);
        return manner
          ? `Held ${place.replace(/^Held\s+/i, '').replace(/^[A-Z]/, (c) => c.toLowerCase())}.`
          : `Held in ${place}.`;
      },
      announced: (date: string) => `Announced ${date}.`,
      figure: (reported: string, noun: string, onFile: number) => `${reported} ${noun} reported (${onFile} on file)`,
      notStated: (noun: string, onFile: number) => `new ${noun}: number not stated in the sources (${onFile} on file)`,
      figures: (parts: string) => `**New**: ${parts}.`,
      totals: (projects: number, mous: number, label: string) =>
        `**In all**: ${projects} projects, ${mous} MOUs reported (${label}).`,
      mousNoun: 'MOUs',
      projectsNoun: 'joint projects',
      /** The source's groups of the new projects: "7 flagship (旗舰), 4 on file". */
      groups: (parts: string) => `**Of the new projects**: ${parts}.`,
      group: (tier: string, zh: string, reported: number, onFile: number) =>
        `${reported} ${tier} (${zh}), ${onFile} on file`,
      tier: { flagship: 'flagship', key: 'key' } as Readonly<Record<string, string>>,
      zone: 'Demonstration Zone',
      zoneLine: (projects: number, focus: string, companies: number) =>
        `**${projects}** new projects, focusing on ${focus}; ${companies} companies (not named in the sources) signed MOUs to be the first batch to operate in the zone.`,
      highlights: 'Highlights',
      noHighlights: 'none recorded',
      disagree: (role: string) => `${role}: the sources differ`,
      differ: (topic: string) => `The sources differ: ${topic}`,
      seeTotals: '*The sources differ on the running totals: see `/totals`.*',
      previous: '◀ Previous',
      next: 'Next ▶',
    },
    totals: {
      title: 'SCI totals: reported and on file',
      titleAt: (name: string, date: string) => `Totals at the ${name} (${date})`,
      lead: (name: string, date: string, projects: number, mous: number) =>
        `As of the ${name} (${date}) the sources report **${projects} projects** and **${mous} MOUs** in all.`,
      onFile: (mous: number, joint: number) =>
        `On file here are the records the sources name: **${mous} MOUs** and **${joint} joint projects** (plus the Demonstration Zone).`,
      noTotals: (mous: number, joint: number) =>
        `No source reports cumulative totals. On file: ${mous} MOUs and ${joint} joint projects.`,
      header: ['MOUs', 'MOUs', 'Proj.', 'Proj.', 'In all'],
      subHeader: ['Meeting', 'rep', 'file', 'rep', 'file', 'P/M'],
      founding: 'Founding',
      /** A meeting in the table and the buttons: "4th JIC" (English reads the ordinal from the data's name). */
      jic: (n: number, ordinal: string) => `${ordinal} JIC`,
      /** A meeting in a range: "1st" ("MOUs 1st–3rd"). */
      short: (n: number, ordinal: string) => ordinal,
      legend:
        '*rep*: reported by the sources · *file*: records on file (the ones the sources name) · *—*: not stated in the sources · *In all*: cumulative projects/MOUs reported',
      zone: (name: string, projects: number, companies: number) =>
        `${name} also: ${projects} Demonstration Zone projects (one record on file); ${companies} companies, not named in the sources, signed MOUs to operate in the zone.`,
      gap: (from: string, to: string, sum: string, total: number, name: string) =>
        `MOUs ${from}–${to}: ${sum} reported, but ${total} in all reported at the ${name}; the sources do not explain the difference.`,
      adds: (from: string, to: string, sum: string, name: string) =>
        `MOUs ${from}–${to}: ${sum} reported, matching the total reported at the ${name}.`,
      groups: (name: string, reported: number, onFile: number, parts: string) =>
        `${name}: ${reported} new projects reported, ${onFile} on file: ${parts}.`,
      group: (tier: string, zh: string, reported: number, onFile: number) => `${tier} (${zh}) ${onFile} of ${reported}`,
      partners: 'Partners on file',
      partnersLine: (parts: string) => `Organisations that signed an MOU or joined a project on file: ${parts}.`,
      fromCountry: (n: number, country: string, inferred: number) =>
        `${n} from ${country}${inferred ? ` (${inferred} inferred; country not stated in the sources)` : ''}`,
      unknownCountry: (n: number) => `${n} whose country is not stated in the sources`,
      all: 'All meetings',
    },
    list: {
      titleByMou: 'Partners by MOU',
      titleByCountry: (country: string) => `Partners from ${country}`,
      titleUnclear: 'Partners whose country is not stated',
      mouCount: (n: number, partners: number, where: string) =>
        `**${plural(n, 'MOU')}** on file${where}, signed by **${plural(partners, 'named partner')}** (both sides counted).`,
      partnerCount: (n: number, country: string, mous: number, where: string, inferred: number) =>
        `**${plural(n, 'partner')}** from ${country} signed ${plural(mous, 'MOU')} on file${where}${inferred ? ` (for ${inferred} of them the country is inferred: country not stated in the sources)` : ''}.`,
      partnerCountUnclear: (n: number, mous: number, where: string) =>
        `**${plural(n, 'partner')}** whose country is not stated in the sources signed ${plural(mous, 'MOU')} on file${where}.`,
      reported: (mous: number, name: string) =>
        `The sources report ${mous} MOUs in all as of the ${name}; only those whose parties the sources name are on file.`,
      page: (count: string) => `Showing ${count}.`,
      select: 'Open an MOU or a partner…',
      filtersNone: 'none',
      atMeeting: (name: string) => ` from the ${name}`,
      inGroup: (label: string) => ` in Annex A group “${label}”`,
      filterCountry: (country: string) => `partners from ${country}`,
      filterUnclear: 'partners whose country is not stated in the sources',
      filterMeeting: (name: string) => `the ${name}`,
      filterGroup: (label: string) => `Annex A group “${label}”`,
    },
    results: {
      title: (q: string) => `Search: “${q}”`,
      matches: (n: number) => plural(n, 'match', 'matches'),
      summary: (count: string, kinds: string) => `**${count}**, best first: ${kinds}.`,
      pick: 'Pick one below to open its card.',
      nothing: 'Nothing matched.',
      select: 'Open a result…',
      foundThrough: (matched: string) => `found through “${matched}”`,
      didYouMean: (q: string) =>
        `I couldn't find a confident match for “${q}”. Did you mean one of these? Pick one below.`,
      nothingOnFile: (q: string) => `Nothing on file matches “${q}”.`,
      latest: (kinds: string, meeting: string) => `Below: the ${kinds} of the ${meeting}, to start from.`,
      tryNext: (hint: string) => `Try ${hint}, or \`/search query:<words>\` to search everything.`,
      selectDidYouMean: 'Did you mean…',
      selectLatest: 'Or open one of these…',
    },
    elsewhere: {
      noneOfKind: (name: string, wanted: string, rest: string) => `**${name}** has no ${wanted} on file; ${rest}`,
      itDid: (parts: string) => `it ${parts}:`,
      nothingElse: 'nothing else is on file for it either.',
      isA: (name: string, kind: string, wanted: string) => `**${name}** is ${kind}, not ${wanted}.`,
      its: (wanted: string) => `Its ${wanted} on file:`,
      open: 'Open its card below.',
      /** The kinds asked for, in a sentence: "MOU". */
      one: { project: 'project', mou: 'MOU', organisation: 'partner', meeting: 'meeting' },
    },
    about: {
      title: (name: string, short: string) => `About: ${name} (${short})`,
      launched: 'Launched',
      pillars: 'Pillars',
      reach: 'How far the data reaches',
      reachText: (meeting: string, date: string, meetings: number, mous: number, projects: number, orgs: number) =>
        `Up to the ${meeting} (${date}). On file: ${meetings} meetings (with the founding MOU), ${mous} MOUs, ${projects} project records, ${orgs} organisations. Where the sources are silent, the bot says so rather than guess.`,
      events: 'Since the meetings on file',
      initiative: 'The initiative',
      committee: 'Its committee',
      zone: 'The Demonstration Zone',
      rendering: (text: string) => `our rendering: ${text}`,
      footer: (asOf: string) => `${asOf} · Try /help for the commands`,
    },
    help: {
      title: 'SCI Bot: commands',
      description:
        'Look up the Singapore–China (Shenzhen) Smart City Initiative: its MOUs, joint projects, partners and meetings. Options that name a record autocomplete as you type; lookups take `hide:true` to answer only you.',
      example: (example: string) => `Example: \`${example}\``,
    },
  },
  /** The commands' own notes (a bad option, nothing found), and what each command looks up. */
  notes: {
    noun: {
      project: "part of a project's name, a partner or a topic",
      mou: "a party's name or a topic",
      partner: "a partner's name or abbreviation",
    } as Readonly<Record<string, string>>,
    typeSomething: (noun: string, example: string) =>
      `Type ${noun}, for example \`${example}\`. Suggestions appear as you type.`,
    gone: 'That record is no longer on file. Try the command again.',
    withSuggestion: (usage: string) => `\`${usage}\` with a name from the suggestions`,
    searchEmpty: 'Type some words to search for, for example `/search query:energy storage`.',
    searchOther: '`/search query:` with other words',
    noSuchMeetingNumber: (n: number, numbers: string) =>
      `There is no meeting ${n} on file. Try \`/totals meeting:<number>\` with one of ${numbers} (0 is the founding MOU), or \`/totals\` for the cumulative view.`,
    noSuchMeeting: 'There is no such meeting on file. Try `/totals` for all meetings, or `/totals meeting:4`.',
    noMouMatches: (filters: string) =>
      `No MOU on file matches these filters (${filters}). Try \`/partners\` with fewer filters, or \`/totals\` to see which meetings have MOUs on file.`,
    mustBe: (option: string, names: string) => `\`${option}\` must be one of: ${names}`,
    badFilter: (problems: string) => `I can't use that filter: ${problems}. Try \`/partners\` and pick from the lists.`,
    noMeetings: 'No meeting is on file.',
    pickMeeting: (numbers: string) =>
      `Pick a meeting from the list: ${numbers} (0 is the founding MOU). For example \`/meeting number:4\`.`,
    /** What a command's /help example types, where the reader's language asks differently (English uses the command's own). */
    example: {} as Readonly<Record<string, string>>,
    /** What each command answers, offered when /ask does not understand a question. */
    hint: {} as Readonly<Record<string, string>>,
  },
  console: {
    locale: (name: string, code: string) => `Replies are now in ${name} (${code}).`,
    unknownLocale: (code: string) => `Unknown locale "${code}": use en, zh-CN or zh-TW.`,
  },
};

export type Messages = typeof en;
