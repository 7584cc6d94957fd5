/**
 * Vitest setup for every test file: records each response the emulator produces and, after the
 * file's tests, validates every body against the 2.14 description (skipped when ../shared is absent).
 */
import { afterAll } from 'vitest';
import { type ObservedExchange, setResponseObserver } from '../internal/response-observer';
import { createSchemaValidator } from './conformance';
import { specAvailable, specPath } from './spec';

const exchanges: ObservedExchange[] = [];
setResponseObserver((exchange) => exchanges.push(exchange));

afterAll(() => {
  setResponseObserver(undefined);
  if (exchanges.length === 0) return;
  if (!specAvailable) {
    console.warn(
      `[conformance] ${specPath} not found: skipped validating ${exchanges.length} responses against the 2.14 description.`,
    );
    return;
  }
  const validator = createSchemaValidator();
  const failures = new Set<string>();
  for (const exchange of exchanges) {
    const problem = validator.check(exchange);
    if (problem) failures.add(problem);
  }
  if (failures.size > 0) {
    throw new Error(
      `${failures.size} kind(s) of response do not match the 2.14 description:\n${[...failures].slice(0, 40).join('\n')}`,
    );
  }
});
