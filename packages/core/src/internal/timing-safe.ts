/**
 * Compares a secret with a candidate in time that depends only on the candidate's length (which
 * the caller chose): every candidate byte is compared, against the secret's bytes cycled, and a
 * length difference is folded into the result rather than returning early. Nothing about the
 * secret — its bytes or its length — shows in the timing.
 */
export function timingSafeEqual(secret: Uint8Array, candidate: Uint8Array): boolean {
  if (secret.length === 0) return candidate.length === 0;
  let difference = secret.length ^ candidate.length;
  for (let index = 0; index < candidate.length; index++) {
    difference |= candidate[index]! ^ secret[index % secret.length]!;
  }
  return difference === 0;
}
