import { notNamedAsked } from './plan/asked.js';
import { deedAnswer } from './deed.js';
import { notWhatSourcesSay } from './say/common.js';
import { mayClaimPlace, placeClaimed, placesOf, placeVerdict } from './placeclaim.js';
import { mayRestate, restatedIn, restatedWrong, sayRestated } from './restated.js';
import { reportedByAsked, sayReportedBy } from './reported-by.js';
import { sayStated, sayUncovered, statedAsked, uncoveredAsked, withoutAccording, yesNoAsked } from './according.js';
import { roleAtTime } from './role-when.js';
import type { Deps } from '../command.js';
import { singleCheck } from './claim/verify.js';
import type { ReplyData } from '../reply.js';
import { EPHEMERAL, NO_MENTIONS } from '../reply.js';
import { forReader, fitReply, relatedComponents, sourceLine, truncate, LIMITS } from '../cards/index.js';
import { answerHelp } from './fallback.js';
import { explain } from './explain.js';
import { LEXICONS } from './lexicon.js';
import { plan, type Plan } from './plan.js';
import { run, type Result } from './run.js';
import { answerWhy, say, type Said } from './say.js';
import { WHY } from './say/why.js';
import type { Understanding } from './understand.js';
import { readerOf, type Reader } from './reader.js';
import {
  asNegated,
  corrected,
  deniedBy,
  notAsClaimed,
  premiseCorrection,
  premiseIn,
  questionAfter,
} from './premise.js';
import { eachVerdictLead, sayVerdict, superlativeClaimed, superlativeVerdict } from './superlative.js';
import { aboutDocuments, documentsAsked } from './documents.js';
import { mayAskWording, planWording } from './wording.js';
import { namedLead, namingAsked } from './named.js';
import { withoutAsker } from './asker.js';
import { hearsayLead, withoutHearsay } from './hearsay.js';
import { eitherWording, joinEither } from './either.js';
import { topicAsked } from './topical.js';
import type { Dataset } from '../dataset/index.js';
import { offerAsked } from './offer.js';
import { nearestOnFile, nearOutcomeWords } from './say/missing.js';
import { choiceLead, choicesIn, chosen, finderOf, type Choices } from './choice.js';
import type { Locale } from '../i18n/locale.js';
import { leaningJoined, withoutTalkZh } from '../i18n/talk.js';
import { answerWhyZh } from './say-zh/why.js';
import type { Zh } from './say-zh/kit.js';
import { ANSWER_ZH } from '../i18n/answer.js';
import { messages } from '../i18n/catalogue.js';

export { understand, type Understanding, type Mention } from './understand.js';
export { plan, type Plan } from './plan.js';
export { run, type Result } from './run.js';
export { say, type Said } from './say.js';
export { explain } from './explain.js';
export { readQuestion } from './question.js';
import { questionsIn } from './question.js';
import { asideOf, followUpOf, partsOf, unknownBeside, type LazyReading, type UnknownBeside } from './parts.js';
import { joinAnswers } from './say/join.js';
import { pairLead } from './say/pair-lead.js';
import { namedLeadZh } from './say-zh.js';
import { asFalseZh, asNegatedZh, meetingPremiseZh } from './say-zh/premise.js';

/** Chinese characters anywhere in a text (a question written in Chinese is glossed before it is read). */
const HAN = /\p{Script=Han}/u;

/**
 * One pipeline for every question in words (/ask and mentions): understand → plan → run → say.
 * Each step is a pure function of the one before and the Dataset.
 */
export interface Trace {
  understood: Understanding;
  plan: Plan;
  result: Result;
  said: Said;
  /** A message of several whole questions: each one's own trace (the fields above are the first's). */
  parts?: Trace[];
}

export function trace(typed: string, deps: Deps, locale: Locale = 'en', hints: readonly string[] = []): Trace {
  const reads = readerOf(deps);
  // "What is the MOU between keppel and 北京大学 about?": an English question with Chinese names is read as English, each
  // Chinese run as its gloss (was the whole glossed as Chinese, its English words too: "the MOU" became "the mous", a
  // list asked).
  const question = englishLed(typed) ? glossRuns(typed, reads) : typed;
  // "Which meeting was in Singapore: (a) the 2nd (b) the 3rd (c) the 4th?": the question without its options answered,
  // led by the option(s) its answer names (choice.ts) — before the options' words are read as the question's own.
  const choices = choicesIn(question);
  if (choices) {
    const t = trace(choices.asked, deps, locale, hints);
    if (!t.said.help && t.plan.op !== 'unsure' && !t.parts) return chosenTrace(t, choices, deps, locale, reads);
  }
  // Chinese: talk around the question set aside first ("你们这个机器人靠谱吗？第三次会议在哪开的" — talk, then the
  // question; read through the gloss); a part naming nothing of its own ("…？谁主持的？") read with the part before it.
  const han = HAN.test(question);
  const asked =
    (han && withoutTalkZh(question, (c) => readZh(c, deps, reads).mentions.some((m) => m.type !== 'number'))) ||
    question;
  const said = questionsIn(asked);
  const parts =
    said.length > 1 && han
      ? leaningJoined(said, (x) =>
          readZh(x, deps, reads).mentions.some((m) => m.type !== 'subject' && m.type !== 'number'),
        )
      : said;
  if (parts.length < 2) return traceOne(parts[0] ?? asked, deps, locale, hints, 0, reads);
  // Several whole questions in one message: each answered on its own, the answers one after the other.
  // ("…, and what about the 3rd?": a follow-up asks the question before it again, of the thing it names.)
  const followed = parts.map((x, i) => {
    const before = i > 0 && locale === 'en' ? parts[i - 1] : undefined;
    return (before && followUpOf(reads(before, 'en'), reads(x, 'en'))) ?? x;
  });
  const each = followed.map((x) => traceOne(x, deps, locale, hints, 0, reads));
  // ("Who won the World Cup in 2018, and who co-chaired the 1st JIC?": the parts answered, the rest said to be outside.)
  const unsure = (t: Trace) => t.said.help || t.plan.op === 'unsure';
  const known = each.filter((t) => !unsure(t));
  if (locale === 'en' && known.length && known.length < each.length) {
    const one = known.length === 1 ? known[0] : undefined;
    const kept =
      one ??
      together(
        known,
        known.map((t) => t.said),
        locale,
      );
    return withAside(kept);
  }
  return together(
    each,
    each.map((t) => t.said),
    locale,
  );
}

