/** Word lists the generator draws from. Plain data; nothing here is random by itself. */
export const firstNames = [
  'Ada',
  'Alan',
  'Amara',
  'Anika',
  'Arjun',
  'Ben',
  'Bea',
  'Carla',
  'Chen',
  'Dario',
  'Diana',
  'Elif',
  'Emil',
  'Fatima',
  'Felix',
  'Grace',
  'Hana',
  'Hugo',
  'Ines',
  'Ivan',
  'Jonas',
  'Julia',
  'Kai',
  'Keisha',
  'Lars',
  'Lena',
  'Luca',
  'Maya',
  'Mateo',
  'Nadia',
  'Noah',
  'Olga',
  'Omar',
  'Priya',
  'Quinn',
  'Rafael',
  'Rosa',
  'Sami',
  'Sofia',
  'Tariq',
  'Tess',
  'Uma',
  'Victor',
  'Wen',
  'Xavier',
  'Yara',
  'Yusuf',
  'Zoe',
] as const;

export const lastNames = [
  'Abbott',
  'Bauer',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'Larsen',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quintero',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Ueda',
  'Varga',
  'Weber',
  'Xu',
  'Yilmaz',
  'Zhang',
  'Murphy',
  'Silva',
  'Novak',
  'Lindqvist',
] as const;

export const companyWords = [
  'Acme',
  'Northwind',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Vandelay',
  'Stark',
  'Wayne',
  'Tyrell',
  'Cyberdyne',
  'Soylent',
  'Aperture',
  'Oscorp',
  'Wonka',
  'Gringotts',
  'Pied Piper',
  'Dunder',
  'Massive',
  'Blue Sun',
  'Monarch',
  'Atlas',
  'Zenith',
  'Nimbus',
  'Orbit',
  'Quanta',
  'Helix',
  'Vertex',
  'Lumen',
  'Sparrow',
] as const;

export const companySuffixes = ['Inc', 'Labs', 'GmbH', 'Ltd', 'Co', 'Group', 'Systems', 'Studio'] as const;
export const industries = ['Software', 'Retail', 'Finance', 'Healthcare', 'Education', 'Logistics', 'Media'] as const;
export const plans = ['Starter', 'Pro', 'Premium', 'Enterprise'] as const;
/** Values of the `team_size` options attribute. */
export const teamSizes = ['1-10', '11-50', '51-200', '200+'] as const;
export const emailDomains = ['example.com', 'mail.test', 'inbox.test', 'example.org', 'corp.test'] as const;

export const locations = [
  { country: 'United States', region: 'California', city: 'San Francisco', country_code: 'USA', continent_code: 'NA' },
  { country: 'United States', region: 'New York', city: 'New York', country_code: 'USA', continent_code: 'NA' },
  { country: 'Ireland', region: 'Dublin', city: 'Dublin', country_code: 'IRL', continent_code: 'EU' },
  { country: 'Germany', region: 'Berlin', city: 'Berlin', country_code: 'DEU', continent_code: 'EU' },
  { country: 'France', region: 'Ile-de-France', city: 'Paris', country_code: 'FRA', continent_code: 'EU' },
  { country: 'Brazil', region: 'Sao Paulo', city: 'Sao Paulo', country_code: 'BRA', continent_code: 'SA' },
  { country: 'Japan', region: 'Tokyo', city: 'Tokyo', country_code: 'JPN', continent_code: 'AS' },
  { country: 'India', region: 'Karnataka', city: 'Bengaluru', country_code: 'IND', continent_code: 'AS' },
  { country: 'Australia', region: 'New South Wales', city: 'Sydney', country_code: 'AUS', continent_code: 'OC' },
  { country: 'Nigeria', region: 'Lagos', city: 'Lagos', country_code: 'NGA', continent_code: 'AF' },
] as const;

export const browsers = ['chrome', 'firefox', 'safari', 'edge'] as const;
export const operatingSystems = ['OS X 14.4', 'Windows 11', 'Linux', 'iOS 17.5', 'Android 14'] as const;
export const languages = ['en', 'en-US', 'de', 'fr', 'es', 'pt-BR', 'ja'] as const;

export const teamNames = ['Support', 'Billing', 'Success', 'Engineering', 'Sales', 'Onboarding', 'VIP'] as const;
export const jobTitles = ['Support Engineer', 'Support Lead', 'Account Manager', 'Billing Specialist', 'CSM'] as const;

export const tagNames = [
  'bug',
  'billing',
  'feature-request',
  'vip',
  'churn-risk',
  'onboarding',
  'refund',
  'integration',
  'mobile',
  'api',
  'security',
  'login',
  'invoice',
  'performance',
  'urgent',
  'feedback',
  'enterprise',
  'trial',
  'upgrade',
  'outage',
  'documentation',
  'export',
  'sso',
  'webhooks',
  'gdpr',
  'pricing',
  'partnership',
  'translation',
  'accessibility',
  'beta',
] as const;

/** Topics give conversation bodies coherent words for `source.body` searches. */
export const topics = [
  { words: ['refund', 'charge', 'invoice'], subject: 'Refund for a double charge' },
  { words: ['login', 'password', 'reset'], subject: 'Cannot log in' },
  { words: ['export', 'csv', 'report'], subject: 'Exporting my data' },
  { words: ['upgrade', 'plan', 'pricing'], subject: 'Question about upgrading' },
  { words: ['api', 'webhook', 'token'], subject: 'API returns an error' },
  { words: ['slow', 'dashboard', 'timeout'], subject: 'Dashboard is very slow' },
  { words: ['mobile', 'app', 'crash'], subject: 'The mobile app crashes' },
  { words: ['invite', 'teammate', 'seat'], subject: 'Inviting a teammate' },
  { words: ['cancel', 'subscription', 'account'], subject: 'Cancelling my subscription' },
  { words: ['integration', 'salesforce', 'sync'], subject: 'Salesforce sync stopped' },
] as const;

export const openers = ['Hi there,', 'Hello!', 'Hey team,', 'Good morning,', 'Hi,'] as const;
export const customerLines = [
  'I have a problem with the {0} since yesterday.',
  'Could you help me with the {0}? It does not work as expected.',
  'The {0} and the {1} look wrong on my account.',
  'Is there a way to fix the {0} quickly?',
  'I tried the {1} again but the {0} still fails.',
] as const;
export const adminLines = [
  'Thanks for reaching out! Let me look into the {0} for you.',
  'I have checked the {0}; could you share a screenshot of the {1}?',
  'Good news: the {0} issue is fixed now.',
  'I escalated the {0} to our engineers and will update you soon.',
  'Could you try the {1} once more and tell me if the {0} works?',
] as const;
export const followUps = [
  'Thanks, that worked!',
  'Still broken, sorry.',
  'Any update on this?',
  'Perfect, thank you.',
] as const;
export const noteLines = [
  'Customer is on a legacy plan.',
  'Prefers email follow-ups.',
  'Asked about volume discounts.',
];
export const eventNames = [
  'signed-in',
  'invited-friend',
  'created-project',
  'exported-report',
  'upgraded-plan',
] as const;
