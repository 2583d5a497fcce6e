// "The release", "the official press release", "the announcement", named by no publisher: the meeting's OWN official
// release — the one its organisers issued (IMDA's for the 1st to 3rd JIC meetings, MCI and IMDA's on PR Newswire for
// the 4th). Read as no publication at all, "did the official press release name the Chinese co-chair of the 4th
// meeting?" was answered from the news reports (a FALSE Yes: the release says "a representative from the Chinese
// government"), and "according to the release vs ITS, …" from ITS alone.
import type { Dataset, Meeting } from '../dataset/index.js';
import { perDataset } from './records.js';

// The words of an official release asked of, with up to three words before its noun ("the 4th JIC press release",
// "the official release", "the government's announcement"). The question in normal form (lower case, spaced).
const RELEASE_WORDS =
  / (?:the|its|their|that|this|an|a) (?:[a-z0-9]+ ){0,3}?(?:press release|media release|news release|release|official announcement|announcement|official statement)s? /;

/** A release as the sources file it: its publisher says so ("IMDA (press release)", "…, Chinese release"). */
const isRelease = (publisher: string) => /\b(?:press )?release\b/i.test(publisher);

/** The official releases on file, worked out once per Dataset. */
const releases = perDataset((dataset: Dataset) =>
  dataset.sources.filter((s) => isRelease(s.publisher)).map((s) => s.id),
);

/**
 * Whether the question asks of a release no publisher names: its words are there, and none of the publications named
 * (`named`, ids) is a release ("the MCI/IMDA release" names its own).
 */
export function releaseAlone(t: string, dataset: Dataset, named: readonly string[]): boolean {
  if (!/ (?:release|announcement|statement)/.test(t) || !RELEASE_WORDS.test(t)) return false;
  const all = releases(dataset);
  return !named.some((id) => all.includes(id));
}

/** The meeting's own official releases: the releases on file among the documents it cites. */
export function releasesOn(meeting: Meeting, dataset: Dataset): string[] {
  const all = releases(dataset);
  return meeting.sources.filter((id) => all.includes(id));
}
