import { describe, expect, it } from 'vitest';
import { contactName } from './contact-name';

describe('contactName', () => {
  it('uses the name, or says what kind of contact has none', () => {
    expect(contactName({ name: 'Ada', role: 'user' })).toBe('Ada');
    expect(contactName({ name: null, role: 'lead' })).toBe('Unnamed lead');
    expect(contactName({ name: '', role: 'user' })).toBe('Unnamed user');
    expect(contactName({ role: undefined })).toBe('Unnamed contact');
  });
});
