import { useIntercomClient } from '@intercom-kit/react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type CollectProgress, collectConversations } from './collect';
import { type DashboardRange, rangeQuery } from './range';

/**
 * The range's conversations, gathered page by page. A TanStack query around core's paging (the
 * react package's infinite hooks load a page per call; a chart needs them all), with its progress.
 */
export function useDashboardData(range: DashboardRange, enabled: boolean) {
  const client = useIntercomClient();
  const [progress, setProgress] = useState<CollectProgress | undefined>(undefined);
  const query = useQuery({
    queryKey: ['demo', 'dashboard', range.from, range.to],
    queryFn: ({ signal }) => {
      setProgress(undefined);
      return collectConversations(client, rangeQuery(range), { onProgress: setProgress, signal });
    },
    enabled,
    staleTime: 60_000,
  });
  return { ...query, progress };
}
