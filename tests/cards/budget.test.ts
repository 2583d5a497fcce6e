import { describe, expect, it } from 'vitest';
import { READER_BUDGET, replyLimitViolations, shownLength } from '../../src/cards/index.js';
import type { ReplyData } from '../../src/reply.js';
import { messages, type Locale } from '../../src/i18n/index.js';
import { testDeps } from '../helpers.js';
import { everyReply, REPLY_KINDS } from './catalogue.js';

const deps = testDeps();
const samples = everyReply(deps);
/** The same replies for Chinese readers: the source line and the curators' notes are checked in every language. */
const zhSamples = (['zh-CN', 'zh-TW'] as const).flatMap((locale) =>
  everyReply(testDeps(locale)).map((s) => ({ ...s, locale, name: `${s.name} (${locale})` })),
);

/** Everything a user reads: content, titles, descriptions, field names and values, footers, labels. */
function readable(reply: ReplyData): string {
  const parts: string[] = [reply.content ?? ''];
  for (const e of reply.embeds ?? [])
    parts.push(
      e.title ?? '',
      e.description ?? '',
      e.footer?.text ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    );
  for (const row of reply.components ?? [])
    if ('components' in row)
      for (const c of row.components as {
        label?: string;
        placeholder?: string;
        options?: { label: string; description?: string }[];
      }[])
        parts.push(
          c.label ?? '',
          c.placeholder ?? '',
          ...(c.options ?? []).flatMap((o) => [o.label, o.description ?? '']),
        );
  return parts.join('\n');
}

/** Words of notes written for curators, about the capture or the dataset: never for a reader. */
const CURATOR =
  /\bcaptured (annex|text|title|page|copy)|\b(in|from|of) the capture\b|page captured|curator|heading not in|publisher not named|not named in the capture|\bthe annex breaks off\b|timeline-facts|more-facts|\.txt\b/i;

/** The source line: the last "Sources" field and any invisible-named continuation. */
function sourceParts(reply: ReplyData, locale: Locale = 'en'): string[] {
  const label = messages(locale).cards.sources;
  const fields = reply.embeds?.flatMap((e) => e.fields ?? []) ?? [];
  const i = fields.findIndex((f) => f.name === label);
  // An /ask answer has no embed: its one source line is the content's last line.
  const inContent = new RegExp(`^-# ${messages(locale).answer.sources}: (.+)$`, 'm').exec(reply.content ?? '');
  if (i < 0) return inContent?.[1] ? inContent[1].split(' · ') : [];
  const line = [fields[i], ...fields.slice(i + 1).filter((f) => f.name === '\u200b')]
    .map((f) => f?.value ?? '')
    .join(' · ');
  return line.split(' · ');
}

const unlinkable = new Set(deps.dataset.sources.filter((s) => !s.url).map((s) => s.id));

describe.each([
  ['en', samples],
  ['zh-CN', zhSamples.filter((s) => s.locale === 'zh-CN')],
  ['zh-TW', zhSamples.filter((s) => s.locale === 'zh-TW')],
] as const)('every reply a reader of %s can get', (_locale, inLocale) => {
  it('covers every kind of reply', () => {
    const kinds = new Set(inLocale.map((s) => s.kind));
    for (const k of REPLY_KINDS) expect(kinds).toContain(k);
  });

  it.each(inLocale.map((s) => [s.kind, s.name, s] as const))(
    '%s %s: within Discord’s limits and its reading budget',
    (_k, _n, s) => {
      expect(replyLimitViolations(s.reply)).toEqual([]);
      expect(shownLength(s.reply)).toBeLessThanOrEqual(READER_BUDGET[s.budget]);
    },
  );
});

describe('every reply a user can get', () => {
  it.each(samples.map((s) => [s.kind, s.name, s] as const))(
    '%s %s: no curator note reaches the reader',
    (_k, _n, s) => {
      expect(readable(s.reply)).not.toMatch(CURATOR);
    },
  );

  it.each(samples.map((s) => [s.kind, s.name, s] as const))(
    '%s %s: one source line, every source a link',
    (_k, _n, s) => {
      const text = readable(s.reply);
      expect(text.match(/\bSources\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
      for (const part of sourceParts(s.reply)) {
        const linked = /^\[[^\]]+\]\(https?:\/\/\S+\)$/.test(part);
        // The one kind allowed unlinked: a source the data says has no stable address, saying so.
        const saysWhy = /\((no stable web address|no web address on file)\)$/.test(part);
        expect(linked || saysWhy, part).toBe(true);
        if (saysWhy) expect(unlinkable.size).toBeGreaterThan(0);
      }
    },
  );

  it('record cards cite their sources; list pages and totals too', () => {
    for (const s of samples.filter((x) => /card|partners page|^totals$/.test(x.kind)))
      expect(sourceParts(s.reply).length, `${s.kind} ${s.name}`).toBeGreaterThan(0);
  });
});

describe('every reply a Chinese reader can get', () => {
  it.each(zhSamples.map((s) => [s.kind, s.name, s] as const))(
    '%s %s: no curator note; one source line, every source a link',
    (_k, _n, s) => {
      expect(readable(s.reply)).not.toMatch(CURATOR);
      const label = messages(s.locale).cards.sources;
      // "来源" is also a word of sentences ("来源未载明"): count the source line's field and content line.
      const fields = (s.reply.embeds ?? []).flatMap((e) => e.fields ?? []).filter((f) => f.name === label);
      const lines = (s.reply.content ?? '').split('\n').filter((l) => l.startsWith(`-# ${label}`));
      expect(fields.length + lines.length).toBeLessThanOrEqual(1);
      for (const part of sourceParts(s.reply, s.locale)) {
        const linked = /^\[[^\]]+\]\(https?:\/\/\S+\)$/.test(part);
        const saysWhy = part.endsWith(`(${messages(s.locale).cards.noUrl})`);
        expect(linked || saysWhy, part).toBe(true);
      }
    },
  );

  it('record cards cite their sources; list pages and totals too', () => {
    for (const s of zhSamples.filter((x) => /card|partners page|^totals$/.test(x.kind)))
      expect(sourceParts(s.reply, s.locale).length, `${s.kind} ${s.name}`).toBeGreaterThan(0);
  });
});
