export function measure(source: string): Promise<{ raw: number; gzip: number; inputs: string[] }>;
