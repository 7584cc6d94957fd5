import type { ConversationListItem } from '@intercom-kit/core';
import { describe, expect, it } from 'vitest';
import { applyManage, withoutTag, withTag } from './conversation-patches';

const open: ConversationListItem = { id: '1', state: 'open', open: true, snoozed_until: null, admin_assignee_id: 5 };
const closed: ConversationListItem = { id: '1', state: 'closed', open: false, snoozed_until: null };

describe('applyManage', () => {
  it('closes', () => {
    expect(applyManage({ message_type: 'close', type: 'admin', admin_id: '1' })(open)).toEqual({
      ...open,
      state: 'closed',
      open: false,
    });
  });

  it('opens', () => {
    expect(applyManage({ message_type: 'open', admin_id: '1' })(closed)).toMatchObject({ state: 'open', open: true });
  });

  it('snoozes until the given time', () => {
    expect(applyManage({ message_type: 'snoozed', admin_id: '1', snoozed_until: 1900000000 })(open)).toMatchObject({
      state: 'snoozed',
      open: true,
      snoozed_until: 1900000000,
    });
  });

  it('assigns to an admin or a team, "0" unassigns', () => {
    const toAdmin = applyManage({ message_type: 'assignment', type: 'admin', admin_id: '1', assignee_id: '9' });
    expect(toAdmin(open)).toEqual({ ...open, admin_assignee_id: 9 });
    const toTeam = applyManage({ message_type: 'assignment', type: 'team', admin_id: '1', assignee_id: '3' });
    expect(toTeam(open)).toEqual({ ...open, team_assignee_id: 3 });
    const unassign = applyManage({ message_type: 'assignment', type: 'admin', admin_id: '1', assignee_id: '0' });
    expect(unassign(open)).toEqual({ ...open, admin_assignee_id: null });
  });

  it('reopens a closed or snoozed conversation it assigns', () => {
    const assign = applyManage({ message_type: 'assignment', type: 'admin', admin_id: '1', assignee_id: '9' });
    expect(assign(closed)).toMatchObject({ state: 'open', open: true, admin_assignee_id: 9 });
  });
});

describe('tags', () => {
  const tagged: ConversationListItem = { id: '1', tags: { type: 'tag.list', tags: [{ id: 't1', name: 'a' }] } };

  it('adds a tag once', () => {
    const add = withTag({ type: 'tag', id: 't2', name: 'b' });
    expect(add(tagged).tags?.tags?.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(add(add(tagged)).tags?.tags?.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(withTag({ id: 't9' })({ id: '2' }).tags).toEqual({ type: 'tag.list', tags: [{ id: 't9' }] });
  });

  it('removes a tag', () => {
    expect(withoutTag('t1')(tagged).tags?.tags).toEqual([]);
  });
});