/** A multiple-choice question's trace: its stem's, the sentence led by the option(s) it names (choice.ts). */
function chosenTrace(t: Trace, choices: Choices, deps: Deps, locale: Locale, reads: Reader): Trace {
  const names = (text: string): string[] => {
    const han = HAN.test(text);
    const u = han ? readZh(text, deps, reads) : reads(text, 'en', true);
    // (A Chinese option as its gloss too: 深圳 is Shenzhen in an English reply.)
    const gloss = han ? [reads.gloss(text).trim()].filter((g) => g && !HAN.test(g)) : [];
    return [
      ...gloss,
      ...u.mentions.flatMap((m) => {
        if (m.type === 'person') {
          const p = deps.dataset.person(m.value);
          return [m.value, ...(p?.zh ?? []).map((z) => z.name)];
        }
        if (m.type !== 'org') return [];
        return [m.value, ...(m.also ?? [])].flatMap((id) => {
          const o = deps.dataset.organisation(id);
          return o ? [o.name, ...o.aliases, ...(o.zh ?? []).map((z) => z.name), ...(o.searchAliases ?? [])] : [];
        });
      }),
    ];
  };
  const finders = choices.choices.map((c) => finderOf(c.text, names));
  const picked = chosen(choices, finders, t.said.sentence, t.said.lines);
  const zh = locale === 'en' ? undefined : locale;
  return { ...t, said: { ...t.said, sentence: choiceLead(choices.choices, picked, t.said.sentence, zh) } };
}

// A word written in Latin letters (two at least: "3rd" is no word of English); a run of Chinese characters.
const LATIN_WORD = /[a-z]{2,}/gi;
const HAN_RUN = /\p{Script=Han}+/gu;
// Chinese joining words between names, as English ("keppel 和 北大": keppel and 北大).
const JOINS: Record<string, string> = { 和: 'and', 与: 'and', 與: 'and', 跟: 'and', 同: 'and', 及: 'and', 的: ' ' };

/** An English question with Chinese words in it: more English words than Chinese characters, three at least. */
function englishLed(text: string): boolean {
  if (!HAN.test(text)) return false;
  const latin = text.match(LATIN_WORD)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  // (English words that only a sentence has, never a name alone: "谁是Heng Swee Keat" is Chinese around a name.)
  return latin >= 3 && latin >= han && ENGLISH_ASKS.test(text);
}
const ENGLISH_ASKS =
  /\b(?:what|who|whom|when|where|which|how|why|is|are|was|were|did|does|do|the|about|with|signed|sign|list|tell|many)\b/i;

/** Each Chinese run as its English gloss where it has one (a joining word as "and"); else kept as written. */
function glossRuns(text: string, reads: Reader): string {
  return text
    .replace(HAN_RUN, (run) => {
      const join = JOINS[run];
      if (join) return ` ${join} `;
      const g = reads.gloss(run).trim();
      return g && !HAN.test(g) ? ` ${g} ` : ` ${run} `;
    })
    .replace(/\s+/g, ' ')
    .replace(/\s+([?？.!,])/g, '$1')
    .trim();
}

/** Several traces answered as one: the first's fields, their sentences in turn (`said`, one per trace), each kept. */
const together = (each: Trace[], said: Said[], locale: Locale): Trace => ({
  ...(each[0] as Trace),
  said: joinAnswers(said, locale),
  parts: each,
});

/** A Chinese text read as its gloss is (the reading shared with the answer that reads the same words). */
const readZh = (text: string, deps: Deps, reads: Reader) => {
  const g = reads.gloss(text);
  return reads(g, lexiconFor(g, 'zh-CN'), false);
};

