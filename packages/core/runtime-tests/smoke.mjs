// The same smoke script for every runtime: create a client, list admins, search conversations
// and iterate three pages of the results. Plain JavaScript so that every runtime runs it as is.

/**
 * @param {typeof import('../dist/index.js').IntercomClient} IntercomClient
 * @param {string} baseUrl
 */
export async function smoke(IntercomClient, baseUrl) {
  const client = new IntercomClient({ token: 'smoke-test-token', baseUrl, maxRetries: 0 });
  const admins = await client.admins.list();
  const query = { operator: 'AND', value: [{ field: 'open', operator: '=', value: true }] };
  const pages = [];
  const first = await client.conversations.search({ query, pagination: { per_page: 2 } });
  for await (const page of first.iterPages()) {
    pages.push(page.data.map((conversation) => conversation.id));
    if (pages.length === 3) break;
  }
  let notFound = '';
  try {
    await client.admins.find({ admin_id: 'missing' });
  } catch (error) {
    notFound = `${error.name} ${error.statusCode}`;
  }
  return {
    admins: admins.admins.map((admin) => admin.id),
    pages,
    notFound,
    rateLimitSeen: client.rateLimit !== undefined,
  };
}
