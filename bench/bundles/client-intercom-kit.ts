// Everything the package exports: the client with every operation, errors, pagination.
export * from '@intercom-kit/core';
