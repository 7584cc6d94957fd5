import { ApiError } from '../errors';

/** Checks `Authorization: Bearer <token>`: any non-empty token, or one of `tokens` when given. */
export function authenticate(header: string | null, tokens: ReadonlySet<string> | null): void {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (!token || (tokens && !tokens.has(token))) {
    throw new ApiError(401, 'unauthorized', 'Access Token Invalid');
  }
}

/** Answers 2.x in 2.14 shapes; other versions are refused with a message naming what to send. */
export function checkVersion(header: string | null): void {
  if (header === null || header === '') return;
  if (!/^2\.(?:[0-9]|1[0-4])$/.test(header.trim())) {
    throw new ApiError(
      400,
      'intercom_version_invalid',
      `Intercom-Version '${header}' is not supported; send a 2.x version (2.0 to 2.14), answers use 2.14 shapes`,
      'Intercom-Version',
    );
  }
}
