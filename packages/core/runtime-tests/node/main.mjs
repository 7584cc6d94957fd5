import { IntercomClient } from '../../dist/index.js';
import { smoke } from '../smoke.mjs';

console.log(JSON.stringify(await smoke(IntercomClient, process.argv[2])));
