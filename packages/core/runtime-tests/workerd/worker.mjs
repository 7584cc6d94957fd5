// A module worker for `workerd test`: runs the smoke script against the server named by the
// BASE_URL binding and prints the result for the test runner to compare.
import { IntercomClient } from '../../dist/index.js';
import { smoke } from '../smoke.mjs';

export default {
  async test(_controller, env) {
    const result = await smoke(IntercomClient, env.BASE_URL);
    console.log(`SMOKE_RESULT ${JSON.stringify(result)}`);
  },
};
