/**
 * Request-target checks. Only characters a path segment may carry pass; percent-encoded
 * unreserved characters are decoded so `/%61dmins` and `/admins` match (and are forwarded) alike;
 * encoded dots, slashes, backslashes and control characters are refused, because their meaning
 * differs between parsers — the kind of disagreement path traversal through a proxy relies on.
 */

export type NormalizedPath =
  | { readonly path: string; readonly segments: readonly string[] }
  | { readonly problem: string };

// RFC 3986 pchar plus '/' and '%'; anything else (space, quotes, '\', '|', '^', brackets, controls,
// non-ASCII) should have reached us percent-encoded.
const ALLOWED = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/;
const UNRESERVED = /^[A-Za-z0-9\-_~]$/;
const ENCODED = /%([0-9A-Fa-f]{0,2})/g;

/** C0 controls, DEL and the C1 controls (U+0080–U+009F). */
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/** Checks an origin-form path (no query) and returns its segments, or the reason it is refused. */
export function normalizePath(raw: string): NormalizedPath {
  if (!raw.startsWith('/')) return { problem: 'the request target must be a path starting with /' };
  if (!ALLOWED.test(raw))
    return { problem: `the path contains a character that must be percent-encoded or is not allowed` };
  const path = raw.includes('%') ? decodeSafe(raw) : raw;
  if (typeof path !== 'string') return path;
  const segments = path.split('/');
  for (let index = 1; index < segments.length; index++) {
    const segment = segments[index];
    if (segment === '') return { problem: 'the path has an empty segment (// or a trailing /)' };
    if (segment === '.' || segment === '..') return { problem: 'the path has a dot segment (. or ..)' };
  }
  return { path, segments };
}

function decodeSafe(raw: string): string | { problem: string } {
  let problem: string | undefined;
  const decoded = raw.replace(ENCODED, (match, hex: string) => {
    if (hex.length < 2) {
      problem ??= 'the path has a malformed percent-encoding';
      return match;
    }
    const byte = Number.parseInt(hex, 16);
    if (byte === 0x2e || byte === 0x2f || byte === 0x5c) {
      problem ??= 'the path has an encoded dot, slash or backslash (%2E, %2F, %5C)';
      return match;
    }
    if (byte < 0x20 || byte === 0x7f) {
      problem ??= 'the path has an encoded control character';
      return match;
    }
    const char = String.fromCharCode(byte);
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
  if (problem !== undefined) return { problem };
  // What remains encoded must be well-formed UTF-8 without C1 controls, as the upstream decodes it.
  let text: string;
  try {
    text = decodeURIComponent(decoded);
  } catch {
    return { problem: 'the path has a percent-encoding that is not valid UTF-8' };
  }
  if (hasControlCharacter(text)) return { problem: 'the path has an encoded control character' };
  return decoded;
}

/**
 * Checks a raw HTTP request target as a server received it (before any URL parsing resolved dot
 * segments or turned backslashes into slashes). Absolute-form (`http://…`), authority-form and
 * asterisk-form targets are refused; the path part must pass `normalizePath`.
 */
export function checkRawTarget(target: string): string | undefined {
  if (!target.startsWith('/') || target.startsWith('//')) {
    return 'the request target must be a path (absolute-form and other targets are refused)';
  }
  const end = target.indexOf('?');
  const path = end === -1 ? target : target.slice(0, end);
  if (path.includes('\\')) return 'the path has a backslash';
  const result = normalizePath(path);
  if ('problem' in result) return result.problem;
  if (end !== -1 && hasControlCharacter(target.slice(end))) return 'the query string has a control character';
  return undefined;
}
