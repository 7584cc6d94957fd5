import type { Conversation } from '@intercom-kit/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { IntercomId } from '../keys';
import { conversationOptions } from '../options/conversations';
import { useIntercomClient } from '../provider';
import type { QueryHookOptions } from './types';

/** One conversation with its parts (`GET /conversations/{id}`). */
export function useConversation(
  id: IntercomId,
  options: QueryHookOptions<Conversation> = {},
): UseQueryResult<Conversation> {
  const client = useIntercomClient();
  return useQuery({ ...conversationOptions(client, id), ...options });
}
