import { z } from 'zod';

/** Record ids: lowercase words joined by hyphens, short enough for a custom_id (`open:mou:<id>`). */
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'must be lowercase letters, digits and hyphens (max 60)');
/** Source ids are file names (`001_….txt`) or the timeline's keys (`TT-1`). */
const sourceId = z.string().min(1);
const sources = z.array(sourceId).min(1, 'must cite at least one source');
const text = z.string().trim().min(1);

/** A calendar date as precise as the source gives it: `2019`, `2020-06` or `2023-12-14`. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date like 2023-12-14, 2020-06 or 2019');

export const sourceLanguages = ['en', 'zh'] as const;

/** A web address a reader can open: http or https only. */
const webAddress = z.url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' });

/**
 * One publication a fact is cited by. Facts gathered in timeline-facts.md or more-facts.md cite the
 * publication named on their line (its key, e.g. `TT-1`), never the compilation or its curators.
 */
export const sourceSchema = z
  .strictObject({
    id: sourceId,
    /** Where its text or its facts are kept in data/sources/ (a copy of ../shared/sources/) (a document, or the list that names it). */
    file: text,
    key: text.optional(),
    /** Who published it, as a reader would name it. */
    publisher: text,
    author: text.optional(),
    /** The headline as published; `null` when it is not on file (a title is never composed). */
    title: text.nullable(),
    /** What the document is, for a reader, when its title is not on file: "a Chinese report on the 3rd JIC meeting". */
    about: text.optional(),
    date: partialDate.nullable(),
    dateNote: text.optional(),
    /** The language it is written in: a `zh` source is where a Chinese name comes from. */
    language: z.enum(sourceLanguages),
    /** Its web address; `null` only when none is stable, with `urlNote` saying why. */
    url: webAddress.nullable(),
    /** A short phrase for readers about the address: "a mirror copy; …", "no stable web address (…)". */
    urlNote: text.optional(),
    /** For a reprint: who published the original, and when. */
    reprintOf: z.strictObject({ publisher: text, date: partialDate }).optional(),
    /** A curator's note: kept in the data, never shown to users. */
    note: text.optional(),
  })
  .superRefine((s, ctx) => {
    // The compilations list facts with the publication that states each; they are not publications.
    if (/\.md$/.test(s.id))
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: "a compilation (.md) is not a source: cite the publication named on the fact's line, by its key",
      });
    if (s.url === null && !s.urlNote)
      ctx.addIssue({
        code: 'custom',
        path: ['urlNote'],
        message: 'a source with no web address (url null) must say why in urlNote',
      });
    if (s.title === null && !s.about)
      ctx.addIssue({
        code: 'custom',
        path: ['about'],
        message: 'a source whose title is not on file (title null) must say what it is in about',
      });
  });

/** A value with the documents that state it; `null` means the sources do not state it. */
const sourcedNumber = z.strictObject({
  value: z.number().int().nonnegative().nullable(),
  note: text.optional(),
  sources,
});

const sourcedText = z.strictObject({ value: text, note: text.optional(), sources });
const sourcedDate = z.strictObject({ value: partialDate, note: text.optional(), sources });

const person = z.strictObject({ name: text, role: text });

/** Han characters: a Chinese name must hold some. */
const HAN = /\p{Script=Han}/u;
export const scripts = ['simplified', 'traditional'] as const;

/**
 * A Chinese name as a source publishes it, shown beside the English one for Chinese readers.
 * Only a name some SCI source prints is one of these; standard names no SCI source gives go in
 * `searchAliases`, which search uses and no card ever shows.
 */
export const zhNameSchema = z.strictObject({
  name: text.refine((s) => HAN.test(s), 'must be written in Chinese characters'),
  /** The script the source prints it in (names whose characters are alike in both: the source's). */
  script: z.enum(scripts),
  /** What this name is, where there are several: "Shenzhen's name", "short form". */
  label: text.optional(),
  /** Our English rendering of the Chinese, where the sources give no English name: never an official name. */
  rendering: text.optional(),
  sources,
});
const zhNames = z.array(zhNameSchema).min(1);
/** Standard Chinese names with no SCI source: for search and autocomplete only, never displayed as a fact. */
const searchAliases = z.array(text);

/** One reading of who chaired or signed; sources may disagree, so a meeting can hold several. */
const peopleReading = z.strictObject({ label: text, people: z.array(person).min(1), sources });

const highlight = z.strictObject({ text, parties: z.array(id).optional(), sources });

/**
 * Words someone said, as a source prints them. `verbatim: true`: the text is the source's quotation,
 * word for word (tests/dataset/quotes.test.ts checks it against the document). `false`: a source's
 * rewording or reported speech, which the bot never shows in quotation marks; `note` says whose.
 */
export const quoteSchema = z.strictObject({
  by: text,
  /** The speaker's title as the source gives it, for a speaker no person record holds ("Deputy Prime Minister"). */
  role: text.optional(),
  text,
  verbatim: z.boolean(),
  note: text.optional(),
  sources,
});

