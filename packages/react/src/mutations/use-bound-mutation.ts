import type { IntercomClient } from '@intercom-kit/core';
import {
  type DefaultError,
  type QueryClient,
  type UseMutationOptions,
  type UseMutationResult,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { useIntercomClient } from '../provider';
import { type MutationHookOptions, withAppOptions } from './hook-options';

/**
 * Runs the mutation an option factory describes with the provider's client and the app's query
 * client, the app's options added (its callbacks after the factory's own). Every mutation hook is this call.
 */
export function useBoundMutation<TData, TVariables, TContext>(
  factory: (
    client: IntercomClient,
    queryClient: QueryClient,
  ) => UseMutationOptions<TData, DefaultError, TVariables, TContext>,
  options?: MutationHookOptions<TData, TVariables>,
): UseMutationResult<TData, DefaultError, TVariables, TContext> {
  return useMutation(withAppOptions(factory(useIntercomClient(), useQueryClient()), options));
}
