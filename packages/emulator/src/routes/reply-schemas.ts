import * as v from 'valibot';
import { ApiError } from '../errors';
import { attachmentUrlsSchema, idSchema, unixSecondsSchema } from '../http/validate';
import type { Store } from '../store/store';
import type { ContactRecord } from '../store/types';

/** Reply bodies shared by conversations and tickets: `type: admin` or `type: user` (a contact). */
const replyOption = v.object({
  text: v.string('reply_options[].text must be a string'),
  uuid: v.pipe(v.string(), v.uuid('reply_options[].uuid must be a UUID')),
});
const attachmentUrls = v.optional(attachmentUrlsSchema);
const attachmentFiles = v.optional(
  v.pipe(
    v.array(v.object({ content_type: v.string(), data: v.string(), name: v.string() })),
    v.maxLength(10, 'at most 10 attachment_files'),
  ),
);

export const adminReplySchema = v.object({
  type: v.literal('admin'),
  message_type: v.picklist(
    ['comment', 'note', 'quick_reply'],
    "message_type must be 'comment', 'note' or 'quick_reply'",
  ),
  admin_id: idSchema,
  body: v.optional(v.string('body must be a string')),
  created_at: v.optional(unixSecondsSchema),
  reply_options: v.optional(v.array(replyOption)),
  attachment_urls: attachmentUrls,
  attachment_files: attachmentFiles,
  cross_post: v.optional(v.boolean()),
  skip_notifications: v.optional(v.boolean()),
});

export const contactReplySchema = v.object({
  type: v.literal('user'),
  // The description only allows `comment`; its own examples also send `quick_reply`, so both are accepted.
  message_type: v.picklist(['comment', 'quick_reply'], "message_type must be 'comment' for a contact reply"),
  intercom_user_id: v.optional(idSchema),
  user_id: v.optional(v.string()),
  email: v.optional(v.string()),
  body: v.optional(v.string('body must be a string')),
  created_at: v.optional(unixSecondsSchema),
  reply_options: v.optional(v.array(replyOption)),
  attachment_urls: attachmentUrls,
  attachment_files: attachmentFiles,
  skip_notifications: v.optional(v.boolean()),
});

export const replySchema = v.variant('type', [adminReplySchema, contactReplySchema], "type must be 'admin' or 'user'");

export type ContactReply = v.InferOutput<typeof contactReplySchema>;

/** An admin's quick reply carries the options the contact picks from. */
export function requireReplyOptions(input: v.InferOutput<typeof adminReplySchema>): void {
  if (input.message_type === 'quick_reply' && !input.reply_options?.length) {
    throw new ApiError(400, 'parameter_not_found', 'reply_options are required for a quick_reply', 'reply_options');
  }
}

/** Finds the replying contact by `intercom_user_id`, `user_id` (external id) or `email`. */
export function replyingContact(store: Store, input: ContactReply): ContactRecord {
  if (input.intercom_user_id !== undefined) return store.contact(input.intercom_user_id);
  const found =
    input.user_id !== undefined
      ? store.findContactBy('external_id', input.user_id)
      : input.email !== undefined
        ? store.findContactBy('email', input.email)
        : undefined;
  if (found) return found;
  if (input.user_id === undefined && input.email === undefined) {
    throw new ApiError(400, 'parameter_not_found', 'A contact reply needs one of intercom_user_id, user_id or email');
  }
  throw new ApiError(
    404,
    'not_found',
    `User Not Found: no contact with ${input.user_id !== undefined ? `user_id '${input.user_id}'` : `email '${input.email}'`}`,
  );
}

/** A reply's time: its `created_at` when given (not in the future), else now. */
export function replyTime(createdAt: number | undefined, now: number): number {
  if (createdAt !== undefined && createdAt > now)
    throw new ApiError(400, 'parameter_invalid', 'created_at must not be in the future', 'created_at');
  return createdAt ?? now;
}

/** Comments and notes need a body; quick replies carry options instead. */
export function requireBodyFor(messageType: string, body: string | undefined): string | null {
  if ((messageType === 'comment' || messageType === 'note') && (body === undefined || body.trim() === '')) {
    throw new ApiError(400, 'parameter_not_found', `body is required for a ${messageType}`, 'body');
  }
  return body ?? null;
}
