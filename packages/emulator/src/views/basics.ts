import type { Store } from '../store/store';
import type { AdminRecord, AppliedTag, SegmentRecord, TagRecord, TeamRecord } from '../store/types';

/** Views turn stored records into Intercom 2.14 JSON. Absent optional values are omitted, not null, where the description does not allow null. */
export function adminView(admin: AdminRecord) {
  return {
    type: 'admin',
    id: admin.id,
    name: admin.name,
    email: admin.email,
    job_title: admin.job_title,
    away_mode_enabled: admin.away_mode_enabled,
    away_mode_reassign: admin.away_mode_reassign,
    away_status_reason_id: admin.away_status_reason_id,
    has_inbox_seat: admin.has_inbox_seat,
    team_ids: admin.team_ids.map(Number),
    avatar: admin.avatar,
  };
}

export function meView(store: Store, admin: AdminRecord) {
  const { away_status_reason_id: _reason, avatar, ...rest } = adminView(admin);
  return {
    ...rest,
    avatar: { type: 'avatar', image_url: avatar },
    email_verified: true,
    app: { type: 'app', ...store.app },
  };
}

export function teamView(team: TeamRecord) {
  return { type: 'team', id: team.id, name: team.name, admin_ids: team.admin_ids.map(Number) };
}

export function tagBasicView(tag: TagRecord) {
  return { type: 'tag', id: tag.id, name: tag.name };
}

/** A tag as applied to something: with when and by whom. */
export function appliedTagView(store: Store, applied: AppliedTag) {
  return {
    type: 'tag',
    id: applied.id,
    name: store.tags.get(applied.id)?.name ?? '',
    applied_at: applied.applied_at,
    applied_by: { type: applied.applied_by.type, id: applied.applied_by.id },
  };
}

export function segmentView(segment: SegmentRecord, count?: number) {
  return {
    type: 'segment',
    id: segment.id,
    name: segment.name,
    created_at: segment.created_at,
    updated_at: segment.updated_at,
    person_type: segment.person_type,
    ...(count === undefined ? {} : { count }),
  };
}

/** Removes HTML tags and decodes the few entities the emulator writes, for `display_as=plaintext`. */
export function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}
