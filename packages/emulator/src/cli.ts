/** `intercom-emulator --port 4010 --seed 1 [--conversations N]`: serves a seeded emulator on loopback. */
import { parseCliArgs, usage } from './cli-options';
import { serveEmulator } from './node';

async function main(argv: string[]): Promise<void> {
  const settings = parseCliArgs(argv);
  if (settings.help) {
    console.log(usage);
    return;
  }
  const started = performance.now();
  const served = await serveEmulator(settings.options, { port: settings.port, hostname: settings.host });
  const ms = Math.round(performance.now() - started);
  const { seed, conversations } = settings.options;
  console.log(
    `Intercom emulator listening on ${served.url} (seed ${seed}, ${conversations} conversations, ready in ${ms} ms)`,
  );
  const stop = () => {
    served.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`intercom-emulator: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  process.exit(1);
});
