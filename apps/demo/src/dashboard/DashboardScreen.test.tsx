// @vitest-environment happy-dom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { holdRequests } from '../test-support/hold-requests';
import { renderWithDemo } from '../test-support/render';
import { COLLECT_PAGE_SIZE } from './collect';
import { DashboardScreen } from './DashboardScreen';

/** Lets the first search page through and holds the next ones until `release()`. */
function holdLaterPages() {
  let searches = 0;
  return holdRequests((url) => url.endsWith('/conversations/search') && ++searches > 1);
}

describe('the dashboard', () => {
  it('shows how far the paging has got, then draws the charts', async () => {
    const gate = holdLaterPages();
    renderWithDemo(<DashboardScreen />, gate.wrap);

    const bar = await screen.findByRole('progressbar');
    await waitFor(() => expect(bar.getAttribute('aria-valuenow')).toBe(String(COLLECT_PAGE_SIZE)));
    const total = Number(bar.getAttribute('aria-valuemax'));
    expect(total).toBeGreaterThan(2 * COLLECT_PAGE_SIZE);
    expect(screen.getByTestId('dashboard-progress').textContent).toContain(
      `${COLLECT_PAGE_SIZE} of ${total.toLocaleString('en-US')} conversations (1 page)`,
    );
    expect(screen.queryByTestId('volume-chart')).toBeNull();

    gate.release();
    const chart = await screen.findByTestId('volume-chart', {}, { timeout: 5000 });
    expect(chart.querySelectorAll('[data-testid="volume-bar"]')).toHaveLength(30);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByTestId('dashboard-total').textContent).toContain(
      `${total.toLocaleString('en-US')} conversations`,
    );
    expect(screen.getByTestId('response-stats').textContent).toContain('Median first reply');
  });
});
