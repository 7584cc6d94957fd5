import type { DefaultError, UseMutationOptions } from '@tanstack/react-query';

/**
 * TanStack's mutation options an app may pass to a mutation hook. Its `onSuccess`, `onError` and
 * `onSettled` run after the hook's own cache updates (and rollbacks) have run.
 */
export type MutationHookOptions<TData, TVariables> = Omit<
  UseMutationOptions<TData, DefaultError, TVariables, unknown>,
  'mutationFn' | 'mutationKey' | 'onMutate'
>;

/** The mutation's own options, with the app's options added and its callbacks run after the mutation's. */
export function withAppOptions<TData, TVariables, TContext>(
  own: UseMutationOptions<TData, DefaultError, TVariables, TContext>,
  app: MutationHookOptions<TData, TVariables> = {},
): UseMutationOptions<TData, DefaultError, TVariables, TContext> {
  return {
    ...app,
    ...own,
    onSuccess: inOrder(own.onSuccess, app.onSuccess),
    onError: inOrder(own.onError, app.onError),
    onSettled: inOrder(own.onSettled, app.onSettled),
  };
}

function inOrder<A extends unknown[]>(
  first: ((...args: A) => unknown) | undefined,
  second: ((...args: A) => unknown) | undefined,
): ((...args: A) => unknown) | undefined {
  if (!first || !second) return first ?? second;
  return async (...args) => {
    await first(...args);
    await second(...args);
  };
}
