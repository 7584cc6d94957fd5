// The same query with plain field(), which is checked against whichever resource it is sent to and so
// brings all three catalogs.
import { field } from '@intercom-kit/search-dsl';

const query = field('state')
  .eq('open')
  .and(field('updated_at').gt(new Date('2025-01-01')));
console.log(JSON.stringify({ query }));
