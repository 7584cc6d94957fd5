import type { Expression } from '@intercom-kit/search-dsl';
import { useState } from 'react';
import { buildConversationQuery, emptyFilters, type InboxFilters } from './filters';
import { checkExpression, checkQueryText, type QueryCheck, queryText } from './query-text';

export interface InboxQuery {
  readonly filters: InboxFilters;
  setFilters(filters: InboxFilters): void;
  /** The query bar's text, as typed. */
  readonly draft: string;
  setDraft(text: string): void;
  /** Whether the draft can be sent; checked on every keystroke. */
  readonly check: QueryCheck;
  /** Sends the draft, if it is valid. */
  apply(): void;
  /** The query the list shows: the last valid one. Nothing is requested for an invalid query. */
  readonly active: Expression<'conversations'> | undefined;
  /** The active query was typed rather than built by the panel. */
  readonly typed: boolean;
  /** The draft is valid and differs from the text of the active query. */
  readonly pending: boolean;
}

/** Keeps the filter panel, the query bar and the list's query in step. */
export function useInboxQuery(): InboxQuery {
  const [filters, setFiltersState] = useState<InboxFilters>(emptyFilters);
  const [draft, setDraftState] = useState('');
  const [check, setCheck] = useState<QueryCheck>({ ok: true, expression: undefined });
  const [active, setActive] = useState<Expression<'conversations'> | undefined>(undefined);
  const [typed, setTyped] = useState(false);
  const [appliedText, setAppliedText] = useState('');

  const setFilters = (next: InboxFilters) => {
    const expression = buildConversationQuery(next);
    const result = checkExpression(expression);
    setFiltersState(next);
    const text = queryText(expression);
    setDraftState(text);
    setCheck(result);
    if (result.ok) {
      setActive(result.expression);
      setAppliedText(text);
      setTyped(false);
    }
  };

  const setDraft = (text: string) => {
    setDraftState(text);
    setCheck(checkQueryText(text));
  };

  const apply = () => {
    if (!check.ok) return;
    setActive(check.expression);
    setAppliedText(draft);
    setTyped(true);
  };

  const pending = check.ok && draft.trim() !== appliedText.trim();
  return { filters, setFilters, draft, setDraft, check, apply, active, typed, pending };
}
