import { describe, expect, it } from 'vitest';
import { errorCode, testApi } from '../test-support/client';

describe('admins and teams', () => {
  const api = testApi({ conversations: 10 });
  const store = api.emulator.store;

  it('GET /me answers the token owner with the workspace app', async () => {
    const { status, body } = await api.get('/me');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      type: 'admin',
      id: store.meAdminId,
      email_verified: true,
      app: { type: 'app', timezone: 'UTC', region: 'US' },
    });
  });

  it('lists and finds admins, 404 admin_not_found for unknown ids', async () => {
    const list = await api.get<{ type: string; admins: Array<{ id: string; team_ids: number[] }> }>('/admins');
    expect(list.body.type).toBe('admin.list');
    expect(list.body.admins).toHaveLength(store.admins.size);
    const admin = list.body.admins[1];
    expect((await api.get(`/admins/${admin?.id}`)).body).toMatchObject({ id: admin?.id, team_ids: admin?.team_ids });
    const missing = await api.get('/admins/1');
    expect(missing.status).toBe(404);
    expect(errorCode(missing.body)).toBe('admin_not_found');
  });

  it('sets an admin away and back', async () => {
    const id = [...store.admins.keys()][2];
    const away = await api.put(`/admins/${id}/away`, {
      away_mode_enabled: true,
      away_mode_reassign: true,
      away_status_reason_id: 12,
    });
    expect(away.body).toMatchObject({ away_mode_enabled: true, away_mode_reassign: true, away_status_reason_id: 12 });
    const back = await api.put(`/admins/${id}/away`, { away_mode_enabled: false, away_mode_reassign: false });
    expect(back.body).toMatchObject({ away_mode_enabled: false, away_status_reason_id: null });
    const invalid = await api.put(`/admins/${id}/away`, { away_mode_enabled: 'yes' });
    expect(invalid.status).toBe(400);
    expect(JSON.stringify(invalid.body)).toContain('away_mode_enabled');
  });

  it('lists and finds teams with their admins', async () => {
    const list = await api.get<{ type: string; teams: Array<{ id: string; admin_ids: number[] }> }>('/teams');
    expect(list.body.type).toBe('team.list');
    const team = list.body.teams[0];
    expect(team?.admin_ids.every((id) => store.admins.get(String(id))?.team_ids.includes(team.id))).toBe(true);
    expect((await api.get(`/teams/${team?.id}`)).body).toMatchObject({ type: 'team', id: team?.id });
    expect(errorCode((await api.get('/teams/1')).body)).toBe('team_not_found');
  });
});
