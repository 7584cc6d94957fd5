export type { ClientLogger, LogConfig, Logger } from './logger';
export { createLogger, LogLevel } from './logger';
