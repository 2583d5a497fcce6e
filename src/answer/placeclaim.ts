// A place put on what a meeting did, in a yes/no ("did the 4th JIC unveil the start-up area in Chongqing?", "was the
// Asian SME Hub launched at the 1st JIC in Shenzhen?"): every attribute the question states is checked, the place too.
// Read whole, the place was lost ("Chongqing" read as the founding MOU's city) and the answer was a FALSE Yes from the
// start-up area alone. Now the question is asked without its place, and a Yes stands only where the sources put the
// thing there: the meeting's own place (a meeting held by video was in no one city) or, for the Demonstration Zone and
// its start-up area, the zone's.
import type { Dataset, Meeting } from '../dataset/index.js';
import { formatDate, joinList } from './format.js';
import type { Said } from './say/common.js';

// Places a question may put an outcome in (the sources' cities, and cities a reader may guess wrongly).
const CITIES = [
  'singapore',
  'shenzhen',
  'chongqing',
  'beijing',
  'shanghai',
  'hong kong',
  'qianhai',
  'guangzhou',
  'tianjin',
  'suzhou',
  'macau',
];
// A yes/no on what was done (the question in normal form): "did … unveil … in chongqing", "was … opened in beijing at
// the 4th meeting".
const YES_NO = /^ (?:did|was|were|has|have|had|is|are) /;
const PLACE = new RegExp(` (?:in|at) (${CITIES.join('|')})(?: city| itself)?(?= )`, 'g');
// What was done: a verb of an outcome (not of where a meeting was held, which the meeting's own check reads).
const DONE =
  / (?:unveil\w*|launch\w*|open(?:ed|s)?|sign(?:ed|s)?|ink(?:ed|s)?|announc\w*|set up|start(?:ed|s)?|establish\w*|introduc\w*|inaugurat\w*|showcas\w*|roll(?:ed)? out|agree\w*|form(?:ed)?|create\w*|expand\w*) /;
const HELD = / (?:held|hosted|took place|take place|meet|met|convened|happen\w*) /;
// The Demonstration Zone and its parts, in the question's normal form.
const ZONE = / (?:demozone|zone|start up area|startup area|demonstration|park) /;
// A meeting held in no one place ("Held virtually", "By video link").
const NO_CITY = /video|virtual|online/i;

/** A cheap first test on the question as typed: a city after "in" or "at" (most questions have none). */
const MAY = new RegExp(`\\b(?:in|at)\\s+(?:${CITIES.join('|')})\\b`, 'i');
export const mayClaimPlace = (raw: string) => MAY.test(raw);

export interface PlaceClaim {
  /** The question without its place, asked. */
  rest: string;
  /** Its words (normal form). */
  words: string;
  /** The city claimed, in normal form. */
  city: string;
}

/** The place a yes/no puts on what a meeting did, and the question without it; undefined otherwise. */
export function placeClaimed(t: string): PlaceClaim | undefined {
  if (!/ (?:in|at) [a-z]/.test(t) || !YES_NO.test(t)) return undefined;
  const places = [...t.matchAll(PLACE)];
  const place = places.length === 1 ? places[0] : undefined;
  const done = DONE.exec(t);
  // (The place after the verb of what was done: "the 4th JIC in Singapore unveiled …" puts the meeting there — the
  // meeting's own premise.)
  if (!place?.[1] || !done || place.index < done.index || HELD.test(t)) return undefined;
  const words = `${t.slice(0, place.index)}${t.slice(place.index + place[0].length)}`.replace(/\s+/g, ' ').trim();
  return { rest: `${words}?`, words, city: place[1] };
}

/** Each place the sources give for what is asked: the meetings named, the Demonstration Zone where it is asked. */
export function placesOf(words: string, meetings: readonly Meeting[], dataset: Dataset) {
  const zone = dataset.initiative.demonstrationZone;
  return [
    ...meetings.map((m) => ({
      city: NO_CITY.test(m.place.value) ? '' : m.place.value,
      words: `the ${m.name} (${formatDate(m.date.value)}) was held ${NO_CITY.test(m.place.value) ? m.place.value.replace(/^held /i, '').replace(/^By/, 'by') : `in ${m.place.value}`}`,
      sources: m.place.sources,
    })),
    ...(zone?.place && ZONE.test(` ${words} `)
      ? [
          {
            city: zone.place.value,
            words: `the Demonstration Zone is in ${zone.place.value}`,
            sources: zone.place.sources,
          },
        ]
      : []),
  ];
}

const titled = (city: string) => city.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/**
 * The answer without the place, judged by it: a Yes where no place the sources give is that city becomes "No, not in
 * <city>", with where they do put it; a Yes where one is, says it; anything else is the whole question's to answer.
 */
export function placeVerdict(said: Said, claim: PlaceClaim, places: ReturnType<typeof placesOf>): Said | undefined {
  if (!/^Yes\b/.test(said.sentence) || !places.length) return undefined;
  // (Where the sources do put it there, the Yes stands, with where that is.)
  const there = places.find((p) => p.city.toLowerCase().includes(claim.city));
  if (there)
    return {
      ...said,
      sentence: `${said.sentence.replace(/\.?\s*$/, '')}; ${there.words}.`,
      sources: [...new Set([...said.sources, ...there.sources])],
    };
  const without = said.sentence.replace(/^Yes\b[:,]?\s*/, '');
  // (A meeting held by video between the city claimed and another: there, but not there alone — never a flat No.)
  const between = places.some((p) => !p.city && p.words.toLowerCase().includes(claim.city));
  const lead = between ? `Not in ${titled(claim.city)} alone` : `No, not in ${titled(claim.city)}`;
  return {
    ...said,
    sentence: `${lead}: ${joinList(places.map((p) => p.words))}. Without the place, the sources say: ${without}`,
    sources: [...new Set([...places.flatMap((p) => p.sources), ...said.sources])],
  };
}
