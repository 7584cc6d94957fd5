const JSON_TYPE = /[/+]json\b/i;

/**
 * Turns the response text into a value without losing anything: JSON (every field kept, known or
 * not) when the content type says JSON or says nothing, the text itself otherwise. `undefined`
 * for an empty body. Invalid JSON throws a SyntaxError unless `lenient` (error bodies: a gateway's
 * HTML page labelled JSON is still worth showing).
 */
export function parseBody(text: string | undefined, contentType: string | null, lenient: boolean): unknown {
  if (text === undefined || text === '') return undefined;
  if (contentType && !JSON_TYPE.test(contentType)) return text;
  try {
    return JSON.parse(text);
  } catch (error) {
    if (lenient || !contentType) return text;
    throw error;
  }
}
