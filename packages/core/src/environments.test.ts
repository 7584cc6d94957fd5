import { expect, it } from 'vitest';
import { IntercomEnvironment } from './environments';

it('lists the three regional hosts over https', () => {
  for (const url of Object.values(IntercomEnvironment)) expect(new URL(url).protocol).toBe('https:');
  expect(IntercomEnvironment.EuProduction).toBe('https://api.eu.intercom.io');
});
