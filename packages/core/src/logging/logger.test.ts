import { afterEach, describe, expect, it, vi } from 'vitest';
import { IntercomClient } from '../client';
import { fakeFetch, json } from '../internal/testing';
import { createLogger, type Logger } from './logger';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function recorder(): Logger & { lines: unknown[][] } {
  const lines: unknown[][] = [];
  const write =
    (level: string) =>
    (...args: unknown[]) =>
      lines.push([level, ...args]);
  return { lines, debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

describe('createLogger', () => {
  it('is silent by default', () => {
    vi.stubEnv('INTERCOM_LOG', '');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const logger = createLogger();
    logger.log('error', 'nothing');
    expect(logger.enabled('error')).toBe(false);
    expect(spy).not.toHaveBeenCalled();
  });

  it('logs to the console at the level INTERCOM_LOG names', () => {
    vi.stubEnv('INTERCOM_LOG', 'debug');
    const spy = vi.spyOn(console, 'debug').mockImplementation(() => {});
    createLogger().log('debug', 'hello', { a: 1 });
    expect(spy).toHaveBeenCalledWith('hello', '{"a":1}');
  });

  it('writes the configured level and above', () => {
    const sink = recorder();
    const logger = createLogger({ level: 'warn', logger: sink });
    for (const level of ['debug', 'info', 'warn', 'error'] as const) logger.log(level, level);
    expect(sink.lines).toEqual([
      ['warn', 'warn'],
      ['error', 'error'],
    ]);
  });

  it('takes a logger object directly, at info level', () => {
    const sink = recorder();
    const logger = createLogger(sink);
    logger.log('debug', 'no');
    logger.log('info', 'yes');
    expect(sink.lines).toEqual([['info', 'yes']]);
  });

  it('stays silent with silent: true', () => {
    const sink = recorder();
    createLogger({ logger: sink, silent: true, level: 'debug' }).log('error', 'x');
    expect(sink.lines).toEqual([]);
  });

  it('rejects an unknown level', () => {
    expect(() => createLogger({ level: 'verbose' as never })).toThrow('logging.level must be one of');
  });
});

describe('client logging', () => {
  it('logs requests, retries and failures with the token and Authorization redacted everywhere', async () => {
    const token = 'sk_live_0123456789abcdef';
    const sink = recorder();
    const fake = fakeFetch((_, n) =>
      n === 1
        ? json({ echoed: `Bearer ${token}` }, 500)
        : json({ errors: [{ code: 'x', message: `bad token ${token}` }] }, 401),
    );
    const client = new IntercomClient({
      token,
      fetch: fake.fetch,
      logging: { level: 'debug', logger: sink },
      headers: { 'X-Api-Key': token },
    });
    vi.spyOn(Math, 'random').mockReturnValue(1);
    await expect(
      client.request(
        { method: 'POST', path: '/contacts/search', body: { note: token }, readOnly: true },
        { maxRetries: 1 },
      ),
    ).rejects.toThrow();
    const written = JSON.stringify(sink.lines);
    expect(sink.lines.map((line) => line[0])).toEqual(['debug', 'debug', 'warn', 'debug', 'debug', 'error']);
    expect(written).not.toContain(token);
    expect(written).toContain('[redacted]');
    expect(written).toContain('\\"authorization\\":\\"[redacted]\\"');
    expect(fake.requests[0]?.headers.get('authorization')).toBe(`Bearer ${token}`);
  });
});
