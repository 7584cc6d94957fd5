/** Splits a comma-separated Worker variable into its trimmed, non-empty entries. */
export function listVar(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}