/** Two or more readings of one fact; the bot shows them all, each with its sources. */
export const disagreementSchema = z.strictObject({
  /** What they disagree about, as a reader would ask: "MOUs signed to date after the 3rd JIC meeting". */
  topic: text,
  readings: z.array(z.strictObject({ text, sources })).min(2, 'a disagreement needs at least two readings'),
  /** Said plainly when no source explains it. */
  note: text.optional(),
});
const disagreement = disagreementSchema;

export const projectTiers = ['flagship', 'key'] as const;

export const meetingSchema = z.strictObject({
  id,
  /** 0 is the founding MOU; 1.. are the JIC meetings. */
  number: z.number().int().min(0).max(99),
  name: text,
  date: sourcedDate,
  announced: sourcedDate.optional(),
  place: sourcedText,
  people: z.array(peopleReading).min(1),
  newMous: sourcedNumber,
  newProjects: sourcedNumber,
  totals: z
    .strictObject({
      projects: z.number().int().nonnegative(),
      mous: z.number().int().nonnegative(),
      label: text,
      sources,
    })
    .nullable(),
  demoZone: z
    .strictObject({
      projects: z.number().int().nonnegative(),
      companies: z.number().int().nonnegative(),
      focus: z.array(text).min(1),
      /** The sources of the projects and their focus areas. */
      sources,
      /** The sources of the companies' signing: not the same documents (003 does not mention them). */
      companiesSources: sources,
      /** How the sources set the zone apart from the meeting's MOUs and joint projects, in their words (verbatim). */
      apart: z.strictObject({ text, sources }).optional(),
    })
    .optional(),
  /** The groups a source sorts the new projects into (the 3rd meeting's 7 flagship and 7 key), with what each spans. */
  projectGroups: z
    .array(
      z.strictObject({
        tier: z.enum(projectTiers),
        /** The source's Chinese word for the group: 旗舰, 重点. */
        zh: text,
        count: z.number().int().positive(),
        spans: z.strictObject({ text, sources }).optional(),
        sources,
      }),
    )
    .optional(),
  /** Where the sources disagree about this meeting: each reading with the documents that give it. */
  disagreements: z.array(disagreement).optional(),
  /**
   * Who the sources say inked the meeting's MOUs, or announced their inking (MCI and IMDA): the Singapore side that
   * announced them, not a party named in an MOU on file. `verb` is the source's own; the sentence is ours.
   */
  mousInkedBy: z
    .array(z.strictObject({ orgs: z.array(id).min(1), verb: z.enum(['inked', 'announced the inking of']), sources }))
    .optional(),
  highlights: z.array(highlight),
  /** What the co-chairs said about the meeting, as its sources print it. */
  quotes: z.array(quoteSchema).optional(),
  /**
   * A document's own sentences about the meeting, word for word from its article body (never page furniture), each
   * citing the documents that print it (tests/dataset/passages.test.ts checks them): shown quoted as those documents'
   * words ("what did the release say the new projects reflect?"), never restated as a fact of ours.
   */
  passages: z.array(z.strictObject({ text, sources })).optional(),
  /** Chinese names or titles from the sources (the founding MOU's Chinese title). */
  zh: zhNames.optional(),
  sources,
});

export const countries = ['Singapore', 'China', 'unclear'] as const;

/**
 * Place words that, in an organisation's name as published, state its country: Shenzhen is "the
 * Chinese city of Shenzhen" (003) and Qianhai is Shenzhen's ("Shenzhen Qianhai", 001).
 */
export const COUNTRY_PLACES: Readonly<Record<Exclude<(typeof countries)[number], 'unclear'>, readonly string[]>> = {
  Singapore: ['Singapore'],
  China: ['China', 'Shenzhen', 'Qianhai'],
};

export const organisationSchema = z.strictObject({
  id,
  name: text,
  aliases: z.array(text),
  kind: text,
  country: z.enum(countries),
  /**
   * Whether the sources state the country: its name as published names it (COUNTRY_PLACES) or
   * `countryQuote` gives a source's words. `false`: the country is our reading, and every reply
   * that gives it says "country not stated in the sources".
   */
  countryStated: z.boolean(),
  /** A source's words that state the country, when the name does not. */
  countryQuote: z.strictObject({ text, sources }).optional(),
  /** A curator's note on how the country was placed: kept in the data, never shown. */
  countryNote: text.optional(),
  parent: id.optional(),
  about: text.optional(),
  zh: zhNames.optional(),
  searchAliases: searchAliases.optional(),
  sources,
});

/** A party is an organisation on file, or one the sources mention without naming. */
export const partySchema = z.union([z.strictObject({ org: id }), z.strictObject({ unnamed: text })]);

const description = z.strictObject({
  text,
  sources,
  /** The captured text breaks off and no source completes it. */
  cutOff: z.boolean().optional(),
  note: text.optional(),
});

