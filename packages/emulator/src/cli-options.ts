/** Command-line parsing for `intercom-emulator` (Node only; imported by the CLI entry alone). */
import { parseArgs } from 'node:util';
import type { EmulatorOptions } from './options';

export const usage = `Usage: intercom-emulator [options]

  --port <n>            port to listen on (default 4010; 0 picks a free one)
  --host <name>         interface to bind (default 127.0.0.1)
  --seed <n>            data seed (default 1)
  --conversations <n>   conversations to generate (default 5000)
  --tokens <a,b>        accepted bearer tokens (default: any non-empty token)
  --timezone <iana>     workspace timezone (default UTC)
  --latency <ms>        added latency per request
  --error-rate <0-1>    share of requests answered with a 500
  --no-rate-limit       never answer 429
  --help                show this help`;

export interface CliSettings {
  help: boolean;
  port: number;
  host: string;
  options: EmulatorOptions & { seed: number; conversations: number };
}

function integer(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got '${value}'`);
  return n;
}

export function parseCliArgs(argv: string[]): CliSettings {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      conversations: { type: 'string' },
      tokens: { type: 'string' },
      timezone: { type: 'string' },
      latency: { type: 'string' },
      'error-rate': { type: 'string' },
      'no-rate-limit': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  const errorRate = values['error-rate'] === undefined ? undefined : Number(values['error-rate']);
  if (errorRate !== undefined && !(errorRate >= 0 && errorRate <= 1))
    throw new Error(`--error-rate must be between 0 and 1, got '${values['error-rate']}'`);
  return {
    help: values.help === true,
    port: integer(values.port, 'port', 4010),
    host: values.host ?? '127.0.0.1',
    options: {
      seed: integer(values.seed, 'seed', 1),
      conversations: integer(values.conversations, 'conversations', 5000),
      ...(values.tokens ? { tokens: values.tokens.split(',').filter(Boolean) } : {}),
      ...(values.timezone ? { timezone: values.timezone } : {}),
      ...(values['no-rate-limit'] ? { rateLimit: false as const } : {}),
      faults: { latencyMs: integer(values.latency, 'latency', 0), ...(errorRate === undefined ? {} : { errorRate }) },
    },
  };
}
