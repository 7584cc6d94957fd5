import { describe, expect, it } from 'vitest';
import { withAppOptions } from './hook-options';

describe('withAppOptions', () => {
  it("runs the app's callbacks after the mutation's own, once they have finished", async () => {
    const calls: string[] = [];
    const own = {
      mutationFn: async (n: number) => n,
      onSuccess: async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        calls.push('own');
      },
    };
    const merged = withAppOptions(own, { onSuccess: () => void calls.push('app'), retry: 2 });
    await merged.onSuccess?.(1, 1, undefined, undefined as never);
    expect(calls).toEqual(['own', 'app']);
    expect(merged.retry).toBe(2);
    expect(merged.mutationFn).toBe(own.mutationFn);
  });

  it('keeps a callback that only one side has', () => {
    const onError = () => undefined;
    expect(withAppOptions({}, { onError }).onError).toBe(onError);
    expect(withAppOptions({ onError }).onError).toBe(onError);
    expect(withAppOptions({}).onSettled).toBeUndefined();
  });
});
