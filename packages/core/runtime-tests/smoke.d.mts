export interface SmokeResult {
  admins: string[];
  pages: string[][];
  notFound: string;
  rateLimitSeen: boolean;
}
export function smoke(client: new (options: object) => unknown, baseUrl: string): Promise<SmokeResult>;
