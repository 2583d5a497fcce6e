// The source documents the data is checked against, read from the copy kept in the repository
// (data/sources/, a verbatim copy of the reference material's sources/ made by `npm run sync-sources`),
// so these checks run wherever the repository is cloned.
import { readFileSync } from 'node:fs';

const dir = new URL('../../data/sources/', import.meta.url);

/** One source document's text, as published (e.g. `001_2cabd6fe47e053fe.txt`, `more-facts.md`). */
export const sourceText = (file: string): string => readFileSync(new URL(file, dir), 'utf8');
