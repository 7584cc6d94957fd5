import { useEffect, useState } from 'react';
import { faultLabels, type SimulatedFault, simulatedFaults } from '../../shared/faults';
import { useReloadFaultTarget } from './fault-target';

/**
 * Dev panel: makes the emulator fail the next list or search request (and the client's automatic
 * retries of it), then reloads the screen's list, so each error state and its Retry can be seen.
 */
export function SimulateMenu() {
  const reload = useReloadFaultTarget();
  const [status, setStatus] = useState<string>('');
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), 6000);
    return () => clearTimeout(timer);
  }, [status]);
  const arm = async (fault: SimulatedFault) => {
    const response = await fetch('/__demo/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fault }),
    });
    if (!response.ok) {
      setStatus(`Could not simulate: the demo server answered ${response.status}.`);
      return;
    }
    const reloaded = reload();
    setStatus(
      `${faultLabels[fault]}: ${reloaded ? 'reloading the list' : 'armed for the next list or search request'}.`,
    );
  };
  return (
    <div className="simulate">
      <details data-testid="simulate-menu">
        <summary>Simulate</summary>
        <div className="simulate-popover">
          <p className="muted">Fail the next list or search request, including the client's retries:</p>
          {simulatedFaults.map((fault) => (
            <button
              key={fault}
              type="button"
              className="menu-item"
              data-testid={`simulate-${fault}`}
              onClick={(event) => {
                event.currentTarget.closest('details')?.removeAttribute('open');
                void arm(fault);
              }}
            >
              {faultLabels[fault]}
            </button>
          ))}
        </div>
      </details>
      {status && (
        <span className="simulate-status" data-testid="simulate-status">
          {status}
        </span>
      )}
    </div>
  );
}
