import type { Tag, TagList } from '@intercom-kit/core';
import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query';
import { tagsOptions } from '../options/workspace';
import { useIntercomClient } from '../provider';
import type { SuspenseQueryHookOptions } from './types';

/** `useTags` for a Suspense boundary. */
export function useSuspenseTags(options: SuspenseQueryHookOptions<TagList, Tag[]> = {}): UseSuspenseQueryResult<Tag[]> {
  const client = useIntercomClient();
  return useSuspenseQuery({ ...tagsOptions(client), ...options });
}
