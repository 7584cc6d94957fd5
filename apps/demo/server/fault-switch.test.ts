import type { UpstreamFetch } from '@intercom-kit/core/proxy';
import { describe, expect, it } from 'vitest';
import { attemptsFor, CLIENT_MAX_RETRIES } from '../shared/faults';
import { FaultSwitch, isListOrSearch, withFaults } from './fault-switch';

describe('isListOrSearch', () => {
  it('matches the list and search requests the screens load, and nothing else', () => {
    expect(isListOrSearch('GET', '/conversations')).toBe(true);
    expect(isListOrSearch('get', '/contacts')).toBe(true);
    expect(isListOrSearch('POST', '/conversations/search')).toBe(true);
    expect(isListOrSearch('POST', '/contacts/search')).toBe(true);
    expect(isListOrSearch('POST', '/conversations')).toBe(false); // creates a conversation
    expect(isListOrSearch('GET', '/conversations/1')).toBe(false);
    expect(isListOrSearch('GET', '/admins')).toBe(false);
    expect(isListOrSearch('POST', '/conversations/1/reply')).toBe(false);
  });
});

describe('FaultSwitch', () => {
  it('spans the call and each of the client retries for failures the client retries', () => {
    const faults = new FaultSwitch();
    faults.arm('network');
    const taken = Array.from({ length: CLIENT_MAX_RETRIES + 2 }, () => faults.take('POST', '/conversations/search'));
    expect(taken).toEqual([...Array(CLIENT_MAX_RETRIES + 1).fill('network'), undefined]);
    expect(faults.armed).toBeUndefined();
  });

  it('spends a 401 on one request, since the client never retries it', () => {
    expect(attemptsFor('auth')).toBe(1);
    const faults = new FaultSwitch();
    faults.arm('auth');
    expect(faults.take('GET', '/conversations')).toBe('auth');
    expect(faults.take('GET', '/conversations')).toBeUndefined();
  });

  it('lets other requests through untouched while armed', () => {
    const faults = new FaultSwitch();
    faults.arm('server');
    expect(faults.take('GET', '/admins')).toBeUndefined();
    expect(faults.armed).toBe('server');
    faults.disarm();
    expect(faults.take('POST', '/conversations/search')).toBeUndefined();
  });
});

describe('withFaults', () => {
  const recorder = () => {
    const seen: Headers[] = [];
    const fetch: UpstreamFetch = async (_input, init) => {
      seen.push(new Headers(init.headers));
      return new Response('{}');
    };
    return { seen, fetch };
  };
  const search = { method: 'POST', headers: { authorization: 'Bearer good', 'content-type': 'application/json' } };

  it("sets the emulator's fault header for rate limits, drops and server errors", async () => {
    for (const [fault, header] of [
      ['rate-limit', '429'],
      ['network', 'drop'],
      ['server', '503'],
    ] as const) {
      const { seen, fetch } = recorder();
      const faults = new FaultSwitch();
      faults.arm(fault);
      await withFaults(fetch, faults, 'revoked')('http://emulator/conversations/search', search);
      expect(seen[0]?.get('x-emulator-fault')).toBe(header);
      expect(seen[0]?.get('authorization')).toBe('Bearer good');
      expect(seen[0]?.get('content-type')).toBe('application/json');
    }
  });

  it('replaces the token for an authentication failure', async () => {
    const { seen, fetch } = recorder();
    const faults = new FaultSwitch();
    faults.arm('auth');
    await withFaults(fetch, faults, 'revoked')('http://emulator/conversations/search', search);
    await withFaults(fetch, faults, 'revoked')('http://emulator/conversations/search', search);
    expect(seen.map((h) => h.get('authorization'))).toEqual(['Bearer revoked', 'Bearer good']);
    expect(seen[0]?.has('x-emulator-fault')).toBe(false);
  });
});
