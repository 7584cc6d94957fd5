import type { QueryCheck } from './query-text';

interface QueryBarProps {
  readonly draft: string;
  readonly check: QueryCheck;
  readonly onDraftChange: (text: string) => void;
  readonly onApply: () => void;
  /** The draft differs from the query the list shows. */
  readonly pending: boolean;
}

/**
 * The inbox's query as search-dsl text. Edits are parsed as they are typed; an error (with its line
 * and column, or the limit it breaks) shows at once and the query cannot be sent until it is fixed.
 */
export function QueryBar({ draft, check, onDraftChange, onApply, pending }: QueryBarProps) {
  const location = check.ok ? undefined : check.error.location;
  return (
    <form
      className={`query-bar${check.ok ? '' : ' invalid'}`}
      data-testid="query-bar"
      onSubmit={(event) => {
        event.preventDefault();
        onApply();
      }}
    >
      <label htmlFor="query-text" className="query-label">
        Query
      </label>
      <input
        id="query-text"
        data-testid="query-text"
        className="query-input"
        spellCheck={false}
        autoComplete="off"
        placeholder="All conversations — type e.g. state = 'open' AND priority = 'priority'"
        value={draft}
        aria-invalid={!check.ok}
        aria-describedby="query-status"
        onChange={(event) => onDraftChange(event.target.value)}
      />
      <button type="submit" className="button primary" disabled={!check.ok || !pending} data-testid="query-apply">
        Search
      </button>
      <p id="query-status" className="query-status" data-testid="query-status" aria-live="polite">
        {check.ok ? (
          pending ? (
            'Valid — press Enter to search.'
          ) : (
            'The list shows this query.'
          )
        ) : (
          <span className="query-error" data-testid="query-error" data-code={check.error.code}>
            {location && (
              <span className="query-location">
                Line {location.line}, column {location.column}
              </span>
            )}
            {withoutLocation(check.error.message)}
          </span>
        )}
      </p>
    </form>
  );
}

// parseWhere puts "Line l, column c: " in front of located messages; the bar shows the location apart.
function withoutLocation(message: string): string {
  return message.replace(/^Line \d+, column \d+: /, '');
}
