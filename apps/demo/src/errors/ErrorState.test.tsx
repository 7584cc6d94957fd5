// @vitest-environment happy-dom
import { UnauthorizedError } from '@intercom-kit/core';
import { SearchQueryError } from '@intercom-kit/search-dsl';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorState, MutationErrorState } from './ErrorState';

afterEach(() => cleanup());

describe('ErrorState', () => {
  it('shows the failure in words with a Retry button that retries', () => {
    const retry = vi.fn();
    const error = new UnauthorizedError({
      type: 'error.list',
      request_id: 'req-1',
      errors: [{ code: 'unauthorized', message: 'Access Token Invalid' }],
    });
    render(<ErrorState error={error} onRetry={retry} />);
    const alert = screen.getByRole('alert');
    expect(alert.getAttribute('data-kind')).toBe('auth');
    expect(alert.textContent).toContain('Authentication failed');
    expect(alert.textContent).toContain('Access Token Invalid');
    expect(alert.textContent).toContain('Request id req-1');
    fireEvent.click(screen.getByTestId('retry'));
    expect(retry).toHaveBeenCalledOnce();
  });

  it('offers no Retry for a query that can never be sent', () => {
    render(<ErrorState error={new SearchQueryError('syntax_error', 'bad')} onRetry={() => {}} />);
    expect(screen.queryByTestId('retry')).toBeNull();
  });

  it('disables Retry while retrying', () => {
    render(<ErrorState error={new Error('x')} onRetry={() => {}} retrying />);
    expect(screen.getByTestId('retry')).toHaveProperty('disabled', true);
    expect(screen.getByTestId('retry').textContent).toBe('Retrying…');
  });
});

describe('MutationErrorState', () => {
  const mutation = (isError: boolean) => ({
    isError,
    error: new Error('offline'),
    isPending: false,
    variables: { id: '7' },
    mutate: vi.fn(),
  });

  it('shows nothing while the mutation has not failed', () => {
    render(<MutationErrorState mutation={mutation(false)} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('retries with the variables of the failed call', () => {
    const failed = mutation(true);
    render(<MutationErrorState mutation={failed} />);
    expect(screen.getByRole('alert').textContent).toContain('offline');
    fireEvent.click(screen.getByTestId('retry'));
    expect(failed.mutate).toHaveBeenCalledWith({ id: '7' });
  });
});
