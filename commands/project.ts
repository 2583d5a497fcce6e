import { lookupCommand } from './shared/lookup.js';

/** /project query: the best project's card, with the close runners-up to pick from. */
export const project = lookupCommand({
  name: 'project',
  description: 'Look up an SCI joint project: partners, meeting, what it does, related MOU',
  option: 'query',
  optionDescription: 'A project, partner or topic, e.g. quikbot, energy storage',
  kinds: ['project'],
  noun: "part of a project's name, a partner or a topic",
  example: '/project query:quikbot',
  hint: 'a joint project',
});
