import type { Country, Dataset, Mou, Organisation, Party, Project } from '../dataset/index.js';
import { normalise } from '../search/index.js';
import { partyName } from './format.js';

/** Facts about records that several answers need: who a record's parties are, what it is about. */

export const orgIds = (parties: readonly Party[]) => parties.flatMap((p) => ('org' in p ? [p.org] : []));

/** The other parties of an MOU or project, seen from one organisation (or all of them). */
export function otherParties(dataset: Dataset, parties: readonly Party[], org?: Organisation): string[] {
  const family = org ? new Set([org.id, ...dataset.childrenOf(org.id).map((c) => c.id)]) : new Set<string>();
  return parties.filter((p) => !('org' in p && family.has(p.org))).map((p) => partyName(dataset, p));
}

const topicText = new WeakMap<object, { tags: string; all: string }>();

function textsOf(r: Mou | Project) {
  let t = topicText.get(r);
  if (!t) {
    const tags = ` ${[...r.topics, ...r.keywords].map(normalise).join(' | ')} `;
    t = { tags, all: ` ${normalise(`${r.name} ${r.description.text}`)} ${tags}` };
    topicText.set(r, t);
  }
  return t;
}

/** Records about a topic: tagged with it first; if none is tagged, those whose text names it. */
export function aboutTopic<T extends Mou | Project>(records: readonly T[], topic: string): T[] {
  const tagged = records.filter((r) => textsOf(r).tags.includes(` ${topic} `) || textsOf(r).tags.includes(` ${topic}`));
  if (tagged.length) return tagged;
  return records.filter((r) => textsOf(r).all.includes(` ${topic} `));
}

/** Whether any named party of the record is from this country. */
export function hasPartyFrom(dataset: Dataset, parties: readonly Party[], country: Country): boolean {
  return orgIds(parties).some((id) => dataset.organisation(id)?.country === country);
}

/** Organisations on file that signed an MOU or joined a project. */
export function partnersOnFile(dataset: Dataset): Organisation[] {
  const ids = new Set([...dataset.mous.flatMap((m) => orgIds(m.parties)), ...dataset.projects.flatMap((p) => orgIds(p.partners))]);
  return dataset.organisations.filter((o) => ids.has(o.id));
}

export const jointProjects = (dataset: Dataset) => dataset.projects.filter((p) => p.kind === 'joint-project');
export const demoZoneRecords = (dataset: Dataset) => dataset.projects.filter((p) => p.kind === 'demonstration-zone');
