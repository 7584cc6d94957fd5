import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { expect, it } from 'vitest';

it('runs against the React major this project was configured for', () => {
  const expected = process.env.EXPECTED_REACT_MAJOR;
  expect(expected).toMatch(/^1[89]$/);
  expect(version.split('.')[0]).toBe(expected);
  expect(domVersion.split('.')[0]).toBe(expected);
});

function Probe({ expected }: { expected: QueryClient }) {
  return <p>{useQueryClient() === expected ? 'same client' : 'other client'}</p>;
}

it('shares one React between TanStack Query, Testing Library and this package', () => {
  const queryClient = new QueryClient();
  render(
    <QueryClientProvider client={queryClient}>
      <Probe expected={queryClient} />
    </QueryClientProvider>,
  );
  expect(screen.getByText('same client')).toBeTruthy();
});
