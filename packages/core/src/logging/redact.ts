const REDACTED = '[redacted]';
/** Header and field names whose values are credentials, whatever their content. */
const SECRET_KEY = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|token|access_token)$/i;

/**
 * `value` as text safe to log: credential-named keys are masked at any depth and the token text
 * is replaced wherever it appears (a header, a URL, an echoed body, an error message).
 */
export function redact(value: unknown, secret?: string): string {
  let text: string;
  try {
    text =
      typeof value === 'string'
        ? value
        : JSON.stringify(value, (key, item: unknown) =>
            SECRET_KEY.test(key)
              ? REDACTED
              : item instanceof Error
                ? { name: item.name, message: item.message }
                : item instanceof Headers
                  ? Object.fromEntries(item)
                  : item,
          );
  } catch {
    text = String(value); // circular structures
  }
  return secret ? text.split(secret).join(REDACTED) : text;
}
