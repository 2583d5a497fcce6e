/**
 * `npm run load`: the real bot against the fake Discord on 127.0.0.1, at increasing rates, for a
 * fixed count; prints answered/lost, latency percentiles and RSS per rate step. Bounded and
 * self-stopping. Exit code 1 when a target of issue 7 is missed.
 *
 *   npm run load -- --count 10000 --rates 100,250,500,1000,2000 --soak-rate 500 --soak-steps 5 --inflight 1000 --max-seconds 300
 *   npm run load -- --validate          # also validate every payload against Discord's OpenAPI spec
 *   npm run load -- --http              # then the HTTP endpoint, one copy and two (cluster), same mix and rates
 */
import { parseArgs } from 'node:util';
import { DEFAULTS, formatReport, runLoad } from '../tests/load/harness.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    rates: { type: 'string' },
    'soak-rate': { type: 'string' },
    'soak-steps': { type: 'string' },
    inflight: { type: 'string' },
    'max-seconds': { type: 'string' },
    mix: { type: 'string' },
    seed: { type: 'string' },
    validate: { type: 'boolean', default: false },
    http: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  process.stdout.write(
    'npm run load -- [--count N] [--rates 100,250,500] [--soak-rate R --soak-steps N (0: none)] [--inflight N] [--max-seconds S] [--mix command:6,autocomplete:3,component:1,mention:0.2] [--seed N] [--validate] [--http]\n',
  );
  process.exit(0);
}

const positive = (name: string, raw: string | undefined, fallback: number) => {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) {
    process.stderr.write(`--${name} must be a positive number, not "${raw}"\n`);
    process.exit(2);
  }
  return n;
};

const rates = values.rates ? values.rates.split(',').map((r) => positive('rates', r.trim(), 0)) : DEFAULTS.rates;
const mix = { ...DEFAULTS.mix };
for (const part of values.mix?.split(',') ?? []) {
  const [k, v] = part.split(':');
  if (k !== 'command' && k !== 'autocomplete' && k !== 'component' && k !== 'mention') {
    process.stderr.write(`--mix takes command:N,autocomplete:N,component:N,mention:N\n`);
    process.exit(2);
  }
  mix[k] = Number(v) || 0;
}
// Compared with the HTTP endpoint, which never receives mentions, the gateway gets the same traffic: none.
if (values.http) mix.mention = 0;

const options = {
  count: Math.floor(positive('count', values.count, DEFAULTS.count)),
  rates,
  soak: {
    rate: positive('soak-rate', values['soak-rate'], DEFAULTS.soak.rate),
    steps:
      values['soak-steps'] === '0' ? 0 : Math.floor(positive('soak-steps', values['soak-steps'], DEFAULTS.soak.steps)),
  },
  maxInFlight: Math.floor(positive('inflight', values.inflight, DEFAULTS.maxInFlight)),
  maxSeconds: positive('max-seconds', values['max-seconds'], DEFAULTS.maxSeconds),
  seed: Math.floor(positive('seed', values.seed, DEFAULTS.seed)),
  validate: values.validate,
  mix,
  progress: (line: string) => process.stderr.write(line + '\n'),
};
const report = await runLoad(options);
process.stdout.write(formatReport(report) + '\n');
let missed = formatReport(report)
  .split('\n')
  .some((l) => l.startsWith('MISS'));
if (values.http) {
  // The same mix and rates against the HTTP endpoint, one copy then two, in this same run.
  const { runHttpLoad, formatComparison } = await import('../tests/http/load.js');
  const rows = [{ mode: 'gateway', report }];
  for (const copies of [1, 2]) {
    const r = await runHttpLoad({ ...options, copies });
    const text = formatReport(r);
    process.stdout.write(`\nHTTP endpoint, ${copies} cop${copies === 1 ? 'y' : 'ies'}\n${text}\n`);
    missed ||= text.split('\n').some((l) => l.startsWith('MISS'));
    rows.push({ mode: `http ${copies} cop${copies === 1 ? 'y' : 'ies'}`, report: r });
  }
  process.stdout.write(`\nSide by side (this run)\n${formatComparison(rows)}\n`);
}
process.exit(missed ? 1 : 0);
