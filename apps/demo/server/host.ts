const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a request's host name is this machine's loopback. The proxy adds the token to whatever it
 * forwards, so a page on another site that rebinds its DNS name to 127.0.0.1 must not reach it.
 */
export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname.toLowerCase());
}
