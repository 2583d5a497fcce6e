/**
 * `npm run bench`: prints each benchmark section's table. A section is a module in scripts/bench/
 * exporting `name` and `run()`; add new ones to the list below. `BENCH_ONLY=answer` (or a comma list) runs only those.
 */
import * as search from './bench/search.js';
import * as answer from './bench/answer.js';
import * as replies from './bench/replies.js';
import * as service from './bench/service.js';

interface Section {
  name: string;
  run(): void | Promise<void>;
}

// Each section by the name BENCH_ONLY picks it by ("BENCH_ONLY=answer npm run bench": that section alone; a comma list
// for several), so a change's cost can be measured without the whole 7-minute run.
const sections: ReadonlyArray<readonly [string, Section]> = [
  ['search', search],
  ['answer', answer],
  ['replies', replies],
  ['service', service],
];
const only = process.env.BENCH_ONLY?.split(',').map((x) => x.trim());
const unknown = only?.filter((x) => !sections.some(([key]) => key === x)) ?? [];
if (unknown.length)
  throw new Error(`BENCH_ONLY: no section ${unknown.join(', ')} (${sections.map(([key]) => key).join(', ')})`);

for (const [key, section] of sections) {
  if (only && !only.includes(key)) continue;
  console.log(`\n## ${section.name}\n`);
  await section.run();
}
