import { IntercomInputError } from '../errors/client-errors';
import { readEnv } from '../runtime';
import { redact } from './redact';

export const LogLevel = { Debug: 'debug', Info: 'info', Warn: 'warn', Error: 'error' } as const;
export type LogLevel = (typeof LogLevel)[keyof typeof LogLevel];

/** Where log lines go; `console` fits, and so do pino, winston and most other loggers. */
export interface Logger {
  debug(message: string, ...args: unknown[]): void;
  info(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(message: string, ...args: unknown[]): void;
}

export interface LogConfig {
  /** The lowest level written. Default `info`. */
  level?: LogLevel;
  /** Default `console`. */
  logger?: Logger;
  /** Default `false` once a config is given; without one the client is silent. */
  silent?: boolean;
}

const rank: Record<LogLevel, number> = { debug: 1, info: 2, warn: 3, error: 4 };

/** The client's view of logging: a level check (so disabled lines cost nothing) and redaction. */
export interface ClientLogger {
  enabled(level: LogLevel): boolean;
  /** Writes `message` and `details` (as JSON) with credential headers and every `secret` redacted. */
  log(level: LogLevel, message: string, details?: unknown, secret?: string): void;
}

/**
 * `logging` option → logger. Silent by default; `INTERCOM_LOG=debug` (or info/warn/error) turns
 * console logging on where the runtime has an environment and no `logging` option was given.
 */
export function createLogger(config?: LogConfig | Logger): ClientLogger {
  const options = resolve(config);
  const threshold = options ? rank[options.level] : Number.POSITIVE_INFINITY;
  return {
    enabled: (level) => rank[level] >= threshold,
    log(level, message, details, secret) {
      if (!options || rank[level] < threshold) return;
      const line = redact(message, secret);
      if (details === undefined) options.logger[level](line);
      else options.logger[level](line, redact(details, secret));
    },
  };
}

function resolve(config: LogConfig | Logger | undefined): { level: LogLevel; logger: Logger } | undefined {
  if (config === undefined) {
    const fromEnv = readEnv('INTERCOM_LOG')?.toLowerCase();
    return fromEnv && fromEnv in rank ? { level: fromEnv as LogLevel, logger: console } : undefined;
  }
  if (isLogger(config)) return { level: 'info', logger: config };
  if (config.silent) return undefined;
  const level = config.level ?? 'info';
  if (!(level in rank))
    throw new IntercomInputError(`logging.level must be one of debug, info, warn, error (got ${String(level)})`);
  return { level, logger: config.logger ?? console };
}

function isLogger(value: LogConfig | Logger): value is Logger {
  return typeof (value as Partial<Logger>).debug === 'function';
}
