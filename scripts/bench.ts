/**
 * `npm run bench`: prints each benchmark section's table. A section is a module in scripts/bench/
 * exporting `name` and `run()`; add new ones to the list below.
 */
import * as search from './bench/search.js';
import * as answer from './bench/answer.js';
import * as replies from './bench/replies.js';
import * as service from './bench/service.js';

interface Section {
  name: string;
  run(): void | Promise<void>;
}

const sections: readonly Section[] = [search, answer, replies, service];

for (const section of sections) {
  console.log(`\n## ${section.name}\n`);
  await section.run();
}
