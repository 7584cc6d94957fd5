import type { MessageRecord, NoteRecord, SubscriptionTypeRecord } from '../store/misc-types';
import type { Store } from '../store/store';
import type { DataAttributeRecord } from '../store/types';
import { adminView } from './basics';

export function noteView(store: Store, note: NoteRecord) {
  const author = store.admins.get(note.author_id);
  return {
    type: 'note',
    id: note.id,
    created_at: note.created_at,
    contact: { type: 'contact', id: note.contact_id },
    ...(author ? { author: adminView(author) } : {}),
    body: note.body,
  };
}

export function dataAttributeView(attribute: DataAttributeRecord) {
  const { options, admin_id, ...rest } = attribute;
  return {
    type: 'data_attribute',
    ...rest,
    ...(options ? { options } : {}),
    ...(admin_id ? { admin_id } : {}),
  };
}

export function subscriptionTypeView(subscription: SubscriptionTypeRecord) {
  const translation = { name: subscription.name, description: subscription.description, locale: 'en' };
  return {
    type: 'subscription',
    id: subscription.id,
    state: subscription.state,
    consent_type: subscription.consent_type,
    default_translation: translation,
    translations: [translation],
    content_types: subscription.content_types,
  };
}

/** The `message` answer of `POST /messages` (admin-initiated). */
export function adminMessageView(store: Store, message: MessageRecord) {
  const owner = store.admins.get(message.from_admin_id);
  return {
    type: 'admin_message',
    id: message.id,
    created_at: message.created_at,
    ...(message.subject === null ? {} : { subject: message.subject }),
    body: message.body,
    message_type: message.message_type,
    ...(message.conversation_id ? { conversation_id: message.conversation_id } : {}),
    ...(owner ? { owner: adminView(owner) } : {}),
  };
}
