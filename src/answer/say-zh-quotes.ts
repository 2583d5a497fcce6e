import type { Dataset, Meeting } from '../dataset/index.js';
import { formatDate, messages } from '../i18n/index.js';
import { ANSWER_ZH } from '../i18n/answer.js';
import { eachSpeakersWords, type QuoteOnFile, type QuotesResult } from './quotes.js';
import type { Said } from './say.js';
import { toTraditional } from '../text/han.js';

type Zh = 'zh-CN' | 'zh-TW';

/**
 * Quotes in Chinese (quotes.ts says them in English): a speaker's words as the sources print them
 * (English, in quotation marks), reported speech said as reported, a source's rewording never as the
 * speaker's words, and where no quote answers, the quotes on file. `person` adds a sourced Chinese name.
 */
export function sayQuotesZh(r: QuotesResult, dataset: Dataset, locale: Zh, person: (name: string) => string): Said {
  const t = ANSWER_ZH[locale];
  const list = (xs: readonly string[]) => xs.join(t.list);
  const date = (d: string | null | undefined) => formatDate(d, locale);
  const meetingName = (m: Meeting) => messages(locale).meeting.name(m.number);
  const at = (m: Meeting) => `${meetingName(m)}（${date(m.date.value)}）`;
  const publisher = (ids: readonly string[]) => list(ids.map((id) => dataset.source(id)?.publisher ?? id));
  /** Where the words belong: the meeting whose news printed them, or the day. */
  const placeOf = (x: QuoteOnFile) => (x.at ? at(x.at) : date(x.date));
  const when = (x: QuoteOnFile) => (x.at ? t.atTimeOf(at(x.at)) : t.onDay(date(x.date)));
  const verbatimOf = (x: QuoteOnFile) => t.saidVerbatim(person(x.quote.by), when(x), x.quote.text);
  const reportedOf = (x: QuoteOnFile) =>
    t.reported(person(x.quote.by), publisher(x.quote.sources), placeOf(x), x.quote.text);
  const wordsOf = (x: QuoteOnFile) => (x.quote.verbatim ? verbatimOf(x) : reportedOf(x));
  const pointer = (xs: readonly QuoteOnFile[]) =>
    [...new Set(xs.map((x) => `${x.quote.by}|${placeOf(x)}`))].map((key) => {
      const [by = '', place = ''] = key.split('|');
      const verbatim = xs.some((x) => x.quote.by === by && placeOf(x) === place && x.quote.verbatim);
      return `• ${person(by)}，${place}${verbatim ? '' : t.reportedMark}`;
    });
  const refsOf = (x: QuoteOnFile | undefined): Said['refs'] => (x?.at ? [{ kind: 'meeting', id: x.at.id }] : []);
  const sourcesOf = (xs: readonly QuoteOnFile[]) => [...new Set(xs.flatMap((x) => x.quote.sources))];
  const who = list(r.people.map(person)) || t.anyone;
  const first = r.quotes[0];
  // Asked who spoke (谁致辞/谁发表了讲话): who gave the speeches, by meeting, then the words quoted from there.
  if (r.speakers?.length) {
    const quoted = r.quotes.filter((x) => x.quote.verbatim && r.speakers?.some((s) => s.at === x.at));
    return {
      // (A publisher's Chinese name, printed in simplified, in the reader's script: one script per reply.)
      sentence: `${r.speakers.map((s) => t.gaveSpeeches(at(s.at), list(s.by.map(person)), s.coChairs, locale === 'zh-TW' ? toTraditional(publisher(s.sources)) : publisher(s.sources))).join('')}${quoted.map(verbatimOf).join('')}`,
      lines: [],
      refs: r.speakers.map((s) => ({ kind: 'meeting' as const, id: s.at.id })).slice(0, 3),
      sources: [...new Set([...r.speakers.flatMap((s) => s.sources), ...sourcesOf(quoted)])],
    };
  }

  if (r.claim) {
    const base = { lines: [] as string[], refs: refsOf(first), sources: sourcesOf(r.quotes) };
    switch (r.claim.found) {
      case 'verbatim':
        return {
          ...base,
          sentence: first ? (r.claim.whoSaid ? verbatimOf(first) : t.lead(t.yes, verbatimOf(first))) : '',
        };
      case 'reported':
        return {
          ...base,
          sentence: first ? (r.claim.whoSaid ? reportedOf(first) : t.lead(t.yesReported, reportedOf(first))) : '',
        };
      case 'reworded': {
        const own = r.quotes.find((x) => x.quote.verbatim);
        const re = r.quotes.find((x) => !x.quote.verbatim);
        if (!re) break;
        const by = person(re.quote.by);
        return {
          ...base,
          sentence:
            (r.claim.whoSaid
              ? t.onlyRewording(publisher(re.quote.sources), by)
              : t.notInThoseWords(publisher(re.quote.sources), by)) +
            (own ? t.ownWords(by, placeOf(own), publisher(own.quote.sources), own.quote.text) : ''),
        };
      }
      case 'other':
        return { ...base, sentence: `${t.noQuoteSaying(who)}${first ? wordsOf(first) : ''}` };
      case 'none':
        break;
    }
    return {
      sentence: `${t.noQuoteSaying(who)}${r.others.length ? t.quotesOnFile(r.people.length ? who : '') : ''}`,
      lines: pointer(r.others),
      refs: [],
      sources: [],
    };
  }

  // None in the publication asked, but the speaker's words are reported elsewhere: say where, never "no quote".
  const elsewhere = r.printedBy?.length ? r.others.filter((x) => r.people.includes(x.quote.by)) : [];
  const shown = elsewhere[0];
  if (!first && shown)
    return {
      sentence: `${t.noneIn(list((r.printedBy ?? []).map((p) => (/press release/i.test(p) ? t.pressRelease : p))), who)}${wordsOf(shown)}`,
      lines: [],
      refs: refsOf(shown),
      sources: sourcesOf([shown]),
    };
  if (!first) {
    // A name the sources never print: say so, never "no quote from the person you asked about" as if checked.
    const where = r.meetings.length
      ? t.aboutMeetings(list(r.meetings.map(meetingName)))
      : r.year !== undefined
        ? t.fromYear(r.year)
        : '';
    const speeches = (r.speeches ?? []).map((s) => t.speechNotQuoted(person(s.by), at(s.at))).join('');
    return {
      sentence: `${r.unknownSpeaker ? t.namedNoQuote : t.noQuoteFrom(who, where, r.topic ?? '')}${speeches}${r.others.length ? t.quotesOnFile('') : ''}`,
      lines: pointer(r.others),
      refs: (r.speeches ?? []).map((s) => ({ kind: 'meeting' as const, id: s.at.id })).slice(0, 3),
      sources: [],
    };
  }
  // Several speakers asked: each one's latest words (verbatim first), and whom the sources never quote.
  if (r.people.length > 1 && !r.byRole) {
    const { latest, none } = eachSpeakersWords(r);
    if (latest.length > 1 || none.length)
      return {
        sentence: `${latest.map(wordsOf).join('')}${none.length ? t.noQuoteFrom(list(none.map(person)), '', '') : ''}`,
        lines: [],
        refs: latest.flatMap(refsOf).slice(0, 3),
        sources: sourcesOf(latest),
      };
  }
  const place = placeOf(first);
  const here = r.quotes.filter((x) => placeOf(x) === place);
  const verbatim = here.filter((x) => x.quote.verbatim);
  const reworded = here.filter((x) => !x.quote.verbatim);
  const v = verbatim[0];
  const parts =
    r.rewordingOnly && v
      ? reworded.map(
          (x) =>
            (r.topicAsked
              ? t.onlyRewording(publisher(x.quote.sources), person(x.quote.by))
              : t.printsRewording(
                  publisher(x.quote.sources),
                  person(x.quote.by),
                  placeOf(x),
                  x.quote.text.replace(/\.$/, ''),
                )) + t.ownWords(person(x.quote.by), placeOf(v), publisher(v.quote.sources), v.quote.text),
        )
      : verbatim.length
        ? [...verbatim.map(verbatimOf), ...reworded.map((x) => t.rewording(publisher(x.quote.sources)))]
        : reworded.map(reportedOf);
  const rest = r.quotes.filter((x) => placeOf(x) !== place);
  const silent = (r.silentAt ?? []).map((m) => t.noQuoteFrom('', t.aboutMeetings(meetingName(m)), '')).join('');
  return {
    sentence: `${r.asksIf ? t.lead(t.yes, '') : ''}${parts.join('')}${silent}`,
    lines: rest.length ? [t.alsoOnFile, ...pointer(rest)] : [],
    refs: refsOf(first),
    sources: sourcesOf(here),
  };
}
