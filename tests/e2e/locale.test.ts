/**
 * The interaction's `locale` reaches the handlers through the real discord.js client: each handler is
 * called with the language to answer in, and the router's own notes come back in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ComponentType } from 'discord-api-types/v10';
import { handleAutocomplete, handleCommand, handleComponent, handleMention } from '../../src/router.js';
import type { Handlers } from '../../src/discord/respond.js';
import type { Locale } from '../../src/i18n/index.js';
import { startHarness, type Harness } from './helpers.js';
import { autocompleteInteraction, commandInteraction, componentInteraction, mentionMessage } from './payloads.js';

const seen: Array<{ kind: string; locale: Locale | undefined }> = [];
const handlers: Handlers = {
  command: (name, options, deps, locale) => (
    seen.push({ kind: 'command', locale }),
    handleCommand(name, options, deps, locale)
  ),
  autocomplete: (name, focused, options, deps, locale) => (
    seen.push({ kind: 'autocomplete', locale }),
    handleAutocomplete(name, focused, options, deps, locale)
  ),
  component: (customId, values, deps, locale) => (
    seen.push({ kind: 'component', locale }),
    handleComponent(customId, values, deps, locale)
  ),
  mention: (text, deps, locale) => (seen.push({ kind: 'mention', locale }), handleMention(text, deps, locale)),
};

describe('the interaction locale reaches the handlers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ handlers });
  });
  afterAll(async () => {
    await h?.stop();
  });

  const withLocale = <T extends { locale: string }>(payload: T, locale: string): T => ({ ...payload, locale });

  it('zh-CN on a command: the handler answers in simplified Chinese', async () => {
    const id = h.fake.dispatchInteraction(withLocale(commandInteraction(h.fake, 'no-such-command', []), 'zh-CN'));
    const callback = await h.fake.waitForCallback(id);
    expect(seen.at(-1)).toEqual({ kind: 'command', locale: 'zh-CN' });
    expect(callback.body.data?.content).toBe('我不认识命令 `/no-such-command`。试试 `/help`，看看我能做什么。');
  });

  it('zh-TW on a click: traditional Chinese', async () => {
    const id = h.fake.dispatchInteraction(
      withLocale(
        componentInteraction(
          h.fake,
          { content: 'x' },
          { custom_id: 'zz:nonsense', component_type: ComponentType.Button },
        ),
        'zh-TW',
      ),
    );
    const callback = await h.fake.waitForCallback(id);
    expect(seen.at(-1)).toEqual({ kind: 'component', locale: 'zh-TW' });
    expect(callback.body.data?.content).toMatch(/^我不認識這個按鈕或選單/);
  });

  it('any other locale (fr, en-GB) is English', async () => {
    for (const locale of ['fr', 'en-GB']) {
      const id = h.fake.dispatchInteraction(withLocale(commandInteraction(h.fake, 'no-such-command', []), locale));
      const callback = await h.fake.waitForCallback(id);
      expect(seen.at(-1)).toEqual({ kind: 'command', locale: 'en' });
      expect(callback.body.data?.content).toMatch(/^I don't know the command/);
    }
  });

  it('autocomplete carries the locale too', async () => {
    const id = h.fake.dispatchInteraction(
      withLocale(
        autocompleteInteraction(h.fake, 'project', [{ name: 'query', type: 3, value: '北京', focused: true }]),
        'zh-TW',
      ),
    );
    await h.fake.waitForCallback(id);
    expect(seen.at(-1)).toEqual({ kind: 'autocomplete', locale: 'zh-TW' });
  });

  it('a mention has no locale: a question written in traditional Chinese is answered in zh-TW, English in the server language', async () => {
    h.fake.dispatch('MESSAGE_CREATE', mentionMessage(h.fake, `<@${h.fake.appId}> 第四次會議是什麼時候舉行的？`));
    await expect.poll(() => seen.filter((s) => s.kind === 'mention').length).toBe(1);
    expect(seen.at(-1)).toEqual({ kind: 'mention', locale: 'zh-TW' });
    h.fake.dispatch('MESSAGE_CREATE', mentionMessage(h.fake, `<@${h.fake.appId}> how many MOUs?`));
    await expect.poll(() => seen.filter((s) => s.kind === 'mention').length).toBe(2);
    expect(seen.at(-1)?.locale).toBe('en');
  });
});
