import type { IntercomId } from '../keys';

/**
 * The 2.14 description (and so core's request types) declares some path ids as integers
 * (`conversations.find`, `conversations.update`, `notes.create`), while the API's own ids are strings
 * such as `"123"` or a contact's 24-hex id. Core puts either in the path unchanged, so the id is
 * passed on as given rather than converted.
 */
export function pathId(id: IntercomId): number {
  return id as number;
}