function traceOne(
  question: string,
  deps: Deps,
  locale: Locale,
  hints: readonly string[],
  depth = 0,
  reads = readerOf(deps),
): Trace {
  // (Whether the question is written in Chinese characters, tested once: the readings below branch on it.)
  const latin = !HAN.test(question);
  const zh = locale === 'zh-CN' || locale === 'zh-TW' ? locale : undefined;
  const a: Asking = { question, deps, locale, hints, reads, latin, english: locale === 'en' && latin, zh };
  const framed = setAside(a, depth);
  if (framed) return framed;
  // A question in Chinese is read into the English words the tables know (names from the data's Chinese names).
  const read = LEXICONS.zh ? question : reads.gloss(question);
  const lang = lexiconFor(read, locale);
  // (Its words first; its mentions where they are read: a Chinese question split at its comma reads each clause's.)
  let reading: Understanding | undefined;
  const whole: LazyReading = {
    q: reads.question(read, lang, latin),
    read: () => (reading ??= reads(read, lang, latin)),
  };
  const named = namingLed(a, whole, lang);
  if (named) return named;
  // "Did NTU and SRI both work with SYSU?": a name beside a known one that nothing on file knows — said so, and the
  // question asked of the known one (never "not both" or "the sources don't say so" of the two).
  const beside = a.english && depth < 2 ? unknownBeside(whole.read(), question, deps.dataset) : undefined;
  if (beside) {
    const t = again(a, beside.question, depth + 1);
    if (!t.said.help && t.plan.op !== 'unsure')
      return { ...t, said: { ...t.said, sentence: besideLead(beside, t.said.sentence) } };
  }
  // (The whole question is planned only where it is answered whole or partsOf must read its plan: a question split
  // into parts pays for its parts' plans, not a third.)
  let planAll: Plan | undefined;
  const planned = (): Plan => (planAll ??= plan(whole.read(), deps.dataset));
  // Two things asked in one question ("what are the NUS and SUSS projects", "who co-chaired the 1st JIC and where was
  // it held"): each part answered as its own question, the sentences in turn (parts.ts). A part not understood keeps
  // the question whole.
  const split = depth < 2 ? partsOf(whole, planned, deps, question, reads) : undefined;
  if (split) {
    const each = split.map((x) => again(a, x, depth + 1));
    if (!each.some((t) => t.said.help || t.plan.op === 'unsure'))
      return together(
        each,
        each.map((t) => t.said),
        locale,
      );
  }
  // "What is the capital of France and how many MOUs at the 4th JIC?": the part the sources answer, and the other said
  // to be outside them (never "I'm not sure" for the whole, nor the whole read as one question).
  const aside = a.english && depth < 2 && / and /.test(whole.q.text) ? asideOf(whole.read()) : undefined;
  if (aside) {
    const off = again(a, aside.aside, depth + 1);
    if (off.said.help || off.plan.op === 'unsure') {
      const t = again(a, aside.asked, depth + 1);
      if (!t.said.help && t.plan.op !== 'unsure') return withAside(t);
    }
  }
  return answered(a, whole.read(), planned);
}

/** An answer with a word on the part of the question it leaves: outside what the SCI sources cover. */
const withAside = (t: Trace): Trace => ({
  ...t,
  said: {
    ...t.said,
    sentence: `${t.said.sentence}\nThe other part of your question is outside what I can answer from the SCI sources (the SCI's MOUs, joint projects, partners and JIC meetings).`,
  },
});

/** One question as traceOne answers it: what its steps share. */
interface Asking {
  question: string;
  deps: Deps;
  locale: Locale;
  hints: readonly string[];
  reads: Reader;
  /** Written with no Chinese characters. */
  latin: boolean;
  /** Written in English and answered in English: the readings of English wording apply. */
  english: boolean;
  /** A Chinese locale, answered in Chinese. */
  zh: Zh | undefined;
}

/** Another question traced in the same answer (its readings shared), at `depth`. */
const again = (a: Asking, question: string, depth: number): Trace =>
  traceOne(question, a.deps, a.locale, a.hints, depth, a.reads);

/**
 * What is set aside before the question is read: two wordings asked of one quote, a document's say-frame, talk about
 * the asker. The trace of what is left, or undefined where nothing is set aside.
 */
function setAside(a: Asking, depth: number): Trace | undefined {
  const { question, locale, latin, english } = a;
  // "Did Leong say 'greater good' or 'common good'?": each wording checked against the words on file, the one said
  // first, a quote shown once (either.ts). Only where both read as what someone said; else the question as it is.
  const either = english && depth < 2 ? eitherWording(question) : undefined;
  // (The second wording is traced only where the first reads as a quote: "did the 2023 release call the zone signings
  // four projects or four companies?" is no quote, and tracing its second wording was a whole answer thrown away.)
  const first = either ? again(a, either[0].question, depth + 1) : undefined;
  if (either && first?.plan.op === 'quotes') {
    const each = [first, again(a, either[1].question, depth + 1)];
    if (each.every((t) => t.plan.op === 'quotes'))
      return together(
        each,
        joinEither(
          either,
          each.map((t) => t.said),
        ),
        locale,
      );
  }
  // "Anything about healthcare?", "what's there on fintech", "I work in logistics — what's relevant to me?": the records
  // on that topic, asked as such (topical.ts) — before the asker's talk is set aside, which would leave "what's relevant".
  const topical = english && depth < 2 ? topicAsked(question, (x) => a.reads(x, 'en', true)) : undefined;
  if (topical) {
    const t = again(a, topical, depth + 1);
    if (!t.said.help && t.plan.op !== 'unsure') return t;
  }
  // "If 43 projects were started and 14 came at the 4th meeting, how many existed before the 3rd?": the numbers restated
  // checked (a wrong one corrected), the question after them answered alone (restated.ts).
  const restated = english && depth < 2 && mayRestate(question) ? restatedTrace(a, depth) : undefined;
  if (restated) return restated;
  // "Did the 4th JIC unveil the start-up area in Chongqing?": asked without its place, then judged by it — a Yes only
  // where the sources put it there (placeclaim.ts).
  const placed = english && depth < 2 ? placedTrace(a, depth) : undefined;
  if (placed) return placed;
  // "Which project helps tourists?", "does the SCI give funding to companies?", "how can my company join the demo zone":
  // what the SCI does for someone, asked as the question it means, its lead first (offer.ts).
  const offer = english && depth < 2 ? offerTrace(a, depth) : undefined;
  if (offer) return offer;
  // "According to ITS International, when was the 4th JIC?", "does IMDA's release give 17 June as the date?": what that
  // publication states of a meeting (according.ts) — before any say-frame is set aside, which would lose it.
  const stated = english ? statedTrace(a) : undefined;
  if (stated) return stated;
  // "What did ITS International report about the 4th JIC?": what that publication reports of the meeting, never the
  // meeting's lines at large (reported-by.ts).
  const reported = english ? reportedTrace(a) : undefined;
  if (reported) return reported;
  // "What did the 3rd JIC release say about momentum?", "what do the 4th JIC projects reflect, per the release?": a
  // document's own sentences, quoted as its words (wording.ts) — before its say-frame is set aside below, which would
  // lose the document asked.
  const worded = english ? wordingTrace(a) : undefined;
  if (worded) return worded;
  // "According to ITS International, did the 3rd JIC sign 8 MOUs?": a publication asked about a meeting it does not
  // report on — said so first, then what the meeting's own documents say, as theirs (once: not again for that answer).
  const uncovered = english && depth === 0 ? uncoveredTrace(a, depth) : undefined;
  if (uncovered) return uncovered;
  // "The press release says 29 MOUs; how many are on file?", "does the article say where…": a document's words are the
  // sources' — what it frames is asked plainly (never a quote: no person said it). First: what it frames may be the
  // asker's talk, set aside next, once.
  // (An English question on a Chinese client too: the frame set aside adds no words; its English lead is English's only.)
  const heard = latin ? withoutHearsay(question) : undefined;
  if (heard) {
    const t = again(a, heard.question, depth);
    if (!heard.doc || t.said.help || !english) return t;
    return {
      ...t,
      said: { ...t.said, sentence: hearsayLead(heard.doc, t.said.sentence, t.said.sources, a.deps.dataset) },
    };
  }
  // "My CEO is angry, when was the 3rd JIC?": talk about the asker set aside, the question in it answered.
  // (Chinese talk — "别骗我，…" — is set aside before the message is split into its questions: see trace.)
  const alone = latin ? withoutAsker(question, (c) => namedTypes(c, a.reads)) : undefined;
  return alone ? again(a, alone, depth) : undefined;
}

