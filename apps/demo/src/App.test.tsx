import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import { App } from './App';

it('renders the product name and the regions it can target', () => {
  const html = renderToString(<App />);
  expect(html).toContain('intercom-kit');
  expect(html).toContain('EuProduction');
});
