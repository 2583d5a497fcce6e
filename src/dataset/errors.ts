/**
 * Data problems as values, and how a program's start-up reports them. No schema here (zod is in
 * schema.ts/validate.ts): a program starting from the build's snapshot reports an unreadable data
 * folder without loading the validation it does not run.
 */
/** A problem a curator can fix: which file, which record, which field, and what is wrong. */
export interface DataError {
  file: string;
  record?: string;
  field?: string;
  message: string;
}

export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

export function formatDataError(e: DataError): string {
  const where = [`data/${e.file}`, e.record, e.field].filter(Boolean).join(': ');
  return `${where}: ${e.message}`;
}

/** What broken data ends a program's start-up with. */
export function exitWithDataErrors(dir: string, errors: readonly DataError[]): never {
  const shown = errors.slice(0, 20);
  process.stderr.write(`The data in ${dir} is not valid; fix it and start again:\n`);
  for (const e of shown) process.stderr.write(`  ${formatDataError(e)}\n`);
  if (errors.length > shown.length) process.stderr.write(`  …and ${errors.length - shown.length} more\n`);
  process.exit(1);
}
