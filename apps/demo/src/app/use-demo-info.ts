import { useQuery } from '@tanstack/react-query';
import type { DemoInfo } from '../../shared/faults';

/** What the demo server runs against (emulator or live workspace); from its own `/__demo/info`. */
export function useDemoInfo() {
  return useQuery({
    queryKey: ['demo', 'info'],
    queryFn: async (): Promise<DemoInfo> => {
      const response = await fetch('/__demo/info');
      if (!response.ok) throw new Error(`The demo server answered ${response.status} to /__demo/info.`);
      return (await response.json()) as DemoInfo;
    },
    staleTime: Infinity,
  });
}
