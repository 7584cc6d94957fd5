// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { holdRequests } from '../test-support/hold-requests';
import { renderWithDemo } from '../test-support/render';
import { ConversationView } from './ConversationView';

function openConversationId(backend: ReturnType<typeof renderWithDemo>['backend']): string {
  const open = [...(backend.emulator?.store.conversations.newestFirst() ?? [])].find(
    (c) => c.state === 'open' && c.tags.length === 0,
  );
  if (!open) throw new Error('the seeded workspace has no open, untagged conversation');
  return open.id;
}

const state = () => screen.getByTestId('conversation-state').textContent;

describe('the conversation screen', () => {
  it('snoozes optimistically: the state changes before the server has answered', async () => {
    const gate = holdRequests((url) => url.endsWith('/parts'));
    let id = '';
    const { backend } = renderWithDemo((stack) => {
      id = openConversationId(stack.backend);
      return <ConversationView id={id} />;
    }, gate.wrap);
    await waitFor(() => expect(screen.getByTestId('action-snooze')).toHaveProperty('disabled', false));
    const view = within(screen.getByTestId('conversation-view'));

    const snooze = view.getByTestId('action-snooze') as HTMLSelectElement;
    fireEvent.change(snooze, { target: { value: snooze.options[1]?.value } });
    await waitFor(() => expect(view.getByTestId('conversation-state').textContent).toBe('snoozed'));
    expect(backend.emulator?.store.conversations.get(id)?.state).toBe('open'); // not sent through yet
    gate.release();
  });

  it('snoozes, reopens, assigns, tags, marks priority and leaves a note, all through the API', async () => {
    let id = '';
    const { backend } = renderWithDemo((stack) => {
      id = openConversationId(stack.backend);
      return <ConversationView id={id} />;
    });
    const record = () => backend.emulator?.store.conversations.get(id);
    await waitFor(() => expect(screen.getByTestId('action-snooze')).toHaveProperty('disabled', false));

    const snooze = screen.getByTestId('action-snooze') as HTMLSelectElement;
    // Read before the change: the options are relative to the time of each render, and the screen
    // renders again (a second later, perhaps) once the snooze lands.
    const chosen = snooze.options[1]?.value;
    fireEvent.change(snooze, { target: { value: chosen } });
    await waitFor(() => expect(record()?.state).toBe('snoozed'));
    expect(record()?.snoozed_until).toBe(Number(chosen));
    await waitFor(() => expect(screen.getByTestId('action-open')).toHaveProperty('disabled', false));

    fireEvent.click(screen.getByTestId('action-open'));
    await waitFor(() => expect(record()?.state).toBe('open'));
    await waitFor(() => expect(state()).toBe('open'));

    const assign = screen.getByTestId('action-assign') as HTMLSelectElement;
    await waitFor(() => expect(assign.querySelectorAll('optgroup[label="Teams"] option').length).toBeGreaterThan(0));
    const team = assign.querySelector<HTMLOptionElement>('optgroup[label="Teams"] option');
    fireEvent.change(assign, { target: { value: team?.value } });
    await waitFor(() => expect(String(record()?.team_assignee_id)).toBe(team?.value.split(':')[1]));

    const addTag = screen.getByTestId('tag-add') as HTMLSelectElement;
    await waitFor(() => expect(addTag.options.length).toBeGreaterThan(1));
    const tag = addTag.options[1];
    fireEvent.change(addTag, { target: { value: tag?.value } });
    await waitFor(() => expect(screen.getAllByTestId('conversation-tag')).toHaveLength(1));
    expect(record()?.tags.map((t) => t.id)).toEqual([tag?.value]);
    fireEvent.click(screen.getByRole('button', { name: `Remove tag ${tag?.textContent}` }));
    await waitFor(() => expect(screen.queryAllByTestId('conversation-tag')).toHaveLength(0));
    expect(record()?.tags).toEqual([]);

    fireEvent.click(screen.getByTestId('action-priority'));
    await waitFor(() => expect(screen.getByTestId('action-priority').getAttribute('aria-pressed')).toBe('true'));
    expect(record()?.custom_attributes.priority).toBe('priority');

    fireEvent.click(screen.getByTestId('composer-note'));
    fireEvent.change(screen.getByTestId('composer-text'), { target: { value: 'Customer is on the Pro plan' } });
    fireEvent.click(screen.getByTestId('composer-send'));
    await waitFor(() => {
      const notes = screen.getAllByTestId('timeline-entry').filter((e) => e.getAttribute('data-kind') === 'note');
      expect(notes.at(-1)?.textContent).toContain('Customer is on the Pro plan');
    });
    expect(record()?.parts.at(-1)?.part_type).toBe('note');
  });
});
