/**
 * The same question in another reader's words (session 17, answer3): a fact asked right in one wording must be asked
 * right in the next reader's. Measured on 324 paraphrases of main-set questions (a plain and a chat wording of each),
 * the misses fell into a few families, each read here as one mechanism rather than one row per wording:
 *
 * - words said another way (SAME_WORDS): a shortening ("rep", "mtg", "hq"), an order of words ("a basketball fan" is "a fan of basketball", "on Kingdee's
 *   behalf" is "on behalf of Kingdee"): read as the words every reader downstream knows, in one table, one scan;
 * - the order of a question's parts (reordered): a time or meeting put first ("in 2019, what did Qin sign", "2019 -
 *   what did Qin sign"), a topic put first and pointed back at ("talent exchange - how many MOUs does it have"), the
 *   question word put last ("Momentum Works is from where"): read in the order the readers know;
 * - how it is asked (asked): a request ("can you list every MOU", "can you explain TradeTrust") is the order itself,
 *   never a yes/no about the bot's abilities; a claim of a kind put as a statement ("rajah and tann is a hospital,
 *   right?") is asked as the question the kind readers know; a role alone ("the mayor of shenzhen?") asks who holds it.
 *
 * Each step is guarded by one cheap test, so a question none applies to pays one scan per step.
 */

type Row = readonly [RegExp, string | ((match: string, ...groups: string[]) => string)];

// Words said another way, on the normal form (lower case, punctuation as spaces). Each row: what it reads, what that
// reads as. Shortenings only where no other word is spelt so.
const SAME_WORDS: readonly Row[] = [
  // "who's SG's rep at the JIC", "the reps": a representative (the JIC's co-chairs are the sides' representatives).
  [/\b(rep)(s?)\b/g, (_, __, s: string) => `representative${s}`],
  // "the 3rd mtg", "mtgs": meetings.
  [/\bmtn?g(s?)\b/g, (_, s: string) => `meeting${s}`],
  // "keppel hq", "hashmeta's HQ": its headquarters.
  [/\bhqs?\b/g, 'headquarters'],
  // "gimme", "lemme see": give me, let me.
  [/\bgimme\b/g, 'give me'],
  [/\blemme\b/g, 'let me'],
  // "did DBS begin TradeTrust pilots": the verb every reader of a start knows ("start", "started").
  [/\bbegins\b/g, 'starts'],
  [/\bbegin\b/g, 'start'],
  [/\bbeg[au]n\b/g, 'started'],
  // One meeting set behind or ahead of another ("was jic 2 behind jic 1 on mous"): fewer or more than it.
  [
    /(?<=\b(?:jic \d|\d(?:st|nd|rd|th)|first|second|third|fourth)(?: jic| meeting| one)? )(behind|ahead of)(?= (?:the )?(?:jic \d|\d(?:st|nd|rd|th)|first|second|third|fourth)\b)/g,
    (w: string) => (w === 'behind' ? 'fewer than' : 'more than'),
  ],
  // "is Leong a basketball fan", "a big football fan": a fan of it (a person's tastes).
  [/\b(a|an) (?:big |huge |real )?([a-z]+) fan\b/g, '$1 fan of $2'],
  // "jic 3 start time?", "kick off time of the 2nd": the time of day.
  [/\b(?:start|starting|begin|beginning|kick ?off|opening) (?:time|hour)\b/g, 'what time'],
  // "which jic had the most going on": the busiest.
  [/\b(?:the )?most (?:going on|happening|activity|action)\b/g, 'busiest'],
  // "latest mou total", "the current total of projects": the running total to date (never the latest meeting's count).
  [
    /\b(?:the )?(?:latest|newest|current|most recent|up to date) ((?:mou |mous |project |projects |running |overall |cumulative )*)totals?\b/g,
    '$1total to date',
  ],
  // "How did the total MOUs go from 2022 to 2023?", "how has the MOU tally evolved between …": a change between two
  // points, as every reading of a change knows it (was the two meetings' own counts added up: a sum, not from → to).
  [
    /\b(how (?:did|has|have|had|does|do) (?:[a-z0-9]+ ){1,5}?)(?:go|gone|move|moved|evolve|evolved|develop|developed|shift|shifted|progress|progressed|trend|trended)(?= (?:[a-z0-9]+ ){0,3}?(?:from|between)\b)/g,
    '$1change',
  ],
  // "What was the change in the total MOUs between 2021 and 2023?": how it changed, asked as such.
  [
    /\bwhat (?:was|is|were|has been) the (?:change|changes|shift|movement|evolution) in (the )?((?:overall |total |cumulative |running )+(?:mou |project )?(?:totals?|mous|projects|count|figures?)|(?:mou|project) (?:totals?|count|tally))(?= (?:from|between)\b)/g,
    'how did $1$2 change',
  ],
  // "the MOU tally", "the project tallies": their running total.
  [/\b(mou|mous|project|projects) (?:tally|tallies)\b/g, '$1 total'],
  // "Small and medium enterprises", "small businesses": the SMEs the records and outcomes name (was "small" read as a
  // topic and "enterprises" as companies).
  [/\bsmall (?:and|&|or) medium(?: sized| size)? (?:enterprises?|businesses|business|companies|firms)\b/g, 'smes'],
  [/\bsmall (?:businesses|enterprises)\b/g, 'smes'],
  // "on Kingdee's behalf": on behalf of Kingdee.
  [/\bon ((?:(?!behalf\b)[a-z0-9]+ ){1,5})behalf\b/g, (_, who: string) => `on behalf of ${who.trim()}`],
];

