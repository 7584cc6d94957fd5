import type { Conversation } from '@intercom-kit/core';
import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query';
import type { IntercomId } from '../keys';
import { conversationOptions } from '../options/conversations';
import { useIntercomClient } from '../provider';
import type { SuspenseQueryHookOptions } from './types';

/** `useConversation` for a Suspense boundary: `data` is always defined. */
export function useSuspenseConversation(
  id: IntercomId,
  options: SuspenseQueryHookOptions<Conversation> = {},
): UseSuspenseQueryResult<Conversation> {
  const client = useIntercomClient();
  return useSuspenseQuery({ ...conversationOptions(client, id), ...options });
}
