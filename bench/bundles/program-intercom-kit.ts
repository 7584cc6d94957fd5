// Create the client, search open conversations updated since 2025 with the DSL, read two pages.
import { IntercomClient } from '@intercom-kit/core';
import { conversations } from '@intercom-kit/search-dsl';

const client = new IntercomClient({ token: 'token' });
const query = conversations
  .field('state')
  .eq('open')
  .and(conversations.field('updated_at').gt(new Date('2025-01-01')));
const first = await client.conversations.search({ query, pagination: { per_page: 50 } });
let pages = 0;
for await (const page of first.iterPages()) {
  console.log(page.data.length);
  if (++pages === 2) break;
}
