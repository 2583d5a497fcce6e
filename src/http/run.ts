import { loadDepsOrExit } from '../deps.js';
import { parseEnvOrExit } from '../discord/env.js';
import { createLogger, errorFields } from '../discord/log.js';
import { startHealthServer, type HealthServer } from '../health/index.js';
import { stopOnSignals } from '../discord/stop.js';
import { httpEnvSchema } from './env.js';
import { createHttpServer, INTERACTIONS_PATH } from './server.js';
import { publicKeyFromHex } from './verify.js';

/** In-flight answers (deferred ones included) get this long after SIGTERM, then the process exits anyway. */
const STOP_GRACE_MS = 10_000;

/** `npm start` with DISCORD_PUBLIC_KEY: serve the Interactions Endpoint until SIGINT/SIGTERM. */
export async function runHttp(): Promise<void> {
  const env = parseEnvOrExit(httpEnvSchema);
  const log = createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT });
  const deps = loadDepsOrExit();
  const endpoint = createHttpServer({
    publicKey: publicKeyFromHex(env.DISCORD_PUBLIC_KEY),
    deps,
    log,
    ...(env.DISCORD_API_URL ? { apiBase: env.DISCORD_API_URL } : {}),
  });

  // A stray rejection is logged, not fatal: one bad request must not take the endpoint down for everyone.
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { error: errorFields(reason) }));

  stopOnSignals(log, endpoint, STOP_GRACE_MS);

  try {
    const address = await endpoint.listen(env.PORT, env.HOST);
    const health: HealthServer | null =
      env.HEALTH_PORT === undefined
        ? null
        : await startHealthServer({ port: env.HEALTH_PORT, host: env.HEALTH_HOST, report: endpoint.report });
    log.info('ready', {
      mode: 'http',
      listening: `${address.address}:${address.port}`,
      path: INTERACTIONS_PATH,
      pid: process.pid,
      ...(health ? { health: health.url } : {}),
    });
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const why =
      code === 'EADDRINUSE'
        ? `a port is already in use (PORT ${env.PORT}${env.HEALTH_PORT === undefined ? '' : `, HEALTH_PORT ${env.HEALTH_PORT}`}); set a free one`
        : code === 'EACCES'
          ? `no permission to listen on port ${env.PORT}; use a port above 1023`
          : String(errorFields(err).message);
    process.stderr.write(`Could not serve the Interactions Endpoint: ${why}\n`);
    process.exit(1);
  }
}
