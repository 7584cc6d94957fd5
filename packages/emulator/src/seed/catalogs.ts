import type { Store } from '../store/store';
import type { TicketAttributeType, TicketCategory, TicketTypeAttributeRecord } from '../store/ticket-types';

/** Ticket types with their attributes, the four ticket states, and subscription types. */
export function seedTicketCatalog(store: Store, start: number): void {
  const states: Array<[string, 'submitted' | 'in_progress' | 'waiting_on_customer' | 'resolved', string]> = [
    ['Submitted', 'submitted', 'Submitted'],
    ['In progress', 'in_progress', 'In progress'],
    ['Waiting on customer', 'waiting_on_customer', 'Waiting on you'],
    ['Resolved', 'resolved', 'Resolved'],
  ];
  for (const [internal, category, external] of states) {
    const id = store.ids.next('ticketState');
    store.ticketStates.set(id, { id, category, internal_label: internal, external_label: external, archived: false });
  }
  const types: Array<
    [string, TicketCategory, string, Array<[string, TicketAttributeType, Record<string, unknown> | null]>]
  > = [
    [
      'Bug report',
      'Customer',
      '🐞',
      [
        ['severity', 'list', { list_options: [{ label: 'low' }, { label: 'medium' }, { label: 'high' }] }],
        ['affected_users', 'integer', null],
      ],
    ],
    [
      'Refund request',
      'Back-office',
      '💸',
      [
        ['amount', 'decimal', null],
        ['approved', 'boolean', null],
      ],
    ],
    ['Service outage', 'Tracker', '🚨', [['started_at', 'datetime', null]]],
  ];
  for (const [name, category, icon, extra] of types) {
    const id = store.ids.next('ticketType');
    const attribute = (
      attrName: string,
      dataType: TicketAttributeType,
      options: Record<string, unknown> | null,
      isDefault: boolean,
      order: number,
    ): TicketTypeAttributeRecord => ({
      id: store.ids.next('ticketAttribute'),
      name: attrName,
      description: isDefault ? attrName.replaceAll('_', ' ').trim() : `The ${attrName.replaceAll('_', ' ')}`,
      data_type: dataType,
      input_options: options,
      order,
      required_to_create: attrName === '_default_title_',
      required_to_create_for_contacts: false,
      visible_on_create: true,
      visible_to_contacts: isDefault,
      default: isDefault,
      archived: false,
      created_at: start,
      updated_at: start,
    });
    const attributes = [
      attribute('_default_title_', 'string', null, true, 0),
      attribute('_default_description_', 'string', null, true, 1),
      ...extra.map(([n, t, o], i) => attribute(n, t, o, false, i + 2)),
    ];
    store.ticketTypes.set(id, {
      id,
      name,
      category,
      icon,
      description: `${name} tickets`,
      archived: false,
      is_internal: category !== 'Customer',
      created_at: start,
      updated_at: start,
      attributes,
    });
  }
}

export function seedSubscriptionTypes(store: Store): void {
  const add = (name: string, consent: 'opt_out' | 'opt_in', contentTypes: Array<'email' | 'sms_message'>) => {
    const id = store.ids.next('subscriptionType');
    store.subscriptionTypes.set(id, {
      id,
      state: 'live',
      consent_type: consent,
      name,
      description: `${name} from the team`,
      content_types: contentTypes,
    });
  };
  add('Newsletters', 'opt_out', ['email']);
  add('Product updates', 'opt_in', ['email', 'sms_message']);
}
