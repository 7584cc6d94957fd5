import type { Contact, Tag } from '@intercom-kit/core';

/**
 * A contact lists its tags as references (`tags.data: [{ type: 'tag', id, url }]`, at most a few
 * with `has_more`); these keep the references and their count in step with a tag just added or removed.
 */
export function withContactTag<T extends Contact>(tag: Tag): (contact: T) => T {
  return (contact) => {
    const refs = contact.tags?.data ?? [];
    if (tag.id === undefined || refs.some((ref) => ref.id === tag.id)) return contact;
    const ref = { type: 'tag', id: tag.id, url: `/tags/${tag.id}` };
    const total = contact.tags?.total_count;
    return {
      ...contact,
      tags: { ...contact.tags, data: [...refs, ref], ...(total === undefined ? {} : { total_count: total + 1 }) },
    };
  };
}

export function withoutContactTag<T extends Contact>(tagId: string): (contact: T) => T {
  return (contact) => {
    const refs = contact.tags?.data ?? [];
    if (!refs.some((ref) => ref.id === tagId)) return contact;
    const total = contact.tags?.total_count;
    return {
      ...contact,
      tags: {
        ...contact.tags,
        data: refs.filter((ref) => ref.id !== tagId),
        ...(total === undefined ? {} : { total_count: Math.max(0, total - 1) }),
      },
    };
  };
}
