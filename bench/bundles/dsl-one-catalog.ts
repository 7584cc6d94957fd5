// search-dsl alone with one resource catalog: a query built with the conversations builder.
import { conversations } from '@intercom-kit/search-dsl';

const query = conversations
  .field('state')
  .eq('open')
  .and(conversations.field('updated_at').gt(new Date('2025-01-01')));
console.log(JSON.stringify({ query }));
