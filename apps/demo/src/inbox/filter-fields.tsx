import { useTags } from '@intercom-kit/react';
import { useEffect, useState } from 'react';
import { useDebounced } from '../shared/use-debounced';

interface SegmentedProps<V extends string> {
  readonly legend: string;
  readonly name: string;
  readonly value: V;
  readonly options: readonly (readonly [V, string])[];
  readonly onChange: (value: V) => void;
}

export function Segmented<V extends string>({ legend, name, value, options, onChange }: SegmentedProps<V>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="segmented">
        {options.map(([option, label]) => (
          <label key={option} className={option === value ? 'selected' : undefined}>
            <input
              type="radio"
              name={name}
              data-testid={`filter-${name}-${option}`}
              checked={option === value}
              onChange={() => onChange(option)}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

// Typing searches once the text has rested for a moment, not on every keystroke.
export function TextFilter({ value, onChange }: { readonly value: string; readonly onChange: (text: string) => void }) {
  const [text, setText] = useState(value);
  const settled = useDebounced(text, 350);
  useEffect(() => setText(value), [value]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a settled change of the text is a new filter
  useEffect(() => {
    if (settled !== value) onChange(settled);
  }, [settled]);
  return (
    <label className="field">
      <span>Message contains</span>
      <input
        type="search"
        data-testid="filter-text"
        placeholder="e.g. refund"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
    </label>
  );
}

export function TagFilter({
  selected,
  onChange,
}: {
  readonly selected: readonly string[];
  readonly onChange: (ids: string[]) => void;
}) {
  const tags = useTags();
  return (
    <fieldset className="tag-filter">
      <legend>
        Tags (any of){selected.length > 0 && <span className="count"> · {selected.length} selected</span>}
      </legend>
      <div className="tag-list" data-testid="filter-tags">
        {tags.data?.map(({ id, name }) =>
          id === undefined ? null : (
            <label key={id} className="tag-option">
              <input
                type="checkbox"
                checked={selected.includes(id)}
                onChange={(event) =>
                  onChange(event.target.checked ? [...selected, id] : selected.filter((other) => other !== id))
                }
              />
              {name}
            </label>
          ),
        )}
      </div>
    </fieldset>
  );
}
