import * as v from 'valibot';
import { get, put, type RouteDefinition } from '../http/context';
import { parseBody } from '../http/validate';
import { adminView, meView } from '../views/basics';

const awaySchema = v.object({
  away_mode_enabled: v.boolean('away_mode_enabled must be a boolean'),
  away_mode_reassign: v.boolean('away_mode_reassign must be a boolean'),
  away_status_reason_id: v.optional(v.nullable(v.pipe(v.number(), v.integer()))),
});

export const adminRoutes: RouteDefinition[] = [
  get('/me', ({ store }) => meView(store, store.admin(store.meAdminId))),
  get('/admins', ({ store }) => ({ type: 'admin.list', admins: [...store.admins.values()].map(adminView) })),
  get('/admins/{admin_id}', ({ store, params }) => adminView(store.admin(params.admin_id as string))),
  put('/admins/{admin_id}/away', ({ store, params, body }) => {
    const admin = store.admin(params.admin_id as string);
    const input = parseBody(awaySchema, body);
    admin.away_mode_enabled = input.away_mode_enabled;
    admin.away_mode_reassign = input.away_mode_reassign;
    if (input.away_status_reason_id !== undefined) admin.away_status_reason_id = input.away_status_reason_id;
    if (!input.away_mode_enabled) admin.away_status_reason_id = null;
    return adminView(admin);
  }),
];
