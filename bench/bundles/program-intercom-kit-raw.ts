// The intercom-kit program with the query as raw JSON instead of the DSL, to show what the DSL adds.
import { IntercomClient } from '@intercom-kit/core';

const client = new IntercomClient({ token: 'token' });
const first = await client.conversations.search({
  query: {
    operator: 'AND',
    value: [
      { field: 'state', operator: '=', value: 'open' },
      { field: 'updated_at', operator: '>', value: 1735689600 },
    ],
  },
  pagination: { per_page: 50 },
});
let pages = 0;
for await (const page of first.iterPages()) {
  console.log(page.data.length);
  if (++pages === 2) break;
}
