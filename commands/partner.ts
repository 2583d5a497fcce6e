import { lookupCommand } from './shared/lookup.js';

/** /partner name: an organisation's card: every MOU it signed, every project it joined. */
export const partner = lookupCommand({
  name: 'partner',
  description: 'Look up a partner: its country, every MOU it signed and every project it joined',
  option: 'name',
  optionDescription: 'A company, university or agency, e.g. pku, capitaland, NTU',
  kinds: ['organisation'],
  noun: "a partner's name or abbreviation",
  example: '/partner name:pku',
  hint: 'everything a partner signed or joined',
});
