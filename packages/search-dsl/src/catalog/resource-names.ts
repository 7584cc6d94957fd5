import { SearchQueryError } from '../errors';
import type { ResourceName } from './types';

// Kept apart from the registry so that checking a name does not pull every catalog into a bundle.
export const resourceNames: readonly ResourceName[] = ['conversations', 'contacts', 'tickets'];

export const isResourceName = (value: unknown): value is ResourceName =>
  typeof value === 'string' && (resourceNames as readonly string[]).includes(value);

export function checkResourceName(resource: unknown): asserts resource is ResourceName {
  if (isResourceName(resource)) return;
  throw new SearchQueryError(
    'unknown_resource',
    `Unknown search resource ${JSON.stringify(resource)}; use one of ${resourceNames.join(', ')}.`,
  );
}
