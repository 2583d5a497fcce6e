// Which place lies within which, as the sources place them (the zone "in Qianhai, Shenzhen"; Shenzhen in Guangdong).
const WITHIN: Readonly<Record<string, string>> = { qianhai: 'shenzhen', shenzhen: 'guangdong' };

/** The place (lower case) is the other or lies within it: qianhai is within shenzhen and guangdong. */
export const within = (place: string, of: string): boolean =>
  place === of || (WITHIN[place] !== undefined && within(WITHIN[place], of));

/** The place and every place the sources put within it, lower case: "shenzhen" → shenzhen, qianhai. */
export const placesWithin = (place: string): string[] => [
  place,
  ...Object.keys(WITHIN)
    .filter((p) => p !== place && within(p, place))
    .sort((a, b) => depth(a) - depth(b)),
];

const depth = (place: string): number => (WITHIN[place] ? 1 + depth(WITHIN[place]) : 0);
