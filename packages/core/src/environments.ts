/** Intercom's regional API hosts. */
export const IntercomEnvironment = {
  UsProduction: 'https://api.intercom.io',
  EuProduction: 'https://api.eu.intercom.io',
  AuProduction: 'https://api.au.intercom.io',
} as const;

export type IntercomEnvironment = (typeof IntercomEnvironment)[keyof typeof IntercomEnvironment];
