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

/** The client's view of logging: a level check (so disabled lines cost nothing) and redaction. */
export interface ClientLogger {
  enabled(level: LogLevel): boolean;
  /** Writes `message` and `details` (as JSON) with credential headers and every `secret` redacted. */
  log(level: LogLevel, message: string, details?: unknown, secret?: string): void;
}

/** Levels from the lowest; a level's rank is its position. */
const levels: readonly string[] = Object.values(LogLevel);

/**
 * `logging` option → logger. Silent by default; `INTERCOM_LOG=debug` (or info/warn/error) turns
 * console logging on where the runtime has an environment and no `logging` option was given.
 */
export function createLogger(config?: LogConfig | Logger): ClientLogger {
  let level: string | undefined;
  let logger: Logger = console;
  if (config === undefined) {
    level = readEnv('INTERCOM_LOG')?.toLowerCase();
  } else if (typeof (config as Partial<Logger>).debug === 'function') {
    level = 'info';
    logger = config as Logger;
  } else if (!(config as LogConfig).silent) {
    ({ level = 'info', logger = console } = config as LogConfig);
    if (!levels.includes(level)) {
      throw new IntercomInputError(`logging.level must be one of ${levels.join(', ')} (got ${String(level)})`);
    }
  }
  // An unknown INTERCOM_LOG value ranks -1: nothing is written.
  const threshold = level ? levels.indexOf(level) : -1;
  const enabled = (at: LogLevel) => threshold >= 0 && levels.indexOf(at) >= threshold;
  return {
    enabled,
    log(at, message, details, secret) {
      if (!enabled(at)) return;
      const line = redact(message, secret);
      if (details === undefined) logger[at](line);
      else logger[at](line, redact(details, secret));
    },
  };
}
