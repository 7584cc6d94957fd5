/**
 * The one place that touches runtime globals (`process`, `Deno`). Everything else asks here, so
 * the client runs unchanged where neither exists (browsers, Cloudflare Workers without
 * `nodejs_compat`).
 */
interface RuntimeGlobals {
  process?: { env?: Record<string, string | undefined> };
  Deno?: {
    env?: { get(name: string): string | undefined };
    permissions?: { querySync?(descriptor: { name: 'env'; variable: string }): { state: string } };
  };
}

/**
 * Reads an environment variable where the runtime has an environment; `undefined` elsewhere.
 * Never throws and never triggers Deno's interactive permission prompt: without `--allow-env`
 * the variable simply counts as unset.
 */
export function readEnv(name: string): string | undefined {
  const runtime = globalThis as RuntimeGlobals;
  try {
    const deno = runtime.Deno;
    if (deno) {
      if (deno.permissions?.querySync?.({ name: 'env', variable: name }).state !== 'granted') return undefined;
      return deno.env?.get(name) || undefined;
    }
    return runtime.process?.env?.[name] || undefined;
  } catch {
    return undefined;
  }
}
