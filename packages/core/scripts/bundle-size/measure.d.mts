export const programs: Record<string, { limit: number; source: string }>;
export function measure(source: string): Promise<{ raw: number; gzip: number }>;
