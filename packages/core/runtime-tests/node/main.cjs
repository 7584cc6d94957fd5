// The CommonJS build, as `require('@intercom-kit/core')` loads it.
const { IntercomClient } = require('../../dist/index.cjs');

import('../smoke.mjs')
  .then(({ smoke }) => smoke(IntercomClient, process.argv[2]))
  .then((result) => console.log(JSON.stringify(result)));