/** The trace of what the SCI does for someone, asked as the question it means (offer.ts), or undefined. */
function offerTrace(a: Asking, depth: number): Trace | undefined {
  const text = a.question
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9&' -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const offer = offerAsked(text);
  if (!offer) return undefined;
  // (A partner, person, meeting, record or named outcome asked of is the readings' that answer those: "does the Joint
  // Innovation Call fund startups?", "which MOUs help Keppel?" — only a question of joining names what it joins. A word
  // alone is a topic browsed only where nothing else reads it: "sources", "incubators" are answered as they are.)
  if (!offer.lead?.startsWith(JOIN_LEAD)) {
    const u = a.reads(a.question, 'en', true);
    if (u.mentions.some((m) => NAMED_THINGS.has(m.type))) return undefined;
    if (offer.bare && (u.mentions.length || !nearAnything(text, a.deps.dataset))) return undefined;
    if (offer.bare && plan(u, a.deps.dataset).op !== 'unsure') return undefined;
  }
  // ("How does the SCI help Singapore?", "which MOUs are for talent exchange": a place, a pillar or a group served is
  // the readings' that know it — the SCI's aim, the pillar's MOUs — never records "about" it.)
  if (offer.topic && a.reads(offer.topic, 'en', true).mentions.some((m) => !TOPIC_LIKE.has(m.type))) return undefined;
  if (offer.topic && namesPillar(offer.topic, a.deps.dataset)) return undefined;
  const t = again(a, offer.question, depth + 1);
  if (t.said.help || t.plan.op === 'unsure') return undefined;
  // (One served that the records' filter cannot read — "singapore" — is no topic: never every record listed.)
  if (offer.topic && unfiltered(t.plan)) return undefined;
  // (A word alone that nothing on file is about, nor any outcome or anything near: "not sure" stays the answer.)
  // (Nor one the records' lists never filter by — "smart" is every record's word, never a topic: not sure.)
  if (offer.bare && (BARE_NONE.test(t.said.sentence) || !/^[^\n]*\bon file about\b/.test(t.said.sentence)))
    return undefined;
  return offer.lead ? { ...t, said: { ...t.said, sentence: `${offer.lead} ${t.said.sentence}` } } : t;
}

/**
 * Whether the sources have anything on a word alone, or near it: an outcome that says it ("fintech"), a topic the records
 * use for it ("hospitals" → healthcare), outcomes nearest it ("startups" → the incubator). Never a word only some record's
 * text happens to hold ("sources").
 */
const nearAnything = (t: string, dataset: Dataset): boolean =>
  !!nearestOnFile(dataset, [t]) || nearOutcomeWords([t]).length > 0 || outcomesSay(t, dataset);

/** Whether a meeting's outcome says the words whole ("fintech"; never "sup" for "suppliers"). */
function outcomesSay(t: string, dataset: Dataset): boolean {
  if (!/^[a-z][a-z -]*$/.test(t)) return false;
  const re = new RegExp(`\\b${t.replace(/ /g, '[\\s-]')}(?:s|es)?\\b`, 'i');
  return dataset.meetings.some((m) => m.highlights.some((h) => re.test(h.text)));
}

/** Whether a plan lists or counts records with no filter at all (every one), alone or in each of its parts. */
const unfiltered = (p: Plan): boolean =>
  p.op === 'each'
    ? p.plans.some(unfiltered)
    : p.op === 'check'
      ? unfiltered(p.plan)
      : (p.op === 'list' || p.op === 'count') && Object.keys(p.filter).length === 0;

/** Whether words begin a pillar's name ("talent exchange" of "Talent exchange development"): the pillar's reading. */
const namesPillar = (t: string, dataset: Dataset): boolean =>
  dataset.initiative.pillars.some((p) => p.name.toLowerCase().startsWith(t));

