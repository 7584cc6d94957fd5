import { useEffect, useState } from 'react';
import { useDebounced } from '../shared/use-debounced';
import type { ContactSearch } from './contact-query';

/** Name, email and role; text fields search once typing pauses. */
export function ContactSearchForm({ onChange }: { readonly onChange: (search: ContactSearch) => void }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ContactSearch['role']>('any');
  const settledName = useDebounced(name, 300);
  const settledEmail = useDebounced(email, 300);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new search only when a settled value changes
  useEffect(() => onChange({ name: settledName, email: settledEmail, role }), [settledName, settledEmail, role]);
  return (
    <form className="contact-search" data-testid="contact-search" onSubmit={(event) => event.preventDefault()}>
      <label className="field">
        <span>Name</span>
        <input
          type="search"
          data-testid="contact-search-name"
          value={name}
          placeholder="contains…"
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="field">
        <span>Email</span>
        <input
          type="search"
          data-testid="contact-search-email"
          value={email}
          placeholder="contains…"
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <label className="field">
        <span>Role</span>
        <select
          data-testid="contact-search-role"
          value={role}
          onChange={(e) => setRole(e.target.value as ContactSearch['role'])}
        >
          <option value="any">Any</option>
          <option value="user">User</option>
          <option value="lead">Lead</option>
        </select>
      </label>
    </form>
  );
}
