import { ConversationView } from '../conversation/ConversationView';
import { ConversationList } from './ConversationList';
import { FilterPanel } from './FilterPanel';
import { QueryBar } from './QueryBar';
import { useInboxQuery } from './use-inbox-query';

/** Filters and query bar over the list; the selected conversation beside it. */
export function InboxScreen({ conversationId }: { readonly conversationId: string | undefined }) {
  const inbox = useInboxQuery();
  return (
    <div className="inbox">
      <FilterPanel filters={inbox.filters} onChange={inbox.setFilters} typed={inbox.typed} />
      <div className="inbox-main">
        <QueryBar
          draft={inbox.draft}
          check={inbox.check}
          onDraftChange={inbox.setDraft}
          onApply={inbox.apply}
          pending={inbox.pending}
        />
        <div className="inbox-split">
          <ConversationList query={inbox.active} selectedId={conversationId} />
          {conversationId ? (
            <ConversationView key={conversationId} id={conversationId} />
          ) : (
            <div className="empty-detail">
              <p>Select a conversation to read it, reply, or change its state.</p>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