/** What one served may be read as and still be a topic of records (the people a kind names: "companies", "SMEs"). */
const TOPIC_LIKE = new Set(['topic', 'subject', 'kind', 'number']);

/** What a frame of serving or money must not name: the readings of a named thing answer it. */
const NAMED_THINGS = new Set(['org', 'person', 'meeting', 'record', 'highlight', 'pillar', 'group']);
const JOIN_LEAD = "The sources don't say how to join";
// "No MOUs or projects on file about X (…)." and nothing more: nothing on it anywhere.
const BARE_NONE = /^No MOUs or projects on file about [^.]*\([^)]*\)\.$/;

/** The trace of what a publication reports of a meeting (reported-by.ts), or undefined. */
function reportedTrace(a: Asking): Trace | undefined {
  const { question, deps, reads } = a;
  if (!/^\s*what\b/i.test(question)) return undefined;
  const t = reads.question(question, 'en', true).text;
  const r = reportedByAsked(t, question, deps.dataset);
  if (!r) return undefined;
  const p: Plan = { op: 'read', about: { type: 'meeting', number: r.meeting.number }, attribute: 'about' };
  return {
    understood: reads(question, 'en', true),
    plan: p,
    result: run(p, deps),
    said: sayReportedBy(r, deps.dataset),
  };
}

/** The trace of a question after numbers it restates (restated.ts), or undefined. */
function restatedTrace(a: Asking, depth: number): Trace | undefined {
  const r = restatedIn(a.question);
  if (!r) return undefined;
  const t = again(a, r.rest, depth + 1);
  if (t.said.help || t.plan.op === 'unsure') return undefined;
  const wrong = restatedWrong(r.numbers, a.deps.dataset);
  if (!wrong.words.length) return t;
  return {
    ...t,
    said: {
      ...t.said,
      sentence: `${sayRestated(wrong.words)} ${t.said.sentence}`,
      sources: [...new Set([...wrong.sources, ...t.said.sources])],
    },
  };
}

/** The trace of a yes/no that puts what a meeting did in a place (placeclaim.ts), or undefined. */
function placedTrace(a: Asking, depth: number): Trace | undefined {
  const { question, deps, reads } = a;
  if (!mayClaimPlace(question)) return undefined;
  const claim = placeClaimed(reads.question(question, 'en', true).text);
  if (!claim) return undefined;
  const numbers = new Set(
    reads(claim.rest, 'en', true)
      .mentions.filter((m) => m.type === 'meeting' && Number(m.value) > 0)
      .map((m) => Number(m.value)),
  );
  const meetings = [...numbers].flatMap((n) => deps.dataset.meetingByNumber(n) ?? []);
  // (No place the sources give for what is asked: nothing to judge it by — the question is answered whole, once.)
  const places = placesOf(claim.words, meetings, deps.dataset);
  if (!places.length) return undefined;
  const t = again(a, claim.rest, depth + 1);
  if (t.said.help || t.plan.op === 'unsure') return undefined;
  const judged = placeVerdict(t.said, claim, places);
  return judged ? { ...t, said: judged } : undefined;
}

/** The trace of a meeting's date or co-chairs asked of a publication named (according.ts), or undefined. */
function statedTrace(a: Asking): Trace | undefined {
  const { question, deps, reads } = a;
  const lang = lexiconFor(question, a.locale);
  const understood = () => reads(question, lang, true);
  const t = reads.question(question, lang, true).text;
  const s = statedAsked(t, question, understood, deps.dataset);
  if (!s) return undefined;
  const p: Plan = {
    op: 'read',
    about: { type: 'meeting', number: s.meeting.number },
    attribute: s.fact === 'date' ? 'date' : 'chairs',
  };
  const u = understood();
  return {
    understood: u,
    plan: p,
    result: run(p, deps),
    said: sayStated(s, u.target === 'yesno' || yesNoAsked(t), deps.dataset),
  };
}

/** The trace of a question asking a publication about a meeting it does not report on (according.ts), or undefined. */
function uncoveredTrace(a: Asking, depth: number): Trace | undefined {
  const { question, deps, reads } = a;
  const lang = lexiconFor(question, a.locale);
  const t = reads.question(question, lang, true).text;
  const x = uncoveredAsked(t, question, () => reads(question, lang, true), deps.dataset);
  // ("According to the IMDA press release, did the 4th JIC sign MOUs?": a publication that covers the meeting — the
  // question asked without its frame, whose publisher's name is no partner asked of.)
  const rest = withoutAccording(question, deps.dataset);
  if (!x) return rest ? again(a, rest, depth + 1) : undefined;
  const lead = sayUncovered(x, deps.dataset);
  const plain = again(a, rest ?? question, depth + 1);
  const others = !x.whether && !plain.said.help && plain.plan.op !== 'unsure';
  // (What the others say is theirs: its own Yes or No said inside the sentence, not as the reply's verdict.)
  const theirs = plain.said.sentence.replace(/^(Yes|No)\b[:,]?\s*/, (_, w: string) => `${w.toLowerCase()}, `);
  return {
    ...plain,
    said: {
      ...plain.said,
      sentence: others ? `${lead} What the other sources say: ${theirs}` : lead,
      lines: others ? plain.said.lines : [],
      refs: others ? plain.said.refs : x.missed.map((m) => ({ kind: 'meeting' as const, id: m.id })),
      sources: [...new Set([...x.docs, ...(others ? plain.said.sources : [])])],
      help: false,
    },
  };
}

