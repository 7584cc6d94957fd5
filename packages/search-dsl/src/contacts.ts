import { type AttributeTypeOf, ResourceSearch, type Simplify } from './bound';
import { contactsCatalog } from './catalog/contacts';
import { createContext, withAttributes } from './catalog/context';
import type { AttributeTypes } from './catalog/types';

type ContactsCatalog = typeof contactsCatalog;

/** Types a contact custom attribute can be searched as. */
export type CustomAttributeType = AttributeTypeOf<ContactsCatalog>;

export class ContactsSearch<A extends AttributeTypes = Record<never, CustomAttributeType>> extends ResourceSearch<
  ContactsCatalog,
  A
> {
  /**
   * Declares custom attributes once so `custom_attributes.<name>` is typed and checked:
   * `contacts.withCustomAttributes({ plan: 'string', trial_ends_at: 'date' })`.
   */
  withCustomAttributes<const M extends { readonly [name: string]: CustomAttributeType }>(
    types: M,
  ): ContactsSearch<Simplify<A & M>> {
    return new ContactsSearch(withAttributes(this.context, types));
  }
}

/** Builds queries for POST /contacts/search: `contacts.field('role').eq('user')`. */
export const contacts: ContactsSearch = /* @__PURE__ */ new ContactsSearch(
  /* @__PURE__ */ createContext(contactsCatalog),
);
