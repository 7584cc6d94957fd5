import type { Contact } from '@intercom-kit/core';
import { useTags } from '@intercom-kit/react';
import { formatDate, timeAgo } from '../shared/format';
import { contactName } from './contact-name';

/** Who a contact is: identity, role, where, when they were last seen, their tags and attributes. */
export function ContactSummary({ contact }: { readonly contact: Contact }) {
  const tags = useTags();
  const tagNames = new Map(tags.data?.map((tag) => [tag.id, tag.name]));
  const location = [contact.location?.city, contact.location?.region, contact.location?.country]
    .filter(Boolean)
    .join(', ');
  const attributes = Object.entries(contact.custom_attributes ?? {}).filter(
    ([, value]) => value !== null && value !== '',
  );
  return (
    <div className="contact-summary" data-testid="contact-summary">
      <div className="contact-identity">
        <span className="avatar" aria-hidden="true">
          {initials(contact.name || contact.email || '?')}
        </span>
        <div>
          <strong data-testid="contact-name">{contactName(contact)}</strong>
          <span className="muted">{contact.email || 'no email'}</span>
        </div>
        <span className={`badge role-${contact.role}`}>{contact.role}</span>
      </div>
      <dl className="facts">
        {contact.phone && <Fact label="Phone">{contact.phone}</Fact>}
        {location && <Fact label="Location">{location}</Fact>}
        <Fact label="Last seen">{contact.last_seen_at ? timeAgo(contact.last_seen_at) : 'never'}</Fact>
        {contact.created_at && <Fact label="Created">{formatDate(contact.created_at)}</Fact>}
      </dl>
      {attributes.length > 0 && (
        <>
          <h4 className="facts-title">Custom attributes</h4>
          <dl className="facts">
            {attributes.map(([name, value]) => (
              <Fact key={name} label={name}>
                {formatAttribute(name, value)}
              </Fact>
            ))}
          </dl>
        </>
      )}
      {(contact.tags?.data?.length ?? 0) > 0 && (
        <div className="chips">
          {contact.tags?.data?.map((tag) => (
            <span key={tag.id} className="chip">
              {(tag.id && tagNames.get(tag.id)) ?? tag.id}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}

function Fact({ label, children }: { readonly label: string; readonly children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function initials(name: string): string {
  return name
    .split(/[\s@.]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join('');
}

// Date attributes (`*_at`) are unix seconds; everything else is shown as sent.
function formatAttribute(name: string, value: unknown): string {
  if (name.endsWith('_at') && typeof value === 'number') return formatDate(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
