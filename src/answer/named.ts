// "Do the sources name the 4 companies in the demo zone?", "are NCS's partners named?": a yes/no about the sources
// themselves — whether they NAME (list, identify, give the names of) something. Its answer is the thing asked for,
// read as the plain question ("who are NCS's partners?"), led by what that reply shows: Yes only where it names them,
// No where it says the sources don't, "Only some" where it names part of them. Never a Yes before "not named".

// The sources as a question calls them: "the sources", "the MCI press release", "the articles", "they".
const SOURCES =
  '(?:the )?(?:[a-z0-9]+ ){0,3}?(?:sources?|releases?|articles?|reports?|documents?|papers?|records?|data|dataset|news|coverage|statements?|they|you|it)';
// What a source does when it names something (a "say"/"tell" only with who/which after it: "say who signed").
const NAMES = '(?:name|names|list|lists|identify|identifies|give|gives|disclose|discloses|reveal|reveals|publish)';
const TELLS = '(?:say|says|tell|tells|tell us|state|states|specify|specifies|mention|mentions)';

// "Do the sources name …", "does the MCI release list …", "do they give the names of …", "do the sources say who …".
const DO_SOURCES_NAME = new RegExp(
  `^ (?:do|does|did) ${SOURCES} (?:ever |actually |even |also )?(?:${NAMES} (?:the )?(?:names? of |identit(?:y|ies) of )?(?:(who|which|what) )?|${TELLS} (who|which) )(.{3,}?) $`,
);
// "Are NCS's partners named?", "are the names of the 1st JIC's MOUs given in the press release?", "is X identified?".
// ("Did the 4th JIC projects get named?", "have the 1st JIC MOUs been named?": the same, in other tenses.)
const ARE_NAMED =
  /^ (?:is|are|was|were|did|do|does|has|have|had) (?:the )?(?:names? of (?:the )?)?(.{3,}?) (?:ever |actually |also )?(?:been |get |got |gotten )?(?:named|listed|identified|given|disclosed|published|known|stated|on file|recorded|in the data|in the dataset)(?: by name)?(?: (?:in|by) (?:the )?(?:[a-z0-9]+ ){0,3}?(?:sources?|releases?|articles?|reports?|documents?|papers?|records?|data|news)| anywhere| on file| publicly)? $/;
// "Is there a source that names …", "are there any articles naming …", "is there any report which lists …": the same ask,
// a source's existence put first (was "Yes: … (not named in the sources)" — the Yes of "there is a source").
const IS_THERE_SOURCE = new RegExp(
  `^ (?:is|are) there (?:a |an |any |one |even one )?(?:single )?(?:[a-z0-9]+ ){0,2}?(?:sources?|articles?|documents?|reports?|releases?|publications?|outlets?|news|records?) (?:that |which |at all that )?(?:${NAMES}|naming|listing|identifying|giving|${TELLS}) (?:the )?(?:names? of |identit(?:y|ies) of )?(?:(who|which|what) )?(.{3,}?) $`,
);
// "Do we know who …", "do we know the names of …".
const WE_KNOW = /^ (?:do|does) (?:we|anyone|anybody) know (?:the names? of (?:the )?|(who|which) )(.{3,}?) $/;

// Words of what is asked for that are records (asked "which are …"), people or parties ("who are …").
const RECORDS = / (?:mous?|memorand\w*|projects?|agreements?|outcomes?|records?|ventures?|initiatives?|deals?) /;
const PARTIES =
  / (?:partners?|parties|party|compan(?:y|ies)|firms?|signator(?:y|ies)|signers?|banks?|people|persons?|chairs?|cochairs?|universit(?:y|ies)|organi[sz]ations?|institut\w*|members?|businesses|enterprises|officials?|leaders?|representatives?) /;

/**
 * The plain question behind a yes/no asking whether the sources name something ("are ncs partners named" → "who are
 * ncs partners"), from the question's normal form; undefined when the question is not one.
 */
export function namingAsked(text: string): string | undefined {
  // ("有多少比例的谅解备忘录有名称", read "are what share mous named": a share of those named, trend.ts's — never "are they named".)
  if (/ (?:what share|percentage|percent|proportion|fraction) /.test(text)) return undefined;
  const sources = DO_SOURCES_NAME.exec(text);
  if (sources) {
    const wh = sources[1] ?? sources[2];
    const what = sources[3] ?? '';
    return wh ? `${wh} ${what}` : plainQuestion(what);
  }
  const there = IS_THERE_SOURCE.exec(text);
  if (there) return there[1] ? `${there[1]} ${there[2] ?? ''}` : plainQuestion(there[2] ?? '');
  const named = ARE_NAMED.exec(text);
  if (named) return plainQuestion(named[1] ?? '');
  const known = WE_KNOW.exec(text);
  if (known) return known[1] ? `${known[1]} ${known[2] ?? ''}` : plainQuestion(known[2] ?? '');
  return undefined;
}

function plainQuestion(what: string): string | undefined {
  const x = ` ${what} `;
  // ("Does the release name Qin Weizhong as a co-chair?": whether one is named in a role, not the role's names asked.)
  if (/ as (?:an? |the |its |one of the )?[a-z]+ $/.test(x)) return undefined;
  if (RECORDS.test(x) && !PARTIES.test(x)) return `which are ${what}`;
  if (PARTIES.test(x)) return `who are ${what}`;
  // (Anything else — a date, a size, a single partner — is asked as what it is.)
  return undefined;
}

// What a reply says when the sources leave the thing unnamed (or unstated).
const NOT_NAMED =
  /\b(?:not named|unnamed|(?:don|doesn)['’]t (?:name|say|give)|(?:do|does) not (?:name|say|give)|name none|names? no\b|no record on file names|not (?:stated|given|listed)|none is on file)\b/i;
// What it says when it names some of them and not the rest.
const SOME_NAMED =
  /\b\d+ (?:of them |of (?:the|these) \d+ )?(?:are|is) on file(?: here)? by name\b|\b\d+ of each are named\b/i;

/**
 * The reply to the plain question, led by whether the sources name what was asked: Yes where it names them, No where
 * it says they don't, "Only some are named" where both; undefined where the reply can't tell (the sources differ, it
 * is unsure, or it already leads with Yes or No).
 */
export function namedLead(sentence: string, all = false): string | undefined {
  if (/^(?:Yes|No)\b|^The sources differ\b|^I['’]m not sure\b/.test(sentence)) return undefined;
  // (Its first sentence: what the reply says after it is about something else.)
  const first = sentence.split(/(?<=\.)\s+(?=[A-Z])/)[0] ?? sentence;
  const none = NOT_NAMED.test(first);
  // ("Are all 43 projects named?" → "43 … ; 22 of them are on file here by name": only some, never a Yes.)
  // ("Are ALL of them named?" is answered No where only some are.)
  const lead = SOME_NAMED.test(first) ? (all ? 'No, only some are named' : 'Only some are named') : none ? 'No' : 'Yes';
  return `${lead}: ${sentence.replace(/^The (?=[a-z0-9])/, 'the ')}`;
}
