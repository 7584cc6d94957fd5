/** Intercom's regional API hosts. */
export const IntercomEnvironment = {
  UsProduction: 'https://api.intercom.io',
  EuProduction: 'https://api.eu.intercom.io',
  AuProduction: 'https://api.au.intercom.io',
} as const;

export type IntercomEnvironment = (typeof IntercomEnvironment)[keyof typeof IntercomEnvironment];

/** Short names for the regional hosts. */
export type IntercomRegion = 'us' | 'eu' | 'au';

const regions: Record<IntercomRegion, IntercomEnvironment> = {
  us: IntercomEnvironment.UsProduction,
  eu: IntercomEnvironment.EuProduction,
  au: IntercomEnvironment.AuProduction,
};

/** `'eu'` → the EU host; anything else is taken as a URL. */
export function environmentUrl(environment: string): string {
  // An own-property check: 'constructor' or 'toString' are URLs to be checked, not regions.
  return Object.hasOwn(regions, environment) ? regions[environment as IntercomRegion] : environment;
}