/** The trace of a question a document's own sentences answer (wording.ts), or undefined. */
function wordingTrace(a: Asking): Trace | undefined {
  const { question, deps, locale, hints, reads } = a;
  // (A cheap first test: a word some passage says, before the question is read.)
  if (!mayAskWording(question, deps.dataset)) return undefined;
  const understood = reads(question, lexiconFor(question, locale), true);
  // ("Since Alibaba joined the SCI in 2022, which project does it lead?": a name no source gives, in a premise — not
  // named, never a document's sentence that shares a word, "leading roles".)
  if (notNamedAsked(understood, deps.dataset)) return undefined;
  const p = planWording(understood, deps.dataset);
  if (!p) return undefined;
  const result = run(p, deps);
  return { understood, plan: p, result, said: say(result, understood, deps.dataset, locale, hints) };
}

/**
 * "Do the sources name the zone's 4 companies?": the plain question ("who are …"), led by whether its reply names them.
 * (In Chinese too: the gloss reads "NCS的合作方有名字吗" as "are NCS partners named"; the lead is said in Chinese.)
 */
function namingLed(a: Asking, { q, read }: LazyReading, lang: string): Trace | undefined {
  const { locale, zh } = a;
  const plain = (locale === 'en' || zh) && lang === 'en' ? namingAsked(q.text) : undefined;
  const named = plain ? again(a, plain, 0) : undefined;
  const lead =
    named && named.plan.op !== 'unsure' && !named.said.help
      ? zh
        ? namedLeadZh(
            named.said.sentence,
            zh,
            / (?:all|every|each) /.test(q.text) || /所有|全部|都|每/.test(a.question),
          )
        : namedLead(named.said.sentence, / (?:all|every|each) /.test(q.text))
      : undefined;
  // ("Were none of the 3rd JIC MOUs named?": asked of the negation, the lead is said of it as asked.)
  const asAsked =
    named && lead && q.negated
      ? zh
        ? q.falseAsked
          ? lead
          : asNegatedZh({ ...named.said, sentence: lead }, zh).sentence
        : asNegated({ ...named.said, sentence: lead }, q.falseAsked).sentence
      : lead;
  return named && asAsked ? { ...named, understood: read(), said: { ...named.said, sentence: asAsked } } : undefined;
}

/**
 * The question answered whole by its plan: run and said, unless what it takes for granted is false — a superlative
 * claimed, a "why" of what did not happen, a premise stated before the question — which is corrected first.
 */
