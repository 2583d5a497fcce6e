import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { markdownToTerminal } from '../../src/console/markdown.js';
import { renderReply } from '../../src/console/render.js';
import { COLOR, PLAIN, styleFor } from '../../src/console/style.js';
import { EPHEMERAL, NO_MENTIONS, type ReplyData } from '../../src/reply.js';

/** A reply shaped like the bot's cards: an embed with fields, a button row and a select. */
const sample: ReplyData = {
  content: 'Found **QuikBot** for “quik”.',
  embeds: [
    {
      title: 'QuikBot \\- autonomous delivery',
      description:
        'A joint project of **NUS** and [Shenzhen Univ](https://example.org/szu).\n> announced at the 4th JIC',
      color: 0x2e86de,
      fields: [
        {
          name: 'Partners',
          value: '• National University of Singapore (Singapore)\n• Shenzhen University (China)',
          inline: false,
        },
        { name: 'Meeting', value: '4th JIC, <t:1700000000:D>', inline: true },
        { name: 'Pillar', value: 'smart\\_mobility', inline: true },
      ],
      footer: { text: 'Source: MTI press release · data as of the 4th JIC' },
    },
  ],
  components: [
    {
      type: ComponentType.ActionRow,
      components: [
        { type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: 'v1:open:mou:m1', label: 'Open the MOU' },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          custom_id: 'v1:page:2',
          label: 'Next',
          disabled: true,
        },
        { type: ComponentType.Button, style: ButtonStyle.Link, url: 'https://example.org/doc', label: 'Source' },
      ],
    },
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: 'v1:pick',
          placeholder: 'Other matches',
          options: [
            { label: 'QuikBot MOU', value: 'mou:m1', description: 'MOU' },
            { label: 'Quick charging', value: 'project:p9', description: 'Project' },
          ],
        },
      ],
    },
  ],
  allowed_mentions: NO_MENTIONS,
};

describe('renderReply', () => {
  const { text, actions } = renderReply(sample);
  const lines = text.split('\n');

  it('shows content, title, description, each field as "name: value", and the footer', () => {
    expect(lines[0]).toBe('Found QuikBot for “quik”.');
    expect(text).toContain('│ QuikBot - autonomous delivery');
    expect(text).toContain('A joint project of NUS and Shenzhen Univ (https://example.org/szu).');
    expect(text).toContain('│ Meeting: 4th JIC, 2023-11-14');
    expect(text).toContain('│ Pillar: smart_mobility');
    expect(text).toContain('│ Source: MTI press release · data as of the 4th JIC');
  });

  it('puts a multi-line field value under its name, indented', () => {
    const at = lines.indexOf('│ Partners:');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('│   • National University of Singapore (Singapore)');
    expect(lines[at + 2]).toBe('│   • Shenzhen University (China)');
  });

  it('leaves no Discord markdown markers behind', () => {
    expect(text).not.toMatch(/\*\*|\\[-_*]|<t:|\]\(/);
  });

  it('numbers the enabled buttons and every select option, in reading order', () => {
    expect(text).toContain('[1] Open the MOU');
    expect(text).toContain('[2] QuikBot MOU — MOU');
    expect(text).toContain('[3] Quick charging — Project');
    expect(actions).toEqual([
      { customId: 'v1:open:mou:m1', values: [], label: 'Open the MOU' },
      { customId: 'v1:pick', values: ['mou:m1'], label: 'QuikBot MOU' },
      { customId: 'v1:pick', values: ['project:p9'], label: 'Quick charging' },
    ]);
  });

  it('shows a disabled button and a link button without a number', () => {
    expect(text).toContain('[–] Next');
    expect(text).toContain('Source → https://example.org/doc');
    expect(text).toContain('Other matches:');
  });

  it('marks an ephemeral reply as seen only by the user', () => {
    const r = renderReply({ content: 'No match for “zzz”.', flags: EPHEMERAL, allowed_mentions: NO_MENTIONS });
    expect(r.text).toBe('(only you can see this)\n\nNo match for “zzz”.');
    expect(r.actions).toEqual([]);
    expect(renderReply(sample).text).not.toContain('only you can see this');
  });

  it('uses ANSI styles only with the colour style', () => {
    expect(text).not.toContain('\x1b[');
    const coloured = renderReply(sample, COLOR).text;
    expect(coloured).toContain('\x1b[1mQuikBot\x1b[22m');
    expect(coloured).toContain('\x1b[38;2;46;134;222m▌'); // the embed's colour as its bar
  });
});

describe('styleFor', () => {
  it('colours a TTY unless NO_COLOR is set, and never a pipe', () => {
    expect(styleFor({ isTTY: true }, {})).toBe(COLOR);
    expect(styleFor({ isTTY: true }, { NO_COLOR: '1' })).toBe(PLAIN);
    expect(styleFor({ isTTY: false }, {})).toBe(PLAIN);
  });
});

describe('markdownToTerminal', () => {
  it.each([
    ['**bold** and *italic* and __under__', 'bold and italic and under'],
    ['~~old~~ ||secret||', 'old secret'],
    ['[docs](<https://x.org/a>) and <https://y.org>', 'docs (https://x.org/a) and https://y.org'],
    ['run </project:123> as <@42> in <#7>', 'run /project as @user in #channel'],
    ['keep snake_case_names and 2*3*4', 'keep snake_case_names and 2*3*4'],
    ['escaped \\*stars\\* and \\_under\\_', 'escaped *stars* and _under_'],
    ['`**not bold**` in code', '**not bold** in code'],
    ['## Heading\n-# small print\n- item', 'Heading\nsmall print\n• item'],
    ['```\nline one\nline two\n```', '  line one\n  line two'],
  ])('%j → %j', (input, output) => {
    expect(markdownToTerminal(input)).toBe(output);
  });
});
