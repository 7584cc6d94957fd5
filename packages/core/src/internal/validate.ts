import { IntercomInputError } from '../errors/client-errors';

/** `maxRetries` (a whole number ≥ 0) and `timeoutInSeconds` (seconds > 0), when given. */
export function checkOptions(options: { maxRetries?: unknown; timeoutInSeconds?: unknown }, where: string): void {
  const { maxRetries, timeoutInSeconds } = options;
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && (maxRetries as number) >= 0)) {
    throw new IntercomInputError(`${where}.maxRetries must be a whole number ≥ 0, got ${String(maxRetries)}.`);
  }
  if (timeoutInSeconds !== undefined && !((timeoutInSeconds as number) > 0 && Number.isFinite(timeoutInSeconds))) {
    throw new IntercomInputError(
      `${where}.timeoutInSeconds must be a number of seconds > 0, got ${String(timeoutInSeconds)}.`,
    );
  }
}
