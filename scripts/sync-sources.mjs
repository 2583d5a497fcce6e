// Refreshes data/sources/, the repository's verbatim copy of the reference source texts
// (../shared/sources/ beside the clone), which the dataset tests check the data against.
// `--check` only reports whether the copy differs, and exits 1 if it does.
// Plain JS so it runs before any build.
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../../shared/sources/', import.meta.url));
const to = fileURLToPath(new URL('../data/sources/', import.meta.url));
const check = process.argv.includes('--check');

if (!existsSync(from)) {
  console.error(`No reference sources at ${from}: put the shared material beside the clone, then run this again.`);
  process.exit(1);
}
const differs = readdirSync(from).filter(
  (f) => !existsSync(to + f) || !readFileSync(from + f).equals(readFileSync(to + f)),
);
const extra = readdirSync(to).filter((f) => !existsSync(from + f));
if (check) {
  for (const f of [...differs, ...extra]) console.log(`differs: ${f}`);
  process.exit(differs.length + extra.length ? 1 : 0);
}
for (const f of differs) copyFileSync(from + f, to + f);
console.log(differs.length ? `Copied ${differs.join(', ')}.` : 'data/sources/ is up to date.');
if (extra.length) console.log(`Not in the reference material (check and remove by hand): ${extra.join(', ')}.`);
