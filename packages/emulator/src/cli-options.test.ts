import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-options';

describe('intercom-emulator arguments', () => {
  it('defaults to port 4010 on loopback, seed 1 and 5000 conversations', () => {
    expect(parseCliArgs([])).toEqual({
      help: false,
      port: 4010,
      host: '127.0.0.1',
      options: { seed: 1, conversations: 5000, faults: { latencyMs: 0 } },
    });
  });

  it('reads every option', () => {
    const settings = parseCliArgs([
      '--port',
      '0',
      '--seed',
      '7',
      '--conversations',
      '100',
      '--tokens',
      'a,b',
      '--timezone',
      'Europe/Dublin',
      '--latency',
      '50',
      '--error-rate',
      '0.1',
      '--no-rate-limit',
    ]);
    expect(settings).toEqual({
      help: false,
      port: 0,
      host: '127.0.0.1',
      options: {
        seed: 7,
        conversations: 100,
        tokens: ['a', 'b'],
        timezone: 'Europe/Dublin',
        rateLimit: false,
        faults: { latencyMs: 50, errorRate: 0.1 },
      },
    });
  });

  it('explains bad values and unknown flags', () => {
    expect(() => parseCliArgs(['--port', 'http'])).toThrow("--port must be a non-negative integer, got 'http'");
    expect(() => parseCliArgs(['--error-rate', '3'])).toThrow(/between 0 and 1/);
    expect(() => parseCliArgs(['--colour'])).toThrow(/colour/);
  });
});
