/**
 * The English catalogue: every sentence and label the bot writes itself (record text comes from the
 * data and is not here). Its shape is the type of every other catalogue, so a message missing from
 * a language is a compile error. Functions take what the sentence needs; none of them reads data.
 */
export const en = {
  /** How the language calls itself (the console's `/locale` and the README). */
  language: 'English',
  date: {
    notStated: 'date not stated in the sources',
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
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
  console: {
    locale: (name: string, code: string) => `Replies are now in ${name} (${code}).`,
    unknownLocale: (code: string) => `Unknown locale "${code}": use en, zh-CN or zh-TW.`,
  },
};

export type Messages = typeof en;
