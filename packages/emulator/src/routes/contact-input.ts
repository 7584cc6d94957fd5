import * as v from 'valibot';
import { ApiError } from '../errors';
import { parseBody, unixSecondsSchema } from '../http/validate';
import type { Store } from '../store/store';
import type { ContactRecord, CustomValue } from '../store/types';

const nullableSeconds = v.optional(v.nullable(unixSecondsSchema));
const emailSchema = v.pipe(v.string('email must be a string'), v.email('email must be a valid email address'));

const contactFieldsSchema = v.object({
  role: v.optional(v.picklist(['user', 'lead'], "role must be 'user' or 'lead'")),
  external_id: v.optional(
    v.nullable(v.pipe(v.string('external_id must be a string'), v.nonEmpty('external_id must not be empty'))),
  ),
  email: v.optional(v.nullable(emailSchema)),
  phone: v.optional(v.nullable(v.string('phone must be a string'))),
  name: v.optional(v.nullable(v.string('name must be a string'))),
  avatar: v.optional(v.nullable(v.pipe(v.string(), v.url('avatar must be an image URL')))),
  signed_up_at: nullableSeconds,
  last_seen_at: nullableSeconds,
  owner_id: v.optional(v.nullable(v.pipe(v.number('owner_id must be an admin id (integer)'), v.integer()))),
  unsubscribed_from_emails: v.optional(v.nullable(v.boolean('unsubscribed_from_emails must be a boolean'))),
  custom_attributes: v.optional(v.nullable(v.record(v.string(), v.unknown(), 'custom_attributes must be an object'))),
});

export type ContactInput = v.InferOutput<typeof contactFieldsSchema>;

export function parseContactInput(body: unknown): ContactInput {
  return parseBody(contactFieldsSchema, body);
}

/** Checks each custom attribute against its data attribute: it must exist and hold the right type. */
function checkCustomAttributes(store: Store, values: Record<string, unknown>): Record<string, CustomValue> {
  const checked: Record<string, CustomValue> = {};
  for (const [name, value] of Object.entries(values)) {
    const attribute = store.customAttribute('contact', name);
    if (!attribute || attribute.archived) {
      throw new ApiError(
        400,
        'parameter_not_found',
        `Custom attribute '${name}' does not exist; create it with POST /data_attributes first`,
        `custom_attributes.${name}`,
      );
    }
    const ok =
      value === null ||
      (attribute.data_type === 'string' && typeof value === 'string') ||
      (attribute.data_type === 'boolean' && typeof value === 'boolean') ||
      (attribute.data_type === 'float' && typeof value === 'number' && Number.isFinite(value)) ||
      ((attribute.data_type === 'integer' || attribute.data_type === 'date') && Number.isInteger(value));
    if (!ok) {
      const expected = attribute.data_type === 'date' ? 'a date as unix seconds' : `a ${attribute.data_type}`;
      throw new ApiError(
        400,
        'parameter_invalid',
        `Custom attribute '${name}' expects ${expected}, got ${JSON.stringify(value)}`,
        `custom_attributes.${name}`,
      );
    }
    if (attribute.options && typeof value === 'string' && !attribute.options.includes(value)) {
      throw new ApiError(
        400,
        'parameter_invalid',
        `Custom attribute '${name}' accepts only ${attribute.options.join(', ')}`,
        `custom_attributes.${name}`,
      );
    }
    checked[name] = value as CustomValue;
  }
  return checked;
}

/** Users are unique by email and by external_id; a clash answers 409 like Intercom. */
function checkUnique(
  store: Store,
  contact: ContactRecord,
  role: 'user' | 'lead',
  email: string,
  externalId: string | null,
): void {
  for (const other of store.contacts.values()) {
    if (other.id === contact.id) continue;
    const sameExternal = externalId !== null && other.external_id === externalId;
    const sameEmail =
      role === 'user' && other.role === 'user' && email !== '' && other.email.toLowerCase() === email.toLowerCase();
    if (sameExternal || sameEmail) {
      throw new ApiError(409, 'conflict', `A contact matching those details already exists with id=${other.id}`);
    }
  }
}

/** Applies validated fields to a contact (new or existing) after every check has passed. */
export function applyContactInput(store: Store, contact: ContactRecord, input: ContactInput, now: number): void {
  const custom = input.custom_attributes ? checkCustomAttributes(store, input.custom_attributes) : {};
  if (input.owner_id !== undefined && input.owner_id !== null && !store.admins.has(String(input.owner_id))) {
    throw new ApiError(
      400,
      'parameter_invalid',
      `owner_id ${input.owner_id} is not an admin of this workspace`,
      'owner_id',
    );
  }
  const role = input.role ?? contact.role;
  const email = input.email === undefined ? contact.email : (input.email ?? '');
  const externalId = input.external_id === undefined ? contact.external_id : input.external_id;
  checkUnique(store, contact, role, email, externalId);
  contact.role = role;
  contact.email = email;
  contact.external_id = externalId;
  if (input.phone !== undefined) contact.phone = input.phone;
  if (input.name !== undefined) contact.name = input.name;
  if (input.avatar !== undefined) contact.avatar = input.avatar;
  if (input.signed_up_at !== undefined) contact.signed_up_at = input.signed_up_at;
  if (input.last_seen_at !== undefined) contact.last_seen_at = input.last_seen_at;
  if (input.owner_id !== undefined) contact.owner_id = input.owner_id;
  if (input.unsubscribed_from_emails !== undefined)
    contact.unsubscribed_from_emails = input.unsubscribed_from_emails ?? false;
  contact.custom_attributes = { ...contact.custom_attributes, ...custom };
  contact.updated_at = now;
}
