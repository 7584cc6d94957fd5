export const SDK_OPERATIONS: number;
export const DESCRIBED_OPERATIONS: number;
export const START: string;
export const END: string;
export function renderCoverageBlock(
  table: Record<string, { readonly path: string; readonly pagination?: unknown }>,
  contractCases: readonly { id: string }[],
): string;
export function replaceCoverageBlock(readme: string, block: string): string;
export function currentCoverageBlock(readme: string): string | undefined;
