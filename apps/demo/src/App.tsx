import { IntercomEnvironment } from '@intercom-kit/core';

export function App() {
  return (
    <main>
      <h1>intercom-kit</h1>
      <p>Regions: {Object.keys(IntercomEnvironment).join(', ')}</p>
    </main>
  );
}
