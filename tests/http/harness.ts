/**
 * The HTTP endpoint from src/http, in this process on 127.0.0.1, configured with a key made in the
 * test, sending its deferred answers to the fake Discord (tests/e2e/fake-discord.ts), which
 * validates every webhook body against Discord's schemas on arrival.
 */
import { createLogger } from '../../src/discord/log.js';
import type { Handlers } from '../../src/discord/respond.js';
import { createHttpServer, type HttpServer } from '../../src/http/server.js';
import { publicKeyFromHex } from '../../src/http/verify.js';
import { startFakeDiscord, type FakeDiscord } from '../e2e/fake-discord.js';
import type { LogLine } from '../e2e/helpers.js';
import { testDeps } from '../helpers.js';
import { makeKeys, postSigned, type Posted, type TestKeys } from './signing.js';

export interface Endpoint {
  keys: TestKeys;
  fake: FakeDiscord;
  endpoint: HttpServer;
  /** http://127.0.0.1:PORT (no path). */
  base: string;
  /** …/interactions */
  url: string;
  logs: LogLine[];
  /** Signs and posts an interaction; the response and how long it took (ms). */
  send(interaction: unknown): Promise<Posted & { ms: number }>;
  stop(): Promise<void>;
}

export async function startEndpoint(
  options: { handlers?: Partial<Handlers>; deferAfterMs?: number; keys?: TestKeys; fake?: FakeDiscord } = {},
): Promise<Endpoint> {
  const keys = options.keys ?? makeKeys();
  const fake = options.fake ?? (await startFakeDiscord());
  const logs: LogLine[] = [];
  const log = createLogger({ level: 'debug', format: 'json', write: (line) => logs.push(JSON.parse(line) as LogLine) });
  const endpoint = createHttpServer({
    publicKey: publicKeyFromHex(keys.publicHex),
    deps: testDeps(),
    log,
    apiBase: fake.restApi,
    ...(options.handlers ? { handlers: options.handlers } : {}),
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
  });
  const { port } = await endpoint.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  const url = `${base}/interactions`;
  return {
    keys,
    fake,
    endpoint,
    base,
    url,
    logs,
    async send(interaction) {
      const started = performance.now();
      const posted = await postSigned(url, keys, interaction);
      return { ...posted, ms: performance.now() - started };
    },
    async stop() {
      await endpoint.stop();
      if (!options.fake) await fake.close();
    },
  };
}
