/**
 * The pure pieces of the Discord transport (environment, logs, mentions, options, the deploy
 * diff) and the validators the fake applies to every body: each must catch what it claims to.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { botEnvSchema, deployEnvSchema, parseEnv } from '../../src/discord/env.js';
import { httpEnvSchema } from '../../src/http/env.js';
import { batchedLines, createLogger, type LineSink } from '../../src/discord/log.js';
import { mentionedText } from '../../src/discord/mention.js';
import { flattenOptions } from '../../src/discord/options.js';
import { deployCommands, diffCommands } from '../../src/discord/deploy.js';
import { commandDefinitions } from '../../src/router.js';
import { testDeps } from '../helpers.js';
import { ephemeral, type ReplyData } from '../../src/reply.js';
import { callbackViolations, channelMessageViolations, commandDefinitionViolations } from './validate.js';
import { startFakeDiscord, type FakeDiscord } from './fake-discord.js';
import { FAKE_TOKEN, startHarness } from './helpers.js';
import { commandInteraction } from './payloads.js';

describe('environment', () => {
  const ok = { DISCORD_TOKEN: FAKE_TOKEN };
  const problems = (
    env: Record<string, string>,
    schema: typeof botEnvSchema | typeof deployEnvSchema = botEnvSchema,
  ) => {
    const r = parseEnv(schema, env);
    return r.ok ? [] : r.error;
  };

  it('a token alone is enough to start; defaults for the rest', () => {
    const r = parseEnv(botEnvSchema, ok);
    expect(r.ok && r.value).toMatchObject({ LOG_LEVEL: 'info', LOG_FORMAT: 'pretty', DISCORD_TOKEN: FAKE_TOKEN });
  });

  it('empty values in .env count as unset', () => {
    expect(problems({ ...ok, DISCORD_GUILD_ID: '', LOG_LEVEL: ' ', DISCORD_API_URL: '' })).toEqual([]);
  });

  it.each([
    [{ DISCORD_TOKEN: '' }, /^DISCORD_TOKEN is not set/],
    [{ DISCORD_TOKEN: 'abc.def' }, /^DISCORD_TOKEN is not shaped like a bot token/],
    [{ ...ok, LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of: debug, info, warn, error$/],
    [{ ...ok, LOG_FORMAT: 'xml' }, /^LOG_FORMAT must be one of: pretty, json$/],
    [{ ...ok, DISCORD_CLIENT_ID: 'sci-bot' }, /^DISCORD_CLIENT_ID must be a numeric Discord id/],
    [{ ...ok, DISCORD_GUILD_ID: '12' }, /^DISCORD_GUILD_ID must be a numeric Discord id/],
    [{ ...ok, DISCORD_API_URL: 'not a url' }, /^DISCORD_API_URL must be a URL/],
    [{ ...ok, DISCORD_API_URL: 'http://127.0.0.1:3000/api/v10' }, /^DISCORD_API_URL must not end in a version/],
    [{ ...ok, HEALTH_PORT: 'eighty' }, /^HEALTH_PORT must be a port number \(1–65535\)$/],
    [{ ...ok, HEALTH_PORT: '80.5' }, /^HEALTH_PORT must be a whole number$/],
    [{ ...ok, HEALTH_PORT: '-1' }, /^HEALTH_PORT must be a port number \(1–65535, or 0 for any free port\)$/],
    [{ ...ok, HEALTH_PORT: '70000' }, /^HEALTH_PORT must be a port number \(1–65535\)$/],
  ])('%o → one line naming the variable', (env, expected) => {
    const lines = problems(env as Record<string, string>);
    expect(lines).toEqual([expect.stringMatching(expected)]);
  });

  it('never repeats a value: it may be a secret', () => {
    const secretish = 'NOT_A_TOKEN_BUT_SECRET_LOOKING_VALUE';
    expect(problems({ DISCORD_TOKEN: secretish }).join('\n')).not.toContain(secretish);
  });

  it('deploy-commands also needs the application id', () => {
    expect(problems(ok, deployEnvSchema)).toEqual([expect.stringMatching(/^DISCORD_CLIENT_ID is not set/)]);
  });

  it('the values come out typed, with their defaults, for both modes', () => {
    const bot = parseEnv(botEnvSchema, { ...ok, HEALTH_PORT: ' 8081 ', DISCORD_API_URL: 'http://127.0.0.1:3000/api/' });
    expect(bot.ok && bot.value).toMatchObject({ HEALTH_PORT: 8081, HEALTH_HOST: '127.0.0.1' });
    expect(bot.ok && bot.value.DISCORD_API_URL).toBe('http://127.0.0.1:3000/api');
    const key = 'ab'.repeat(32);
    const http = parseEnv(httpEnvSchema, { DISCORD_PUBLIC_KEY: key });
    expect(http.ok && http.value).toEqual({
      DISCORD_PUBLIC_KEY: key,
      PORT: 8080,
      HOST: '0.0.0.0',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'pretty',
      HEALTH_HOST: '127.0.0.1',
    });
    const bad = parseEnv(httpEnvSchema, { DISCORD_PUBLIC_KEY: key, PORT: '65536', DISCORD_API_URL: 'x/v10' });
    expect(bad.ok ? [] : bad.error).toEqual([
      'PORT must be a port number (0–65535)',
      expect.stringMatching(/^DISCORD_API_URL must be a URL/),
    ]);
    const missing = parseEnv(httpEnvSchema, {});
    expect(missing.ok ? [] : missing.error).toEqual([expect.stringMatching(/^DISCORD_PUBLIC_KEY is not set/)]);
  });
});

describe('logs', () => {
  const capture = (options: Parameters<typeof createLogger>[0] = {}) => {
    const lines: string[] = [];
    const log = createLogger({
      ...options,
      write: (l) => lines.push(l),
      now: () => new Date('2024-05-06T07:08:09.010Z'),
    });
    return { log, lines };
  };

  it('JSON: one object per line with level, message and fields', () => {
    const { log, lines } = capture({ format: 'json' });
    log.info('interaction', { id: '1', command: 'about', latency_ms: 0.4, outcome: 'ok' });
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      {
        time: '2024-05-06T07:08:09.010Z',
        level: 'info',
        msg: 'interaction',
        id: '1',
        command: 'about',
        latency_ms: 0.4,
        outcome: 'ok',
      },
    ]);
  });

  it('pretty: one readable line', () => {
    const { log, lines } = capture({ format: 'pretty' });
    log.warn('interaction', { command: 'project', outcome: 'expired', text: 'two words' });
    expect(lines).toEqual(['07:08:09.010 WARN  interaction  command=project outcome=expired text="two words"']);
  });

  it('LOG_LEVEL filters out the lower levels', () => {
    const { log, lines } = capture({ level: 'warn', format: 'json' });
    log.debug('a');
    log.info('b');
    log.warn('c');
    log.error('d');
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['c', 'd']);
  });

  it('the token never reaches a log line, whatever carries it', () => {
    const { log, lines } = capture({ format: 'json', secrets: [FAKE_TOKEN] });
    log.error('failed', { error: new Error(`bad header Bot ${FAKE_TOKEN}`), options: { q: FAKE_TOKEN } });
    expect(lines.join('\n')).not.toContain(FAKE_TOKEN);
    expect(lines.join('\n')).toContain('[redacted]');
  });
});

describe('log lines on standard output: one write per turn of the event loop, none lost at exit', () => {
  afterEach(() => void vi.useRealTimers());
  const sink = () => {
    const writes: string[] = [];
    const atExit: string[] = [];
    let exit = () => {};
    const s: LineSink = {
      write: (t) => void writes.push(t),
      writeNow: (t) => void atExit.push(t),
      onExit: (flush) => void (exit = flush),
    };
    return { s, writes, atExit, exit: () => exit() };
  };

  it('the lines of one turn go out together, in order, on the next turn; later lines in a later write', async () => {
    vi.useFakeTimers({ toFake: ['setImmediate'] });
    const { s, writes } = sink();
    const log = createLogger({ format: 'json', write: batchedLines(s), secrets: [FAKE_TOKEN] });
    for (let i = 0; i < 500; i++) log.info('interaction', { id: String(i), outcome: 'ok' });
    log.error('failed', { options: { q: FAKE_TOKEN } });
    expect(writes, 'nothing written during the turn').toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toHaveLength(1);
    const lines = writes[0]!.split('\n');
    expect(lines.pop(), 'whole lines, each ending in a newline').toBe('');
    expect(lines.slice(0, 500).map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(
      Array.from({ length: 500 }, (_, i) => String(i)),
    );
    expect(lines[500]).toContain('[redacted]');
    expect(writes.join('')).not.toContain(FAKE_TOKEN);
    log.info('next turn');
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toHaveLength(2);
    expect(writes[1]).toMatch(/"msg":"next turn"[^\n]*\n$/);
  });

  it('lines still gathered when the process exits are written at exit, before it goes', () => {
    vi.useFakeTimers({ toFake: ['setImmediate'] });
    const { s, writes, atExit, exit } = sink();
    const write = batchedLines(s);
    write('{"msg":"interaction"}');
    write('{"level":"error","msg":"Discord closed the gateway session with 4004"}');
    exit(); // process.exit(1) in the same turn: no later turn will come
    expect(writes).toEqual([]);
    expect(atExit).toEqual([
      '{"msg":"interaction"}\n{"level":"error","msg":"Discord closed the gateway session with 4004"}\n',
    ]);
    exit();
    expect(atExit, 'nothing written twice').toHaveLength(1);
  });
});

describe('mentions and options', () => {
  const bot = '111111111111111111';
  it.each([
    [`<@${bot}> how many MOUs?`, 'how many MOUs?'],
    [`<@!${bot}>   who signed with   Keppel?`, 'who signed with Keppel?'],
    [`tell me, <@${bot}>, when was the 3rd JIC`, 'tell me, , when was the 3rd JIC'],
    [`<@${bot}>`, ''],
  ])('%j → the question %j', (content, question) => {
    expect(mentionedText(content, bot)).toBe(question);
  });

  it.each(['how many MOUs?', '@everyone how many?', '<@222222222222222222> hi', `<@&${bot}> a role with the same id`])(
    '%j is not addressed to the bot',
    (content) => {
      expect(mentionedText(content, bot)).toBeNull();
    },
  );

  it('flattens options, subcommands included', () => {
    expect(
      flattenOptions([
        { name: 'query', value: 'quikbot' },
        { name: 'number', value: 3 },
      ]),
    ).toEqual({ query: 'quikbot', number: 3 });
    expect(
      flattenOptions([
        {
          name: 'list',
          options: [
            { name: 'country', value: 'SG' },
            { name: 'all', value: false },
          ],
        },
      ]),
    ).toEqual({ country: 'SG', all: false });
  });
});

describe('deploy-commands', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake.close();
  });
  const definitions = commandDefinitions(testDeps());
  const deploy = (defs = definitions, guildId?: string) =>
    deployCommands({
      definitions: defs,
      token: FAKE_TOKEN,
      clientId: fake.appId,
      api: fake.restApi,
      ...(guildId ? { guildId } : {}),
    });

  it('registers globally without a guild id; a second run changes nothing', async () => {
    const first = await deploy();
    expect(first).toMatchObject({
      target: 'all servers (global)',
      added: definitions.map((d) => d.name),
      updated: [],
      removed: [],
      unchanged: [],
    });
    expect(fake.requests.at(-1)).toMatchObject({
      method: 'PUT',
      path: `/api/v10/applications/${fake.appId}/commands`,
      auth: `Bot ${FAKE_TOKEN}`,
    });
    const second = await deploy();
    expect(second).toMatchObject({ added: [], updated: [], removed: [], unchanged: definitions.map((d) => d.name) });
    expect(fake.violations).toEqual([]);
  });

  it('reports an updated description and a command that is gone', async () => {
    const [first, ...rest] = definitions;
    expect(first).toBeDefined();
    await deploy([...definitions, { name: 'old-command', description: 'retired' }], fake.guildId);
    const report = await deploy(
      [{ ...first!, description: `${first!.description.slice(0, 90)} (new)` }, ...rest],
      fake.guildId,
    );
    expect(report).toMatchObject({
      target: `guild ${fake.guildId}`,
      added: [],
      updated: [first!.name],
      removed: ['old-command'],
    });
  });

  it('diffs against what Discord returns, whose defaults it omits', () => {
    const returned = [
      {
        id: '1',
        application_id: '2',
        version: '3',
        type: 1,
        name: 'about',
        description: 'd',
        default_member_permissions: null,
        nsfw: false,
        options: [],
      },
    ];
    expect(diffCommands(returned, [{ name: 'about', description: 'd' }])).toMatchObject({ unchanged: ['about'] });
  });
});

describe('the validators applied to every body', () => {
  const reply = (data: Partial<ReplyData>) => ({ type: 4, data: { ...ephemeral('hi'), ...data } });

  it('accept a valid reply and a valid definition set', () => {
    expect(callbackViolations(reply({}))).toEqual([]);
    expect(commandDefinitions(testDeps()).flatMap((d, i) => commandDefinitionViolations(d, `[${i}]`))).toEqual([]);
  });

  it.each([
    [
      'a 257-character title',
      reply({ embeds: [{ title: 'x'.repeat(257) }] }),
      /data\.embeds\.0\.title|data\.embeds\[0\]\.title/,
    ],
    [
      '26 autocomplete choices',
      { type: 8, data: { choices: Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `v${i}` })) } },
      /data\.choices/,
    ],
    [
      'a 101-character choice name',
      { type: 8, data: { choices: [{ name: 'n'.repeat(101), value: 'v' }] } },
      /data\.choices/,
    ],
    [
      '6001 characters across embeds',
      reply({ embeds: [{ description: 'a'.repeat(4096) }, { description: 'b'.repeat(1905) }] }),
      /data\.embeds: 6001 characters in all/,
    ],
    [
      '6 action rows',
      reply({
        components: Array.from({ length: 6 }, (_, i) => ({
          type: 1,
          components: [{ type: 2, style: 1, label: 'b', custom_id: `b${i}` }],
        })),
      }),
      /data\.components: 6 action rows/,
    ],
    ['mentions allowed', reply({ allowed_mentions: { parse: ['everyone'] as never[] } }), /allowed_mentions/],
  ])('reject %s, naming the field', (_what, body, path) => {
    expect(callbackViolations(body).join('\n')).toMatch(path);
  });

  it.each([
    [{ name: 'Search', description: 'd' }, /\[0\]\.name: "Search"/],
    [{ name: 'two words', description: 'd' }, /\[0\]\.name/],
    [
      { name: 'ok', description: 'd', options: [{ type: 3, name: 'Bad Option', description: 'd' }] },
      /\[0\]\.options\[0\]\.name/,
    ],
    [{ name: 'ok', description: 'd'.repeat(101) }, /description/],
  ])('reject the command definition %j', (def, path) => {
    expect(commandDefinitionViolations(def, '[0]').join('\n')).toMatch(path);
  });

  it('reject a mention reply that is not a reply or that pings its author', () => {
    expect(channelMessageViolations({ content: 'hi', allowed_mentions: { parse: [] } }).join('\n')).toMatch(
      /message_reference.*\n.*replied_user/,
    );
  });

  it('the fake records a violating reply sent by the real bot, with the field path', async () => {
    const h = await startHarness({
      handlers: { command: () => ({ ...ephemeral('x'), embeds: [{ title: 't'.repeat(300) }] }) },
    });
    try {
      const id = h.fake.dispatchInteraction(commandInteraction(h.fake, 'about', []));
      await h.fake.waitForCallback(id);
      expect(h.fake.violations.join('\n')).toMatch(new RegExp(`callback ${id}: data\\.embeds.*title`));
    } finally {
      await h.stop();
    }
  });
});
