import type { Conversation } from '@intercom-kit/core';
import { describe, expect, it } from 'vitest';
import { demoStack } from '../../server/test-support';
import { authorName, conversationSubject, type NameLookup, timelineEntries } from './timeline';

const names: NameLookup = (reference) =>
  reference?.type === 'team' && reference.id === '5' ? 'Support' : reference?.id === '9' ? 'Ada' : undefined;

describe('timelineEntries', () => {
  it('starts with the first message and turns each part into a message, note or event', () => {
    const conversation: Conversation = {
      id: '1',
      created_at: 100,
      source: { id: 's1', subject: 'Login', body: '<p>It fails</p>', author: { type: 'lead', name: null } },
      conversation_parts: {
        conversation_parts: [
          {
            id: 'p1',
            part_type: 'comment',
            body: '<p>Looking</p>',
            created_at: 110,
            author: { type: 'admin', name: 'Ada' },
          },
          { id: 'p2', part_type: 'note', body: '<p>VIP</p>', created_at: 120, author: { type: 'admin', name: 'Ada' } },
          {
            id: 'p3',
            part_type: 'assignment',
            created_at: 130,
            author: { type: 'admin', name: 'Ada' },
            assigned_to: { type: 'team', id: '5' },
          },
          { id: 'p4', part_type: 'close', body: '<p>Bye</p>', created_at: 140, author: { type: 'admin', name: 'Ada' } },
          { id: 'p5', part_type: 'language_detected', created_at: 150, author: { type: 'bot' } },
        ],
      },
    };
    expect(timelineEntries(conversation, names)).toEqual([
      {
        id: 'source-s1',
        kind: 'message',
        author: 'Unnamed lead',
        authorType: 'lead',
        createdAt: 100,
        paragraphs: ['Login', 'It fails'],
      },
      { id: 'p1', kind: 'message', author: 'Ada', authorType: 'admin', createdAt: 110, paragraphs: ['Looking'] },
      { id: 'p2', kind: 'note', author: 'Ada', authorType: 'admin', createdAt: 120, paragraphs: ['VIP'] },
      {
        id: 'p3',
        kind: 'event',
        author: 'Ada',
        authorType: 'admin',
        createdAt: 130,
        paragraphs: [],
        action: 'assigned it to Support',
      },
      {
        id: 'p4',
        kind: 'event',
        author: 'Ada',
        authorType: 'admin',
        createdAt: 140,
        paragraphs: ['Bye'],
        action: 'closed the conversation',
      },
      {
        id: 'p5',
        kind: 'event',
        author: 'Operator',
        authorType: 'bot',
        createdAt: 150,
        paragraphs: [],
        action: 'language detected',
      },
    ]);
  });

  it('has words for every kind of part the seeded workspace holds', async () => {
    const { client, backend } = demoStack();
    const ids = [...(backend.emulator?.store.conversations.newestFirst() ?? [])].slice(0, 60).map((c) => c.id);
    for (const id of ids) {
      const conversation = await client.conversations.find({ conversation_id: Number(id) });
      const parts = conversation.conversation_parts?.conversation_parts ?? [];
      const entries = timelineEntries(conversation, names);
      expect(entries).toHaveLength(parts.length + 1);
      for (const [index, part] of parts.entries()) {
        const entry = entries[index + 1];
        if (entry?.kind === 'event') expect(entry.action).not.toBe(part.part_type?.replace(/_/g, ' '));
      }
    }
  });
});

describe('authorName', () => {
  it('falls back from the name to the email to the kind of author', () => {
    expect(authorName({ name: 'Ada', email: 'a@x.io' })).toBe('Ada');
    expect(authorName({ name: '', email: 'a@x.io' })).toBe('a@x.io');
    expect(authorName({ type: 'user' })).toBe('Unnamed user');
    expect(authorName(undefined)).toBe('Unknown author');
  });
});

describe('conversationSubject', () => {
  it('takes the title, else the subject, else the start of the first message', () => {
    const body = '<p>The export button does nothing at all</p>';
    expect(conversationSubject({ title: 'Export', source: { subject: 'Bug', body } }, 20)).toBe('Export');
    expect(conversationSubject({ title: '', source: { subject: 'Bug', body } }, 20)).toBe('Bug');
    expect(conversationSubject({ title: null, source: { subject: '', body } }, 20)).toBe('The export button d…');
    expect(conversationSubject({}, 20)).toBe('');
  });
});
