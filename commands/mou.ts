import { lookupCommand } from './shared/lookup.js';

/** /mou query: the best MOU's card, with the close runners-up to pick from. */
export const mou = lookupCommand({
  name: 'mou',
  description: 'Look up an SCI MOU: who signed it, when, its Annex A group and related project',
  option: 'query',
  optionDescription: 'A party or topic, e.g. keppel peking, capitaland',
  kinds: ['mou'],
  noun: "a party's name or a topic",
  example: '/mou query:keppel peking',
  hint: 'an MOU and its parties',
});
