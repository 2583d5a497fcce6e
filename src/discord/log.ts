import { writeSync } from 'node:fs';
import type { LogFormat, LogLevel } from './env.js';

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  format?: LogFormat;
  /** Where lines go; one call per line. Default: standard output, batched (`batchedLines`). */
  write?: (line: string) => void;
  /** Strings that must never appear in a log line (the token); replaced before writing. */
  secrets?: readonly string[];
  now?: () => Date;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const LABEL: Record<LogLevel, string> = { debug: 'DEBUG', info: 'INFO ', warn: 'WARN ', error: 'ERROR' };
const REDACTED = '[redacted]';

/** An Error becomes plain fields (a thrown Error's own properties do not survive JSON.stringify). */
export function errorFields(err: unknown): LogFields {
  if (!(err instanceof Error)) return { message: String(err) };
  const e = err as Error & { code?: unknown; status?: unknown; method?: unknown };
  const fields: LogFields = { name: e.name, message: e.message };
  if (e.code !== undefined) fields.code = e.code;
  if (e.status !== undefined) fields.status = e.status;
  if (e.method !== undefined) fields.method = e.method;
  // The first frames say where; the rest is node internals.
  if (e.stack)
    fields.stack = e.stack
      .split('\n')
      .slice(1, 4)
      .map((l) => l.trim())
      .join(' | ');
  return fields;
}

/** Standard output's batch, shared by every logger of the process (one exit hook; lines keep their order). */
let stdoutLines: ((line: string) => void) | undefined;

/** One line per event: human-readable in a terminal, JSON for log collectors. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const min = RANK[options.level ?? 'info'];
  const format = options.format ?? 'pretty';
  const write = options.write ?? (stdoutLines ??= batchedLines());
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 8);
  const now = options.now ?? (() => new Date());

  const redact = (line: string) => secrets.reduce((acc, s) => acc.split(s).join(REDACTED), line);
  const emit = (level: LogLevel, msg: string, fields: LogFields = {}) => {
    if (RANK[level] < min) return;
    const time = now();
    const line =
      format === 'json'
        ? JSON.stringify({ time: time.toISOString(), level, msg, ...fields }, jsonReplacer)
        : `${time.toISOString().slice(11, 23)} ${LABEL[level]} ${msg}${prettyFields(fields)}`;
    write(redact(line));
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

/** Where batched lines go: `text` is one or more whole lines, each ending in a newline. */
export interface LineSink {
  /** During the run. */
  write(text: string): void;
  /** At exit, when nothing asynchronous can run any more. */
  writeNow(text: string): void;
  /** Calls `flush` as the process exits, whatever ends it (process.exit, the loop running dry, an uncaught error). */
  onExit(flush: () => void): void;
}

const stdoutSink: LineSink = {
  write: (text) => void process.stdout.write(text),
  writeNow: (text) => {
    try {
      writeSync(process.stdout.fd, text);
    } catch {
      // stdout closed (the reader went away): nothing left to tell
    }
  },
  onExit: (flush) => void process.on('exit', flush),
};

/**
 * Lines to standard output, gathered and written once per turn of the event loop instead of one
 * write each (a pipe or file write is a synchronous system call on Linux: in a burst of thousands
 * that was a write per interaction on the thread that reads the gateway). What is still gathered
 * when the process exits, for any reason, is written before it goes, so the last lines (a fatal
 * error, "stopped") are never lost. Order is kept.
 */
export function batchedLines(sink: LineSink = stdoutSink): (line: string) => void {
  let pending: string[] = [];
  let scheduled = false;
  const take = () => {
    const text = pending.length > 0 ? `${pending.join('\n')}\n` : '';
    pending = [];
    return text;
  };
  const flush = () => {
    scheduled = false;
    const text = take();
    if (text) sink.write(text);
  };
  sink.onExit(() => {
    const text = take();
    if (text) sink.writeNow(text);
  });
  return (line) => {
    pending.push(line);
    if (!scheduled) {
      scheduled = true;
      // unref: a line waiting to be written never keeps the process alive (the exit hook writes it).
      setImmediate(flush).unref();
    }
  };
}

function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) return errorFields(value);
  return value;
}

function prettyFields(fields: LogFields): string {
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${prettyValue(v)}`);
  return parts.length > 0 ? `  ${parts.join(' ')}` : '';
}

function prettyValue(v: unknown): string {
  if (typeof v === 'string') return /^[^\s"=]+$/.test(v) ? v : JSON.stringify(v);
  return JSON.stringify(v, jsonReplacer) ?? String(v);
}
