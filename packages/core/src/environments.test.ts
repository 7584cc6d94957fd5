import { expect, it } from 'vitest';
import { environmentUrl, IntercomEnvironment } from './environments';

it('lists the three regional hosts over https', () => {
  for (const url of Object.values(IntercomEnvironment)) expect(new URL(url).protocol).toBe('https:');
  expect(IntercomEnvironment.EuProduction).toBe('https://api.eu.intercom.io');
});

it('resolves the short region names and passes other strings through', () => {
  expect(environmentUrl('us')).toBe(IntercomEnvironment.UsProduction);
  expect(environmentUrl('eu')).toBe(IntercomEnvironment.EuProduction);
  expect(environmentUrl('au')).toBe(IntercomEnvironment.AuProduction);
  expect(environmentUrl('http://localhost:1234')).toBe('http://localhost:1234');
});

it('takes names of Object.prototype members as strings, not as regions', () => {
  for (const name of ['constructor', 'toString', '__proto__']) expect(environmentUrl(name)).toBe(name);
});
