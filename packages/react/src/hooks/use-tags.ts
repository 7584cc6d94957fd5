import type { Tag, TagList } from '@intercom-kit/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { tagsOptions } from '../options/workspace';
import { useIntercomClient } from '../provider';
import type { QueryHookOptions } from './types';

/** The workspace's tags (`GET /tags`). */
export function useTags(options: QueryHookOptions<TagList, Tag[]> = {}): UseQueryResult<Tag[]> {
  const client = useIntercomClient();
  return useQuery({ ...tagsOptions(client), ...options });
}