function answered(a: Asking, understood: Understanding, planned: () => Plan): Trace {
  const { question, deps, locale, hints, reads, english, zh } = a;
  // (Planned and run only where the answer is this plan's own: a premise corrected, or the question after it, answers
  // otherwise — a "why" of what did not happen is neither. The trace's plan and result are worked out when read.)
  let ran: Result | undefined;
  const result = (): Result => (ran ??= run(planned(), deps));
  const traced = (said: Said): Trace => ({
    understood,
    get plan() {
      return planned();
    },
    get result() {
      return result();
    },
    said,
  });
  let saidFirst: Said | undefined;
  const first = (): Said => (saidFirst ??= say(result(), understood, deps.dataset, locale, hints));
  // "Is the MCI press release the only source?", "how old is your info?": what the list of documents says of it.
  const docs =
    english && documentsAsked(understood.q.text) && planned().op === 'sources'
      ? aboutDocuments(understood.q.text, result(), first())
      : undefined;
  if (docs) return traced(docs);
  // "Did the 2nd JIC sign the most MOUs?": the superlative claimed, checked against the ranking (Yes / Yes, jointly / No).
  const top =
    english && superlativeClaimed(understood.q.text) && planned().op === 'rank'
      ? superlativeVerdict(understood, planned(), result(), deps.dataset)
      : undefined;
  // ("The 2nd JIC didn't sign the most MOUs, right?": the verdict said of the negated statement as asked.)
  // ("说第四次会议在深圳举行是错的吗": in Chinese too, the verdict said of the statement's being false.)
  const negated = (x: Said) =>
    english && understood.q.negated
      ? asNegated(x, understood.q.falseAsked)
      : zh && understood.q.falseAsked
        ? asFalseZh(x, zh)
        : zh && understood.q.negated
          ? asNegatedZh(x, zh)
          : x;
  if (top) return traced(negated(sayVerdict(top, first())));
  // ("Was the 4th the biggest meeting?": ranked by MOUs and by projects — one verdict of both leads.)
  const both =
    english && superlativeClaimed(understood.q.text) && planned().op === 'each'
      ? eachVerdictLead(understood, planned(), result(), deps.dataset)
      : undefined;
  if (both) {
    const s0 = first();
    return traced(negated({ ...s0, sentence: `${both}: ${s0.sentence.replace(/^The (?=[a-z0-9])/, 'the ')}` }));
  }
  // "Why did the 2nd JIC sign 8 MOUs?": a premise the sources contradict is corrected first (asked as its yes/no).
  const premise = falsePremise(understood, deps, hints, locale, reads);
  if (premise) return traced(premise);
  // A "why" (in English or Chinese): the aim the sources state, or that they don't say why (never a description as a reason).
  // (A deed claimed of a subject — "NCS set up a lab, right?" — is read against its own lines: deed.ts; a person's role
  // at a time — "was Qin mayor in 2019?" — against who held it then: role-when.ts.)
  const said = (): Said =>
    zh
      ? answerWhyZh(first(), understood, zh)
      : deedAnswer(roleAtTime(answerWhy(first(), understood), understood, deps.dataset), understood, deps.dataset);
  // ("为什么第四次会议搬到了新加坡", "第四次会议在新加坡开的时候谁主持的": a meeting put somewhere it wasn't, in Chinese —
  // corrected in Chinese; a why is answered by the correction alone, anything else asked after it.)
  const zhFix = zh ? meetingPremiseZh(understood, deps, zh, reads) : undefined;
  if (zhFix) {
    if (asksWhy(understood.q.text)) return traced(zhFix.fix);
    const after = zhFix.stated.rest ? again(a, zhFix.stated.rest, 0).said : said();
    // (Chinese sentences follow each other with no space between.)
    const both = corrected(zhFix.fix, after);
    return traced({ ...both, sentence: `${zhFix.fix.sentence}${after.sentence}` });
  }
  // "Since the 1st JIC was in Shenzhen, who attended?": a premise the sources contradict is corrected, then answered.
  const stated = english ? premiseIn(question, understood, reads) : undefined;
  // ("Since Alibaba joined the SCI in 2022, which project does it lead?": a premise about a name no source gives — that
  // it is not named is the answer, never the question after it asked of the records.)
  if (stated && planned().op === 'notNamed') return traced(negated(said()));
  const checked = stated ? premiseCorrection(stated.premise, deps, reads, (q) => again(a, q, 1).said) : undefined;
  // ("Since Qin signed the founding MOU, when was that?": a premise in a clause of its own that no check above judged is
  // asked as its yes/no, whole — corrected where that says No; the question after it answered alone only where Yes.)
  const whole = stated?.clause && !checked ? again(a, `is it true that ${stated.premise}?`, 1).said : undefined;
  const denied = whole ? deniedBy(whole.sentence) : undefined;
  const fix = checked ?? (whole && denied ? { ...whole, sentence: notWhatSourcesSay(denied) } : undefined);
  const confirmed = !!whole && /^Yes\b/.test(whole.sentence);
  // ("Why was the 4th JIC moved to Singapore?": the premise corrected is the answer; no reason is asked of what wasn't.)
  if (fix && asksWhy(understood.q.text)) return traced(fix);
  // (The question after the premise answered on its own where it can be: the premise's superlative is not its question;
  // a year beside a numbered meeting is taken out, so the meeting named is answered alone.)
  const rest =
    fix || confirmed || (stated && planned().op === 'rank')
      ? (questionAfter(question, understood, reads) ?? (fix ? stated?.rest : undefined))
      : stated?.alone
        ? stated.rest
        : undefined;
  const answer = () => (rest ? again(a, rest, 0).said : said());
  // ("Since the 4th had the most MOUs, when was it?": a premise true only jointly — the answer, then the note.)
  if (fix?.qualifies) {
    const first = answer();
    return traced({ ...corrected(fix, first), sentence: `${first.sentence.trim()} ${fix.sentence.trim()}` });
  }
  // ("Given that QuikBot partnered with Tencent, what did they build?": no record names Tencent — then what QuikBot and
  // its partner on file do, in one sentence, not its whole profile.)
  const onFile =
    fix && /^No record on file names /.test(fix.sentence) ? partnerOnFile(understood, deps.dataset) : undefined;
  if (fix && onFile) {
    const first = answer();
    return traced(corrected(fix, { ...first, sentence: onFile, lines: [] }));
  }
  if (fix) return traced(corrected(fix, answer()));
  if (rest) return traced(answer());
  return traced(negated(said()));
}

// A reason asked in other words: "what led them to move …", "… moved to Singapore — why?".
const WHY_ELSE = / why $| what (?:led|made|caused|prompted|drove|pushed) /;
const asksWhy = (text: string): boolean => WHY.test(text) || WHY_ELSE.test(text);

/** The answer for the known one, led by the name not recognised (and whose initials it is, if any one's). */
function besideLead(b: UnknownBeside, sentence: string): string {
  const hint = b.initials.length
    ? `; ${b.initials.join(' and ')} ${b.initials.length > 1 ? 'have' : 'has'} those initials — ask with the full name to include it`
    : '';
  return `I don't recognise “${b.unknown}” (no partner, person or record on file goes by that name${hint}). For ${b.known} alone: ${sentence}`;
}

/** The types of what a clause names that the sources hold (a partner, meeting, record, person, topic, number…). */
const namedTypes = (clause: string, reads: Reader) => reads(clause, 'en').mentions.map((m) => m.type);

// "Why did/was/is …" with what follows read as a yes/no claim ("why was the 1st JIC held in Shenzhen").
const WHY_CLAIM = /^ why (did|was|were|is|are|does|do|has|have|had) (?!not |n t )(.+) $/;

/**
 * The premise of a "why" question, checked as the yes/no it takes for granted: where the sources say No ("No: the
 * 1st JIC meeting was held virtually"), that is the answer — never "the sources don't say why" beside a false premise.
 */
