import { AssigneeOptions } from '../shared/AssigneeOptions';
import { Segmented, TagFilter, TextFilter } from './filter-fields';
import {
  assigneeValue,
  type ConversationState,
  emptyFilters,
  filterProblems,
  type InboxFilters,
  parseAssigneeValue,
} from './filters';

interface FilterPanelProps {
  readonly filters: InboxFilters;
  readonly onChange: (filters: InboxFilters) => void;
  /** The list shows a typed query that the panel does not describe. */
  readonly typed: boolean;
}

const STATES: readonly ConversationState[] = ['open', 'snoozed', 'closed'];

export function FilterPanel({ filters, onChange, typed }: FilterPanelProps) {
  const set = (patch: Partial<InboxFilters>) => onChange({ ...filters, ...patch });
  const problems = filterProblems(filters);
  return (
    <aside className="filter-panel" data-testid="filter-panel" aria-label="Filters">
      <header className="panel-header">
        <h2>Filters</h2>
        <button type="button" className="link-button" onClick={() => onChange(emptyFilters)}>
          Reset
        </button>
      </header>
      {typed && <p className="hint">The list shows the query you typed; changing a filter replaces it.</p>}
      <fieldset>
        <legend>State</legend>
        <div className="chips">
          {STATES.map((state) => (
            <label key={state} className="chip-toggle">
              <input
                type="checkbox"
                data-testid={`filter-state-${state}`}
                checked={filters.states.includes(state)}
                onChange={(event) =>
                  set({
                    states: event.target.checked
                      ? STATES.filter((s) => s === state || filters.states.includes(s))
                      : filters.states.filter((s) => s !== state),
                  })
                }
              />
              <span>{state}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <AssigneeSelect filters={filters} onChange={onChange} />
      <Segmented
        legend="Priority"
        name="priority"
        value={filters.priority}
        options={[
          ['any', 'Any'],
          ['priority', 'Priority'],
          ['not_priority', 'Not priority'],
        ]}
        onChange={(priority) => set({ priority })}
      />
      <Segmented
        legend="Read"
        name="read"
        value={filters.read}
        options={[
          ['any', 'Any'],
          ['unread', 'Unread'],
          ['read', 'Read'],
        ]}
        onChange={(read) => set({ read })}
      />
      <TextFilter value={filters.text} onChange={(text) => set({ text })} />
      <fieldset>
        <legend>Created (UTC days)</legend>
        <div className="date-range">
          <input
            type="date"
            aria-label="Created from"
            data-testid="filter-created-from"
            value={filters.createdFrom}
            onChange={(event) => set({ createdFrom: event.target.value })}
          />
          <span>to</span>
          <input
            type="date"
            aria-label="Created to"
            data-testid="filter-created-to"
            value={filters.createdTo}
            onChange={(event) => set({ createdTo: event.target.value })}
          />
        </div>
        {problems.map((problem) => (
          <p key={problem} className="field-problem">
            {problem}
          </p>
        ))}
      </fieldset>
      <TagFilter selected={filters.tagIds} onChange={(tagIds) => set({ tagIds })} />
    </aside>
  );
}

function AssigneeSelect({ filters, onChange }: Omit<FilterPanelProps, 'typed'>) {
  return (
    <label className="field">
      <span>Assignee</span>
      <select
        data-testid="filter-assignee"
        value={assigneeValue(filters.assignee)}
        onChange={(event) => onChange({ ...filters, assignee: parseAssigneeValue(event.target.value) })}
      >
        <option value="anyone">Anyone</option>
        <option value="unassigned">Unassigned (no teammate)</option>
        <AssigneeOptions />
      </select>
    </label>
  );
}
