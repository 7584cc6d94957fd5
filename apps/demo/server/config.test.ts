import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, DemoConfigError, readDemoConfig } from './config';

describe('readDemoConfig', () => {
  it('runs on the seeded emulator on the default port when nothing is set', () => {
    expect(readDemoConfig({})).toEqual({ upstream: { kind: 'emulator', seed: 1 }, port: DEFAULT_PORT });
  });

  it('treats a blank token as no token', () => {
    expect(readDemoConfig({ INTERCOM_TOKEN: '  ' }).upstream.kind).toBe('emulator');
  });

  it('uses a real region with the token when INTERCOM_TOKEN is set', () => {
    expect(readDemoConfig({ INTERCOM_TOKEN: 'tok', INTERCOM_REGION: 'EU' }).upstream).toEqual({
      kind: 'live',
      region: 'eu',
      token: 'tok',
    });
    expect(readDemoConfig({ INTERCOM_TOKEN: 'tok' }).upstream).toMatchObject({ region: 'us' });
  });

  it('refuses an unknown region, naming the ones it accepts', () => {
    expect(() => readDemoConfig({ INTERCOM_TOKEN: 'tok', INTERCOM_REGION: 'asia' })).toThrow(
      new DemoConfigError("INTERCOM_REGION must be one of us, eu, au; got 'asia'."),
    );
  });

  it('refuses a region without a token instead of silently using the emulator', () => {
    expect(() => readDemoConfig({ INTERCOM_REGION: 'eu' })).toThrow(/INTERCOM_TOKEN is not/);
  });

  it('reads PORT and DEMO_SEED, and refuses values that are not numbers', () => {
    expect(readDemoConfig({ PORT: '0', DEMO_SEED: '7' })).toEqual({
      upstream: { kind: 'emulator', seed: 7 },
      port: 0,
    });
    expect(() => readDemoConfig({ PORT: 'http' })).toThrow(/PORT must be a whole number/);
    expect(() => readDemoConfig({ PORT: '70000' })).toThrow(DemoConfigError);
    expect(() => readDemoConfig({ DEMO_SEED: '1.5' })).toThrow(/DEMO_SEED must be an integer/);
  });
});