function falsePremise(
  u: Understanding,
  deps: Deps,
  hints: readonly string[],
  locale: Locale,
  reads: Reader,
): Said | undefined {
  const zh = locale === 'zh-CN' || locale === 'zh-TW' ? locale : undefined;
  // Chinese glossed ("为什么第二次会议在新加坡举行" → "why 2nd meetings in Singapore held"): the rest is the claim, asked "did …".
  const m = zh ? / why (.+) $/.exec(u.q.text) : WHY_CLAIM.exec(u.q.text);
  if (!m) return undefined;
  const claim = zh ? `did ${m[1]}` : `${m[1]} ${m[2]}`;
  const asked = reads(claim, 'en');
  if (asked.target !== 'yesno') return undefined;
  // Only a claim of where, when, or how many were signed or launched: what the sources state outright.
  // (A claim read whole that runs one existing check is that check: its claim's type says what was claimed.)
  const planned = plan(asked, deps.dataset);
  const checked = planned.op === 'claim' ? (singleCheck(planned) ?? planned) : planned;
  const kind = checked.op === 'check' ? checked.claim.type : undefined;
  const counted = kind === 'number' && / (?:sign|signed|launch|launched|ink|inked|start|started) /.test(asked.q.text);
  // "Why did Keppel sign with Tsinghua?": a name no source gives is said so first (never the aim of Keppel's own MOU).
  if (kind === 'unnamed' && !zh) {
    const said = say(run(checked, deps), asked, deps.dataset, locale, hints);
    return { ...said, sentence: said.sentence.split(/(?<=\.)\s/)[0] ?? said.sentence };
  }
  // ("Why did Yong Ying-I co-chair the 4th JIC?": a co-chair the sources name at other meetings, not that one.)
  const chaired = kind === 'person' && asked.flags.chairing;
  if (!(kind === 'place' || kind === 'year' || kind === 'date' || counted || chaired) || / only /.test(asked.q.text))
    return undefined;
  const said = say(run(checked, deps), asked, deps.dataset, locale, hints);
  const no = (zh ? /^否(?:，[^：]*)?：(.+)$/s : /^No(?:, not in one city)?: (.+)$/s).exec(said.sentence)?.[1];
  if (!no) return undefined;
  const claimed = checked.op === 'check' ? checked.claim : undefined;
  return {
    ...said,
    sentence: zh ? ANSWER_ZH[zh].notWhatSourcesSay(no) : notWhatSourcesSay(notAsClaimed(no, claimed)),
  };
}

/** The language tables to read a question with: Chinese text (or a Chinese locale) reads with `zh` once it exists. */
export function lexiconFor(question: string, locale: Locale): string {
  return (locale.startsWith('zh') || HAN.test(question)) && LEXICONS.zh ? 'zh' : 'en';
}

/** The plan of a question, printable (for `--explain`). */
export function explainQuestion(question: string, deps: Deps, locale: Locale = 'en'): string {
  const t = trace(question, deps, locale);
  return (t.parts ?? [t]).map((x) => explain(x.understood, x.plan)).join('\n\n');
}

/** What was said → the reply: the sentence and its short list, the source line, buttons to open the records. */
export function render(said: Said, deps: Deps, locale: Locale = 'en'): ReplyData {
  if (said.help) {
    const h = answerHelp(deps.dataset, locale, said.unread);
    return fitReply({
      content: truncate([h.sentence, ...(h.lines ?? [])].join('\n'), LIMITS.content),
      flags: EPHEMERAL,
      allowed_mentions: NO_MENTIONS,
    });
  }
  // The documents that back the sentence: the first few cited, so the line stays one line on a phone.
  const body = truncate([said.sentence, ...said.lines].join('\n'), 1500);
  // As many of the first four sources as fit whole: a link cut short is no link (three IMDA addresses fill the room).
  const room = LIMITS.content - body.length - 2;
  const tailOf = (k: number) => {
    const sources = sourceLine(deps.dataset, said.sources.slice(0, k), locale);
    return [said.hint ?? '', sources ? `-# ${messages(locale).answer.sources}: ${sources}` : '']
      .filter(Boolean)
      .join('\n');
  };
  let k = Math.min(4, said.sources.length);
  // (Each k's tail built once: the last one tried is the one kept.)
  let tail = tailOf(k);
  while (k > 1 && tail.length > room) tail = tailOf((k -= 1));
  const content = tail ? `${body}\n\n${truncate(tail, LIMITS.content - body.length - 2)}` : body;
  // Up to five records as buttons; more (a count's 33 partners, of which the sentence names a few) as one select of
  // up to 25, so the list the sentence shortens is one pick away and the reply keeps one row.
  const components = relatedComponents(forReader(deps, locale), said.refs, 'answer');
  return fitReply({
    content,
    ...(components.length ? { components } : {}),
    ...(said.ephemeral ? { flags: EPHEMERAL } : {}),
    allowed_mentions: NO_MENTIONS,
  });
}

/**
 * A question in words → the reply payload. `hints` are the commands to offer when the question is
 * not understood (/ask passes the router's); `locale` the reply's language. Never throws: a bug gets
 * an honest sorry.
 */
export function answerQuestion(
  question: string,
  deps: Deps,
  hints: readonly string[] = [],
  locale: Locale = 'en',
): ReplyData {
  try {
    return render(trace(question, deps, locale, hints).said, deps, locale);
  } catch {
    return fitReply({
      content: "Sorry, I couldn't answer that. Try `/help` for the commands.",
      flags: EPHEMERAL,
      allowed_mentions: NO_MENTIONS,
    });
  }
}

/**
 * The one partner a question names, said with its partners on file (say/pair-lead.ts): "On file, QuikBot … and
 * Shenzhen Intelligence Guardforce … signed an MOU at the 4th JIC meeting (14 Dec 2023) to co-develop …". Undefined
 * where the question names no partner, or several, or one with no record.
 */
function partnerOnFile(u: Understanding, dataset: Dataset): string | undefined {
  const ids = [...new Set(u.mentions.filter((m) => m.type === 'org').map((m) => m.value))];
  const [id] = ids;
  if (ids.length !== 1 || !id) return undefined;
  const recs = [...dataset.mousOf(id), ...dataset.projectsOf(id)];
  if (!recs.length || recs.length > 3) return undefined;
  const lead = pairLead(dataset, dataset.organisation(id)?.name ?? id, recs);
  return lead ? `On file, ${lead}` : undefined;
}
