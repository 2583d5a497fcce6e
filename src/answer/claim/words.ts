// The word tables the claim reader reads a sentence's structure with: the words that only shape a yes/no question,
// the verbs of each predicate, and the ways of meeting. Language, never facts: every name, place and date a claim
// holds comes from the Dataset (read.ts builds the places from its meetings and events).

/** Words that only shape a question ("did", "the", "is it true that", "right"): read, and saying nothing of the claim. */
export const SHAPE = new Set(
  (
    'did do does doing is was were are am be been being has have had it its that this true right correct really ' +
    'actually indeed ever the a an of in on at by for to from with and or either which who whom what there s t ' +
    'please tell me us know wonder whether if yes confirm can you could would i we hey hi so meeting meetings jic ' +
    'jics one ones everyone everybody knows known as pls just get got gets'
  ).split(' '),
);

/** Words read as "how" a meeting was held: not in one city. */
export const REMOTE = new Set(['online', 'virtual', 'virtually', 'remotely', 'remote', 'video', 'videoconference']);
/** Words of the first or the last of the meetings ("the first one", "the latest", "the most recent"). */
export const FIRST = new Set(['first', 'earliest']);
export const LAST = new Set(['last', 'latest', 'final', 'newest', 'recent', 'most']);

/** Words read as held in one place in person. */
export const IN_PERSON = / (?:in person|physically|face to face|offline|in real life) /;
export const IN_PERSON_WORDS = new Set(['person', 'physically', 'face', 'offline', 'real', 'life']);

// Verbs of holding a meeting ("held", "took place"): with a place or a date, the claim is where or when it was held.
export const HELD = new Set(
  (
    'held hold holds holding take takes took taken taking place happen happens happened happening convene convened ' +
    'convenes met meet hosted conducted organised organized staged located'
  ).split(' '),
);

// Verbs of signing (the founding MOU was "held" where it was signed).
// ("Were the signatories of the founding MOU Chen and Leong?": the signers named, as a signing claimed.)
export const SIGNED = new Set([
  'sign',
  'signed',
  'signs',
  'inked',
  'ink',
  'concluded',
  'mou',
  'signatories',
  'signatory',
  'signers',
  'signer',
]);

// Verbs of a meeting's count of records ("signed 8 MOUs", "launched any projects", "were there 14 projects").
export const COUNTED = new Set(
  (
    'sign signed signs inked ink launch launched launches initiate initiated start started announce announced ' +
    'unveil unveiled have had has produce produced yield yielded see saw bring brought result resulted get got ' +
    'new any some anyone anybody someone somebody'
  ).split(' '),
);

// Verbs of chairing ("co-chaired", "led"); the normal form writes co-chair as "cochair".
export const CHAIRED = new Set(
  (
    'cochair cochaired cochairs cochairing cochairman chair chaired chairs chairing chairman chairperson lead led ' +
    'leads leading preside presided presides presiding head headed heads co'
  ).split(' '),
);

// Words of an age claimed ("five years old", "turned five", "its fifth anniversary").
export const AGE = new Set(
  'old years year turn turned turns turning aged age anniversary birthday celebrate celebrated celebrates mark marked marks reach reached reaches hit hits milestone'.split(
    ' ',
  ),
);

// Verbs of saying ("did Qin speak about trade in 2023?").
export const SAID = new Set(
  'say said says saying speak spoke spoken speaks talk talked talks mention mentioned remark remarked comment commented about call called calls describe described describes'.split(
    ' ',
  ),
);

// Verbs of making a meeting's outcome known: a meeting's outcomes are what it announced, so these hold of any of them.
export const ANNOUNCED = new Set(
  (
    'announce announced announces launch launched launches unveil unveiled unveils introduce introduced introduces ' +
    'present presented presents reveal revealed reveals set up establish established create created form formed ' +
    'start started propose proposed agree agreed feature featured include included come came out raised release ' +
    'released releases roll rolled debut debuted open opened opens inaugurate inaugurated'
  ).split(' '),
);

// Words of a number changing or compared ("doubled", "grew"): comparisons' and trends' claims.
export const QUANTITY = new Set(
  'double doubled doubles doubling triple tripled grow grew grown grows growing increase increased increases rise rose risen fall fell drop dropped more most fewer fewest less least number numbers'.split(
    ' ',
  ),
);

/** The times one count is claimed of another ("twice as many", "half", "tripled", "as many as"). */
export const FACTORS: ReadonlyArray<readonly [RegExp, number]> = [
  [/ (?:twice|double|doubled|doubling|two times|2 times|2x) /, 2],
  [/ (?:triple|tripled|tripling|thrice|three times|3 times|3x) /, 3],
  [/ (?:quadruple|quadrupled|four times|4 times|4x) /, 4],
  [/ (?:half|halved|halve|halves|halving) /, 0.5],
  [/ (?:as many|the same number|same number|equal number|as much) /, 1],
];
// A meeting asked for, not named: "which meeting", "a meeting", "any JIC", "another one" (a ratio to a named meeting
// asked of some other meeting: plan/meetings.ts meetingsByRatio).
export const SOME_MEETING =
  / (?:which|what|a|any|some|another|other|one) (?:other )?(?:jic |sci )?(?:meetings?|jics?|one|ones) /;
export const RATIO_WORDS = new Set(
  (
    'twice double doubled doubling two three four times 2 3 4 2x 3x 4x triple tripled tripling thrice quadruple ' +
    'quadrupled half halved halve halves halving as many much same equal number of than compared previous prior before ' +
    'one it its from to between go went grow grew rise rose fall fell drop dropped count counts tally those'
  ).split(' '),
);

/** Irregular forms of verbs a passage may write another way ("met" for "meet"); regular ones share a stem. */
export const VERB_FORMS: Readonly<Record<string, readonly string[]>> = {
  meet: ['met', 'meets', 'meeting'],
  met: ['meet', 'meets'],
  lead: ['led'],
  led: ['lead', 'leads'],
  hold: ['held'],
  held: ['hold', 'holds'],
  speak: ['spoke', 'said'],
  spoke: ['speak', 'said'],
  say: ['said'],
  begin: ['began', 'begun'],
  visit: ['met', 'visited', 'visits'],
  set: ['establish', 'established', 'establishes'],
  visited: ['met', 'visit'],
  call: ['called'],
};

/** Verbs whose two sides may stand either way round ("did Qin meet Heng?" is "Heng met Qin"). */
export const SYMMETRIC = new Set(['meet', 'met', 'meets', 'visit', 'visited']);

/** A clause that states the act as to come, not done ("poised to expand", "will build", "to launch pilots"). */
export const PLANNED = / (?:poised to|will|to launch|plans? to|planned to|set to|expected to|aims? to|is to|are to) /;