export const mouSchema = z.strictObject({
  id,
  meeting: id,
  name: text,
  title: z.strictObject({ text, cutOff: z.boolean().optional(), note: text.optional() }).nullable(),
  parties: z.array(partySchema).min(1),
  group: id.nullable(),
  description,
  topics: z.array(text),
  keywords: z.array(text),
  relatedProjects: z.array(id),
  sources,
});

export const projectKinds = ['joint-project', 'demonstration-zone'] as const;

export const projectSchema = z.strictObject({
  id,
  meeting: id,
  kind: z.enum(projectKinds),
  /** Its number in the source's list (Annex B), where it has one. */
  number: z.number().int().positive().nullable(),
  name: text,
  /** The English name is our rendering of the Chinese one the source publishes (in `zh`), not an official name. */
  nameIsRendering: z.boolean().optional(),
  /** The group the source puts it in: the 3rd meeting's flagship (旗舰) and key (重点) projects. */
  tier: z.enum(projectTiers).optional(),
  zh: zhNames.optional(),
  searchAliases: searchAliases.optional(),
  partners: z.array(partySchema),
  partnersNote: text.optional(),
  /** How many projects the record stands for (the Demonstration Zone's four are one record). */
  count: z.number().int().positive().optional(),
  description,
  topics: z.array(text),
  keywords: z.array(text),
  relatedMous: z.array(id),
  sources,
});

/** A person the sources name, with their Chinese name as the sources print it. */
export const personSchema = z.strictObject({
  name: text,
  zh: zhNames,
  about: z.strictObject({ text, sources }).optional(),
});

/** A named body of the SCI itself (its committee, the Demonstration Zone): English and Chinese names. */
const namedBody = z.strictObject({
  name: text,
  shortName: text.optional(),
  zh: zhNames.optional(),
  /** Where it is, as the sources place it (the Demonstration Zone: Qianhai). */
  place: z.strictObject({ value: text, sources }).optional(),
  sources,
});

export const initiativeSchema = z.strictObject({
  name: text,
  shortName: text,
  /** The initiative's Chinese names: Shenzhen's and Singapore's differ. */
  zh: zhNames.optional(),
  committee: namedBody.optional(),
  demonstrationZone: namedBody.optional(),
  /** People the sources name, with their Chinese names (roles per meeting stay in meetings.json). */
  people: z.array(personSchema).optional(),
  /** Dated events outside the JIC meetings (the 2024 fifth-anniversary visit), in date order. */
  events: z
    .array(
      z.strictObject({
        date: partialDate,
        text,
        /** Where it took place, as its source states it. */
        place: z.strictObject({ value: text, sources }).optional(),
        parties: z.array(id).optional(),
        quotes: z.array(quoteSchema).optional(),
        sources,
      }),
    )
    .optional(),
  /** Standard Chinese names of places and things with no SCI source: search only, never shown. */
  searchAliases: z.array(z.strictObject({ name: text, means: text })).optional(),
  summary: z.strictObject({ text, sources }),
  launched: z.strictObject({ value: partialDate, text, sources }),
  /** Each pillar in the words of its first source; other sources' wordings kept beside it. */
  pillars: z
    .array(
      z.strictObject({ id, name: text, sources, otherWordings: z.array(z.strictObject({ text, sources })).optional() }),
    )
    .min(1),
  mouGroups: z.array(z.strictObject({ id, label: text, note: text.optional(), sources })),
});

export type Source = z.infer<typeof sourceSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Party = z.infer<typeof partySchema>;
export type Mou = z.infer<typeof mouSchema>;
export type Project = z.infer<typeof projectSchema>;
export type Initiative = z.infer<typeof initiativeSchema>;
export type ZhName = z.infer<typeof zhNameSchema>;
export type Disagreement = z.infer<typeof disagreementSchema>;
export type Person = z.infer<typeof personSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Country = (typeof countries)[number];
export type MouGroup = Initiative['mouGroups'][number];

/** Each data file, its schema, and what one of its records is called in an error message. */
export const dataFiles = {
  initiative: { file: 'initiative.json', schema: initiativeSchema, noun: 'initiative' },
  sources: { file: 'sources.json', schema: z.array(sourceSchema), noun: 'source' },
  meetings: { file: 'meetings.json', schema: z.array(meetingSchema), noun: 'meeting' },
  organisations: { file: 'organisations.json', schema: z.array(organisationSchema), noun: 'organisation' },
  mous: { file: 'mous.json', schema: z.array(mouSchema), noun: 'mou' },
  projects: { file: 'projects.json', schema: z.array(projectSchema), noun: 'project' },
} as const;

export type DataFileKey = keyof typeof dataFiles;
export type RawData = {
  initiative: Initiative;
  sources: Source[];
  meetings: Meeting[];
  organisations: Organisation[];
  mous: Mou[];
  projects: Project[];
};
