#!/usr/bin/env node
// Prints the bundle sizes of the budget programs; exits with 1 when one is over its limit.
import { measure, programs } from './bundle-size/measure.mjs';

for (const [name, { limit, source }] of Object.entries(programs)) {
  const { raw, gzip } = await measure(source);
  const verdict = gzip <= limit ? 'ok' : 'OVER';
  console.log(`${name}: ${raw} B minified, ${gzip} B gzip (limit ${limit} B) ${verdict}`);
  if (gzip > limit) process.exitCode = 1;
}
