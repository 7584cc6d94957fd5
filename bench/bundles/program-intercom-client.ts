// The same program with the official SDK, which takes the query as raw JSON.
import { IntercomClient } from 'intercom-client';

const client = new IntercomClient({ token: 'token' });
const page = await client.conversations.search({
  query: {
    operator: 'AND',
    value: [
      { field: 'state', operator: '=', value: 'open' },
      { field: 'updated_at', operator: '>', value: '1735689600' },
    ],
  },
  pagination: { per_page: 50 },
});
console.log(page.data.length);
if (page.hasNextPage()) console.log((await page.getNextPage()).data.length);
