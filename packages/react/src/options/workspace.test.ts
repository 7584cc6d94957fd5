import { describe, expect, it } from 'vitest';
import { createTestEnv } from '../test-support/env';
import { adminsOptions, tagsOptions, teamsOptions } from './workspace';

describe('workspace list options', () => {
  it('cache the response as the API sent it and select its items', async () => {
    const { client, queryClient, emulator } = createTestEnv();
    const admins = adminsOptions(client);
    const teams = teamsOptions(client);
    const tags = tagsOptions(client);
    const [adminList, teamList, tagList] = await Promise.all([
      queryClient.fetchQuery(admins),
      queryClient.fetchQuery(teams),
      queryClient.fetchQuery(tags),
    ]);
    expect(queryClient.getQueryData(admins.queryKey)).toEqual(adminList);
    expect(adminList.type).toBe('admin.list');
    expect(admins.select?.(adminList)).toHaveLength(emulator.store.admins.size);
    expect(teams.select?.(teamList)).toHaveLength(emulator.store.teams.size);
    expect(tags.select?.(tagList)).toHaveLength(emulator.store.tags.size);
  });

  it('leaves out admin entries the schema allows to be null', () => {
    const { client } = createTestEnv();
    expect(adminsOptions(client).select?.({ type: 'admin.list', admins: [null, { id: '1' }] })).toEqual([{ id: '1' }]);
  });
});