const SAME_WORDS_ANY =
  /\b(?:small|reps?|mtn?gs?|hqs?|gimme|lemme|begins?|beg[au]n|behind|ahead|fan|time|hour|going on|happening|activity|action|totals?|behalf|go|gone|move|moved|evolved?|developed?|shift|shifted|progress|progressed|trend|trended|tally|tallies|change|changes|movement|evolution)\b/;

/** The normal form with words said another way read as the words the readers know. */
export function sameWords(text: string): string {
  if (!SAME_WORDS_ANY.test(text)) return text;
  return SAME_WORDS.reduce((t, [re, to]) => t.replace(re, to as string), text);
}

const ASKING = '(?:how|when|where|who|whom|whose|which|what|why|did|does|do|is|are|was|were|has|have|had|list|name)';
// A time or meeting put first, set apart by a comma, colon or dash: "in 2019, what …", "2019 - what …", "at the 4th
// jic: who …", "jic 3 — how many …". Only a time or a meeting, nothing that says more ("after the 3rd JIC moved to
// Singapore, …" is a premise, "in annex A, …" a place in a document).
const WHEN = `(?:(?:the\\s+)?(?:\\d(?:st|nd|rd|th)|first|second|third|fourth|last|latest|final)\\s+(?:jic|meeting|mtg|one)(?:\\s+meeting)?|jic\\s*\\d|(?:[a-z]{3,9}\\s+)?(?:19|20)\\d\\d)`;
const FRONTED = new RegExp(
  `^\\s*((?:(?:in|at|on|during|by|before|after|since|back in|as of)\\s+)?${WHEN})\\s*(?:,|:|\\s[-–—]+)\\s*(${ASKING}\\b[^]*)$`,
  'i',
);
// A topic put first and pointed back at: "talent exchange group - how many mous does it have".
const TOPIC = new RegExp(`^\\s*([^,:;?!\\-–—]{2,50}?)\\s*(?:\\s[-–—]+|:)\\s*(${ASKING}\\b[^]*)$`, 'i');
const POSSESSED_SIGNER = /\b([\w-]+)['’]s (signatory|signatories|signer|signers)\b/gi;
// ("is it true that …", "is it possible …": no pointer at all.)
const POINTER =
  /\b(?:it|they|them)\b(?! (?:true|the case|possible|correct|right|fair|worth|likely|known|said|reported|that)\b)/i;
// Talk before a question, never its topic ("quick q: …", "btw - …", "ok so: …").
const TALK =
  /^\s*(?:quick|q|question|hey|hi|hello|yo|ok|okay|so|also|btw|fyi|follow ?up|one more|another|and|last|final|bonus|real talk|serious|honest|genuine|note|update|edit|ps|context|background|lol|hmm|um|uh|wait|sorry|thanks|thx|bot)\b/i;
const ASKS_ANY = new RegExp(`\\b${ASKING}\\b`, 'i');

/**
 * The question in the order the readers know: a time or meeting put first moved after it ("in 2019, what did Qin
 * sign" → "what did Qin sign in 2019"); a topic put first named where it is pointed back at ("X - how many MOUs does
 * it have" → "how many MOUs does X have"). Read on what was typed (its commas and dashes), before the normal form.
 */
export function reordered(typed: string): string {
  // ("w/o": without, read before its slash is a space and its "w" is "with".)
  // ("jic 4 date + how many mous", "ntu + sri": a plus between words is "and" — never "20+", a bound.)
  const plus = typed.includes('+') ? typed.replace(/(?<=\S)\s+\+\s+(?=\S)/g, ' and ') : typed;
  const slashed = plus.includes('/') ? plus.replace(/\bw\/o\b/gi, 'without') : plus;
  // ("Kingdee's signatory on the DataPost MOU": the signatory for Kingdee — read before the possessive is dropped.)
  const raw = /\bsign/i.test(slashed) ? slashed.replace(POSSESSED_SIGNER, '$2 for $1') : slashed;
  if (!/[,:\-–—]/.test(raw)) return raw;
  const front = FRONTED.exec(raw);
  if (front?.[1] && front[2]) {
    const when = front[1].trim();
    const at = /^(?:19|20)\d\d$/.test(when)
      ? `in ${when}`
      : /^(?:the\s+)?\d|^(?:the\s+)?(?:first|second|third|fourth|last|latest)|^jic/i.test(when)
        ? `at ${/^jic/i.test(when) ? '' : /^the\s/i.test(when) ? '' : 'the '}${when}`
        : when;
    const rest = front[2].replace(/\s*([?.!]*)\s*$/, '');
    const mark = /[?.!]+\s*$/.exec(front[2])?.[0].trim() ?? '';
    return `${rest} ${at.replace(/\s+/g, ' ')}${mark}`;
  }
  const topic = TOPIC.exec(raw);
  if (topic?.[1] && topic[2] && !ASKS_ANY.test(topic[1]) && !TALK.test(topic[1]) && POINTER.test(topic[2]))
    return topic[2].replace(POINTER, topic[1].trim());
  return raw;
}

// The question word put last: "momentum works is from where", "the 2nd jic was held where" — a subject, a form of
// "be", and the question word at the end, asked in its usual order ("where is momentum works from").
const WORD_LAST =
  /^((?:(?!(?:how|when|where|who|whom|which|what|why)\b)[a-z0-9]+ ){1,6}?)(is|was|are|were) ((?:[a-z0-9]+ ){0,4}?)(where|when|who|what)$/;

// A request put as a question ("can you list every MOU", "could u explain tradetrust"): the request itself.
const REQUEST =
  /^(?:(?:hey|hi|ok|okay|so|um|please|pls|plz|bot) )*(?:can|could|would|will) (?:you|u) (?:please |pls |plz |kindly |just )?(?=(?:list|explain|describe|name|show|give|summarise|summarize|outline|tell me about|tell us about|break down|walk me through|remind me|clarify|define|share|provide|enumerate|detail)\b)/;

// A role alone ("the mayor of shenzhen?", "sz mayor", "keppel chairman?"): who holds it.
const ROLE =
  /^(?:the )?(?:[a-z0-9]+ )?(?:mayor|cochairs?|representatives?|permanent secretary|deputy prime minister|prime minister|ceo|chairman|chairwoman|chairperson|president|director|boss)(?: of (?:the )?[a-z0-9]+(?: [a-z0-9]+)?)?$/;
// A role's holder asked by name ("shenzhen mayor name pls", "what's the name of the mayor of shenzhen", "the singapore
// co-chair's name"): who holds it (was "not sure": "name" is no attribute of a role).
const ROLE_WORDS =
  '(?:[a-z0-9]+ )?(?:mayor|cochairs?|representatives?|permanent secretary|deputy prime minister|prime minister|ceo|chairman|chairwoman|chairperson|president|director)(?: of (?:the )?[a-z0-9]+(?: [a-z0-9]+)?)?';
const ROLE_NAMED = new RegExp(
  `^(?:(?:what|whats) (?:is|was|are|were) )?(?:the )?(?:(?:full |real )?names? of (?:the )?(${ROLE_WORDS})|(${ROLE_WORDS})(?: s)? (?:full |real )?names?)(?: (?:pls|plz|please|thx|thanks|again))*$`,
);
const ASKS_ITSELF = /\b(?:how|when|where|who|whom|whose|which|what|why|list|show|name|tell|give|explain|describe)\b/;
const VERB =
  / (?:is|are|was|were|did|does|do|has|have|had|signed|launched|held|chaired|cochaired|joined|[a-z]{3,}ed|[a-z]{3,}ing) /;

// Two things offered and a measure ("did chen or qin co-chair more meetings", "did ncs or keppel sign more mous"): which
// of them, never a yes/no (a "No" said of a choice).
const CHOICE =
  /^(?:did|does|do|has|have) ((?:[a-z0-9]+ ){1,3})or ((?:[a-z0-9]+ ){1,3}?)(cochair|chair|sign|launch|join|attend|host|start|ink) ((?:more|fewer|less|the most|most) .+)$/;

// A claim that something is a kind of thing, put as a statement ("is it true that rajah and tann is a hospital"): asked
// as the question it is ("is rajah and tann a hospital"), which the kind readers know.
const KIND_STATED = /^is it true that ((?:(?!(?:is|was|are|were|not)\b)[a-z0-9]+ ){1,6})(is|was|are|were) (an? .+)$/;

/**
 * How the question is asked, on its normal form: a request is the request; the question word put last is put first; a
 * claim of a kind put as a statement is asked as the question; a role alone asks who holds it. Anything else as it was.
 */
export function asked(text: string): string {
  const kind = KIND_STATED.exec(text);
  if (kind?.[1] && kind[2] && kind[3]) return `${kind[2]} ${kind[1]}${kind[3]}`;
  const choice = / or /.test(text) ? CHOICE.exec(text) : null;
  if (choice?.[1] && choice[2] && choice[3] && choice[4])
    return `which of ${choice[1]}or ${choice[2]}${choice[3]}ed ${choice[4]}`;
  // ("can you explain why the 3rd jic was online": the why it asks.)
  const request = REQUEST.exec(text);
  if (request) return text.slice(request[0].length).replace(/^explain (?=(?:why|how|what|who|when|where|which) )/, '');
  if (/ (?:where|when|who|what)$/.test(text)) {
    const last = WORD_LAST.exec(text);
    if (last?.[1] && last[2] && last[4])
      return `${last[4]} ${last[2]} ${last[1].trim()}${last[3] ? ` ${last[3].trim()}` : ''}`;
  }
  const named = / names? /.test(` ${text} `) ? ROLE_NAMED.exec(text) : null;
  if (named) return `who is the ${named[1] ?? named[2] ?? ''}`;
  if (ASKS_ITSELF.test(text) || /^(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b/.test(text))
    return text;
  return ROLE.test(text) && !VERB.test(` ${text} `) ? `who is ${text}` : text;
}
