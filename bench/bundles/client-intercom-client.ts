// Everything the official SDK exports.
export * from 'intercom-client';
