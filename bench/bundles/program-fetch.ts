// The floor: the same two requests with fetch alone, no client.
const headers = {
  Authorization: 'Bearer token',
  'Intercom-Version': '2.14',
  Accept: 'application/json',
  'Content-Type': 'application/json',
};
const query = {
  operator: 'AND',
  value: [
    { field: 'state', operator: '=', value: 'open' },
    { field: 'updated_at', operator: '>', value: 1735689600 },
  ],
};
let startingAfter: string | undefined;
for (let pages = 0; pages < 2; pages++) {
  const response = await fetch('https://api.intercom.io/conversations/search', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, pagination: { per_page: 50, starting_after: startingAfter } }),
  });
  if (!response.ok) throw new Error(`Search failed with ${response.status}`);
  const page = (await response.json()) as { conversations: unknown[]; pages?: { next?: { starting_after?: string } } };
  console.log(page.conversations.length);
  startingAfter = page.pages?.next?.starting_after;
  if (startingAfter === undefined) break;
}
