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

/** What `MutationErrorState` reads of a TanStack mutation. */
interface RetryableMutation<V> {
  readonly isError: boolean;
  readonly error: unknown;
  readonly isPending: boolean;
  readonly variables: V | undefined;
  mutate(variables: V): void;
}

/** A failed mutation as a compact banner, or nothing; Retry sends the same variables again. */
export function MutationErrorState<V>({ mutation }: { readonly mutation: RetryableMutation<V> }) {
  if (!mutation.isError) return null;
  const { variables } = mutation;
  return (
    <ErrorState
      compact
      error={mutation.error}
      retrying={mutation.isPending}
      onRetry={() => variables && mutation.mutate(variables)}
    />
  );
}
