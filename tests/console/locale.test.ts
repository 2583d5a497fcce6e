import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/console/args.js';
import { answerForCli } from '../../src/console/oneshot.js';
import { createSession } from '../../src/console/session.js';
import { PLAIN } from '../../src/console/style.js';
import { testDeps } from '../helpers.js';

const deps = testDeps();

describe('--locale on the one-shot CLI', () => {
  it('reads zh-CN, zh-TW and en, and any other Discord locale as English', () => {
    const locale = (...argv: string[]) => {
      const r = parseCliArgs(argv);
      return r.ok ? r.value.locale : `error: ${r.error}`;
    };
    expect(locale('/help')).toBe('en');
    expect(locale('--locale', 'zh-CN', '/help')).toBe('zh-CN');
    expect(locale('--locale=zh-tw', '/help')).toBe('zh-TW');
    expect(locale('--locale', 'en-GB', '/help')).toBe('en');
  });

  it('rejects a locale it does not know, saying which ones it knows', () => {
    const r = parseCliArgs(['--locale', 'zh-XX', '/help']);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/Unknown locale "zh-XX": use en, zh-CN or zh-TW/);
  });

  it('autocomplete shows a choice by the name a Chinese client shows', () => {
    const out = answerForCli('/meeting number:', 'autocomplete', deps, PLAIN, false, 'zh-TW');
    expect(JSON.parse(out.stdout ?? '{}').choices).toContainEqual({
      name: '4 · 第四次聯合執委會會議（2023年12月14日）',
      value: 4,
    });
  });

  it('a choice typed by its Chinese name is read as that choice', () => {
    const out = answerForCli(
      '/meeting number:4 · 第四次联合执委会会议（2023年12月14日）',
      'json',
      deps,
      PLAIN,
      false,
      'zh-CN',
    );
    expect(out.code).toBe(0);
  });
});

describe('/locale in the console', () => {
  it('switches the language of the replies, and says so in it', () => {
    const session = createSession(deps);
    expect(session.locale).toBe('en');
    expect(session.handle('/locale zh-TW')).toEqual({ kind: 'card', text: '現在用繁體中文（zh-TW）回答。' });
    expect(session.locale).toBe('zh-TW');
    expect(session.handle('/locale')).toEqual({ kind: 'card', text: '現在用繁體中文（zh-TW）回答。' });
    expect(session.handle('/locale en')).toEqual({ kind: 'card', text: 'Replies are now in English (en).' });
  });

  it('an unknown code is an error and keeps the language', () => {
    const session = createSession(deps, PLAIN, undefined, 'zh-CN');
    expect(session.handle('/locale klingon')).toEqual({
      kind: 'error',
      text: '未知的语言代码“klingon”：请用 en、zh-CN 或 zh-TW。',
    });
    expect(session.locale).toBe('zh-CN');
  });
});
