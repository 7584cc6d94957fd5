// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithDemo } from '../test-support/render';
import { InboxScreen } from './InboxScreen';

const searches = (sent: readonly { path: string }[]) =>
  sent.filter((r) => r.path === '/api/conversations/search').length;
const total = () => screen.getByTestId('list-total').getAttribute('data-total');

describe('the inbox query bar', () => {
  it('shows a parse error inline and sends nothing until the query is fixed', async () => {
    const { sent, backend } = renderWithDemo(<InboxScreen conversationId={undefined} />);
    await waitFor(() => expect(total()).toBe('5000'));
    const input = screen.getByTestId('query-text');

    fireEvent.change(input, { target: { value: "state = 'open' AND (" } });
    expect(screen.getByTestId('query-error').textContent).toContain('Line 1, column 21');
    expect(screen.getByTestId('query-apply')).toHaveProperty('disabled', true);
    fireEvent.submit(screen.getByTestId('query-bar'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(searches(sent)).toBe(0);

    fireEvent.change(input, { target: { value: "state = 'open'" } });
    expect(screen.queryByTestId('query-error')).toBeNull();
    fireEvent.submit(screen.getByTestId('query-bar'));
    const open = [...(backend.emulator?.store.conversations.newestFirst() ?? [])].filter((c) => c.state === 'open');
    await waitFor(() => expect(total()).toBe(String(open.length)));
    expect(searches(sent)).toBe(1);
    expect(screen.getByText(/changing a filter replaces it/)).toBeTruthy();
  });

  it('reports a panel query over the limits and keeps the list as it was', async () => {
    const { sent } = renderWithDemo(<InboxScreen conversationId={undefined} />);
    await waitFor(() => expect(total()).toBe('5000'));
    const tags = await waitFor(() => {
      const boxes = screen.getByTestId('filter-tags').querySelectorAll('input');
      expect(boxes.length).toBeGreaterThan(16);
      return [...boxes];
    });
    for (const box of tags.slice(0, 15)) fireEvent.click(box);
    await waitFor(() => expect(screen.queryByText('Loading conversations…')).toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = searches(sent);
    expect(before).toBeGreaterThan(0);

    fireEvent.click(tags[15] as HTMLInputElement);
    const error = screen.getByTestId('query-error');
    expect(error.getAttribute('data-code')).toBe('too_many_filters');
    expect(screen.getByTestId('query-text')).toHaveProperty('value', expect.stringContaining("tag_ids = '"));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(searches(sent)).toBe(before);
  });

  it('turns the filter panel into the query text and the list', async () => {
    const { backend } = renderWithDemo(<InboxScreen conversationId={undefined} />);
    await waitFor(() => expect(total()).toBe('5000'));
    fireEvent.click(screen.getByTestId('filter-state-open'));
    fireEvent.click(screen.getByTestId('filter-priority-priority'));
    expect(screen.getByTestId('query-text')).toHaveProperty('value', "state = 'open' AND priority = 'priority'");
    const expected = [...(backend.emulator?.store.conversations.newestFirst() ?? [])].filter(
      (c) => c.state === 'open' && c.priority === 'priority',
    ).length;
    await waitFor(() => expect(total()).toBe(String(expected)));
  });
});
