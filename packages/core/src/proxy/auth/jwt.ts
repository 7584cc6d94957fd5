import { isRecord } from '../../internal/guards';

/** The parts of a compact JWS, decoded but not yet trusted. */
export interface DecodedJwt {
  readonly header: Record<string, unknown>;
  readonly payload: Record<string, unknown>;
  readonly signedPart: Uint8Array;
  readonly signature: Uint8Array;
}

const SEGMENT = /^[A-Za-z0-9_-]+$/;
const MAX_TOKEN_LENGTH = 16 * 1024;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Splits and decodes a compact JWT; `undefined` when it is not one (never throws). */
export function decodeJwt(token: string): DecodedJwt | undefined {
  if (token.length > MAX_TOKEN_LENGTH) return undefined;
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => SEGMENT.test(part))) return undefined;
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  try {
    const header: unknown = JSON.parse(decoder.decode(base64UrlDecode(headerPart)));
    const payload: unknown = JSON.parse(decoder.decode(base64UrlDecode(payloadPart)));
    if (!isRecord(header) || !isRecord(payload)) return undefined;
    return {
      header,
      payload,
      signedPart: encoder.encode(`${headerPart}.${payloadPart}`),
      signature: base64UrlDecode(signaturePart),
    };
  } catch {
    return undefined;
  }
}

export interface ClaimExpectations {
  readonly issuer: string;
  readonly audiences: readonly string[];
  readonly nowSeconds: number;
  readonly toleranceSeconds: number;
}

/** Checks `iss`, `aud`, `exp` (required) and `nbf` (when present). */
export function claimsAreValid(payload: Record<string, unknown>, expected: ClaimExpectations): boolean {
  const { exp, nbf, iss, aud } = payload;
  if (iss !== expected.issuer) return false;
  const audiences = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
  if (!audiences.some((value) => typeof value === 'string' && expected.audiences.includes(value))) return false;
  if (typeof exp !== 'number' || expected.nowSeconds >= exp + expected.toleranceSeconds) return false;
  if (nbf !== undefined && (typeof nbf !== 'number' || expected.nowSeconds < nbf - expected.toleranceSeconds))
    return false;
  return true;
}

export const RS256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

export function verifySignature(key: CryptoKey, jwt: DecodedJwt): Promise<boolean> {
  return crypto.subtle.verify(RS256, key, jwt.signature as BufferSource, jwt.signedPart as BufferSource);
}

export function base64UrlDecode(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
