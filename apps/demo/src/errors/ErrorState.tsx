import { describeError } from './describe-error';

interface ErrorStateProps {
  readonly error: unknown;
  /** Shown as a Retry button; left out for errors that retrying cannot fix. */
  readonly onRetry?: () => void;
  readonly retrying?: boolean;
  /** A one-line banner inside a panel rather than a block that fills it. */
  readonly compact?: boolean;
}

/** A failure in words, with a Retry button: rate limits, auth failures, network and server errors. */
export function ErrorState({ error, onRetry, retrying = false, compact = false }: ErrorStateProps) {
  const { kind, title, detail, requestId } = describeError(error);
  return (
    <div
      className={`error-state error-${kind}${compact ? ' compact' : ''}`}
      role="alert"
      data-testid="error-state"
      data-kind={kind}
    >
      <div className="error-text">
        <strong>{title}</strong>
        <span>{detail}</span>
        {requestId && <small>Request id {requestId}</small>}
      </div>
      {onRetry && kind !== 'query' && (
        <button type="button" className="button" onClick={onRetry} disabled={retrying} data-testid="retry">
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      )}
    </div>
  );
}
