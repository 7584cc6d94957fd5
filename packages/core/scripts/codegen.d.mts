/** Generates the src/operations/*.gen.ts files into `out`; resolves to the file names written. */
export function generate(options: { spec: string; operations: string; out: string }): Promise<{
  files: string[];
  operations: number;
}>;
