/**
 * Which program `npm start` runs, from the environment alone (pure, so it is tested without
 * starting anything). One row per serving mode; the first that applies wins.
 */
export type Mode =
  /** The Interactions Endpoint over HTTP (src/http): Discord POSTs interactions to it. */
  | { kind: 'http' }
  | { kind: 'gateway' }
  | { kind: 'console' }
  /** Nothing to serve and no one to talk to: a service started without its configuration. */
  | { kind: 'unconfigured'; message: string };

export interface ModeInputs {
  env: NodeJS.ProcessEnv;
  /** Whether standard input is a terminal someone could type into. */
  stdinIsTTY: boolean;
  argv: readonly string[];
  /** The working directory, named in the message (it is where `.env` was looked for). */
  cwd: string;
}

const set = (v: string | undefined) => Boolean(v?.trim());

export function chooseMode({ env, stdinIsTTY, argv, cwd }: ModeInputs): Mode {
  // The public key selects the endpoint even beside a token: the token then serves only the one
  // gateway process started without the key, for mentions (README, "Serve over HTTP").
  if (set(env.DISCORD_PUBLIC_KEY)) return { kind: 'http' };
  if (set(env.DISCORD_TOKEN)) return { kind: 'gateway' };
  // `--console` asks for the console on purpose (piped lines, tests); a terminal implies it.
  if (stdinIsTTY || argv.includes('--console')) return { kind: 'console' };
  return {
    kind: 'unconfigured',
    message:
      `DISCORD_TOKEN is not set and there is no terminal for the console, so there is nothing to serve. ` +
      `Set DISCORD_TOKEN in the environment (systemd: Environment= or EnvironmentFile=) or in a .env file in the working directory (${cwd}); ` +
      `to answer piped lines instead, use \`npm run ask\` or \`npm start -- --console\`.`,
  };
}
